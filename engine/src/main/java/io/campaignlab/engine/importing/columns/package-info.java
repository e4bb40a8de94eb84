/**
 * What the columns of an imported file are: their names, types (with timestamp formats), roles and the dataset's
 * kind, inferred from the sample and checked against it, and the parsing of single values.
 */
package io.campaignlab.engine.importing.columns;
