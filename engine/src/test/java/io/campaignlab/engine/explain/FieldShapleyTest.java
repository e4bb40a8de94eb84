package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FieldShapleyTest {

    private final FeaturePipeline pipeline = Toy.abc();

    /** g_a, g_b, g_c by local row (0 missing, 1 unseen, then the values). */
    private static final double[][] TABLE = {{0, 0, 1.0, -2.0, 0.5}, {0, 0, 3.0, -1.0}, {0, 0, 0.25, 4.0}};

    @Test
    void anAdditiveFunctionGetsEachTermMinusItsBackgroundMean() {
        // background of 7 rows, an odd count: the stratified cycle still uses each row equally
        EncodedRows background = pipeline.encode(Toy.abcRows("xpu", "ypv", "zqu", "zqv", "xqu", "ypu", "zpv"));
        EncodedRows x = pipeline.encode(Toy.abcRows("yqv"));
        FieldShapley shapley = new FieldShapley(Toy.additive(pipeline, TABLE), pipeline, Players.perField(pipeline),
                background, new ShapleySpec(7, 2, 3, true, 5));
        ShapleyExplanation e = shapley.explain(x, 0);
        // by hand: mean g_a over the background = (1 − 2 + 0.5 + 0.5 + 1 − 2 + 0.5)/7 = −0.5/7
        //          mean g_b = (3 + 3 − 1 − 1 − 1 + 3 + 3)/7 = 9/7
        //          mean g_c = (0.25 + 4 + 0.25 + 4 + 0.25 + 0.25 + 4)/7 = 13/7
        assertThat(e.of("a").value()).isCloseTo(-2.0 + 0.5 / 7, within(1e-12));
        assertThat(e.of("b").value()).isCloseTo(-1.0 - 9.0 / 7, within(1e-12));
        assertThat(e.of("c").value()).isCloseTo(4.0 - 13.0 / 7, within(1e-12));
        assertThat(e.prediction()).isEqualTo(-2.0 - 1.0 + 4.0);
        assertThat(e.base()).isCloseTo((-0.5 + 9 + 13) / 7, within(1e-12));
        assertThat(e.efficiencyGap()).isLessThan(1e-12);
        // every walk credits an additive term the same amount: no spread across repeats
        for (Attribution a : e.attributions()) {
            assertThat(a.spread()).isLessThan(1e-12);
        }
        assertThat(e.attributions()).extracting(Attribution::player).containsExactly("b", "c", "a");
        assertThat(e.of("a").displayValue()).isEqualTo("a = y");
    }

    /** f = A(a) · B(b), with A(x) = 3, A(y) = 1, B(p) = 2, B(q) = 5. */
    private BatchScore product() {
        double[] aValue = {0, 0, 3, 1, 0};
        double[] bValue = {0, 0, 2, 5};
        return rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                out[r] = aValue[Toy.local(pipeline, rows, r, 0)] * bValue[Toy.local(pipeline, rows, r, 1)];
            }
            return out;
        };
    }

    @Test
    void aProductOfTwoPlayersAgainstOneBackgroundRowGetsTheHandWorkedShares() {
        // x: a = 3, b = 2 (f = 6); z: a = 1, b = 5 (f = 5). Two orders, each with weight ½:
        //   a first: a gains 3·5 − 1·5 = 10, then b gains 3·2 − 3·5 = −9
        //   b first: b gains 1·2 − 1·5 = −3, then a gains 3·2 − 1·2 = 4
        //   φ_a = (10 + 4)/2 = 7, φ_b = (−9 − 3)/2 = −6, φ_c = 0; 7 − 6 = f(x) − f(z) = 1
        EncodedRows background = pipeline.encode(Toy.abcRows("yqu"));
        EncodedRows x = pipeline.encode(Toy.abcRows("xpv"));
        // antithetic walks pair each order with its reverse: with two players that is both orders, exactly
        ShapleyExplanation exact = new FieldShapley(product(), pipeline, Players.perField(pipeline), background,
                new ShapleySpec(1, 2, 2, true, 1)).explain(x, 0);
        assertThat(exact.of("a").value()).isCloseTo(7, within(1e-12));
        assertThat(exact.of("b").value()).isCloseTo(-6, within(1e-12));
        assertThat(exact.of("c").value()).isCloseTo(0, within(1e-12));
        assertThat(exact.base()).isEqualTo(5);
        assertThat(exact.prediction()).isEqualTo(6);
        assertThat(exact.efficiencyGap()).isLessThan(1e-12);

        // independent random orders: each walk credits a either 10 or 4, so φ_a is 7 ± 3/√walks
        ShapleyExplanation sampled = new FieldShapley(product(), pipeline, Players.perField(pipeline), background,
                new ShapleySpec(1, 400, 5, false, 1)).explain(x, 0);
        assertThat(sampled.of("a").value()).isCloseTo(7, within(0.3));
        assertThat(sampled.of("b").value()).isCloseTo(-6, within(0.3));
        assertThat(sampled.efficiencyGap()).isLessThan(1e-12);
        assertThat(sampled.of("a").spread()).isGreaterThan(0);
    }

    @Test
    void threePlayersWithInteractionsMatchTheExactShapleyFormula() {
        double[][] t = {{0, 0, 1.5, -1, 2}, {0, 0, 2, 0.5}, {0, 0, -1, 3}};
        // f = a·b·c + a² − b
        BatchScore f = rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                double a = t[0][Toy.local(pipeline, rows, r, 0)];
                double b = t[1][Toy.local(pipeline, rows, r, 1)];
                double c = t[2][Toy.local(pipeline, rows, r, 2)];
                out[r] = a * b * c + a * a - b;
            }
            return out;
        };
        // two background rows differ from x in every field, so the three-way interaction matters: antithetic pairs
        // are then not exact for three players, and the estimate carries sampling error
        String[] bg = {"xpv", "ypv", "zpv", "yqu"};
        EncodedRows background = pipeline.encode(Toy.abcRows(bg));
        String xs = "zqu";
        EncodedRows x = pipeline.encode(Toy.abcRows(xs));
        ShapleyExplanation e = new FieldShapley(f, pipeline, Players.perField(pipeline), background,
                new ShapleySpec(4, 2000, 5, true, 3)).explain(x, 0);
        // exact: a 3.09375, b −0.03125, c −4.875. An antithetic pair credits a player either its two end-position
        // marginals or its two middle ones, which differ by the three-way dividend (about 2.6 here): sd ≈ 1.2 per
        // pair, 20,000 pairs, standard error ≈ 0.009; the tolerance is about 6 standard errors
        double[] exact = exactShapley(xs, bg, t);
        assertThat(exact[0]).isCloseTo(3.09375, within(1e-12));
        assertThat(e.of("a").value()).isCloseTo(exact[0], within(0.05));
        assertThat(e.of("b").value()).isCloseTo(exact[1], within(0.05));
        assertThat(e.of("c").value()).isCloseTo(exact[2], within(0.05));
        assertThat(e.efficiencyGap()).isLessThan(1e-12);
    }

    /**
     * The textbook interventional Shapley value, φ_j = Σ_{S ⊆ N∖j} |S|!(n−|S|−1)!/n! · (v(S ∪ j) − v(S)) with
     * v(S) = mean over background rows z of f(x_S, z_rest), by enumerating every coalition.
     */
    private static double[] exactShapley(String x, String[] background, double[][] t) {
        int n = 3;
        double[] phi = new double[n];
        int[] fact = {1, 1, 2, 6};
        for (int j = 0; j < n; j++) {
            for (int s = 0; s < 1 << n; s++) {
                if ((s & 1 << j) != 0) {
                    continue;
                }
                int size = Integer.bitCount(s);
                double weight = (double) fact[size] * fact[n - size - 1] / fact[n];
                phi[j] += weight * (value(s | 1 << j, x, background, t) - value(s, x, background, t));
            }
        }
        return phi;
    }

    private static double value(int coalition, String x, String[] background, double[][] t) {
        int[][] local = {{2, 3, 4}, {2, 3}, {2, 3}};
        double sum = 0;
        for (String z : background) {
            double[] v = new double[3];
            for (int f = 0; f < 3; f++) {
                char ch = ((coalition & 1 << f) != 0 ? x : z).charAt(f);
                String vocabulary = f == 0 ? "xyz" : f == 1 ? "pq" : "uv";
                v[f] = t[f][local[f][vocabulary.indexOf(ch)]];
            }
            sum += v[0] * v[1] * v[2] + v[0] * v[0] - v[1];
        }
        return sum / background.length;
    }

    @Test
    void efficiencyHoldsToRoundingForANonlinearFunctionOfThirtyPlayers() {
        int fields = 30;
        Map<String, List<String>> vocabularies = new LinkedHashMap<>();
        for (int f = 0; f < fields; f++) {
            vocabularies.put("f" + f, List.of("a", "b", "c", "d"));
        }
        FeaturePipeline wide = Toy.categorical(vocabularies);
        SplittableRandom rng = new SplittableRandom(8);
        double[][] w = new double[fields][6];
        for (double[] row : w) {
            for (int k = 0; k < row.length; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        BatchScore f = rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                double s = 0;
                double p = 1;
                for (int k = 0; k < fields; k++) {
                    double v = w[k][Toy.local(wide, rows, r, k)];
                    s += v;
                    p *= 1 + 0.1 * v;
                }
                out[r] = 1 / (1 + Math.exp(-s * 0.3)) + Math.sin(p);
            }
            return out;
        };
        Map<String, String[]> columns = new LinkedHashMap<>();
        for (int k = 0; k < fields; k++) {
            String[] values = new String[60];
            for (int r = 0; r < values.length; r++) {
                values[r] = String.valueOf("abcd".charAt(rng.nextInt(4)));
            }
            columns.put("f" + k, values);
        }
        EncodedRows rows = wide.encode(Toy.texts(columns));
        EncodedRows background = Rows.select(rows, Rows.sample(60, 20, 1));
        FieldShapley shapley = new FieldShapley(f, wide, Players.perField(wide), background,
                new ShapleySpec(20, 2, 3, true, 2));
        List<ShapleyExplanation> all = shapley.explainRows(rows, new int[]{0, 5, 17, 59},
                ProgressListener.none(), new CancellationToken());
        for (ShapleyExplanation e : all) {
            double sum = e.attributions().stream().mapToDouble(Attribution::value).sum();
            assertThat(sum).isCloseTo(e.prediction() - e.base(), within(1e-12));
            assertThat(e.efficiencyGap()).isLessThan(1e-12);
            assertThat(e.walks()).isEqualTo(20 * 2 * 3);
        }
    }

    @Test
    void aRowsExplanationDoesNotDependOnTheRowsExplainedWithIt() {
        EncodedRows rows = pipeline.encode(Toy.abcRows("xpu", "yqv", "zpv", "yqu", "xqv"));
        BatchScore f = product();
        FieldShapley shapley = new FieldShapley(f, pipeline, Players.perField(pipeline), Rows.select(rows,
                new int[]{0, 1, 2}), new ShapleySpec(3, 2, 2, false, 9));
        ShapleyExplanation alone = shapley.explain(rows, 3);
        ShapleyExplanation together = shapley.explainRows(rows, new int[]{4, 3, 0}, ProgressListener.none(),
                new CancellationToken()).get(1);
        assertThat(together).isEqualTo(alone);
    }

    @Test
    void aFrameRowIsEncodedAndShownWithItsRawValues() {
        Frame frame = Toy.abcRows("xpu", "yqv", "zpv");
        EncodedRows rows = pipeline.encode(frame);
        FieldShapley shapley = new FieldShapley(Toy.additive(pipeline, TABLE), pipeline,
                Players.grouped(pipeline, Map.of("bc", List.of("b", "c"))), rows, new ShapleySpec(3, 2, 2, true, 1));
        ShapleyExplanation fromFrame = shapley.explain(frame, 2);
        ShapleyExplanation fromRows = shapley.explain(rows, 2);
        assertThat(fromFrame.prediction()).isEqualTo(fromRows.prediction());
        assertThat(fromFrame.of("bc").value()).isCloseTo(fromRows.of("bc").value(), within(1e-15));
        assertThat(fromFrame.of("a").displayValue()).isEqualTo("a = z");
        assertThat(fromFrame.of("bc").displayValue()).isEqualTo("b = p, c = v");
    }

    @Test
    void numbersAndTimesAreShownAsPeopleReadThem() {
        List<FittedField> fields = new ArrayList<>();
        fields.add(new FittedFields.Scaled("price", "price", true, 3.0, 0.5));
        fields.add(new FittedFields.Buckets("position", "position", new double[]{2, 5}));
        fields.add(new FittedFields.HourOfDay("ts_hour", "ts"));
        fields.add(new FittedFields.DayOfWeek("ts_weekday", "ts"));
        FeaturePipeline mixed = new FeaturePipeline(fields);
        long monday14h = java.time.LocalDateTime.parse("2026-01-05T14:30").toInstant(java.time.ZoneOffset.UTC)
                .toEpochMilli();
        Frame frame = Frame.of("t", new long[]{1}, List.of(
                new io.campaignlab.engine.frames.FrameColumn.Numbers("price", new double[]{19.99}),
                new io.campaignlab.engine.frames.FrameColumn.Numbers("position", new double[]{3}),
                new io.campaignlab.engine.frames.FrameColumn.Times("ts", new long[]{monday14h})));
        EncodedRows rows = mixed.encode(frame);
        List<Player> players = Players.perField(mixed);
        assertThat(ValueText.ofPlayers(players, mixed, frame, 0)).containsExactly("price = 19.99",
                "position = 3", "ts_hour = 14:00", "ts_weekday = Monday");
        // decoded from the encoding: the scaled number comes back (to float precision), the bucket as its range
        assertThat(ValueText.ofPlayers(players, mixed, rows, 0)).containsExactly("price = 19.99",
                "position = [2, 5)", "ts_hour = 14:00", "ts_weekday = Monday");
    }
}
