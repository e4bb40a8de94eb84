/** Streams dataset tables into typed in-memory columns, implementing the engine's frame reader. */
package io.campaignlab.persistence.frames;
