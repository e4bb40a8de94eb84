package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Mutual exclusion between campaigns that share an exclusion group: a keyed hash partitions each user among the
 * group's campaigns, so that one user is treated by one campaign of the group at most.
 * <p>
 * The rule: for a user u and a group g, the contenders are the group's loaded campaigns that serve today and whose
 * audience admits u, sorted by name. With m contenders and h = the holdout key's hash of (u, "exclusion group " + g,
 * version 0) in [0, 1), the owner is contender number ⌊h × m⌋. Only the owner may treat u; the others serve no offer
 * ({@code exclusion_group} in the trace, naming the owner). The partition needs no state, so it holds across threads
 * and restarts; it changes only when the group's contenders change (a campaign of the group published, stopped, or
 * outside its dates). Version 0 is never a published version, so the hash never equals a holdout draw.
 */
final class ExclusionGroups {

    private ExclusionGroups() {
    }

    /**
     * The campaign of {@code campaign}'s exclusion group that owns the user; null when the campaign has no group or
     * is the owner itself.
     */
    static String otherOwner(LiveCampaign campaign, String userId, Collection<LiveCampaign> live, LocalDate today,
                             HoldoutAssigner assigner) {
        String group = campaign.exclusionGroup();
        if (group == null) {
            return null;
        }
        List<LiveCampaign> contenders = live.stream()
                .filter(c -> group.equals(c.exclusionGroup()) && c.servesOn(today) && c.audience().admits(userId))
                .sorted(Comparator.comparing(LiveCampaign::name)).toList();
        if (contenders.size() <= 1) {
            return null;
        }
        double h = assigner.unit(userId, "exclusion group " + group, 0);
        String owner = contenders.get((int) Math.min(contenders.size() - 1, Math.floor(h * contenders.size()))).name();
        return owner.equals(campaign.name()) ? null : owner;
    }
}
