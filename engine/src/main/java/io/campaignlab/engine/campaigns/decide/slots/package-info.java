/**
 * Recommendation offers filled at serve time: the offer's recommender run held open ({@link
 * io.campaignlab.engine.recommend.StoredRecommender}, the piece {@code recommend for} answers with), each request
 * folding the user in and taking the top items, named from the items dataset, or for a user the run cannot rank for
 * the most popular items within the request's category. Implements the decision engine's
 * {@link io.campaignlab.engine.campaigns.decide.SlotFillers} port.
 */
package io.campaignlab.engine.campaigns.decide.slots;
