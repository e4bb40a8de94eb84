package io.campaignlab.engine.campaigns.decide;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a loaded campaign version may treat, computed once when it is loaded (the campaign audience query, exclusions
 * subtracted) and held warm as a hash set of unit ids, so that no request runs SQL; and, the same way, the users who
 * meet each offer eligibility condition on behaviour or a model score (a condition the request's context cannot
 * answer).
 *
 * @param members    the unit ids of the audience, as text; null when the audience was not computed (a campaign loaded
 *                   without one, as in engine tests), which admits everyone
 * @param conditions by condition text ({@code purchases_90d >= 1}), the users who meet it; a condition absent here
 *                   was not computed, and an offer is never granted on it
 */
public record ServingAudience(Set<String> members, Map<String, Set<String>> conditions) {

    public ServingAudience {
        members = members == null ? null : Set.copyOf(members);
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
    }

    /** Admits every user: the audience is not checked. */
    public static ServingAudience everyone() {
        return new ServingAudience(null, Map.of());
    }

    public static ServingAudience of(Set<String> members) {
        return new ServingAudience(members, Map.of());
    }

    /** The same audience, holding who meets each of these eligibility conditions. */
    public ServingAudience withConditions(Map<String, Set<String>> held) {
        return new ServingAudience(members, held);
    }

    public boolean admits(String userId) {
        return members == null || members.contains(userId);
    }

    /** Whether the user meets a held condition; empty when the condition was not computed at load. */
    public Optional<Boolean> meets(String condition, String userId) {
        Set<String> users = conditions.get(condition);
        return users == null ? Optional.empty() : Optional.of(users.contains(userId));
    }

    /** The audience's size, or -1 when it admits everyone. */
    public long size() {
        return members == null ? -1 : members.size();
    }
}
