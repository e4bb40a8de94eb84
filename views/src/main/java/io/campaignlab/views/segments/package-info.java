/**
 * The Segments section: stored segmentations (RFM, k-means, rules) with their segments, cleaning counts and profile
 * charts; RFM and k-means runs as jobs; a rule builder with a live audience count. View models reach the workspace
 * through {@link io.campaignlab.views.segments.SegmentStore} on worker threads only; {@code java.awt} appears only in
 * {@link io.campaignlab.views.segments.SegmentCharts}. No SQL here.
 */
package io.campaignlab.views.segments;
