/**
 * Session-based recommendation: click sessions as item sequences, the GRU4Rec next-click model (DJL) with its
 * baselines, the next-click protocol and metrics, occlusion explanations, its training job, artifact and service.
 */
package io.campaignlab.engine.recommend.session;
