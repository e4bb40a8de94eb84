package io.campaignlab.engine.segments.rfm;

import java.time.LocalDate;

/**
 * What a stored RFM segment means, kept as its definition JSON.
 *
 * @param rule      its cells of the R × F grid
 * @param text      the rule as text
 * @param scoring   how the scores were made
 * @param frequency what frequency counted
 * @param amount    how spend was computed
 * @param snapshot  the day recency was measured to
 */
public record RfmDefinition(RfmRule rule, String text, String scoring, String frequency, String amount,
                            LocalDate snapshot) {

    static final String SCORING = "quintiles of percent rank, ties share the lowest score of their block; where ties"
            + " leave a score empty, cut at the tie boundaries nearest the quintiles; recency 5 = most recent";
}
