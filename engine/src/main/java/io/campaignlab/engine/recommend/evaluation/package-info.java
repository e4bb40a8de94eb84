/**
 * Full-ranking evaluation of a recommender: the protocol, the leave-out split, the per-user ranking metrics and
 * their means and curves over the evaluated users.
 */
package io.campaignlab.engine.recommend.evaluation;
