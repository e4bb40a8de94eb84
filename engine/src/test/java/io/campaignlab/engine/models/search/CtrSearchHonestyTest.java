package io.campaignlab.engine.models.search;

import ai.djl.Device;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingData;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.training.CtrPrepared;
import io.campaignlab.engine.models.training.CtrTraining;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchSpace;
import io.campaignlab.engine.tuning.Trial;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Honest tuning (issue 16): a search reads the test part exactly once, with the chosen settings, and the test labels
 * cannot change what it chooses. The data have a planted integer code whose effect is not monotone, so the search
 * has a real choice to make; the split is by time (a stratified random split reads every label to stratify, so
 * changing a test label there moves rows between parts by design).
 */
class CtrSearchHonestyTest {

    private static final int ROWS = 6_000;
    private static final List<ColumnMeta> COLUMNS = List.of(ColumnMeta.of("a", ColumnType.CATEGORY,
            ColumnRole.FEATURE), ColumnMeta.of("slot", ColumnType.INTEGER, ColumnRole.FEATURE),
            ColumnMeta.of("z", ColumnType.DECIMAL, ColumnRole.FEATURE));

    /** logit = −1.5 + A[a] + S[slot] + 0.5·z, S alternating in sign over the slots; a time over 20 days. */
    private static TrainingData data(boolean flipLateLabels, int[] flipRows) {
        SplittableRandom rng = new SplittableRandom(11);
        String[] a = new String[ROWS];
        double[] slot = new double[ROWS];
        double[] z = new double[ROWS];
        double[] click = new double[ROWS];
        long[] ids = new long[ROWS];
        long[] times = new long[ROWS];
        for (int r = 0; r < ROWS; r++) {
            int i = rng.nextInt(8);
            int s = rng.nextInt(10);
            a[r] = "a" + i;
            slot[r] = s;
            z[r] = rng.nextGaussian();
            double logit = -1.5 + 0.3 * (i - 3.5) / 3.5 + (s % 2 == 0 ? 0.8 : -0.8) + 0.5 * z[r];
            click[r] = rng.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            ids[r] = r + 1;
            times[r] = (long) r * 20 * 86_400_000L / ROWS;
        }
        if (flipLateLabels) {
            for (int r : flipRows) {
                click[r] = 1 - click[r];
            }
        }
        Frame frame = Frame.of("planted", ids, List.of(new FrameColumn.Texts("a", a),
                new FrameColumn.Numbers("slot", slot), new FrameColumn.Numbers("z", z),
                new FrameColumn.Numbers("clicked", click)));
        return new TrainingData(frame, times, null);
    }

    private static TrainingRequest request() {
        FeatureSpec features = new FeatureSpec(List.of(FieldSpec.categorical("a"),
                FieldSpec.numeric("slot", NumericTransform.STANDARDIZE),
                FieldSpec.numeric("z", NumericTransform.STANDARDIZE)), null);
        Hyperparameters params = Hyperparameters.defaultsFor(ModelKind.LR).withBatchSize(256).withMaxEpochs(4);
        return new TrainingRequest("planted", "clicked", features, SplitSpec.of(SplitKind.TIME, 3), ModelKind.LR,
                params, 3, "cpu");
    }

    private record Searched(CtrPrepared prepared, CtrSearch.Outcome outcome) {
    }

    private static Searched search(TrainingData data) {
        TrainingRequest request = request();
        SearchSpace space = CtrSearchSpace.of(request, COLUMNS, List.of());
        CtrPrepared prepared = CtrTraining.prepare(data, request, ProgressListener.none());
        CtrSearch.Outcome outcome = CtrSearch.run(prepared, request, space, SearchBudget.trials(5), Device.cpu(),
                e -> { }, t -> { }, ProgressListener.none(), new CancellationToken());
        return new Searched(prepared, outcome);
    }

    @Test
    void theTestPartIsReadOnceAndItsLabelsDoNotChangeTheChoice() {
        Searched first = search(data(false, null));
        assertThat(first.prepared().test().reads()).as("reads of the test part in one run").isEqualTo(1);
        assertThat(first.outcome().search().trials()).hasSize(5);
        assertThat(first.outcome().search().space().dimensions()).extracting(d -> d.name())
                .containsExactly("learningRate", "embeddingL2", "field:slot");

        int[] testRows = first.outcome().model().split().test();
        assertThat(testRows).hasSizeGreaterThan(300);
        Searched flipped = search(data(true, testRows));
        assertThat(flipped.prepared().test().reads()).isEqualTo(1);
        assertThat(flipped.outcome().model().split().test()).containsExactly(testRows);
        List<Trial> a = first.outcome().search().trials();
        List<Trial> b = flipped.outcome().search().trials();
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).settings()).isEqualTo(a.get(i).settings());
            assertThat(b.get(i).score()).as("validation AUC of trial %d", i).isEqualTo(a.get(i).score());
        }
        assertThat(flipped.outcome().search().chosen()).isEqualTo(first.outcome().search().chosen());
        // the test labels did change, and the one test read used them: flipping every label mirrors the AUC
        double auc = first.outcome().model().test().auc();
        assertThat(flipped.outcome().model().test().auc()).isCloseTo(1 - auc, within(1e-9));
        assertThat(auc).isGreaterThan(0.6);
    }

    @Test
    void aFixedSettingLeavesTheSpaceAndTrial0IsTheRequestItself() {
        TrainingRequest request = request();
        SearchSpace space = CtrSearchSpace.of(request, COLUMNS, List.of(CtrSearchSpace.LEARNING_RATE));
        assertThat(space.dimensions()).extracting(d -> d.name()).containsExactly("embeddingL2", "field:slot");
        assertThat(CtrSearchSpace.apply(request, space.defaults())).isEqualTo(request);
        SearchSpace noFields = CtrSearchSpace.of(request, COLUMNS, List.of(CtrSearchSpace.FIELDS));
        assertThat(noFields.dimensions()).extracting(d -> d.name()).containsExactly("learningRate", "embeddingL2");
        TrainingRequest categorical = CtrSearchSpace.apply(request, java.util.Map.of("field:slot", "categorical"));
        assertThat(categorical.features().fields().get(1)).isEqualTo(FieldSpec.categorical("slot"));
        assertThat(CtrSearchSpace.describe(java.util.Map.of("learningRate", 0.01, "embeddingL2", 1e-6,
                "field:slot", "categorical"))).isEqualTo("lr 0.01 · L2 1e-06 · categorical: slot");
    }
}
