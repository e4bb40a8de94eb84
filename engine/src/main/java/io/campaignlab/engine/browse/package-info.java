/** Paging through a dataset's rows with an optional sort and filter, run by the workspace in SQL. No JDBC here. */
package io.campaignlab.engine.browse;
