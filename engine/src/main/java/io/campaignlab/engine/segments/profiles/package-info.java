/**
 * Profiles of the segments of a segmentation against the population: sizes, means of the RFM metrics as an index,
 * funnel engagement and category shares.
 */
package io.campaignlab.engine.segments.profiles;
