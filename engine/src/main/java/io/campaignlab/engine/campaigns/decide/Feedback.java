package io.campaignlab.engine.campaigns.decide;

import java.time.Instant;
import java.util.Locale;

/**
 * What happened after a decision.
 *
 * @param decisionId the decision's id
 * @param event      click or conversion
 * @param value      the event's value (e.g. order revenue), finite and at least 0; 0 when none
 * @param receivedAt when the engine received it
 */
public record Feedback(String decisionId, Event event, double value, Instant receivedAt) {

    /** The events a caller reports. */
    public enum Event {
        CLICK, CONVERSION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Event parse(String text) {
            for (Event e : values()) {
                if (e.id().equals(text)) {
                    return e;
                }
            }
            throw new DecideException(DecideException.Reason.BAD_REQUEST, "event must be click or conversion, was '"
                    + text + "'");
        }
    }

    public Feedback {
        if (decisionId == null || decisionId.isBlank() || decisionId.length() > 64) {
            throw new DecideException(DecideException.Reason.BAD_REQUEST, "decision_id must be 1 to 64 characters");
        }
        if (event == null) {
            throw new DecideException(DecideException.Reason.BAD_REQUEST, "event must be click or conversion");
        }
        if (!(Double.isFinite(value) && value >= 0 && value <= 1e12)) {
            throw new DecideException(DecideException.Reason.BAD_REQUEST, "value must be a number from 0 to 1e12, was "
                    + value);
        }
    }
}
