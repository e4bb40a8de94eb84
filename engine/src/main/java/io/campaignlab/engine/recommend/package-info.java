/**
 * Implicit-feedback recommendation, what every recommender shares: the user × item interaction log and matrix built
 * from an events dataset, the {@link io.campaignlab.engine.recommend.ItemRecommender} contract with its kinds and
 * settings, the popularity baseline, the training job, the saved artifact and the service that answers for a user.
 * The models live in {@code als}, {@code bpr}, {@code knn}, {@code session} and {@code crossdomain}; evaluation in
 * {@code evaluation}. No JavaFX, no JDBC.
 */
package io.campaignlab.engine.recommend;
