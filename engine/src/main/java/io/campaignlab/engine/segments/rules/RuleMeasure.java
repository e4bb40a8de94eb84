package io.campaignlab.engine.segments.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule condition measures about a user: a column of the users dataset, a behaviour aggregate over the
 * events dataset in a window of days ending at the snapshot, or a model's score (mean or max over the user's scored
 * rows). Written as text:
 *
 * <ul>
 *   <li>{@code purchases_30d}, {@code views_7d}, {@code clicks_14d}, {@code spend_90d}: over the last N days before
 *       the snapshot; {@code days_since_purchase}: days from the last purchase's day to the snapshot (at least 1);</li>
 *   <li>{@code score:run3}: the mean score of run 3 over the user's rows of the dataset it scored
 *       ({@code scores_run3_<dataset>}); {@code score:run3:max} the largest; {@code score:run3@impressions} names the
 *       scored dataset when the run scored several;</li>
 *   <li>anything else: a column of the users dataset, e.g. {@code age_band}.</li>
 * </ul>
 *
 * @param kind      which of the three
 * @param column    the users column (COLUMN only)
 * @param behaviour the aggregate (BEHAVIOUR only)
 * @param days      its window in days (BEHAVIOUR, but 0 for days since purchase)
 * @param runId     the scoring run (SCORE only)
 * @param scored    the dataset the run scored, or null to take the only one (SCORE only)
 * @param aggregate how a user's scores are combined (SCORE only)
 */
public record RuleMeasure(Kind kind, String column, Behaviour behaviour, int days, long runId, String scored,
                          ScoreAggregate aggregate) {

    /** The three sources of a measure. */
    public enum Kind { COLUMN, BEHAVIOUR, SCORE }

    /** Behaviour aggregates per user. */
    public enum Behaviour {
        /** Orders kept (as RFM counts them: distinct invoices, else purchase events). */
        PURCHASES("purchases"),
        /** View events. */
        VIEWS("views"),
        /** Click events. */
        CLICKS("clicks"),
        /** Gross spend of the purchase lines kept. */
        SPEND("spend"),
        /** Days from the day of the last purchase to the snapshot; none for a user who never bought. */
        DAYS_SINCE_PURCHASE("days_since_purchase");

        private final String id;

        Behaviour(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** How the scores of a user's rows become one number. */
    public enum ScoreAggregate { MEAN, MAX }

    /** The longest window, ten years. */
    public static final int MAX_DAYS = 3650;

    private static final Pattern WINDOWED = Pattern.compile("(purchases|views|clicks|spend)_(\\d{1,5})d");
    private static final Pattern SCORE = Pattern.compile(
            "score:run(\\d{1,12})(?:@([A-Za-z0-9_]+))?(?::(mean|max))?");
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    public RuleMeasure {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.COLUMN && (column == null || !COLUMN.matcher(column).matches())) {
            throw new IllegalArgumentException("'" + column + "' is not a column name");
        }
        if (kind == Kind.BEHAVIOUR) {
            Objects.requireNonNull(behaviour, "behaviour");
            if (behaviour == Behaviour.DAYS_SINCE_PURCHASE ? days != 0 : days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("a window of 1 to " + MAX_DAYS + " days is needed, not " + days);
            }
        }
        if (kind == Kind.SCORE) {
            Objects.requireNonNull(aggregate, "aggregate");
            if (runId < 1) {
                throw new IllegalArgumentException("a run id is positive, not " + runId);
            }
        }
    }

    public static RuleMeasure column(String name) {
        return new RuleMeasure(Kind.COLUMN, name, null, 0, 0, null, null);
    }

    public static RuleMeasure behaviour(Behaviour behaviour, int days) {
        return new RuleMeasure(Kind.BEHAVIOUR, null, behaviour, days, 0, null, null);
    }

    public static RuleMeasure score(long runId, String scored, ScoreAggregate aggregate) {
        return new RuleMeasure(Kind.SCORE, null, null, 0, runId, scored, aggregate);
    }

    /** Reads a measure written as {@link #text()}. */
    public static RuleMeasure parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        Matcher m = WINDOWED.matcher(lower);
        if (m.matches()) {
            Behaviour b = Behaviour.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return behaviour(b, Integer.parseInt(m.group(2)));
        }
        if (lower.equals(Behaviour.DAYS_SINCE_PURCHASE.id())) {
            return behaviour(Behaviour.DAYS_SINCE_PURCHASE, 0);
        }
        if (lower.startsWith("score")) {
            Matcher s = SCORE.matcher(t);
            if (!s.matches()) {
                throw new IllegalArgumentException("'" + t + "' is not a score; write score:runN, score:runN:max"
                        + " or score:runN@DATASET");
            }
            return score(Long.parseLong(s.group(1)), s.group(2),
                    "max".equals(s.group(3)) ? ScoreAggregate.MAX : ScoreAggregate.MEAN);
        }
        if (!COLUMN.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is neither a behaviour measure (purchases_30d, views_7d,"
                    + " clicks_14d, spend_90d, days_since_purchase), a score (score:run3) nor a column name");
        }
        return column(t);
    }

    /** Whether the measure is a number (everything but a users column, whose type decides). */
    public boolean numeric() {
        return kind != Kind.COLUMN;
    }

    /** The measure as it is written in a condition. */
    public String text() {
        switch (kind) {
            case COLUMN:
                return column;
            case BEHAVIOUR:
                return behaviour == Behaviour.DAYS_SINCE_PURCHASE ? behaviour.id() : behaviour.id() + "_" + days + "d";
            default:
                return "score:run" + runId + (scored == null ? "" : "@" + scored)
                        + (aggregate == ScoreAggregate.MAX ? ":max" : "");
        }
    }
}
