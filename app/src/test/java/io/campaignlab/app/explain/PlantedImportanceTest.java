package io.campaignlab.app.explain;

import ai.djl.Device;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.importance.PermutationImportance;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.importance.PlayerImportance;
import io.campaignlab.engine.explain.Players;
import io.campaignlab.engine.explain.Rows;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.training.CtrTraining;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ModelScorer;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Permutation importance recovers the simulator's planted truth ({@code PlantedCtrModel}): a model trained on the
 * impressions' default fields, permuted on its validation rows, ranks every strongly planted field above every field
 * the planted click model never reads.
 * <ul>
 *   <li>Strong: {@code position} (−0.6·ln position, a 1.4 logit range), {@code placement} (its own effect plus the
 *       device × placement and hour × placement crosses), {@code age_band} (the age × category affinity, up to
 *       ±0.8) and {@code discount_pct} (discount × the hidden, age- and region-dependent price sensitivity).</li>
 *   <li>Pure noise: {@code noise_a}, drawn independently of everything, and {@code ts_weekday}: the simulated daily
 *       rhythm is the same on every day and the planted model has no weekday term.</li>
 * </ul>
 * Left out of both lists: {@code brand} and {@code price} have no effect of their own but stand in for the item
 * (category, popularity), so a model may use them; {@code device}, {@code category} and {@code region} have small
 * planted effects; {@code hour} and {@code ts_hour} carry the same information, so permuting one alone barely
 * hurts.
 */
class PlantedImportanceTest {

    static final int USERS = 10_000;
    static final List<String> STRONG = List.of("position", "placement", "age_band", "discount_pct");
    static final List<String> NOISE = List.of("noise_a", "ts_weekday");

    @TempDir
    static Path dir;

    static Frame frame;
    static FeatureSpec features;

    @BeforeAll
    static void simulate() throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(dir.resolve("ws"))) {
            services.runner().run(new SimulationJob(SimulationSpec.builder().setUsers(USERS).build(), services.sink(),
                    ""), ProgressListener.none(), new CancellationToken());
            DatasetInfo impressions = services.datasets().require("impressions");
            features = new FeatureSpec(FeatureDefaults.fields(impressions.columns(), List.of("clicked")), null);
            List<String> columns = new ArrayList<>(features.datasetColumns());
            columns.add("clicked");
            frame = services.frames().read("impressions", columns, ProgressListener.none(), new CancellationToken());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LR", "DEEPFM"})
    void everyPlantedStrongFieldRanksAboveEveryPureNoiseField(ModelKind kind) {
        long started = System.nanoTime();
        TrainingRequest request = new TrainingRequest("impressions", "clicked", features,
                SplitSpec.of(SplitKind.RANDOM, 42), kind, Hyperparameters.defaultsFor(kind).withMaxEpochs(3), 42,
                "cpu");
        TrainedModel model = CtrTraining.train(new TrainingData(frame, null, null), request, Device.cpu(), r -> { },
                ProgressListener.none(), new CancellationToken());
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        ImportanceResult result;
        try (ModelScorer scorer = ModelScorer.open(model)) {
            int[] validation = model.split().validation();
            EncodedRows rows = Rows.select(model.pipeline().encode(frame), validation);
            double[] clicked = frame.numbers("clicked");
            int[] labels = new int[validation.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (int) clicked[validation[i]];
            }
            result = PermutationImportance.run(scorer::probabilities, rows, labels,
                    Players.perField(model.pipeline()), new PermutationSpec(5, 0, 42), ProgressListener.none(),
                    new CancellationToken());
        }
        double seconds = (System.nanoTime() - started) / 1e9 - trainSeconds;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%s (trained in %.1f s) on %d validation rows, AUC %.4f; mean AUC drop [95%% interval] in %.1f s:%n",
                kind.id(), trainSeconds, result.rows(), result.baselineAuc(), seconds));
        for (PlayerImportance p : result.players()) {
            table.append(String.format(Locale.ROOT, "  %-14s %.4f [%.4f, %.4f]%n", p.player(), p.meanDrop(),
                    p.lower(), p.upper()));
        }
        System.out.print(table);

        List<String> ranking = result.players().stream().map(PlayerImportance::player).toList();
        assertThat(ranking).containsAll(STRONG).containsAll(NOISE);
        int weakestStrong = STRONG.stream().mapToInt(ranking::indexOf).max().orElseThrow();
        int strongestNoise = NOISE.stream().mapToInt(ranking::indexOf).min().orElseThrow();
        assertThat(weakestStrong).as("rank of the weakest strong field, below the strongest noise field\n%s", table)
                .isLessThan(strongestNoise);
        // and clearly so: every strong field's interval lies above zero
        for (PlayerImportance p : result.players()) {
            if (STRONG.contains(p.player())) {
                assertThat(p.lower()).as("%s interval", p.player()).isGreaterThan(0);
            }
        }
    }
}
