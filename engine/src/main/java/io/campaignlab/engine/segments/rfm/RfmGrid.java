package io.campaignlab.engine.segments.rfm;

import java.util.List;

/**
 * The named RFM segments on the 5 × 5 grid of recency score (R) and frequency score (F); the monetary score is kept
 * beside them, for profiles, but does not name a segment, since it moves with frequency.
 *
 * <p>The grid is the recency × frequency segment map as it is widely published with RFM tutorials (often as regular
 * expressions over the "RF" pair: {@code [1-2][1-2]} hibernating, {@code [1-2][3-4]} at risk, {@code [1-2]5} can't
 * lose them, {@code 3[1-2]} about to sleep, {@code 33} need attention, {@code [3-4][4-5]} loyal customers,
 * {@code 41} promising, {@code 51} new customers, {@code [4-5][2-3]} potential loyalists, {@code 5[4-5]} champions).
 * The names and their meanings are those of the segment table in the {@code rfm} R package (A. Hebbali, "rfm:
 * Recency, Frequency and Monetary Value Analysis", CRAN, vignette "RFM analysis"), which also has <em>Lost</em>;
 * the published grid has no cell for it, so here its hibernating block is split by recency: R 1 with F 1-2 is Lost,
 * R 2 with F 1-2 Hibernating. Every one of the 25 cells belongs to exactly one segment.
 */
public final class RfmGrid {

    /** The segments, best first; this order is their stored order. */
    public static final List<RfmRule> RULES = List.of(
            new RfmRule("Champions", "Bought recently, buy often and spend the most.", 5, 5, 4, 5),
            new RfmRule("Loyal customers", "Buy often and fairly recently; respond to promotions.", 3, 4, 4, 5),
            new RfmRule("Potential loyalists", "Recent customers with a few orders already.", 4, 5, 2, 3),
            new RfmRule("New customers", "Bought most recently, but only once.", 5, 5, 1, 1),
            new RfmRule("Promising", "Recent shoppers with a single order.", 4, 4, 1, 1),
            new RfmRule("Need attention", "Middling recency and frequency.", 3, 3, 3, 3),
            new RfmRule("About to sleep", "Below average recency and frequency; lost without reactivation.", 3, 3,
                    1, 2),
            new RfmRule("At risk", "Bought often, but long ago.", 1, 2, 3, 4),
            new RfmRule("Can't lose them", "Were the most frequent buyers, and have not been back for long.", 1, 2,
                    5, 5),
            new RfmRule("Hibernating", "Last bought long ago, with few orders.", 2, 2, 1, 2),
            new RfmRule("Lost", "The longest gone, with few orders.", 1, 1, 1, 2));

    private RfmGrid() {
    }

    /** The index in {@link #RULES} of the segment holding these scores. */
    public static int segmentOf(int recencyScore, int frequencyScore) {
        for (int i = 0; i < RULES.size(); i++) {
            if (RULES.get(i).matches(recencyScore, frequencyScore)) {
                return i;
            }
        }
        throw new IllegalArgumentException("scores must be 1 to 5, not R " + recencyScore + " F " + frequencyScore);
    }

    /**
     * Why a segment has no customers, in a sentence: a score range that no customer has (ties merged the levels,
     * {@link ScoreLevels}), or else the two ranges held by customers who are never the same.
     *
     * @param grid customers per cell, {@code grid[r − 1][f − 1]}
     */
    public static String emptyReason(RfmRule rule, int[][] grid) {
        int[] rows = new int[5];
        int[] columns = new int[5];
        for (int r = 0; r < 5; r++) {
            for (int f = 0; f < 5; f++) {
                rows[r] += grid[r][f];
                columns[f] += grid[r][f];
            }
        }
        int inR = sum(rows, rule.recencyMin(), rule.recencyMax());
        int inF = sum(columns, rule.frequencyMin(), rule.frequencyMax());
        if (inR == 0) {
            return noLevel("R", rule.recencyText(), "recency", rows);
        }
        if (inF == 0) {
            return noLevel("F", rule.frequencyText(), "frequency", columns);
        }
        return "No customer combines R " + rule.recencyText() + " with F " + rule.frequencyText() + " (R "
                + rule.recencyText() + ": " + inR + (inR == 1 ? " customer" : " customers") + ", F "
                + rule.frequencyText() + ": " + inF + ").";
    }

    private static String noLevel(String letter, String range, String dimension, int[] totals) {
        List<Integer> used = new java.util.ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            if (totals[s - 1] > 0) {
                used.add(s);
            }
        }
        return "No customer can have " + letter + " " + range + ": " + dimension + " has only " + used.size()
                + (used.size() == 1 ? " level (score " : " levels (scores ") + ScoreLevels.and(used) + ").";
    }

    private static int sum(int[] totals, int min, int max) {
        int sum = 0;
        for (int s = min; s <= max; s++) {
            sum += totals[s - 1];
        }
        return sum;
    }
}
