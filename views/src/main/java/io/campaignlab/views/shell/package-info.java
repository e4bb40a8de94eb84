/**
 * The workbench window: navigation, top bar with workspace and search, menus, status bar, jobs panel, theme and
 * remembered preferences. Views only: no SQL, no I/O on the JavaFX thread.
 */
package io.campaignlab.views.shell;
