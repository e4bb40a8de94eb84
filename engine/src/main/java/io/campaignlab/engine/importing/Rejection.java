package io.campaignlab.engine.importing;

/**
 * A bad value or row that did not load.
 *
 * @param line      the 1-based line in the file where the record starts
 * @param column    the column's header, or null for a problem with the whole row
 * @param rawValue  the value as it was in the file (the whole record for row problems), truncated to 4,000 chars
 * @param reason    why it did not load
 * @param rawRecord the whole record as it was in the file, truncated to 4,000 chars, so that nothing is lost
 */
public record Rejection(long line, String column, String rawValue, String reason, String rawRecord) {

    public static final int MAX_RAW = 4000;

    public Rejection {
        rawValue = truncate(rawValue);
        rawRecord = truncate(rawRecord);
    }

    static String truncate(String text) {
        if (text == null || text.length() <= MAX_RAW) {
            return text;
        }
        return text.substring(0, MAX_RAW - 1) + "…";
    }
}
