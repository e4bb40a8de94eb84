package io.campaignlab.engine.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FeaturePipelineTest {

    /** Six rows; the first four are training rows. */
    static Frame frame(String[] devices, double[] prices, long[] times, String[] history) {
        return Frame.of("t", new long[]{1, 2, 3, 4, 5, 6}, List.of(new FrameColumn.Texts("device", devices),
                new FrameColumn.Numbers("price", prices), new FrameColumn.Times("ts", times),
                new FrameColumn.Texts("history", history)));
    }

    static final int[] TRAIN = {0, 1, 2, 3};

    // 2024-01-01T00:00Z was a Monday: 1,704,067,200,000 ms
    static final long MONDAY = 1_704_067_200_000L;

    static Frame sample() {
        return frame(new String[]{"mobile", "mobile", "desktop", "mobile", "tablet", null},
                new double[]{1, 2, 3, 6, Double.NaN, 100},
                new long[]{MONDAY, MONDAY + 5 * 3_600_000L, MONDAY + 6 * 86_400_000L, FrameColumn.MISSING_TIME,
                        MONDAY, MONDAY},
                new String[]{"a|b", "b", null, "a|b|c|d", "z", "a"});
    }

    static FeatureSpec spec() {
        return new FeatureSpec(List.of(FieldSpec.categorical("device").withMinCount(2),
                FieldSpec.numeric("price", NumericTransform.STANDARDIZE), FieldSpec.timestamp("ts"),
                FieldSpec.multiValued("history", 3)), null);
    }

    @Test
    void layoutGivesEachFieldItsRowsAndSlots() {
        FeaturePipeline pipeline = PipelineFitter.fit(spec(), sample(), TRAIN);
        // device: missing, OOV, mobile (seen 3× ≥ 2; desktop once < 2) = 3 rows; price: 2; hour: 25; weekday: 8;
        // history: missing, OOV, a, b, c, d = 6
        assertThat(pipeline.fields()).extracting(FittedField::name)
                .containsExactly("device", "price", "ts_hour", "ts_weekday", "history");
        assertThat(pipeline.vocabularySize()).isEqualTo(3 + 2 + 25 + 8 + 6);
        assertThat(pipeline.slotCount()).isEqualTo(1 + 1 + 1 + 1 + 3);
        assertThat(pipeline.slotField()).containsExactly(0, 1, 2, 3, 4, 4, 4);
    }

    @Test
    void unseenAndRareValuesGoToOovAndMissingToTheMissingRow() {
        EncodedRows rows = PipelineFitter.fit(spec(), sample(), TRAIN).encode(sample());
        int slots = rows.slots();
        // device is field 0 at offset 0: row 0 missing, 1 OOV, 2 mobile
        assertThat(rows.indices()[0]).isEqualTo(2);            // mobile
        assertThat(rows.indices()[2 * slots]).isEqualTo(1);    // desktop: seen once in training, below min count
        assertThat(rows.indices()[4 * slots]).isEqualTo(1);    // tablet: never seen
        assertThat(rows.indices()[5 * slots]).isEqualTo(0);    // null
        assertThat(rows.values()[4 * slots]).isEqualTo(1f);
    }

    @Test
    void numbersAreStandardizedWithTrainingMeanAndSampleSd() {
        EncodedRows rows = PipelineFitter.fit(spec(), sample(), TRAIN).encode(sample());
        int slots = rows.slots();
        // training prices 1, 2, 3, 6: mean 3, sample sd sqrt((4 + 1 + 0 + 9) / 3) = sqrt(14 / 3)
        double sd = Math.sqrt(14.0 / 3);
        int offset = 3;
        assertThat(rows.indices()[1]).isEqualTo(offset + 1);
        assertThat((double) rows.values()[1]).isCloseTo((1 - 3) / sd, within(1e-6));
        assertThat((double) rows.values()[3 * slots + 1]).isCloseTo((6 - 3) / sd, within(1e-6));
        assertThat(rows.indices()[4 * slots + 1]).isEqualTo(offset);   // NaN → missing row, value 1
        assertThat(rows.values()[4 * slots + 1]).isEqualTo(1f);
        assertThat((double) rows.values()[5 * slots + 1]).isEqualTo(10.0);   // (100 − 3) / sd = 44.9, clipped to 10
    }

    @Test
    void timesBecomeUtcHourAndWeekday() {
        EncodedRows rows = PipelineFitter.fit(spec(), sample(), TRAIN).encode(sample());
        int slots = rows.slots();
        int hourOffset = 5;
        int weekdayOffset = 30;
        assertThat(rows.indices()[2]).isEqualTo(hourOffset + 1);              // 00:00 → hour 0 → row 1
        assertThat(rows.indices()[slots + 2]).isEqualTo(hourOffset + 1 + 5);  // 05:00
        assertThat(rows.indices()[3]).isEqualTo(weekdayOffset + 1);           // Monday → row 1
        assertThat(rows.indices()[2 * slots + 3]).isEqualTo(weekdayOffset + 7); // six days later: Sunday
        assertThat(rows.indices()[3 * slots + 2]).isEqualTo(hourOffset);      // missing time
    }

    @Test
    void multiValuedFieldsKeepTheLastValuesWeightedForAMean() {
        EncodedRows rows = PipelineFitter.fit(spec(), sample(), TRAIN).encode(sample());
        int slots = rows.slots();
        int offset = 38;
        // training rows keep their last three values: "a|b", "b", null, "b|c|d", so b is seen 3 times, a, c, d once;
        // the vocabulary by count, then name: rows 0 none, 1 OOV, 2 b, 3 a, 4 c, 5 d
        // row 1 "a|b": a, b with weight 1/2, third slot unused
        assertThat(slice(rows.indices(), 0, slots)).containsExactly(offset + 3, offset + 2, offset);
        assertThat(slice(rows.values(), 0, slots)).containsExactly(0.5f, 0.5f, 0f);
        // row 4 "a|b|c|d": the last three, b, c, d, each 1/3
        assertThat(slice(rows.indices(), 3, slots)).containsExactly(offset + 2, offset + 4, offset + 5);
        assertThat(slice(rows.values(), 3, slots)).containsExactly(1f / 3, 1f / 3, 1f / 3);
        // row 3 null: the none row with weight 1 in the first slot
        assertThat(slice(rows.indices(), 2, slots)).containsExactly(offset, offset, offset);
        assertThat(slice(rows.values(), 2, slots)).containsExactly(1f, 0f, 0f);
        // row 5 "z": unseen → OOV
        assertThat(slice(rows.indices(), 4, slots)[0]).isEqualTo(offset + 1);
    }

    @Test
    void quantileEdgesAreTrainingOrderStatistics() {
        // values 1..10, 4 buckets: edges at the ⌈q·n⌉-th smallest for q = 1/4, 2/4, 3/4 → 3rd, 5th, 8th = 3, 5, 8
        double[] edges = PipelineFitter.edges(new double[]{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 4);
        assertThat(edges).containsExactly(3, 5, 8);
        assertThat(FittedFields.Buckets.bucketOf(2.9, edges)).isZero();
        assertThat(FittedFields.Buckets.bucketOf(3, edges)).isEqualTo(1);
        assertThat(FittedFields.Buckets.bucketOf(100, edges)).isEqualTo(3);
    }

    @Test
    void fittingReadsTrainingRowsOnly() {
        Frame a = sample();
        String[] devices = {"mobile", "mobile", "desktop", "mobile", "desktop", "desktop"};
        Frame b = frame(devices, ((FrameColumn.Numbers) a.column("price")).values(), a.times("ts"),
                a.texts("history"));
        // rows 4 and 5 change (desktop twice more), but they are not training rows: desktop stays OOV
        assertThat(PipelineFitter.fit(spec(), b, TRAIN).encode(b).indices()[4 * 7]).isEqualTo(1);
    }

    @Test
    void jsonRoundTripEncodesIdentically() throws Exception {
        FeaturePipeline pipeline = PipelineFitter.fit(spec(), sample(), TRAIN);
        ObjectMapper mapper = new ObjectMapper();
        FeaturePipeline back = mapper.readValue(mapper.writeValueAsString(pipeline), FeaturePipeline.class);
        EncodedRows before = pipeline.encode(sample());
        EncodedRows after = back.encode(sample());
        assertThat(after.indices()).containsExactly(before.indices());
        assertThat(after.values()).containsExactly(before.values());
    }

    @Test
    void logSquaredCategoriesAreWorkedByHand() {
        // x > 2 → ⌊ln(x)²⌋: ln 3 = 1.0986, squared 1.2069 → 1; ln 10 = 2.3026, squared 5.3019 → 5;
        // ln 1000 = 6.9078, squared 47.717 → 47; ln 7 = 1.9459, squared 3.786 → 3; ln 8 = 2.0794, squared 4.324 → 4
        assertThat(FittedFields.LogSquared.category(3)).isEqualTo("ln2:1");
        assertThat(FittedFields.LogSquared.category(10)).isEqualTo("ln2:5");
        assertThat(FittedFields.LogSquared.category(1000)).isEqualTo("ln2:47");
        assertThat(FittedFields.LogSquared.category(7)).isEqualTo("ln2:3");
        assertThat(FittedFields.LogSquared.category(8)).isEqualTo("ln2:4");
        // 2 and below are their own categories, negatives too; missing has none
        assertThat(FittedFields.LogSquared.category(2)).isEqualTo("x=2");
        assertThat(FittedFields.LogSquared.category(1)).isEqualTo("x=1");
        assertThat(FittedFields.LogSquared.category(0)).isEqualTo("x=0");
        assertThat(FittedFields.LogSquared.category(-1)).isEqualTo("x=-1");
        assertThat(FittedFields.LogSquared.category(Double.NaN)).isNull();
    }

    /** Ten rows of one count column; the first eight train. */
    static Frame counts() {
        return Frame.of("c", new long[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, List.of(new FrameColumn.Numbers("n",
                new double[]{3, 4, 10, 1, 1, 1000, Double.NaN, -1, 2, 5000})));
    }

    static final int[] COUNT_TRAIN = {0, 1, 2, 3, 4, 5, 6, 7};

    @Test
    void logSquaredKeepsCategoriesSeenMinCountTimesInTraining() {
        FeatureSpec spec = new FeatureSpec(List.of(FieldSpec.numeric("n", NumericTransform.LOG_SQUARED)
                .withMinCount(2)), null);
        FeaturePipeline pipeline = PipelineFitter.fit(spec, counts(), COUNT_TRAIN);
        // training categories: 3 and 4 → ln2:1 (ln 4 = 1.386, squared 1.92), 10 → ln2:5, 1 twice → x=1,
        // 1000 → ln2:47, -1 → x=-1; seen twice: ln2:1 and x=1 (tied, so by name) → rows 0 missing, 1 OOV, 2, 3
        assertThat(pipeline.fields().get(0)).isEqualTo(new FittedFields.LogSquared("n", "n", List.of("ln2:1", "x=1")));
        assertThat(pipeline.vocabularySize()).isEqualTo(4);
        EncodedRows rows = pipeline.encode(counts());
        // 5000: ln = 8.517, squared 72.5 → ln2:72, unseen → OOV; 2 → x=2, unseen → OOV
        assertThat(rows.indices()).containsExactly(2, 2, 1, 3, 3, 1, 0, 1, 1, 1);
        assertThat(rows.values()).containsOnly(1f);
    }

    @Test
    void logSquaredSurvivesTheJsonRoundTrip() throws Exception {
        FeatureSpec spec = new FeatureSpec(List.of(FieldSpec.numeric("n", NumericTransform.LOG_SQUARED)
                .withMinCount(1)), null);
        FeaturePipeline pipeline = PipelineFitter.fit(spec, counts(), COUNT_TRAIN);
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(pipeline);
        FeaturePipeline back = mapper.readValue(json, FeaturePipeline.class);
        assertThat(json).contains("\"logsq\"");
        assertThat(back.fields()).isEqualTo(pipeline.fields());
        assertThat(back.encode(counts()).indices()).containsExactly(pipeline.encode(counts()).indices());
    }

    @Test
    void aNumericFieldOnTextIsRefusedByName() {
        FeatureSpec wrong = new FeatureSpec(List.of(FieldSpec.numeric("device", NumericTransform.LOG1P)), null);
        assertThatThrownBy(() -> PipelineFitter.fit(wrong, sample(), TRAIN))
                .hasMessageContaining("device").hasMessageContaining("categorical");
    }

    private static int[] slice(int[] values, int row, int slots) {
        return java.util.Arrays.copyOfRange(values, row * slots + 4, row * slots + 7);
    }

    private static float[] slice(float[] values, int row, int slots) {
        return java.util.Arrays.copyOfRange(values, row * slots + 4, row * slots + 7);
    }
}
