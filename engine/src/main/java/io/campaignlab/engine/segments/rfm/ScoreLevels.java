package io.campaignlab.engine.segments.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scores of one RFM dimension ({@link QuintileScores}) with what ties did to them.
 *
 * @param scores             1 to 5 per customer
 * @param emptyByPercentRank the scores percent rank left without customers, so that the values were cut at their
 *                           tie boundaries instead; empty when percent rank gave every score customers
 */
public record ScoreLevels(int[] scores, List<Integer> emptyByPercentRank) {

    public ScoreLevels {
        emptyByPercentRank = List.copyOf(emptyByPercentRank);
    }

    /** The scores given, ascending. */
    public List<Integer> used() {
        boolean[] used = new boolean[6];
        for (int s : scores) {
            used[s] = true;
        }
        List<Integer> levels = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            if (used[s]) {
                levels.add(s);
            }
        }
        return levels;
    }

    /** A sentence on how ties changed the scores of this dimension, or null when they did not. */
    public String note(String dimension) {
        if (emptyByPercentRank.isEmpty()) {
            return null;
        }
        List<Integer> used = used();
        if (used.size() == 5) {
            return dimension + ": ties left " + (emptyByPercentRank.size() == 1 ? "score " : "scores ")
                    + and(emptyByPercentRank) + " empty by percent rank; cut at the tie boundaries nearest the"
                    + " quintiles instead, so every score has customers.";
        }
        List<Integer> empty = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        empty.removeAll(used);
        return dimension + " has only " + used.size() + " distinct " + (used.size() == 1 ? "value" : "values")
                + ", so " + used.size() + (used.size() == 1 ? " level (score " : " levels (scores ") + and(used)
                + "): " + and(empty) + (empty.size() == 1 ? " is" : " are") + " empty.";
    }

    /** {@code 1}, {@code 1 and 5}, {@code 2, 3 and 4}. */
    static String and(List<Integer> values) {
        List<String> text = values.stream().map(String::valueOf).collect(Collectors.toList());
        if (text.size() == 1) {
            return text.get(0);
        }
        return String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
    }
}
