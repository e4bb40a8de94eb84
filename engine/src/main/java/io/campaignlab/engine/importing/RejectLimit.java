package io.campaignlab.engine.importing;

import io.campaignlab.engine.importing.csv.RecordLines;

import java.util.Locale;

/**
 * How many rows an import may reject before it aborts: the one rule that the import job enforces and the wizard
 * checks the sample against. Given ({@code maxRejects} of the spec), that number. By default 1% of the rows, but at
 * least {@link #DEFAULT_MIN} rows, so that a few bad rows in a small file are rejected and listed instead of aborting
 * the import; and never more than half the rows, because a file that would lose most of its rows has a wrong type or
 * dialect, not a few bad rows.
 *
 * @param maxRejects the most rows the person allows, or -1 for the default
 */
public record RejectLimit(long maxRejects) {

    /** The default allows at least this many rejected rows (when they are not most of the file). */
    public static final int DEFAULT_MIN = 100;
    /** The default allows this share of the rows when it is more than {@link #DEFAULT_MIN}. */
    public static final double DEFAULT_SHARE = 0.01;
    /** In words, for people: what the default is. */
    public static final String DEFAULT_RULE = "1% of the rows, but at least " + DEFAULT_MIN
            + " and at most half of them";

    /** True when the limit is the default rule, not a number the person gave. */
    public boolean isDefault() {
        return maxRejects < 0;
    }

    /** How many of {@code rows} rows (loaded and rejected) may be rejected. */
    public long allowed(long rows) {
        if (!isDefault()) {
            return maxRejects;
        }
        return Math.max((long) (rows * DEFAULT_SHARE), Math.min(DEFAULT_MIN, rows / 2));
    }

    /** True when {@code rejected} of {@code rows} rows is more than the limit allows. */
    public boolean exceeded(long rejected, long rows) {
        return rejected > allowed(rows);
    }

    /**
     * The reason an import of {@code rows} rows with {@code rejected} of them rejected stops, with its remedies named
     * as settings: "3 of 4 rows were rejected, more than the default limit of 2 (…); nothing was imported. …".
     */
    public ImportSetting.Wording refusal(long rejected, long rows) {
        return refusal(rejected, rows, null);
    }

    /**
     * The refusal, led by the quote whose lines were rejected one by one when there was one (see
     * {@link RecordLines#problem()}): "an unclosed quote opened on line 3 runs to the end of the file (lines 3–5), so
     * 3 of 4 rows were rejected, …. Close the quote on line 3 or raise …". Such a quote, not the column types, is then
     * the likely cause.
     *
     * @param quote the first record whose quote was not trusted, or null
     */
    public ImportSetting.Wording refusal(long rejected, long rows, RecordLines quote) {
        if (quote != null) {
            String limit = isDefault() ? String.format(Locale.ROOT, "the default limit of %,d (%s)", allowed(rows),
                    DEFAULT_RULE) : "the limit of " + maxRejects;
            String cause = quote.problem().startsWith("unclosed") ? "an " + quote.problem() : quote.problem();
            return names -> String.format(Locale.ROOT, "%s, so %,d of %,d rows were rejected, more than %s;"
                    + " nothing was imported. Close the quote on line %d or raise %s", cause, rejected,
                    rows, limit, quote.quoteLine(), names.apply(ImportSetting.MAX_REJECTS));
        }
        if (!isDefault()) {
            return names -> "more than " + maxRejects + " rows were rejected (" + names.apply(ImportSetting.MAX_REJECTS)
                    + " " + maxRejects + "); nothing was imported. See the first rejections with a higher "
                    + names.apply(ImportSetting.MAX_REJECTS);
        }
        return names -> String.format(Locale.ROOT, "%,d of %,d rows were rejected, more than the default limit of %,d"
                + " (%s); nothing was imported. Fix %s or raise %s", rejected, rows, allowed(rows), DEFAULT_RULE,
                names.apply(ImportSetting.COLUMN_TYPES), names.apply(ImportSetting.MAX_REJECTS));
    }
}
