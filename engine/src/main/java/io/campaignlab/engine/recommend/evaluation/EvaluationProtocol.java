package io.campaignlab.engine.recommend.evaluation;

import java.util.Locale;

/**
 * How a recommender is evaluated; stored with every result.
 *
 * <ul>
 *   <li>{@code leave-last-out}: for each user, the item of the last target event (the last purchase, or the last
 *       interaction of any type; without {@code allowRepurchase}, the last one on an item not bought before) is held
 *       out, with every event of that user at or after it and every earlier event
 *       of that user on the same item, so the held-out item is new to the user as far as the model knows and the
 *       model never sees the user's future. Users need at least one other item before it.</li>
 *   <li>{@code chronological}: one global time cut at the {@code cutFraction} quantile of event times; everything
 *       before trains, and each user with training history is tested on the distinct items of target events at or
 *       after the cut that are candidates for them.</li>
 *   <li>{@code session-next-item}: sessions ordered by their first event; the last {@code 1 − cutFraction} of them
 *       are test sessions. Test clicks on items never seen in training are dropped, and test sessions with fewer
 *       than two clicks left are skipped; every prefix of a test session is then one prediction of its next click,
 *       ranked against every training item (repeats included). Metrics are means over predictions.</li>
 *   <li>{@code cold-start} (cross-domain runs only): a seeded random {@code cutFraction} share of the users with
 *       events in both the target and the source domain lose every target-domain event, and are tested on the
 *       distinct target items of those events; their source events stay in training.</li>
 * </ul>
 * Ranking is always over every item except those the user interacted with in training (full ranking, no
 * sampling); with {@code allowRepurchase}, items the user bought in training stay candidates.
 *
 * @param kind            leave-last-out or chronological
 * @param target          purchase (the default) or any interaction
 * @param cutFraction     chronological: the share of events (by time) before the cut; cold-start: the share of
 *                        the users in both domains held out
 * @param k               the cut-off of the ranking metrics
 * @param allowRepurchase whether bought items may be recommended again
 */
public record EvaluationProtocol(Kind kind, Target target, double cutFraction, int k, boolean allowRepurchase) {

    public EvaluationProtocol {
        if (!(cutFraction > 0 && cutFraction < 1)) {
            throw new IllegalArgumentException("the cut fraction must lie strictly between 0 and 1");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
    }

    public static EvaluationProtocol leaveLastOut(int k) {
        return new EvaluationProtocol(Kind.LEAVE_LAST_OUT, Target.PURCHASE, 0.8, k, false);
    }

    public static EvaluationProtocol chronological(int k) {
        return new EvaluationProtocol(Kind.CHRONOLOGICAL, Target.PURCHASE, 0.8, k, false);
    }

    /** The session next-click protocol with the last {@code testFraction} of sessions (by start) as the test. */
    public static EvaluationProtocol sessionNextItem(int k, double testFraction) {
        return new EvaluationProtocol(Kind.SESSION_NEXT_ITEM, Target.INTERACTION, 1 - testFraction, k, true);
    }

    /** Cross-domain cold start: {@code share} of the users in both domains lose their target events. */
    public static EvaluationProtocol coldStart(double share, int k) {
        return new EvaluationProtocol(Kind.COLD_START, Target.INTERACTION, share, k, false);
    }

    public EvaluationProtocol withTarget(Target t) {
        return new EvaluationProtocol(kind, t, cutFraction, k, allowRepurchase);
    }

    public EvaluationProtocol withAllowRepurchase(boolean allow) {
        return new EvaluationProtocol(kind, target, cutFraction, k, allow);
    }

    /** The held-out split. */
    public enum Kind {
        LEAVE_LAST_OUT, CHRONOLOGICAL, SESSION_NEXT_ITEM, COLD_START;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.id().equalsIgnoreCase(text.trim()) || k.name().equalsIgnoreCase(text.trim())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown protocol '" + text + "'; expected leave-last-out,"
                    + " chronological, session-next-item or cold-start");
        }
    }

    /** Which events are held out as the truth. */
    public enum Target {
        PURCHASE, INTERACTION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Target parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }
}
