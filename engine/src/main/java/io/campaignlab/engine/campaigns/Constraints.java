package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;

/**
 * The limits a campaign serves within; every one is optional.
 *
 * @param budget         money: the sum of offer costs actually granted never exceeds it; null for none
 * @param frequencyCap   at most so many offers per user per day or week; null for none
 * @param holdout        the share of the audience kept out as a control group, 0 to 0.5; null for 0
 * @param exclusionGroup campaigns sharing this name never both serve a user; null for none
 * @param start          the first day it serves, or null for from publication
 * @param end            the last day it serves (included), or null for until stopped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Constraints(Double budget, FrequencyCap frequencyCap, Double holdout, String exclusionGroup,
                          LocalDate start, LocalDate end) {

    /** No limits. */
    public static Constraints none() {
        return new Constraints(null, null, null, null, null, null);
    }

    /** The holdout share, 0 when none is set. */
    public double holdoutShare() {
        return holdout == null ? 0 : holdout;
    }

    /**
     * At most {@code max} offers per user in each {@code per}.
     *
     * @param max at least 1
     * @param per day or week
     */
    public record FrequencyCap(Integer max, Period per) {
    }

    /** The frequency cap's periods. */
    public enum Period {
        DAY, WEEK;

        @JsonValue
        public String id() {
            return Choices.id(this);
        }

        @JsonCreator
        public static Period parse(String text) {
            return Choices.parse(Period.class, text, values());
        }
    }
}
