/**
 * What a dataset is: its kind, its columns with their types and roles, and the repository port that lists them.
 * Implemented by the persistence module; nothing here knows about SQL.
 */
package io.campaignlab.engine.datasets;
