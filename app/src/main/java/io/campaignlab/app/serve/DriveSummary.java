package io.campaignlab.app.serve;

import java.util.List;

/**
 * What a drive did: requests sent (decide and feedback), the failed ones, and the users by arm with their
 * conversions, as the planted response decided them.
 *
 * @param campaign             the campaign driven
 * @param answeredBy           the simulator's test whose planted response answered the decisions
 *                             ({@code campaign_exposures} or {@code discount_test})
 * @param users                users replayed
 * @param requests             HTTP requests sent, decisions and feedback
 * @param retries              requests sent again after their connection failed before any answer; a decide sent
 *                             again may have been logged twice if the first did reach the service
 * @param errors               requests that failed (no answer, or a status other than 200)
 * @param treated              users decided into the treatment arm
 * @param holdout              users decided into the holdout
 * @param offered              treated users granted an offer
 * @param conversionsTreated   conversions reported for treated users
 * @param conversionsHoldout   conversions reported for holdout users
 * @param conversionValue      the value of every conversion reported
 * @param seconds              wall time
 * @param firstErrors          up to five errors, as the service or the client told them
 */
public record DriveSummary(String campaign, String answeredBy, int users, long requests, long retries, long errors, long treated,
                           long holdout, long offered, long conversionsTreated, long conversionsHoldout,
                           double conversionValue, double seconds, List<String> firstErrors) {

    public DriveSummary {
        firstErrors = List.copyOf(firstErrors);
    }
}
