package io.campaignlab.engine.audience;

import java.util.Locale;

/**
 * Which users to export: a stored segment's members, the users whose mean score in a run is at least a threshold
 * ({@code score:runN >= x}), or the {@code k} users with the highest mean predicted uplift of an uplift run.
 *
 * @param kind    which of the three
 * @param id      the segment id or the run id
 * @param min     for {@link Kind#SCORE}: the least mean score kept; else NaN
 * @param top     for {@link Kind#UPLIFT}: how many users; else 0
 * @param scored  for a run: the scored dataset, or null when the run scored one dataset only
 */
public record AudienceSelection(Kind kind, long id, double min, int top, String scored) {

    /** The three ways to pick an audience. */
    public enum Kind { SEGMENT, SCORE, UPLIFT }

    public AudienceSelection {
        if (kind == null) {
            throw new IllegalArgumentException("say which audience: a segment, a score run with a threshold, or an"
                    + " uplift run with a top k");
        }
        if (kind == Kind.SCORE && !Double.isFinite(min)) {
            throw new IllegalArgumentException("the score threshold must be a number, not " + min);
        }
        if (kind == Kind.UPLIFT && top < 1) {
            throw new IllegalArgumentException("top k must be at least 1, not " + top);
        }
        scored = scored == null || scored.isBlank() ? null : scored.strip();
    }

    public static AudienceSelection segment(long segmentId) {
        return new AudienceSelection(Kind.SEGMENT, segmentId, Double.NaN, 0, null);
    }

    public static AudienceSelection score(long runId, double min, String scored) {
        return new AudienceSelection(Kind.SCORE, runId, min, 0, scored);
    }

    public static AudienceSelection uplift(long runId, int top, String scored) {
        return new AudienceSelection(Kind.UPLIFT, runId, Double.NaN, top, scored);
    }

    /** As people read it: {@code segment 4}, {@code score:run3 >= 0.05}, {@code uplift:run7, top 1,000}. */
    public String describe() {
        String at = scored == null ? "" : "@" + scored;
        return switch (kind) {
            case SEGMENT -> "segment " + id;
            case SCORE -> "score:run" + id + at + " >= " + plain(min);
            case UPLIFT -> "uplift:run" + id + at + ", top " + String.format(Locale.ROOT, "%,d", top);
        };
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
