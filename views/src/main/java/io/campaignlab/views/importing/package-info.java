/**
 * The import wizard: pick a file, check the preview, set up the columns, and import it as a job. View models here
 * use only engine ports and JavaFX properties; nothing reaches SQL or does file I/O on the JavaFX thread.
 */
package io.campaignlab.views.importing;
