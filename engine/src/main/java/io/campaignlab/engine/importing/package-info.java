/**
 * Importing files as datasets: the spec the user gives, the plan made from it, the import job that streams rows to
 * a {@link io.campaignlab.engine.importing.DatasetSink} (which the persistence module implements), the rejections
 * and the reject limit. Reading the text is in {@code csv}, deciding the columns in {@code columns}. Nothing here
 * knows about SQL or JavaFX.
 */
package io.campaignlab.engine.importing;
