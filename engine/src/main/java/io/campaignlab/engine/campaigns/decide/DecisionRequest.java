package io.campaignlab.engine.campaigns.decide;

import java.util.Map;

/**
 * One request for a decision.
 *
 * @param userId   the unit decided for: 1 to {@value #MAX_USER_ID} characters, no control characters
 * @param context  what the caller knows about the request (flat: text, number or boolean values), tested by the
 *                 offers' eligibility conditions; empty when none
 * @param campaign the campaign to decide for, or null for the first active published one by name
 */
public record DecisionRequest(String userId, Map<String, Object> context, String campaign) {

    /** The longest user id accepted, in characters (the decision log's unit column). */
    public static final int MAX_USER_ID = 200;

    public DecisionRequest {
        if (userId == null || userId.isEmpty() || userId.length() > MAX_USER_ID) {
            throw new DecideException(DecideException.Reason.BAD_REQUEST, "user_id must be 1 to " + MAX_USER_ID
                    + " characters");
        }
        if (userId.chars().anyMatch(Character::isISOControl)) {
            throw new DecideException(DecideException.Reason.BAD_REQUEST, "user_id must not hold control characters");
        }
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
