package io.campaignlab.views.models;

import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The runs list, its selection, the overlaid curves and the provenance; plain JUnit, no screen. */
class ModelsRunsViewModelTest {

    private final FakeRunRepository repository = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(repository);
    private final RunsViewModel runs = new RunsViewModel(() -> workspace,
            new ImmediateJobExecutor(workspace::runner));

    @Test
    void listsNewestFirstWithFinalMetricsAndSelectsTheNewestCompletedRun() {
        runs.refresh();

        assertThat(runs.runs()).extracting(RunRow::id).containsExactly(3L, 2L, 1L);
        RunRow deepfm = runs.runs().get(1);
        assertThat(deepfm.label()).isEqualTo("#2 deepfm");
        assertThat(deepfm.device()).isEqualTo("gpu(0)");
        assertThat(deepfm.testAuc()).isBetween(0.7, 0.95);
        assertThat(deepfm.valAuc()).isNotNull();
        assertThat(deepfm.testLogLoss()).isPositive();
        assertThat(deepfm.testEce()).isNotNull();
        assertThat(deepfm.seconds()).isEqualTo(212.7);
        RunRow failed = runs.runs().get(0);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.testAuc()).isNull();

        assertThat(runs.selection()).extracting(RunRow::id).containsExactly(2L);
        assertThat(runs.focusedProperty().get().id()).isEqualTo(2);
        assertThat(runs.charts().curves()).singleElement().satisfies(c -> {
            assertThat(c.run().id()).isEqualTo(2);
            assertThat(c.colour()).isZero();
            assertThat(c.evaluation().auc()).isEqualTo(deepfm.testAuc());
        });
        assertThat(runs.charts().message().get()).isEmpty();
        assertThat(runs.provenance().shown().get().record().spec().datasetSha256()).isEqualTo(ModelsFixtures.SHA);
        assertThat(runs.provenance().shown().get().artifacts()).hasSize(1);
        assertThat(runs.provenance().message().get()).isEmpty();
        assertThat(runs.table().summary().get()).startsWith("3 runs");
    }

    /** Regression: recommender and uplift runs were listed among the model runs, with empty columns. */
    @Test
    void onlyModelRunsAreListedNotRecommenderOrUpliftRuns() {
        Instant later = Instant.parse("2025-03-05T09:00:00Z");
        repository.add(new io.campaignlab.engine.runs.RunRecord(4, new io.campaignlab.engine.runs.NewRun(null,
                "events", "sha", "rec-als", "{}", "{}", "{}", 42, "cpu", "{}"), RunStatus.COMPLETED, null, later,
                later.plusSeconds(30)));
        repository.add(new io.campaignlab.engine.runs.RunRecord(5, new io.campaignlab.engine.runs.NewRun(null,
                "hillstrom", "sha", "uplift-t-lr", "{}", "{}", "{}", 42, "cpu", "{}"), RunStatus.COMPLETED, null,
                later.plusSeconds(60), later.plusSeconds(90)));

        runs.refresh();

        assertThat(runs.runs()).extracting(RunRow::id).as("the failed model run stays: it is training history")
                .containsExactly(3L, 2L, 1L);
    }

    @Test
    void overlaysSeveralCompletedRunsAndReadsEachEvaluationOnce() {
        runs.refresh();
        RunRow lr = runs.find(1).orElseThrow();
        RunRow deepfm = runs.find(2).orElseThrow();
        int reads = repository.evaluationReads();

        runs.select(List.of(deepfm, lr), lr);

        assertThat(runs.charts().curves()).extracting(c -> c.run().label()).containsExactly("#2 deepfm", "#1 lr");
        assertThat(runs.charts().curves()).extracting(RunCurves::colour).containsExactly(0, 1);
        assertThat(runs.colourOf(1)).isEqualTo(1);
        assertThat(runs.colourOf(3)).isEqualTo(-1);
        assertThat(repository.evaluationReads()).isEqualTo(reads + 1);
        assertThat(runs.provenance().shown().get().record().id()).isEqualTo(1);
        assertThat(runs.table().summary().get()).isEqualTo("3 runs · 2 selected (ctrl-click to overlay more)");

        runs.select(List.of(lr), lr);
        runs.select(List.of(lr, deepfm), deepfm);
        assertThat(repository.evaluationReads()).isEqualTo(reads + 1);
        assertThat(runs.charts().curves()).hasSize(2);
    }

    @Test
    void chartsSayWhyTheyAreEmpty() {
        runs.refresh();
        RunRow failed = runs.find(3).orElseThrow();

        runs.select(List.of(), null);
        assertThat(runs.charts().curves()).isEmpty();
        assertThat(runs.charts().message().get()).isEqualTo(RunsViewModel.SELECT);
        assertThat(runs.provenance().shown().get()).isNull();
        assertThat(runs.provenance().message().get()).isEqualTo(RunsViewModel.SELECT_PROVENANCE);

        runs.select(List.of(failed), failed);
        assertThat(runs.charts().curves()).isEmpty();
        assertThat(runs.charts().message().get())
                .isEqualTo("#3 dcn failed, so it has no test curves. Select a completed run.");
        assertThat(ProvenanceLines.of(runs.provenance().shown().get()).get(0).value())
                .isEqualTo("failed: CUDA out of memory: tried to allocate 2.0 GiB");

        runs.select(List.of(failed, runs.find(2).orElseThrow()), failed);
        assertThat(runs.charts().curves()).hasSize(1);
        assertThat(runs.charts().message().get()).isEmpty();
        assertThat(runs.charts().note().get()).isEqualTo("Not shown: #3 dcn (failed)");
    }

    @Test
    void aCompletedRunWithoutAStoredEvaluationIsNamed() {
        ModelsFixtures.completed(repository, 9, "fm", 0.7, "cpu()", Instant.parse("2025-03-05T10:00:00Z"), 50);
        FakeRunRepository bare = new FakeRunRepository();
        bare.add(repository.find(9).orElseThrow());
        FakeWorkspace other = ModelsFixtures.workspace(bare);
        RunsViewModel lonely = new RunsViewModel(() -> other, new ImmediateJobExecutor(other::runner));

        lonely.refresh();

        assertThat(lonely.selection()).extracting(RunRow::id).containsExactly(9L);
        assertThat(lonely.charts().curves()).isEmpty();
        assertThat(lonely.charts().message().get()).isEqualTo("No test evaluation is stored for #9 fm.");
    }

    @Test
    void selectsRunsAskedForBeforeTheyAreListedAndKeepsTheSelectionOverARefresh() {
        runs.selectIds(List.of(1L, 2L));

        assertThat(runs.selection()).extracting(RunRow::id).containsExactly(1L, 2L);
        assertThat(runs.focusedProperty().get().id()).isEqualTo(2);

        ModelsFixtures.completed(repository, 4, "dnn", 0.8, "cpu()", Instant.parse("2025-03-05T10:00:00Z"), 60);
        runs.refresh();
        assertThat(runs.runs()).hasSize(4);
        assertThat(runs.selection()).extracting(RunRow::id).containsExactly(1L, 2L);

        runs.refreshAndSelect(4);
        assertThat(runs.selection()).extracting(RunRow::id).containsExactly(4L);
    }

    @Test
    void aListingFailureIsSaidInTheTable() {
        repository.failListing(new IllegalStateException("the database is locked"));

        runs.refresh();

        assertThat(runs.table().placeholder().get()).isEqualTo("Could not list the runs: the database is locked");
        assertThat(runs.table().loading().get()).isFalse();
        assertThat(runs.runs()).isEmpty();
    }

    @Test
    void provenanceListsDataSettingsDeviceVersionsAndArtifact() {
        runs.refresh();

        List<ProvenanceLines.Line> lines = ProvenanceLines.of(runs.provenance().shown().get());

        assertThat(lines.stream().filter(l -> !l.detail()).map(ProvenanceLines.Line::key)).containsExactly("Status",
                "Model", "Dataset", "Dataset SHA-256", "Parameters", "Features", "Split", "Seed", "Device", "Versions",
                "Started", "Finished", "Duration", "Validation", "Test", "Artifact", "Artifact SHA-256", "Job");
        assertThat(value(lines, "Model")).isEqualTo("DeepFM (deepfm)");
        assertThat(value(lines, "Dataset SHA-256")).isEqualTo(ModelsFixtures.SHA);
        // the stored JSON reads as a property sheet: a heading, then one indented line per field
        assertThat(lines).extracting(ProvenanceLines.Line::value).noneMatch(v -> v.startsWith("{"));
        assertThat(value(lines, "Parameters")).isEqualTo("10 entries");
        assertThat(detail(lines, "Parameters")).startsWith("embeddingDim = 16", "hidden = [64, 32]", "dropout = 0.1")
                .contains("label = clicked").doesNotContain("purchaseLabel = null");
        assertThat(detail(lines, "Features")).containsExactly(
                "user_id = kind CATEGORICAL · encoding HASHING · hashBuckets 65536",
                "placement = kind CATEGORICAL · encoding VOCABULARY · minCount 5",
                "device = kind CATEGORICAL · encoding VOCABULARY · minCount 5",
                "price = kind NUMERIC · transform LOG1P", "ts = kind TIMESTAMP");
        assertThat(detail(lines, "Split")).containsExactly("kind = RANDOM", "trainShare = 0.8", "valShare = 0.1",
                "seed = 42");
        assertThat(detail(lines, "Versions")).contains("djl = 0.36.0", "pytorch = 2.7.1");
        assertThat(value(lines, "Device")).isEqualTo("gpu(0)");
        assertThat(value(lines, "Duration")).isEqualTo("3m 32s · 6 epochs");
        assertThat(value(lines, "Test")).matches("AUC 0\\.\\d{3} · log loss 0\\.\\d{4} · PR-AUC 0\\.\\d{3} · ECE 0\\.\\d{4}");
        assertThat(value(lines, "Artifact")).isEqualTo("models/run-2/model.zip (1.8 MB)");
        assertThat(value(lines, "Artifact SHA-256")).isEqualTo(ModelsFixtures.ARTIFACT_SHA);
    }

    @Test
    void provenanceJsonHoldsTheStoredBlocksAsJson() throws Exception {
        runs.refresh();

        String json = ProvenanceLines.json(runs.provenance().shown().get());

        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.path("run").asLong()).isEqualTo(2);
        assertThat(tree.path("dataset_sha256").asText()).isEqualTo(ModelsFixtures.SHA);
        assertThat(tree.path("parameters").path("hidden").toString()).isEqualTo("[64,32]");
        assertThat(tree.path("features").path("fields").get(3).path("transform").asText()).isEqualTo("LOG1P");
        assertThat(tree.path("seed").asLong()).isEqualTo(42);
        assertThat(tree.path("artifacts").get(0).path("sha256").asText()).isEqualTo(ModelsFixtures.ARTIFACT_SHA);
    }

    /** The indented lines under a heading line, as "key = value". */
    private static List<String> detail(List<ProvenanceLines.Line> lines, String heading) {
        int at = lines.indexOf(lines.stream().filter(l -> !l.detail() && l.key().equals(heading)).findFirst()
                .orElseThrow());
        List<String> out = new java.util.ArrayList<>();
        for (int i = at + 1; i < lines.size() && lines.get(i).detail(); i++) {
            out.add(lines.get(i).key() + " = " + lines.get(i).value());
        }
        return out;
    }

    private static String value(List<ProvenanceLines.Line> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().value();
    }
}
