/**
 * Customer segments: RFM scores and named segments, k-means on behaviour features with a sweep over k, profiles of
 * the segments against the population, and the {@link io.campaignlab.engine.segments.SegmentRepository} port that
 * stores them. Plain Java on frames; no JDBC, no JavaFX, and no dependency on the workspace package.
 */
package io.campaignlab.engine.segments;
