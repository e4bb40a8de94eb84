/**
 * The Recommend section's metric-at-k curves of the compared recommender runs.
 */
package io.campaignlab.views.recommend.charts;
