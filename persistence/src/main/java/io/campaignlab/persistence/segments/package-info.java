/**
 * Customer segments in the {@code segmentation}, {@code segment} and {@code segment_member} tables, implementing the
 * engine's segment repository.
 */
package io.campaignlab.persistence.segments;
