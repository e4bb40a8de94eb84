package io.campaignlab.engine.models;

import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request with a supplied split: what it refuses, and which dataset its test rows come from. */
class SuppliedSplitRequestTest {

    private static final FeatureSpec FEATURES = new FeatureSpec(List.of(FieldSpec.categorical("site"),
            FieldSpec.numeric("x1", NumericTransform.STANDARDIZE)), null);

    @Test
    void theSplitColumnIsNeitherLabelNorFeatureAndTheTrainingDatasetIsNotItsOwnTest() {
        assertThatThrownBy(() -> request("fit", SplitSpec.byColumn("site", 1)))
                .hasMessage("split column site cannot also be a feature");
        assertThatThrownBy(() -> request("fit", SplitSpec.byColumn("clicked", 1)))
                .hasMessage("split column clicked cannot also be the label");
        assertThatThrownBy(() -> request("fit", SplitSpec.of(SplitKind.RANDOM, 1).withDatasets(null, "fit")))
                .hasMessageContaining("cannot also be the validation or test dataset");
        assertThat(request("fit", SplitSpec.byColumn("fold", 1)).split().column()).isEqualTo("fold");
    }

    @Test
    void pairedRunsCompareOnlyRunsTestedOnTheSameDataset() {
        RunRecord plain = run("fit", ModelJson.write(SplitSpec.of(SplitKind.RANDOM, 1)));
        RunRecord supplied = run("fit", ModelJson.write(SplitSpec.of(SplitKind.RANDOM, 1).withDatasets(null,
                "holdout")));
        RunRecord old = run("holdout", "{\"kind\":\"RANDOM\",\"trainShare\":0.8,\"valShare\":0.1,\"seed\":42}");

        assertThat(PairedRuns.testDataset(plain)).isEqualTo("fit");
        assertThat(PairedRuns.testDataset(supplied)).isEqualTo("holdout");
        assertThat(PairedRuns.testDataset(old)).isEqualTo("holdout");
    }

    private static TrainingRequest request(String dataset, SplitSpec split) {
        return new TrainingRequest(dataset, "clicked", FEATURES, split, ModelKind.LR,
                Hyperparameters.defaultsFor(ModelKind.LR), 1, "cpu");
    }

    private static RunRecord run(String dataset, String splitJson) {
        return new RunRecord(1, new NewRun(null, dataset, "0", "lr", "{}", "{}", splitJson, 1, "cpu()", "{}"),
                RunStatus.COMPLETED, null, Instant.EPOCH, Instant.EPOCH);
    }
}
