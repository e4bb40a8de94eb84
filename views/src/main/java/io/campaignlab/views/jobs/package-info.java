/**
 * The one job mechanism, seen from the UI: engine jobs run on worker threads as {@code javafx.concurrent.Task}s,
 * with progress, rate, ETA and cancel, listed in the jobs panel; callbacks come back on the JavaFX thread.
 */
package io.campaignlab.views.jobs;
