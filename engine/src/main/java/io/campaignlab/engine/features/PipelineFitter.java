package io.campaignlab.engine.features;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fits a {@link FeaturePipeline} from a {@link FeatureSpec} on the training rows of a frame, and nothing else. */
public final class PipelineFitter {

    /** Vocabularies keep at most this many values, the most frequent. */
    public static final int MAX_VOCABULARY = 1_000_000;

    private PipelineFitter() {
    }

    public static FeaturePipeline fit(FeatureSpec spec, Frame frame, int[] trainRows) {
        List<FittedField> fitted = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            FrameColumn column = frame.column(field.column());
            switch (field.kind()) {
                case CATEGORICAL -> fitted.add(field.encoding() == CategoricalEncoding.HASHING
                        ? new FittedFields.Hashed(field.column(), field.column(), field.hashBuckets())
                        : new FittedFields.Vocabulary(field.column(), field.column(),
                        vocabulary(counts(column, trainRows, 0), field.minCount())));
                case NUMERIC -> fitted.add(numeric(field, column, trainRows));
                case TIMESTAMP -> {
                    if (!(column instanceof FrameColumn.Times)) {
                        throw new IllegalArgumentException("field " + field.column()
                                + " is a timestamp field but the column does not hold times");
                    }
                    fitted.add(new FittedFields.HourOfDay(field.column() + "_hour", field.column()));
                    fitted.add(new FittedFields.DayOfWeek(field.column() + "_weekday", field.column()));
                }
                case MULTI_VALUED -> fitted.add(new FittedFields.MultiVocabulary(field.column(), field.column(),
                        vocabulary(counts(column, trainRows, field.maxValues()), field.minCount()),
                        field.maxValues()));
            }
        }
        return new FeaturePipeline(fitted);
    }

    /** Value counts over the rows; a positive {@code maxValues} splits multi-valued text and keeps the last ones. */
    private static Map<String, Integer> counts(FrameColumn column, int[] rows, int maxValues) {
        Map<String, Integer> counts = new HashMap<>();
        for (int r : rows) {
            String text = FittedFields.text(column, r);
            if (text == null) {
                continue;
            }
            if (maxValues > 0) {
                for (String part : FittedFields.MultiVocabulary.split(text, maxValues)) {
                    counts.merge(part, 1, Integer::sum);
                }
            } else {
                counts.merge(text, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> vocabulary(Map<String, Integer> counts, int minCount) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VOCABULARY)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static FittedField numeric(FieldSpec field, FrameColumn column, int[] rows) {
        if (field.transform() == NumericTransform.LOG_SQUARED) {
            return logSquared(field, column, rows);
        }
        boolean log = field.transform() == NumericTransform.LOG1P;
        double[] values = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double x = FittedFields.number(column, r, field.column());
            if (!Double.isNaN(x)) {
                values[n++] = FittedFields.Scaled.transform(x, log);
            }
        }
        values = Arrays.copyOf(values, n);
        if (field.transform() == NumericTransform.QUANTILE_BUCKETS) {
            return new FittedFields.Buckets(field.column(), field.column(), edges(values, field.quantileBuckets()));
        }
        double mean = Arrays.stream(values).average().orElse(0);
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(var / (n - 1)) : 0;
        return new FittedFields.Scaled(field.column(), field.column(), log, mean, sd > 0 ? sd : 1);
    }

    private static FittedField logSquared(FieldSpec field, FrameColumn column, int[] rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (int r : rows) {
            String category = FittedFields.LogSquared.category(FittedFields.number(column, r, field.column()));
            if (category != null) {
                counts.merge(category, 1, Integer::sum);
            }
        }
        return new FittedFields.LogSquared(field.column(), field.column(), vocabulary(counts, field.minCount()));
    }

    /**
     * Interior quantile edges for {@code buckets} parts (type 1, the order statistic at ⌈q·n⌉ for q = 1/buckets …
     * (buckets−1)/buckets), repeated edges removed; none for no values. Shared with drift monitoring's PSI bins.
     */
    public static double[] edges(double[] values, int buckets) {
        if (values.length == 0) {
            return new double[0];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] edges = new double[buckets - 1];
        int count = 0;
        for (int i = 1; i < buckets; i++) {
            int at = (int) Math.ceil((double) i / buckets * sorted.length) - 1;
            double edge = sorted[Math.max(0, Math.min(sorted.length - 1, at))];
            if (count == 0 || edge > edges[count - 1]) {
                edges[count++] = edge;
            }
        }
        return Arrays.copyOf(edges, count);
    }
}
