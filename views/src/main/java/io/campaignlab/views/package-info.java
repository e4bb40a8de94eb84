/**
 * The JavaFX workbench: views and view models over the engine's ports, never SQL. Feature packages mirror the
 * engine's ({@code views.importing} beside {@code engine.importing}); the window itself arrives with the
 * workbench issue.
 */
package io.campaignlab.views;
