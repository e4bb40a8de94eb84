/**
 * k-means segmentation on log1p-standardised behaviour features: k-means++ with restarts, a sweep over k scored by
 * the silhouette, and the clusters with their centres.
 */
package io.campaignlab.engine.segments.kmeans;
