/**
 * The serve pane: start and stop the decision server with a status light, its API key (masked, with a copy button),
 * and a dashboard polled every second off the JavaFX thread. The server lives in the app; it is reached through
 * {@link io.campaignlab.views.campaigns.serve.ServeControl}.
 */
package io.campaignlab.views.campaigns.serve;
