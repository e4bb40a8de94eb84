package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the decision engine chooses among a user's eligible offers.
 *
 * @param kind    greedy on expected value, epsilon-greedy, or Thompson sampling (Beta-Bernoulli per offer × segment)
 * @param epsilon the share of random choices, for epsilon_greedy only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Policy(Kind kind, Double epsilon) {

    /** The policies. */
    public enum Kind {
        GREEDY, EPSILON_GREEDY, THOMPSON;

        @JsonValue
        public String id() {
            return Choices.id(this);
        }

        @JsonCreator
        public static Kind parse(String text) {
            return Choices.parse(Kind.class, text, values());
        }
    }

    public static Policy greedy() {
        return new Policy(Kind.GREEDY, null);
    }
}
