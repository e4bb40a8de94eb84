/**
 * Ad offers ranked at serve time: a CTR run's model and fitted pipeline held warm in a small pool of sessions, the
 * stored user and item features it reads encoded once at load, and per request one batched forward pass over every
 * creative plus one occlusion batch that explains the best one. Implements the decision engine's
 * {@link io.campaignlab.engine.campaigns.decide.AdRankers} port.
 */
package io.campaignlab.engine.campaigns.decide.rank;
