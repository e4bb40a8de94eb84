package io.campaignlab.persistence.runs;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.BinaryEvaluator;
import io.campaignlab.engine.evaluation.CalibrationBin;
import io.campaignlab.engine.evaluation.LiftRow;
import io.campaignlab.engine.evaluation.LiftTable;
import io.campaignlab.engine.evaluation.RocCurve;
import io.campaignlab.engine.evaluation.RocPoint;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.jobs.JdbcJobRepository;
import io.campaignlab.persistence.workspace.H2Settings;
import io.campaignlab.persistence.workspace.Workspace;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcRunRepositoryTest {

    static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    static NewRun run(Long jobId, String dataset, String kind) {
        return new NewRun(jobId, dataset, SHA, kind, "{\"epochs\":3,\"label\":\"converted\"}",
                "{\"features\":[\"channel\",\"amount\"]}", "{\"kind\":\"random\",\"val\":0.2}", 42L, "cpu()",
                "{\"djl\":\"0.33.0\",\"java\":\"17\"}");
    }

    @Test
    void aStartedRunIsRunningWithItsSpecStoredVerbatim() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            long datasetId = writeDataset(ws, "events");
            long jobId = new JdbcJobRepository(ws.dataSource()).started("train", "train deepfm");
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            NewRun spec = run(jobId, "events", "deepfm");

            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long id = runs.start(spec);
            Instant after = Instant.now().plusMillis(1);

            RunRecord record = runs.require(id);
            assertThat(record.id()).isEqualTo(id);
            assertThat(record.spec()).isEqualTo(spec);
            assertThat(record.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(record.statusReason()).isNull();
            assertThat(record.finishedAt()).isNull();
            assertThat(record.startedAt()).isBetween(before, after);
            assertThat(query(ws, "SELECT dataset_id FROM training_run WHERE id = " + id))
                    .isEqualTo(Long.toString(datasetId));
            assertThat(query(ws, "SELECT status FROM training_run WHERE id = " + id)).isEqualTo("running");
        }
    }

    @Test
    void aRunOnADatasetNotInTheWorkspaceAndWithoutAJobIsStillRecorded() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            NewRun spec = new NewRun(null, "gone", SHA, "logistic", null, null, null, 7L, "gpu(0)", null);

            long id = runs.start(spec);

            assertThat(runs.require(id).spec()).isEqualTo(spec);
            assertThat(query(ws, "SELECT dataset_id FROM training_run WHERE id = " + id)).isNull();
        }
    }

    @Test
    void finishingSetsStatusReasonAndEndTime() {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            long completed = runs.start(run(null, "events", "deepfm"));
            long failed = runs.start(run(null, "events", "deepfm"));
            long cancelled = runs.start(run(null, "events", "deepfm"));

            runs.finish(completed, RunStatus.COMPLETED, null);
            runs.finish(failed, RunStatus.FAILED, "loss became NaN at epoch 2; lower the learning rate");
            runs.finish(cancelled, RunStatus.CANCELLED, "cancelled by the user");

            assertThat(runs.require(completed).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(runs.require(completed).statusReason()).isNull();
            assertThat(runs.require(failed).status()).isEqualTo(RunStatus.FAILED);
            assertThat(runs.require(failed).statusReason())
                    .isEqualTo("loss became NaN at epoch 2; lower the learning rate");
            assertThat(runs.require(cancelled).status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(runs.list()).allSatisfy(r -> {
                assertThat(r.finishedAt()).isNotNull().isAfterOrEqualTo(r.startedAt());
                assertThat(r.seconds()).isGreaterThanOrEqualTo(0.0);
            });
            String longReason = "x".repeat(5000);
            runs.finish(failed, RunStatus.FAILED, longReason);
            assertThat(runs.require(failed).statusReason()).hasSize(4000);

            assertThatThrownBy(() -> runs.finish(completed, RunStatus.RUNNING, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not running");
            assertThatThrownBy(() -> runs.finish(404, RunStatus.COMPLETED, null))
                    .isInstanceOf(NoSuchElementException.class).hasMessage("no run 404");
        }
    }

    @Test
    void listIsNewestFirstAndFindAnswersOnlyForStoredRuns() {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            assertThat(runs.list()).isEmpty();
            long first = runs.start(run(null, "events", "logistic"));
            long second = runs.start(run(null, "events", "deepfm"));
            long third = runs.start(run(null, "orders", "two_tower"));

            assertThat(runs.list()).extracting(RunRecord::id).containsExactly(third, second, first);
            assertThat(runs.list()).extracting(r -> r.spec().modelKind())
                    .containsExactly("two_tower", "deepfm", "logistic");
            assertThat(runs.find(second)).map(r -> r.spec().modelKind()).contains("deepfm");
            assertThat(runs.find(third + 1)).isEmpty();
            assertThatThrownBy(() -> runs.require(third + 1))
                    .isInstanceOf(NoSuchElementException.class).hasMessage("no run " + (third + 1));
        }
    }

    @Test
    void metricsComeBackInTheOrderRecordedAndPerRun() {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            long id = runs.start(run(null, "events", "deepfm"));
            long other = runs.start(run(null, "events", "logistic"));
            // Names out of alphabetical order, so an order by name or split would show.
            List<RunMetric> epoch1 = List.of(new RunMetric("train", 1, "loss", 0.69),
                    new RunMetric("val", 1, "loss", 0.71), new RunMetric("val", 1, "auc", 0.62));
            List<RunMetric> epoch2 = List.of(new RunMetric("train", 2, "loss", 0.52),
                    new RunMetric("val", 2, "loss", 0.55), new RunMetric("val", 2, "auc", 0.70));
            List<RunMetric> last = List.of(new RunMetric("test", null, "logloss", 0.56),
                    new RunMetric("test", null, "auc", 0.695), new RunMetric("test", null, "ece", 0.012));

            runs.record(id, epoch1);
            runs.record(other, List.of(new RunMetric("val", 1, "auc", 0.5)));
            runs.record(id, epoch2);
            runs.record(id, List.of());
            runs.record(id, last);

            assertThat(runs.metrics(id)).containsExactly(
                    epoch1.get(0), epoch1.get(1), epoch1.get(2),
                    epoch2.get(0), epoch2.get(1), epoch2.get(2),
                    last.get(0), last.get(1), last.get(2));
            assertThat(runs.metrics(other)).containsExactly(new RunMetric("val", 1, "auc", 0.5));
            runs.record(other, List.of(new RunMetric("train", 2, "loss", Double.NaN)));
            assertThat(runs.metrics(other).get(1).value()).isNaN();
            assertThat(runs.metrics(other + 1)).isEmpty();
            assertThatThrownBy(() -> runs.record(other + 1, epoch1))
                    .isInstanceOf(NoSuchElementException.class).hasMessage("no run " + (other + 1));
        }
    }

    @Test
    void reportsAreKeptPerKindAndKeyReplacedOnSaveAndGoneWithTheirRun() {
        Instant t1 = Instant.parse("2026-11-28T10:00:00Z");
        Instant t2 = Instant.parse("2026-11-28T11:00:00Z");
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            long id = runs.start(run(null, "events", "deepfm"));
            String big = "{\"rows\":[" + "1,".repeat(100_000) + "1]}";

            runs.saveReport(new RunReport(id, "drift", "impressions 2026-01-01..2026-01-07", t1, "{\"a\":1}"));
            runs.saveReport(new RunReport(id, "drift", "other", t2, big));
            runs.saveReport(new RunReport(id, "explain", "", t1, "{\"first\":true}"));
            runs.saveReport(new RunReport(id, "explain", "", t2, "{\"second\":true}"));

            assertThat(runs.report(id, "explain", "").orElseThrow().json()).isEqualTo("{\"second\":true}");
            assertThat(runs.report(id, "explain", "").orElseThrow().createdAt()).isEqualTo(t2);
            assertThat(runs.reports(id, "drift")).extracting(RunReport::key)
                    .containsExactly("other", "impressions 2026-01-01..2026-01-07");
            assertThat(runs.report(id, "drift", "other").orElseThrow().json()).isEqualTo(big);
            assertThat(runs.report(id, "drift", "missing")).isEmpty();
            assertThatThrownBy(() -> runs.saveReport(new RunReport(id + 99, "explain", "", t1, "{}")))
                    .hasMessageContaining("run " + (id + 99));
        }
    }

    @Test
    void aHandBuiltEvaluationWithNaNAndInfinityRoundTripsExactly() {
        BinaryEvaluation evaluation = new BinaryEvaluation(0.75, 0.4567, 0.8333333333333334, 0.05,
                List.of(new CalibrationBin(0.0, 0.5, 3, 0.2, 0.0 / 3),
                        new CalibrationBin(0.5, 1.0, 0, Double.NaN, Double.NaN)),
                new LiftTable(List.of(new LiftRow(1, 2, 2, 1.0, 2.0, 1.0), new LiftRow(2, 2, 0, 0.0, 0.0, 1.0)), 4, 2),
                new RocCurve(List.of(new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0), new RocPoint(0.8, 0.0, 0.5),
                        new RocPoint(0.1, 1.0, 1.0))), 2, 4);
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            long id = runs.start(run(null, "events", "deepfm"));

            runs.saveEvaluation(id, "test", evaluation);
            BinaryEvaluation read = runs.evaluation(id, "test").orElseThrow();

            assertThat(read).isEqualTo(evaluation);
            assertThat(read.calibrationBins().get(1).meanPredicted()).isNaN();
            assertThat(read.calibrationBins().get(1).isEmpty()).isTrue();
            assertThat(read.roc().points().get(0).threshold()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(read.positiveRate()).isEqualTo(0.5);
            assertThat(runs.evaluation(id, "val")).isEmpty();
            assertThat(runs.evaluation(id + 1, "test")).isEmpty();
        }
    }

    @Test
    void anEvaluatorsEvaluationRoundTripsAndASecondSaveReplacesTheFirst() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 5_000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble() * 0.6; // bins above 0.6 stay empty
            labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
        }
        BinaryEvaluation test = BinaryEvaluator.evaluate(scores, labels);
        BinaryEvaluation val = BinaryEvaluator.evaluate(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95},
                new int[] {0, 0, 1, 0, 1, 0, 1, 1, 1, 1});
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            long id = runs.start(run(null, "events", "deepfm"));

            runs.saveEvaluation(id, "test", val);
            runs.saveEvaluation(id, "test", test);
            runs.saveEvaluation(id, "val", val);

            assertThat(runs.evaluation(id, "test")).contains(test);
            assertThat(runs.evaluation(id, "val")).contains(val);
            // 21 of the 6 x 4 (positive, negative) pairs are ordered right: AUC 21/24.
            assertThat(runs.evaluation(id, "val").orElseThrow().auc()).isEqualTo(0.875);
            assertThat(runs.evaluation(id, "val").orElseThrow().positives()).isEqualTo(6);
            assertThat(runs.evaluation(id, "val").orElseThrow().count()).isEqualTo(10);
            assertThat(runs.evaluation(id, "test").orElseThrow().roc().points()).hasSize(200);
            assertThat(runs.evaluation(id, "test").orElseThrow().calibrationBins().get(9).isEmpty()).isTrue();
            assertThat(query(ws, "SELECT COUNT(*) FROM run_evaluation")).isEqualTo("2");
            assertThatThrownBy(() -> runs.saveEvaluation(id + 1, "test", val))
                    .isInstanceOf(NoSuchElementException.class).hasMessage("no run " + (id + 1));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void artifactsKeepTheirRelativePathsInOrder() {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            long id = runs.start(run(null, "events", "deepfm"));
            long other = runs.start(run(null, "events", "logistic"));
            RunArtifact model = new RunArtifact(id, Path.of("models", "run-" + id, "model.pt"), "cd".repeat(32),
                    1_234_567L, Instant.parse("2024-05-01T10:00:00.123456Z"));
            RunArtifact vocab = new RunArtifact(id, Path.of("models/run-" + id + "/vocabulary.json"), "ef".repeat(32),
                    2_048L, Instant.parse("2024-05-01T10:00:01Z"));

            runs.addArtifact(model);
            runs.addArtifact(new RunArtifact(other, Path.of("models/other.pt"), "01".repeat(32), 1, Instant.EPOCH));
            runs.addArtifact(vocab);

            assertThat(runs.artifacts(id)).containsExactly(model, vocab);
            assertThat(runs.artifacts(id).get(0).path()).hasToString("models/run-" + id + "/model.pt")
                    .isRelative();
            assertThat(runs.artifacts(other + 1)).isEmpty();
            assertThatThrownBy(() -> runs.addArtifact(new RunArtifact(other + 1, Path.of("x"), SHA, 1, Instant.EPOCH)))
                    .isInstanceOf(NoSuchElementException.class).hasMessage("no run " + (other + 1));
        }
    }

    @Test
    void aRunTrainingWhenTheProcessDiedIsInterruptedOnTheNextOpen() {
        long training;
        long completed;
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            completed = runs.start(run(null, "events", "logistic"));
            runs.finish(completed, RunStatus.COMPLETED, null);
            training = runs.start(run(null, "events", "deepfm"));
        }
        Instant reopened = Instant.now().minusMillis(1);
        try (Workspace ws = Workspace.open(dir)) {
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            RunRecord interrupted = runs.require(training);
            assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(interrupted.statusReason()).isEqualTo("the process ended while the run was training");
            assertThat(interrupted.finishedAt()).isAfterOrEqualTo(reopened);
            assertThat(runs.require(completed).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(runs.require(completed).finishedAt()).isBefore(reopened);
        }
    }

    /**
     * A workspace written before schema 2 (only V1 applied, with a run that has metrics and was training when the
     * process died) opens: V2 is applied, old metrics keep their order, and the run is marked interrupted.
     */
    @Test
    void aVersion1WorkspaceIsMigratedAndKeepsItsRuns() throws SQLException {
        String url = H2Settings.forThisJvm().url(dir);
        long id;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/workspace")
                .table("flyway_schema_history").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1");
            }
            s.execute("INSERT INTO training_run (dataset_name, dataset_sha256, model_kind, seed, status, started_at)"
                    + " VALUES ('events', '" + SHA + "', 'deepfm', 1, 'running', CURRENT_TIMESTAMP)",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            s.execute("INSERT INTO run_metric VALUES (" + id + ", 'train', 1, 'loss', 0.9), (" + id + ", 'val', 1,"
                    + " 'auc', 0.6), (" + id + ", 'train', 2, 'loss', 0.8), (" + id + ", 'val', 2, 'auc', 0.65)");
        }

        try (Workspace ws = Workspace.open(dir)) {
            assertThat(query(ws, "SELECT MAX(\"version\") FROM \"flyway_schema_history\"")).isEqualTo("6");
            JdbcRunRepository runs = new JdbcRunRepository(ws.dataSource());
            assertThat(runs.require(id).status()).isEqualTo(RunStatus.INTERRUPTED);
            runs.record(id, List.of(new RunMetric("test", null, "auc", 0.64)));
            assertThat(runs.metrics(id)).containsExactly(new RunMetric("train", 1, "loss", 0.9),
                    new RunMetric("val", 1, "auc", 0.6), new RunMetric("train", 2, "loss", 0.8),
                    new RunMetric("val", 2, "auc", 0.65), new RunMetric("test", null, "auc", 0.64));
            runs.saveEvaluation(id, "test", BinaryEvaluator.evaluate(
                    new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95},
                    new int[] {0, 0, 1, 0, 1, 0, 1, 1, 1, 1}));
            assertThat(runs.evaluation(id, "test")).isPresent();
        }
    }

    static long writeDataset(Workspace ws, String name) {
        try (DatasetWriter writer = new JdbcDatasetSink(ws.dataSource()).begin(new DatasetDraft(name, DatasetKind.TABLE,
                "test", SHA, List.of(ColumnMeta.of("v", ColumnType.INTEGER, ColumnRole.FEATURE))))) {
            writer.append(new Object[] {1L});
            return writer.commit(0).id();
        }
    }

    static String query(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
