package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.models.ModelJson;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The train form's supplied splits (split column, test and validation datasets) and how a run shows them. */
class TrainFormSplitTest {

    private final TrainFormViewModel form = new TrainFormViewModel();

    @BeforeEach
    void listDatasets() {
        form.setDatasets(List.of(
                info("folded", DatasetKind.IMPRESSIONS, column("x1", ColumnType.DECIMAL),
                        column("site", ColumnType.CATEGORY), column("fold", ColumnType.CATEGORY), label()),
                info("holdout", DatasetKind.TABLE, column("x1", ColumnType.DECIMAL),
                        column("site", ColumnType.CATEGORY), column("fold", ColumnType.CATEGORY), label()),
                info("tuning", DatasetKind.TABLE, column("x1", ColumnType.INTEGER),
                        column("site", ColumnType.TEXT), column("fold", ColumnType.CATEGORY), label()),
                info("other", DatasetKind.TABLE, column("x2", ColumnType.DECIMAL),
                        column("site", ColumnType.INTEGER), label())));
    }

    @Test
    void aColumnSplitOffersTheTextColumnsAndKeepsItsColumnOutOfTheFeatures() {
        assertThat(form.settings().dataset().get().name()).isEqualTo("folded");
        assertThat(form.splitChoice().columns()).containsExactly("site", "fold");
        assertThat(request().split()).isEqualTo(SplitSpec.of(SplitKind.RANDOM, 42));
        assertThat(inputs()).contains("fold");

        form.settings().split().set(SplitKind.COLUMN);

        assertThat(form.splitChoice().column().get()).as("the split-like name is chosen first").isEqualTo("fold");
        assertThat(form.readout().problem().get()).isEmpty();
        TrainingRequest request = request();
        assertThat(request.split()).isEqualTo(SplitSpec.byColumn("fold", 42));
        assertThat(inputs()).doesNotContain("fold").contains("x1", "site");
        assertThat(row("fold").detailBinding().get()).contains("split column");
        form.splitChoice().column().set("site");
        assertThat(inputs()).contains("fold").doesNotContain("site");
        form.settings().split().set(SplitKind.RANDOM);
        assertThat(inputs()).contains("fold", "site");
    }

    @Test
    void suppliedDatasetsGoIntoTheSplitAndAreCheckedAgainstTheTrainingColumns() {
        assertThat(form.splitChoice().datasetNames()).containsExactly(SplitChoice.NONE, "folded", "holdout",
                "tuning", "other");

        form.splitChoice().testDataset().set("holdout");
        form.splitChoice().validDataset().set("tuning");

        assertThat(form.readout().problem().get()).isEmpty();
        assertThat(request().split()).isEqualTo(SplitSpec.of(SplitKind.RANDOM, 42).withDatasets("tuning", "holdout"));

        form.splitChoice().testDataset().set("other");
        assertThat(form.readout().problem().get()).startsWith("The test dataset other must have the feature and"
                + " label columns of the training dataset folded, but it lacks columns").contains("x1", "fold")
                .contains("site (integer there, category in folded)");
        form.splitChoice().testDataset().set(SplitChoice.NONE);
        assertThat(form.readout().problem().get()).isEqualTo("A validation dataset needs a test dataset too.");
        form.splitChoice().validDataset().set(SplitChoice.NONE);
        form.splitChoice().testDataset().set("folded");
        assertThat(form.readout().problem().get()).isEqualTo("The training dataset cannot also be the test dataset.");
        form.splitChoice().testDataset().set("holdout");
        form.settings().split().set(SplitKind.COLUMN);
        assertThat(form.readout().problem().get()).isEqualTo("A column split takes all three parts from its column:"
                + " choose no test dataset.");
    }

    @Test
    void theRunDetailsShowASuppliedSplit() {
        String split = ModelJson.write(SplitSpec.of(SplitKind.TIME, 7).withDatasets(null, "holdout"));
        NewRun spec = new NewRun(null, "folded", ModelsFixtures.SHA, "lr", ModelsFixtures.PARAMS,
                ModelsFixtures.FEATURES, split, 7, "cpu()", ModelsFixtures.VERSIONS);
        RunRecord run = new RunRecord(4, spec, RunStatus.COMPLETED, null, Instant.EPOCH, Instant.EPOCH);

        List<ProvenanceLines.Line> lines = ProvenanceLines.of(new RunProvenance(run, List.of(), List.of()));

        assertThat(lines).filteredOn(ProvenanceLines.Line::detail).extracting(l -> l.key() + " = " + l.value())
                .contains("kind = TIME", "testDataset = holdout").doesNotContain("column = null");
    }

    private TrainingRequest request() {
        return form.request();
    }

    private List<String> inputs() {
        return form.features().stream().filter(FeatureRow::isInput).map(FeatureRow::column).toList();
    }

    private FeatureRow row(String column) {
        return form.features().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    private static ColumnMeta column(String name, ColumnType type) {
        return ColumnMeta.of(name, type, ColumnRole.FEATURE);
    }

    private static ColumnMeta label() {
        return ColumnMeta.of("clicked", ColumnType.INTEGER, ColumnRole.LABEL);
    }

    private static DatasetInfo info(String name, DatasetKind kind, ColumnMeta... columns) {
        return new DatasetInfo(1, name, kind, name + ".csv", "0", 100, 0, Instant.EPOCH, List.of(columns));
    }
}
