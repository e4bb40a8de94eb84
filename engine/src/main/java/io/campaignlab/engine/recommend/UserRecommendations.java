package io.campaignlab.engine.recommend;

import java.util.List;

/**
 * One user's recent history and recommendations with reasons, from a stored run.
 *
 * @param run             the run
 * @param model           its model kind
 * @param user            the raw user id
 * @param history         the user's most recent events, newest first
 * @param recommendations the top items, best first
 * @param warning         a note when the dataset changed since the run, else null
 */
public record UserRecommendations(long run, String model, String user, List<Event> history,
                                  List<Recommendation> recommendations, String warning) {

    /** One past event. */
    public record Event(String item, long epochMillis, double weight, boolean purchase) {
    }

    /** One recommended item and the history items behind it. */
    public record Recommendation(String item, double score, List<Because> because) {
    }

    /** One history item's contribution. */
    public record Because(String item, double contribution) {
    }
}
