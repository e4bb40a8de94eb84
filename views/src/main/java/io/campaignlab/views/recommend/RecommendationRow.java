package io.campaignlab.views.recommend;

/**
 * One recommended item as the recommendations table shows it.
 *
 * @param rank        1 for the best
 * @param item        the raw item id
 * @param score       the model's score
 * @param explanation why, in a sentence
 */
public record RecommendationRow(int rank, String item, double score, String explanation) {
}
