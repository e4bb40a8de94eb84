package io.campaignlab.engine.evaluation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** AUC against hand-worked pair counts and against a brute-force O(n²) count written here. */
class AucTest {

    @Test
    void handWorkedExample() {
        // positives 0.35 and 0.8, negatives 0.1 and 0.4: 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3 of 4 pairs
        assertThat(Auc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1})).isEqualTo(0.75);
    }

    @Test
    void tiedPositiveNegativePairCountsOneHalf() {
        // pairs: (0.5 vs 0.5) tie = 0.5, (0.5 vs 0.2) = 1, (0.9 vs 0.5) = 1, (0.9 vs 0.2) = 1 -> 3.5 / 4
        assertThat(Auc.of(new double[] {0.5, 0.5, 0.2, 0.9}, new int[] {1, 0, 0, 1})).isEqualTo(0.875);
    }

    @Test
    void allScoresEqualGiveOneHalf() {
        assertThat(Auc.of(new double[] {0.3, 0.3, 0.3, 0.3, 0.3}, new int[] {1, 0, 0, 1, 0})).isEqualTo(0.5);
    }

    @Test
    void perfectAndReversedRankings() {
        int[] labels = {0, 0, 1, 1, 1};
        assertThat(Auc.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, labels)).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {0.5, 0.4, 0.3, 0.2, 0.1}, labels)).isEqualTo(0.0);
    }

    @Test
    void acceptsScoresOutsideTheUnitIntervalAndSignedZeros() {
        assertThat(Auc.of(new double[] {-3.0, 7.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY},
                new int[] {0, 1, 0, 1})).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {-0.0, 0.0}, new int[] {1, 0})).isEqualTo(0.5);
    }

    @Test
    void matchesBruteForceOnLargerSeededSamplesWithManyTies() {
        Random random = new Random(20240601);
        for (int round = 0; round < 20; round++) {
            int n = 50 + random.nextInt(1500);
            double[] scores = new double[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextDouble() < 0.3 ? 1 : 0;
                double raw = Math.min(1.0, Math.max(0.0, 0.4 + 0.2 * labels[i] + 0.25 * random.nextGaussian()));
                scores[i] = Math.round(raw * 10) / 10.0;
            }
            labels[0] = 1;
            labels[1] = 0;
            assertThat(Auc.of(scores, labels)).isCloseTo(bruteForce(scores, labels), within(1e-12));
        }
    }

    @Property(tries = 300)
    void matchesBruteForce(@ForAll("tiedSamples") Sample sample) {
        assertThat(Auc.of(sample.scores(), sample.labels()))
                .isCloseTo(bruteForce(sample.scores(), sample.labels()), within(1e-12));
    }

    @Property(tries = 200)
    void complementOfScoresGivesComplementOfAuc(@ForAll("tiedSamples") Sample sample) {
        double[] flipped = map(sample.scores(), s -> 1.0 - s);
        assertThat(Auc.of(flipped, sample.labels()))
                .isCloseTo(1.0 - Auc.of(sample.scores(), sample.labels()), within(1e-12));
    }

    @Property(tries = 200)
    void invariantUnderStrictlyIncreasingTransforms(@ForAll("tiedSamples") Sample sample) {
        double auc = Auc.of(sample.scores(), sample.labels());
        List<DoubleUnaryOperator> transforms = List.of(Math::exp, s -> s * s * s, s -> Math.log(s + 0.01),
                s -> 1.0 / (1.0 + Math.exp(-8.0 * (s - 0.5))), s -> 100.0 * s - 40.0);
        for (DoubleUnaryOperator transform : transforms) {
            assertThat(Auc.of(map(sample.scores(), transform), sample.labels())).isEqualTo(auc);
        }
    }

    @Test
    void rejectsOneClassWithAMessageNamingIt() {
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, 0.2}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no negatives");
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, 0.2}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no positives");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, 0.2, 0.3}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, Double.NaN}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores[1] is NaN");
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, 0.2}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels[1] is 2");
        assertThatThrownBy(() -> Auc.of(new double[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    /** Scores on a 0.01 grid (many ties), both classes present. */
    @Provide
    Arbitrary<Sample> tiedSamples() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 1)).as((s, l) -> new Row(s / 100.0, l));
        Arbitrary<Row> coarseRow = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 1)).as((s, l) -> new Row(s / 10.0, l));
        return Arbitraries.oneOf(row.list().ofMinSize(2).ofMaxSize(120),
                        coarseRow.list().ofMinSize(2).ofMaxSize(120))
                .filter(rows -> rows.stream().anyMatch(r -> r.label() == 1)
                        && rows.stream().anyMatch(r -> r.label() == 0))
                .map(Sample::of);
    }

    /** Counts every (positive, negative) pair: 1 if the positive scores higher, 1/2 if tied. */
    static double bruteForce(double[] scores, int[] labels) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (labels[i] == 1 && labels[j] == 0) {
                    pairs++;
                    if (scores[i] > scores[j]) {
                        wins += 1.0;
                    } else if (scores[i] == scores[j]) {
                        wins += 0.5;
                    }
                }
            }
        }
        return wins / pairs;
    }

    private static double[] map(double[] values, DoubleUnaryOperator f) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = f.applyAsDouble(values[i]);
        }
        return result;
    }

    record Row(double score, int label) {
    }

    record Sample(double[] scores, int[] labels) {

        static Sample of(List<Row> rows) {
            return new Sample(rows.stream().mapToDouble(Row::score).toArray(),
                    rows.stream().mapToInt(Row::label).toArray());
        }
    }
}
