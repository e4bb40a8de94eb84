package io.campaignlab.engine.campaigns;

/**
 * A campaign audience's live size.
 *
 * @param targeted the segment's members or the rule's users, before exclusions
 * @param excluded how many of them the exclusions leave out
 * @param size     who remains: {@code targeted − excluded}
 */
public record AudienceSize(long targeted, long excluded, long size) {

    public AudienceSize {
        if (targeted < 0 || excluded < 0 || excluded > targeted || size != targeted - excluded) {
            throw new IllegalArgumentException("inconsistent audience size: " + targeted + " targeted, " + excluded
                    + " excluded, " + size + " left");
        }
    }
}
