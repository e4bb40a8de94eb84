/**
 * Implicit-feedback recommendation: the user × item interaction matrix built from an events dataset, honest
 * full-ranking evaluation protocols, and the popularity, item-kNN and implicit-ALS recommenders with explanations;
 * cross-domain transfer (joint ALS with shared user factors, EMCDR) for users cold in a target domain.
 * Plain Java on the CPU: no JavaFX, no JDBC, no DJL.
 */
package io.campaignlab.engine.recommend;
