package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The drift report against values worked out by hand or by textbook formulas written out here (the exact two-sample
 * KS distribution by counting lattice paths, the Jensen–Shannon distance from its definition), and its status rules
 * on cases built to land on either side of each threshold.
 */
class DriftReportTest {

    private static final DriftSettings DEFAULTS = DriftSettings.defaults();

    // ---- hand-worked statistics ----

    @Test
    void numericPsiAndJensenShannonUseTheReferenceQuantileBins() {
        // the fixture of DriftStatisticsTest: reference 1..10 cut at its median 5 → shares 0.5 / 0.5; the current
        // sample {1, 2, 6, 7, 8, 9, 10, 10} has 2 of 8 at or below 5 → 0.25 / 0.75
        DriftSettings twoBins = new DriftSettings(1000, 5, 0.05, 0.1, 0.1, 0.5, 2, 12);
        ColumnDrift row = DriftReporter.numeric("x", new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                new double[]{1, 2, 6, 7, 8, 9, 10, 10}, twoBins);

        assertThat(row.psi()).isCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), within(1e-12));
        assertThat(row.jensenShannon()).isCloseTo(jensenShannon(new double[]{0.5, 0.5}, new double[]{0.25, 0.75}),
                within(1e-12));
        assertThat(row.distribution()).extracting(DriftBin::label).containsExactly("≤ 5", "> 5");
        assertThat(row.distribution()).extracting(DriftBin::referenceShare).containsExactly(0.5, 0.5);
        assertThat(row.distribution()).extracting(DriftBin::currentShare).containsExactly(0.25, 0.75);
        assertThat(row.distribution().get(0).lower()).isEqualTo(1);
        assertThat(row.distribution().get(1).upper()).isEqualTo(10);
        // 8 values against 10: a small reference, so KS decides
        assertThat(row.test()).isEqualTo("ks");
    }

    @Test
    void ksStatisticAndExactPValueMatchTheLatticePathCount() {
        // reference 1..10, current 6.5..15.5 (no ties): F_ref − F_cur reaches 6/10 at x = 6 → D = 0.6
        double[] reference = range(1, 10, 0);
        double[] current = range(1, 10, 5.5);
        ColumnDrift row = DriftReporter.numeric("x", reference, current, DEFAULTS);

        assertThat(row.test()).isEqualTo("ks");
        assertThat(row.statistic()).isCloseTo(0.6, within(1e-12));
        // P(D ≥ 0.6) for n = m = 10: 1 − 175,066 / C(20, 10) = 9,690 / 184,756 ≈ 0.0524
        assertThat(row.pValue()).isCloseTo(exactKsPValue(10, 10, 0.6), within(1e-9));
        assertThat(row.pValue()).isCloseTo(9_690.0 / 184_756, within(1e-9));
    }

    @Test
    void chiSquareOfACategoricalColumnWithANewCategory() {
        // reference a:b = 30:10 (40 values, so χ² decides); current a:b:c = 20:10:10. The expected counts are the
        // reference shares times 40, with c's empty share floored at 1e-4: 30, 10, 0.004; they sum to 40.004, so
        // the test first rescales them to the observed 40.
        String[] reference = repeat("a", 30, "b", 10, "c", 0);
        String[] current = repeat("a", 20, "b", 10, "c", 10);
        ColumnDrift row = DriftReporter.categorical("x", reference, current, DEFAULTS);

        double[] expected = {30, 10, 0.004};
        double[] observed = {20, 10, 10};
        double chi = 0;
        for (int i = 0; i < 3; i++) {
            double e = expected[i] * 40 / 40.004;
            chi += (observed[i] - e) * (observed[i] - e) / e;
        }
        assertThat(row.test()).isEqualTo("chi_square");
        assertThat(row.statistic()).isCloseTo(chi, within(1e-6 * chi));
        assertThat(row.pValue()).isLessThan(1e-10);
        assertThat(row.status()).isEqualTo(DriftStatus.ALERT);
        // PSI per category with the 1e-4 floor for the empty reference share of c
        double psi = (0.5 - 0.75) * Math.log(0.5 / 0.75) + (0.25 - 0.25) * Math.log(1)
                + (0.25 - 1e-4) * Math.log(0.25 / 1e-4);
        assertThat(row.psi()).isCloseTo(psi, within(1e-12));
        assertThat(row.jensenShannon()).isCloseTo(jensenShannon(new double[]{0.75, 0.25, 0},
                new double[]{0.5, 0.25, 0.25}), within(1e-12));
    }

    @Test
    void normedWassersteinOfAShiftIsTheShiftOverTheReferenceSd() {
        // reference 0..1999 (2,000 values: a distance test), current the same + 100: every unit of mass moves 100;
        // the population sd of 0..n−1 is √((n² − 1) / 12)
        double[] reference = range(2000, 0);
        ColumnDrift row = DriftReporter.numeric("x", reference, range(2000, 100), DEFAULTS);

        assertThat(row.test()).isEqualTo("wasserstein_normed");
        assertThat(row.statistic()).isCloseTo(100 / Math.sqrt((2000.0 * 2000 - 1) / 12), within(1e-9));
        assertThat(row.pValue()).isNaN();
    }

    // ---- status thresholds ----

    @Test
    void largeCategoricalSamplesAreJudgedByJensenShannonDistance() {
        String[] reference = repeat("a", 1000, "b", 1000, "c", 0);
        // 50/50 → 70/30: JS ≈ 0.145 ≥ 0.1
        ColumnDrift alert = DriftReporter.categorical("x", reference, repeat("a", 700, "b", 300, "c", 0), DEFAULTS);
        // 50/50 → 60/40: JS ≈ 0.0711, below 0.1 but over half of it; PSI ≈ 0.041
        ColumnDrift warn = DriftReporter.categorical("x", reference, repeat("a", 600, "b", 400, "c", 0), DEFAULTS);
        // 50/50 → 53/47: JS ≈ 0.021, PSI ≈ 0.0036
        ColumnDrift ok = DriftReporter.categorical("x", reference, repeat("a", 530, "b", 470, "c", 0), DEFAULTS);

        assertThat(alert.test()).isEqualTo("jensen_shannon");
        assertThat(alert.statistic()).isCloseTo(jensenShannon(new double[]{.5, .5}, new double[]{.7, .3}),
                within(1e-12)).isCloseTo(0.1449, within(1e-4));
        assertThat(alert.status()).isEqualTo(DriftStatus.ALERT);
        assertThat(alert.score()).isCloseTo(alert.statistic() / 0.1, within(1e-12));

        assertThat(warn.statistic()).isCloseTo(0.0711, within(1e-4));
        assertThat(warn.psi()).isCloseTo(0.1 * Math.log(1.2) - 0.1 * Math.log(0.8), within(1e-12));
        assertThat(warn.status()).isEqualTo(DriftStatus.WARN);

        assertThat(ok.statistic()).isCloseTo(0.0212, within(1e-4));
        assertThat(ok.status()).isEqualTo(DriftStatus.OK);
    }

    @Test
    void smallNumericSamplesAreJudgedByTheKsPValue() {
        double[] reference = range(1, 10, 0);
        // D = 0.7: P(D ≥ 0.7) ≈ 0.0123 < 0.05
        ColumnDrift alert = DriftReporter.numeric("x", reference, range(1, 10, 6.5), DEFAULTS);
        // D = 0.6: p ≈ 0.0524, just above 0.05; the score ln p / ln 0.05 ≈ 0.984 is over half way
        ColumnDrift warn = DriftReporter.numeric("x", reference, range(1, 10, 5.5), DEFAULTS);
        // the same values: D = 0, p = 1, PSI = 0
        ColumnDrift ok = DriftReporter.numeric("x", reference, range(1, 10, 0), DEFAULTS);
        // half a step up: D = 0.1 and p = 1, but the reference's lowest decile (≤ 1) is left empty and its 1e-4
        // floor gives PSI = (1e-4 − 0.1) ln(1e-4 / 0.1) + (0.2 − 0.1) ln 2 ≈ 0.76: PSI on ten values is jumpy,
        // and it warns
        ColumnDrift jumpy = DriftReporter.numeric("x", reference, range(1, 10, 0.5), DEFAULTS);

        assertThat(alert.pValue()).isCloseTo(exactKsPValue(10, 10, 0.7), within(1e-9)).isLessThan(0.05);
        assertThat(alert.status()).isEqualTo(DriftStatus.ALERT);
        assertThat(warn.pValue()).isGreaterThan(0.05);
        assertThat(warn.score()).isCloseTo(Math.log(warn.pValue()) / Math.log(0.05), within(1e-12));
        assertThat(warn.status()).isEqualTo(DriftStatus.WARN);
        assertThat(ok.pValue()).isCloseTo(1.0, within(1e-9));
        assertThat(ok.score()).isCloseTo(0.0, within(1e-9));
        assertThat(ok.status()).isEqualTo(DriftStatus.OK);
        assertThat(jumpy.pValue()).isCloseTo(1.0, within(1e-9));
        assertThat(jumpy.psi()).isCloseTo((1e-4 - 0.1) * Math.log(1e-4 / 0.1) + 0.1 * Math.log(2), within(1e-12));
        assertThat(jumpy.status()).isEqualTo(DriftStatus.WARN);
    }

    @Test
    void aLargePsiWarnsEvenWhenTheTestDoesNotFlag() {
        // reference a:b = 10:10, current 3:1. χ² = (3 − 2)²/2 + (1 − 2)²/2 = 1 with 1 df: p = 2(1 − Φ(1)) ≈ 0.3173,
        // score ln p / ln 0.05 ≈ 0.38 (below half); PSI = 0.25 ln 1.5 + 0.25 ln 2 ≈ 0.275 ≥ 0.1
        ColumnDrift row = DriftReporter.categorical("x", repeat("a", 10, "b", 10, "c", 0),
                repeat("a", 3, "b", 1, "c", 0), DEFAULTS);

        assertThat(row.statistic()).isCloseTo(1.0, within(1e-12));
        assertThat(row.pValue()).isCloseTo(0.3173105078629141, within(1e-9));
        assertThat(row.score()).isLessThan(0.5);
        assertThat(row.psi()).isCloseTo(0.25 * Math.log(1.5) + 0.25 * Math.log(2), within(1e-12));
        assertThat(row.status()).isEqualTo(DriftStatus.WARN);
    }

    @Test
    void largeNumericSamplesAreJudgedByNormedWasserstein() {
        double[] reference = range(2000, 0);
        double sd = Math.sqrt((2000.0 * 2000 - 1) / 12);
        ColumnDrift alert = DriftReporter.numeric("x", reference, range(2000, 100), DEFAULTS);
        ColumnDrift warn = DriftReporter.numeric("x", reference, range(2000, 40), DEFAULTS);
        ColumnDrift ok = DriftReporter.numeric("x", reference, range(2000, 20), DEFAULTS);

        assertThat(alert.statistic()).isCloseTo(100 / sd, within(1e-9));
        assertThat(alert.status()).isEqualTo(DriftStatus.ALERT);
        assertThat(warn.statistic()).isCloseTo(40 / sd, within(1e-9));
        assertThat(warn.status()).isEqualTo(DriftStatus.WARN);
        assertThat(ok.statistic()).isCloseTo(20 / sd, within(1e-9));
        assertThat(ok.status()).isEqualTo(DriftStatus.OK);
        // 20 of 2,000 values leave the first decile and enter the last: shares 0.09 … 0.11
        assertThat(ok.psi()).isCloseTo(-0.01 * Math.log(0.9) + 0.01 * Math.log(1.1), within(1e-12));
    }

    @Test
    void fewDistinctNumbersAreComparedAsCategories() {
        // 0/1 flags: reference 60/40, current 40/60 (both 2,000): Jensen–Shannon over the two values
        double[] reference = flags(2000, 800);
        double[] current = flags(2000, 1200);
        ColumnDrift row = DriftReporter.numeric("flag", reference, current, DEFAULTS);

        assertThat(row.kind()).isEqualTo(DriftKind.NUMERIC);
        assertThat(row.test()).isEqualTo("jensen_shannon");
        assertThat(row.note()).contains("compared as categories");
        assertThat(row.statistic()).isCloseTo(jensenShannon(new double[]{.6, .4}, new double[]{.4, .6}),
                within(1e-12));
        assertThat(row.distribution()).extracting(DriftBin::label).containsExactly("0", "1");

        // Evidently counts the distinct values of both samples together: 3 in the reference and 3 new ones make 6,
        // so the numeric test decides
        ColumnDrift six = DriftReporter.numeric("n", new double[]{0, 1, 2, 0, 1, 2}, new double[]{3, 4, 5}, DEFAULTS);
        assertThat(six.test()).isEqualTo("ks");
    }

    @Test
    void missingValuesAreCountedAndLeftOut() {
        double[] reference = {1, 2, Double.NaN, 3, 4, 5, 6};
        double[] current = {1, 2, 3, 4, 5, 6, Double.NaN, Double.NaN};
        ColumnDrift row = DriftReporter.numeric("x", reference, current, DEFAULTS);

        assertThat(row.referenceCount()).isEqualTo(6);
        assertThat(row.referenceMissing()).isEqualTo(1);
        assertThat(row.currentMissing()).isEqualTo(2);
        assertThat(row.statistic()).isZero();
        assertThat(row.status()).isEqualTo(DriftStatus.OK);

        ColumnDrift empty = DriftReporter.categorical("y", new String[]{"a"}, new String[]{null, null}, DEFAULTS);
        assertThat(empty.status()).isEqualTo(DriftStatus.SKIPPED);
        assertThat(empty.note()).isEqualTo("no values in the current sample");
        assertThat(empty.currentMissing()).isEqualTo(2);
    }

    // ---- charts ----

    @Test
    void chartsKeepTheLargestCategoriesAndPoolTheRest() {
        DriftSettings threeCategories = new DriftSettings(1000, 5, 0.05, 0.1, 0.1, 0.5, 10, 3);
        String[] reference = {"a", "a", "a", "a", "b", "b", "b", "c", "c", "d"};
        String[] current = {"a", "a", "a", "b", "b", "b", "c", "e", "e", "e"};
        ColumnDrift row = DriftReporter.categorical("x", reference, current, threeCategories);

        // mean shares: a .35, b .30, e .15, c .15, d .05 → a, b, then c before e by name; d and e pooled
        assertThat(row.distribution()).extracting(DriftBin::label).containsExactly("a", "b", "c", "other");
        DriftBin other = row.distribution().get(3);
        assertThat(other.referenceShare()).isCloseTo(0.1, within(1e-12));
        assertThat(other.currentShare()).isCloseTo(0.3, within(1e-12));
        assertThat(row.distribution()).allSatisfy(b -> assertThat(b.lower()).isNaN());
    }

    // ---- frames, time columns, sorting ----

    @Test
    void timeColumnsAreComparedByHourOfDayAndDayOfWeek() {
        // reference: Monday 2026-01-05 and Tuesday 2026-01-06 at 10:00; current: Saturday 2026-01-10 at 22:00
        long[] reference = {millis(2026, 1, 5, 10), millis(2026, 1, 6, 10), FrameColumn.MISSING_TIME};
        long[] current = {millis(2026, 1, 10, 22), millis(2026, 1, 10, 22)};
        List<ColumnDrift> rows = DriftReporter.time("ts", reference, current, DEFAULTS);

        ColumnDrift hour = rows.get(0);
        ColumnDrift weekday = rows.get(1);
        assertThat(hour.feature()).isEqualTo("ts_hour");
        assertThat(hour.kind()).isEqualTo(DriftKind.HOUR_OF_DAY);
        assertThat(hour.referenceMissing()).isEqualTo(1);
        assertThat(hour.distribution()).hasSize(24);
        assertThat(hour.distribution().get(10).referenceShare()).isEqualTo(1.0);
        assertThat(hour.distribution().get(22).currentShare()).isEqualTo(1.0);
        assertThat(weekday.feature()).isEqualTo("ts_weekday");
        assertThat(weekday.distribution()).extracting(DriftBin::label)
                .containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(weekday.distribution()).extracting(DriftBin::referenceShare)
                .containsExactly(0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(weekday.distribution()).extracting(DriftBin::currentShare)
                .containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0);
    }

    @Test
    void aFrameReportListsEveryColumnMostDriftedFirst() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 5_000;
        Frame reference = frame(rng, n, 0.0, 0.3);
        Frame current = frame(rng, n, 0.5, 0.3);
        DriftReport report = DriftReporter.compare(reference, current, List.of("shifted", "steady", "device", "ts"));

        assertThat(report.referenceRows()).isEqualTo(n);
        assertThat(report.rows()).extracting(ColumnDrift::feature)
                .containsExactlyInAnyOrder("shifted", "steady", "device", "ts_hour", "ts_weekday");
        assertThat(report.rows().get(0).feature()).isEqualTo("shifted");
        assertThat(report.alerts()).containsExactly("shifted");
        assertThat(report.rows()).isSortedAccordingTo((a, b) -> a.status() != b.status()
                ? a.status().compareTo(b.status()) : Double.compare(b.score(), a.score()));

        assertThatThrownBy(() -> DriftReporter.compare(reference, current, List.of("nope")))
                .hasMessageContaining("nope");
    }

    @Test
    void aModelScoreIsANumericFeature() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] reference = new double[20_000];
        double[] current = new double[20_000];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = 1 / (1 + Math.exp(-(rng.nextGaussian() - 3)));
            current[i] = 1 / (1 + Math.exp(-(rng.nextGaussian() - 2)));
        }
        ColumnDrift score = DriftReporter.scores(reference, current);

        assertThat(score.feature()).isEqualTo("score");
        assertThat(score.test()).isEqualTo("wasserstein_normed");
        assertThat(score.status()).isEqualTo(DriftStatus.ALERT);
        assertThat(DriftReporter.scores(reference, reference).status()).isEqualTo(DriftStatus.OK);
    }

    @Test
    void aMillionRowsTakeWellUnderAFewSeconds() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 1_000_000;
        Frame reference = frame(rng, n, 0.0, 0.3);
        Frame current = frame(rng, n, 0.1, 0.35);
        DriftReporter.compare(reference, current, List.of("shifted", "steady", "device", "ts"));
        long started = System.nanoTime();
        DriftReport report = DriftReporter.compare(reference, current, List.of("shifted", "steady", "device", "ts"));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(report.rows()).hasSize(5);
        // about 1 s on two cores; the bound only catches a blow-up (per-row objects, quadratic work)
        assertThat(seconds).isLessThan(10);
    }

    // ---- helpers: fixtures and the textbook formulas ----

    /** P(D ≥ d) for two samples of n and m without ties: 1 − (lattice paths staying within |i/n − j/m| < d) / C. */
    static double exactKsPValue(int n, int m, double d) {
        double[][] paths = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (Math.abs((double) i / n - (double) j / m) >= d - 1e-12) {
                    paths[i][j] = 0;
                } else if (i == 0 && j == 0) {
                    paths[i][j] = 1;
                } else {
                    paths[i][j] = (i > 0 ? paths[i - 1][j] : 0) + (j > 0 ? paths[i][j - 1] : 0);
                }
            }
        }
        double all = 1;
        for (int k = 1; k <= n; k++) {
            all = all * (m + k) / k;
        }
        return 1 - paths[n][m] / all;
    }

    /** √(½ KL(p‖m) + ½ KL(q‖m)), m = (p + q) / 2, natural logarithms, shares given. */
    static double jensenShannon(double[] p, double[] q) {
        double divergence = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            divergence += (p[i] > 0 ? p[i] * Math.log(p[i] / m) : 0) / 2 + (q[i] > 0 ? q[i] * Math.log(q[i] / m) : 0)
                    / 2;
        }
        return Math.sqrt(divergence);
    }

    /** start + shift, start + 1 + shift, … (n values). */
    private static double[] range(int start, int n, double shift) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i + shift;
        }
        return out;
    }

    private static double[] range(int n, double shift) {
        return range(0, n, shift);
    }

    private static double[] flags(int n, int ones) {
        double[] out = new double[n];
        Arrays.fill(out, 0, ones, 1.0);
        return out;
    }

    private static String[] repeat(String a, int na, String b, int nb, String c, int nc) {
        String[] out = new String[na + nb + nc];
        for (int i = 0; i < out.length; i++) {
            out[i] = i < na ? a : i < na + nb ? b : c;
        }
        return out;
    }

    private static long millis(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toEpochSecond(ZoneOffset.UTC) * 1000;
    }

    /** A frame with a normal column shifted by {@code shift}, a steady one, a device mix and whole weeks of times. */
    private static Frame frame(SplittableRandom rng, int n, double shift, double desktopShare) {
        double[] shifted = new double[n];
        double[] steady = new double[n];
        String[] device = new String[n];
        long[] ts = new long[n];
        long weekStart = millis(2026, 1, 5, 0);
        for (int i = 0; i < n; i++) {
            shifted[i] = rng.nextGaussian() + shift;
            steady[i] = rng.nextGaussian();
            device[i] = rng.nextDouble() < desktopShare ? "desktop" : "mobile";
            ts[i] = weekStart + rng.nextLong(7L * 86_400_000L);
        }
        List<FrameColumn> columns = new ArrayList<>();
        columns.add(new FrameColumn.Numbers("shifted", shifted));
        columns.add(new FrameColumn.Numbers("steady", steady));
        columns.add(new FrameColumn.Texts("device", device));
        columns.add(new FrameColumn.Times("ts", ts));
        long[] ids = new long[n];
        Arrays.setAll(ids, i -> i);
        return Frame.of("t", ids, columns);
    }
}
