package io.campaignlab.engine.audience;

import java.util.List;

/**
 * An audience read out of the workspace, in export order: segment members by id; scored users best first.
 *
 * @param selection   what was asked for
 * @param source      where the users came from: {@code segment 4 (Champions)} or the scores dataset's name
 * @param valueColumn the CSV column of {@link AudienceMember#value()}: {@code score}, {@code uplift}, or null
 * @param scoredUsers users with at least one scored row (the population the threshold or top k was taken from);
 *                    the segment's size for a segment
 * @param members     the users exported
 */
public record AudienceList(AudienceSelection selection, String source, String valueColumn, long scoredUsers,
                           List<AudienceMember> members) {

    public AudienceList {
        members = List.copyOf(members);
    }
}
