/**
 * Item-based k-nearest neighbours on implicit feedback, with shrunk cosine similarities.
 */
package io.campaignlab.engine.recommend.knn;
