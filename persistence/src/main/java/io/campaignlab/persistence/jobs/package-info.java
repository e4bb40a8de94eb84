/** The workspace's job history in the {@code job} table, implementing the engine's job repository. */
package io.campaignlab.persistence.jobs;
