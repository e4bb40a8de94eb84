/**
 * The Segments section's charts: profile index, category heatmap, R x F grid and the k sweep.
 */
package io.campaignlab.views.segments.charts;
