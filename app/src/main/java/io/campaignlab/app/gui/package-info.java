/** Starts the JavaFX workbench, and renders views to PNG headless for the snapshot command. */
package io.campaignlab.app.gui;
