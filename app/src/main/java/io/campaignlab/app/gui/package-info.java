/**
 * Starts the JavaFX workbench, renders views to PNG headless for the snapshot command, and implements the ports the
 * Campaigns panes need from the app: the decision server ({@code GuiServeControl}) and the decision log
 * ({@code LoggedDecisions}).
 */
package io.campaignlab.app.gui;
