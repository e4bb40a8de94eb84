/**
 * RFM segmentation: recency, frequency and monetary scores by quintile (ties handled so that no score is left empty
 * without a note), and the named segments of the R × F grid.
 */
package io.campaignlab.engine.segments.rfm;
