/**
 * The one background-job mechanism of the product: a {@link io.campaignlab.engine.jobs.Job} reports progress and
 * honours a {@link io.campaignlab.engine.jobs.CancellationToken}. Plain Java: no JavaFX, no JDBC.
 */
package io.campaignlab.engine.jobs;
