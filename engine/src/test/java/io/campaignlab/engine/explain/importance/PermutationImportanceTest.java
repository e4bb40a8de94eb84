package io.campaignlab.engine.explain.importance;

import io.campaignlab.engine.explain.BatchScore;
import io.campaignlab.engine.explain.Player;
import io.campaignlab.engine.explain.Players;
import io.campaignlab.engine.explain.Toy;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PermutationImportanceTest {

    /** t quantile 0.975 with 4 degrees of freedom, from a printed table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2). */
    private static final double T_975_4DF = 2.7764451051977987;

    private final FeaturePipeline pipeline = Toy.abc();

    /** 400 rows; the label is 1 exactly when a = x; b and c are random. */
    private EncodedRows rows(int n, int[] labels, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        String[] spelled = new String[n];
        for (int r = 0; r < n; r++) {
            char a = "xy".charAt(rng.nextInt(2));
            spelled[r] = "" + a + "pq".charAt(rng.nextInt(2)) + "uv".charAt(rng.nextInt(2));
            labels[r] = a == 'x' ? 1 : 0;
        }
        return pipeline.encode(Toy.abcRows(spelled));
    }

    /** 1 when a = x (local row 2), plus 0.1 when b = p; c is ignored. */
    private BatchScore ignoresC() {
        return rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                out[r] = (Toy.local(pipeline, rows, r, 0) == 2 ? 1 : 0)
                        + (Toy.local(pipeline, rows, r, 1) == 2 ? 0.1 : 0);
            }
            return out;
        };
    }

    @Test
    void anIgnoredFieldDropsExactlyNothingAndTheDecisiveFieldDropsMuch() {
        int[] labels = new int[400];
        EncodedRows rows = rows(400, labels, 3);
        ImportanceResult result = PermutationImportance.run(ignoresC(), rows, labels, Players.perField(pipeline),
                new PermutationSpec(5, 0, 11), ProgressListener.none(), new CancellationToken());

        assertThat(result.baselineAuc()).isEqualTo(1.0);
        assertThat(result.players()).extracting(PlayerImportance::player).first().isEqualTo("a");
        PlayerImportance a = find(result, "a");
        PlayerImportance c = find(result, "c");
        assertThat(c.drops()).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(c.meanDrop()).isEqualTo(0.0);
        assertThat(c.lower()).isEqualTo(0.0);
        assertThat(c.upper()).isEqualTo(0.0);
        // permuting a leaves about half of the rows' a matching their label: the AUC falls to about 0.5
        for (double drop : a.drops()) {
            assertThat(drop).isBetween(0.35, 0.65);
        }
        // b only shifts scores within a class (1.1 vs 1, 0.1 vs 0) and never across: no drop either
        assertThat(find(result, "b").drops()).containsOnly(0.0);
    }

    @Test
    void theIntervalIsTheStudentTIntervalOfTheRecordedDrops() {
        int[] labels = new int[300];
        EncodedRows rows = rows(300, labels, 5);
        ImportanceResult result = PermutationImportance.run(ignoresC(), rows, labels, Players.perField(pipeline),
                new PermutationSpec(5, 0, 7), ProgressListener.none(), new CancellationToken());
        PlayerImportance a = find(result, "a");
        double[] d = a.drops();
        double mean = (d[0] + d[1] + d[2] + d[3] + d[4]) / 5;
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double half = T_975_4DF * Math.sqrt(ss / 4) / Math.sqrt(5);
        assertThat(half).isGreaterThan(0);
        assertThat(a.meanDrop()).isCloseTo(mean, within(1e-15));
        assertThat(a.lower()).isCloseTo(mean - half, within(1e-12));
        assertThat(a.upper()).isCloseTo(mean + half, within(1e-12));
    }

    @Test
    void aGroupIsPermutedAsOneSoItsFieldsStayTogether() {
        // a and b are linked in every row (x with p, y with q); permuting the group {a, b} must keep the link
        SplittableRandom rng = new SplittableRandom(1);
        String[] spelled = new String[200];
        int[] labels = new int[200];
        for (int r = 0; r < spelled.length; r++) {
            boolean x = rng.nextBoolean();
            spelled[r] = (x ? "xp" : "yq") + "uv".charAt(rng.nextInt(2));
            labels[r] = x ? 1 : 0;
        }
        EncodedRows rows = pipeline.encode(Toy.abcRows(spelled));
        int[] broken = {0};
        BatchScore checking = batch -> {
            double[] out = new double[batch.rows()];
            for (int r = 0; r < batch.rows(); r++) {
                int a = Toy.local(pipeline, batch, r, 0);
                int b = Toy.local(pipeline, batch, r, 1);
                broken[0] += (a == 2) != (b == 2) ? 1 : 0;
                out[r] = a == 2 ? 1 : 0;
            }
            return out;
        };
        List<Player> players = Players.grouped(pipeline, Map.of("ab", List.of("a", "b")));
        ImportanceResult result = PermutationImportance.run(checking, rows, labels, players,
                new PermutationSpec(3, 0, 2), ProgressListener.none(), new CancellationToken());
        assertThat(broken[0]).isZero();
        assertThat(result.players()).extracting(PlayerImportance::player).containsExactly("ab", "c");
        assertThat(find(result, "ab").meanDrop()).isGreaterThan(0.3);
    }

    @Test
    void sameSeedSameResultAndAtMostMaxRowsAreScored() {
        int[] labels = new int[500];
        EncodedRows rows = rows(500, labels, 9);
        PermutationSpec spec = new PermutationSpec(3, 120, 4);
        ImportanceResult first = PermutationImportance.run(ignoresC(), rows, labels, Players.perField(pipeline), spec,
                ProgressListener.none(), new CancellationToken());
        ImportanceResult second = PermutationImportance.run(ignoresC(), rows, labels, Players.perField(pipeline), spec,
                ProgressListener.none(), new CancellationToken());
        assertThat(first.rows()).isEqualTo(120);
        assertThat(find(second, "a").drops()).containsExactly(find(first, "a").drops());
    }

    @Test
    void aCancelledRunStops() {
        int[] labels = new int[100];
        EncodedRows rows = rows(100, labels, 1);
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThatThrownBy(() -> PermutationImportance.run(ignoresC(), rows, labels, Players.perField(pipeline),
                PermutationSpec.defaults(), ProgressListener.none(), cancel)).isInstanceOf(CancelledException.class);
    }

    private static PlayerImportance find(ImportanceResult result, String player) {
        return result.players().stream().filter(p -> p.player().equals(player)).findFirst().orElseThrow();
    }
}
