/**
 * The Recommend section: recommendation runs compared by their full-ranking metrics and recall@K curves (always with
 * the protocol that produced them), a train form, and one user's history beside the recommendations with their
 * reasons. MVVM over engine.recommend; no SQL, no training or I/O on the JavaFX thread.
 */
package io.campaignlab.views.recommend;
