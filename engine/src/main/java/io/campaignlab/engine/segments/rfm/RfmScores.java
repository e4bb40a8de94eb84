package io.campaignlab.engine.segments.rfm;

import io.campaignlab.engine.segments.customers.CustomerTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The recency, frequency and monetary scores (1 to 5, by {@link QuintileScores}) of every customer, aligned with the
 * {@link CustomerTable}. Recency scores 5 for the most recent buyers.
 *
 * @param notes how ties changed the scores ({@link ScoreLevels#note}), recency first; empty when they did not
 */
public record RfmScores(int[] recency, int[] frequency, int[] monetary, List<String> notes) {

    public RfmScores {
        notes = List.copyOf(notes);
    }

    public static RfmScores of(CustomerTable customers) {
        ScoreLevels r = QuintileScores.levels(customers.recencyDays(), false);
        ScoreLevels f = QuintileScores.levels(customers.frequency(), true);
        ScoreLevels m = QuintileScores.levels(customers.monetary(), true);
        List<String> notes = Stream.of(r.note("recency"), f.note("frequency"), m.note("monetary"))
                .filter(Objects::nonNull).toList();
        return new RfmScores(r.scores(), f.scores(), m.scores(), notes);
    }

    /** Each score's range of values, recency first. */
    public List<ScoreRange> ranges(CustomerTable customers) {
        List<ScoreRange> ranges = new ArrayList<>();
        double[] r = new double[customers.size()];
        double[] f = new double[customers.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = customers.recencyDays()[i];
            f[i] = customers.frequency()[i];
        }
        add(ranges, "recency", recency, r);
        add(ranges, "frequency", frequency, f);
        add(ranges, "monetary", monetary, customers.monetary());
        return ranges;
    }

    private static void add(List<ScoreRange> ranges, String dimension, int[] scores, double[] values) {
        for (int s = 1; s <= 5; s++) {
            int count = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] == s) {
                    count++;
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
            }
            ranges.add(new ScoreRange(dimension, s, count, count == 0 ? Double.NaN : min,
                    count == 0 ? Double.NaN : max));
        }
    }
}
