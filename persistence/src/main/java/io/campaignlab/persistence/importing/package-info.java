/**
 * Writes datasets into the workspace: one table per dataset, filled in JDBC batches, made visible only on
 * commit; plus the stored rejections. Implements the engine's importing ports.
 */
package io.campaignlab.persistence.importing;
