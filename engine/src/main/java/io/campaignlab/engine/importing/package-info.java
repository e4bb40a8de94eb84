/**
 * Reading behaviour files: format sniffing, type and role inference, value parsing and the import job. Rows go
 * to a {@link io.campaignlab.engine.importing.DatasetSink}, which the persistence module implements; nothing here
 * knows about SQL or JavaFX.
 */
package io.campaignlab.engine.importing;
