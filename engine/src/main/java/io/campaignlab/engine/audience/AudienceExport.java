package io.campaignlab.engine.audience;


/**
 * A written audience file.
 *
 * @param selection   what was exported, as people read it ({@code score:run3 >= 0.05})
 * @param source      where the users came from
 * @param file        the CSV written
 * @param users       the users written
 * @param scoredUsers the users the selection was taken from
 * @param seconds     how long it took
 */
public record AudienceExport(String selection, String source, String file, long users, long scoredUsers,
                             double seconds) {
}
