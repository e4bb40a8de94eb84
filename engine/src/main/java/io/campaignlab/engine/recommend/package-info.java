/**
 * Implicit-feedback recommendation: the user × item interaction matrix built from an events dataset, honest
 * full-ranking evaluation protocols, and the popularity, item-kNN and implicit-ALS recommenders (plain Java on the
 * CPU) with explanations; and the session-based GRU4Rec next-click model (DJL, the only DJL user here) with its
 * session-rec evaluation and occlusion explanations. No JavaFX, no JDBC.
 */
package io.campaignlab.engine.recommend;
