/**
 * Customer segments: what every segmentation shares, namely the {@link io.campaignlab.engine.segments.SegmentRepository}
 * port that stores segmentations with their segments and members, the values stored, their JSON, and the loading of
 * a dataset's customers for a job. The kinds of segmentation live in {@code rfm}, {@code kmeans} and {@code rules};
 * customers are read in {@code customers} and profiled in {@code profiles}. Plain Java on frames; no JDBC, no JavaFX,
 * and no dependency on the workspace package.
 */
package io.campaignlab.engine.segments;
