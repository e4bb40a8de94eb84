/**
 * Implicit-feedback recommendation: the user × item interaction matrix built from an events dataset, honest
 * full-ranking evaluation protocols, and the popularity, item-kNN and implicit-ALS recommenders (plain Java on the
 * CPU) with explanations; cross-domain transfer (joint ALS with shared user factors, EMCDR) for users cold in a
 * target domain; and the session-based GRU4Rec next-click model (DJL) with its session-rec evaluation and occlusion
 * explanations. No JavaFX, no JDBC.
 */
package io.campaignlab.engine.recommend;
