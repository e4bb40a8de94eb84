/**
 * Recommender settings chosen on validation: the search spaces of ALS, BPR, item-kNN and cdr
 * ({@link io.campaignlab.engine.recommend.search.RecommenderSearchSpace}), the validation part nested inside the
 * training part with a test part read once ({@link io.campaignlab.engine.recommend.search.HeldOutParts}), and the
 * search itself over the shared {@link io.campaignlab.engine.tuning.RandomSearch}
 * ({@link io.campaignlab.engine.recommend.search.RecommenderSearch}).
 */
package io.campaignlab.engine.recommend.search;
