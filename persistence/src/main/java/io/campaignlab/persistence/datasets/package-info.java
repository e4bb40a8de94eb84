/** JDBC implementation of the engine's dataset repository over the workspace's {@code dataset} table. */
package io.campaignlab.persistence.datasets;
