package io.campaignlab.engine.campaigns.decide;

import java.util.Set;

/**
 * Who a loaded campaign version may treat, computed once when it is loaded (the campaign audience query, exclusions
 * subtracted) and held warm as a hash set of unit ids, so that no request runs SQL.
 *
 * @param members the unit ids of the audience, as text; null when the audience was not computed (a campaign loaded
 *                without one, as in engine tests), which admits everyone
 */
public record ServingAudience(Set<String> members) {

    public ServingAudience {
        members = members == null ? null : Set.copyOf(members);
    }

    /** Admits every user: the audience is not checked. */
    public static ServingAudience everyone() {
        return new ServingAudience(null);
    }

    public static ServingAudience of(Set<String> members) {
        return new ServingAudience(members);
    }

    public boolean admits(String userId) {
        return members == null || members.contains(userId);
    }

    /** The audience's size, or -1 when it admits everyone. */
    public long size() {
        return members == null ? -1 : members.size();
    }
}
