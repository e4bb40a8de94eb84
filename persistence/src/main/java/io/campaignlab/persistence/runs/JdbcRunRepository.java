package io.campaignlab.persistence.runs;

import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Training runs: a {@code training_run} row written when a run starts and updated when it ends, its metrics
 * appended in batches (numbered, so they come back in the order recorded), one stored evaluation per split as JSON,
 * and the artifacts it saved, with paths kept as given (relative to the workspace folder) using {@code /}.
 */
public final class JdbcRunRepository implements RunRepository {

    private static final int MAX_REASON = 4000;
    private static final String RUN_COLUMNS = "id, job_id, dataset_name, dataset_sha256, model_kind, params_json,"
            + " feature_spec_json, split_json, seed, device, versions_json, status, status_reason, started_at,"
            + " finished_at";

    private final DataSource dataSource;

    public JdbcRunRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long start(NewRun run) {
        if (run.datasetName() == null || run.datasetSha256() == null || run.modelKind() == null) {
            throw new IllegalArgumentException("a run needs its dataset's name and SHA-256 and a model kind");
        }
        String sql = "INSERT INTO training_run (job_id, dataset_id, dataset_name, dataset_sha256, model_kind,"
                + " params_json, feature_spec_json, split_json, seed, device, versions_json, status, started_at)"
                + " VALUES (?, (SELECT id FROM dataset WHERE name = ? AND status = 'ready'), ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'running', ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            if (run.jobId() == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, run.jobId());
            }
            ps.setString(2, run.datasetName());
            ps.setString(3, run.datasetName());
            ps.setString(4, run.datasetSha256());
            ps.setString(5, run.modelKind());
            ps.setString(6, run.paramsJson());
            ps.setString(7, run.featureSpecJson());
            ps.setString(8, run.splitJson());
            ps.setLong(9, run.seed());
            ps.setString(10, run.device());
            ps.setString(11, run.versionsJson());
            ps.setObject(12, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot record the " + run.modelKind() + " run on '" + run.datasetName()
                    + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void record(long runId, List<RunMetric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            requireRun(c, runId);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_metric (run_id, split, epoch, metric_name,"
                    + " metric_value) VALUES (?, ?, ?, ?, ?)")) {
                for (RunMetric metric : metrics) {
                    ps.setLong(1, runId);
                    ps.setString(2, metric.split());
                    if (metric.epoch() == null) {
                        ps.setNull(3, Types.INTEGER);
                    } else {
                        ps.setInt(3, metric.epoch());
                    }
                    ps.setString(4, metric.name());
                    ps.setDouble(5, metric.value());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot record metrics of run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void saveEvaluation(long runId, String split, BinaryEvaluation evaluation) {
        String json = EvaluationJson.write(evaluation);
        try (Connection c = dataSource.getConnection()) {
            requireRun(c, runId);
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO run_evaluation (run_id, split, evaluation_json)"
                    + " KEY (run_id, split) VALUES (?, ?, ?)")) {
                ps.setLong(1, runId);
                ps.setString(2, split);
                ps.setString(3, json);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot save the " + split + " evaluation of run " + runId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void addArtifact(RunArtifact artifact) {
        try (Connection c = dataSource.getConnection()) {
            requireRun(c, artifact.runId());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_artifact (run_id, path, sha256,"
                    + " size_bytes, created_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, artifact.runId());
                ps.setString(2, artifact.path().toString().replace(File.separator, "/"));
                ps.setString(3, artifact.sha256());
                ps.setLong(4, artifact.sizeBytes());
                ps.setObject(5, OffsetDateTime.ofInstant(
                        artifact.createdAt() == null ? Instant.now() : artifact.createdAt(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot record the artifact " + artifact.path() + " of run "
                    + artifact.runId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void finish(long runId, RunStatus status, String reason) {
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run ends completed, failed, cancelled or interrupted, not running");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE training_run SET status = ?, status_reason = ?,"
                     + " finished_at = ? WHERE id = ?")) {
            ps.setString(1, status.id());
            ps.setString(2, reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON));
            ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setLong(4, runId);
            if (ps.executeUpdate() == 0) {
                throw new NoSuchElementException("no run " + runId);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot end run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<RunRecord> list() {
        return runs("SELECT " + RUN_COLUMNS + " FROM training_run ORDER BY id DESC", null);
    }

    @Override
    public Optional<RunRecord> find(long runId) {
        return runs("SELECT " + RUN_COLUMNS + " FROM training_run WHERE id = ?", runId).stream().findFirst();
    }

    @Override
    public List<RunMetric> metrics(long runId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT split, epoch, metric_name, metric_value FROM run_metric"
                     + " WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            List<RunMetric> metrics = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    metrics.add(new RunMetric(rs.getString(1), rs.getObject(2, Integer.class), rs.getString(3),
                            rs.getDouble(4)));
                }
            }
            return metrics;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the metrics of run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<BinaryEvaluation> evaluation(long runId, String split) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT evaluation_json FROM run_evaluation"
                     + " WHERE run_id = ? AND split = ?")) {
            ps.setLong(1, runId);
            ps.setString(2, split);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(EvaluationJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the " + split + " evaluation of run " + runId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<RunArtifact> artifacts(long runId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, path, sha256, size_bytes, created_at"
                     + " FROM model_artifact WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            List<RunArtifact> artifacts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    artifacts.add(new RunArtifact(rs.getLong(1), Path.of(rs.getString(2)),
                            rs.getString(3).stripTrailing(), rs.getLong(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return artifacts;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the artifacts of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Throws {@link NoSuchElementException} unless the run exists, rather than a foreign-key error. */
    @Override
    public void saveReport(RunReport report) {
        try (Connection c = dataSource.getConnection()) {
            requireRun(c, report.runId());
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO run_report (run_id, kind, report_key,"
                    + " created_at, report_json) KEY (run_id, kind, report_key) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, report.runId());
                ps.setString(2, report.kind());
                ps.setString(3, report.key());
                ps.setObject(4, OffsetDateTime.ofInstant(report.createdAt(), ZoneOffset.UTC));
                ps.setString(5, report.json());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot save the " + report.kind() + " report of run " + report.runId()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<RunReport> report(long runId, String kind, String key) {
        List<RunReport> found = readReports(runId, kind, key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<RunReport> reports(long runId, String kind) {
        return readReports(runId, kind, null);
    }

    private List<RunReport> readReports(long runId, String kind, String key) {
        String sql = "SELECT run_id, kind, report_key, created_at, report_json FROM run_report WHERE run_id = ?"
                + " AND kind = ?" + (key == null ? "" : " AND report_key = ?") + " ORDER BY created_at DESC, report_key";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            ps.setString(2, kind);
            if (key != null) {
                ps.setString(3, key);
            }
            List<RunReport> reports = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.add(new RunReport(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the " + kind + " reports of run " + runId + ": "
                    + e.getMessage(), e);
        }
    }

    private static void requireRun(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM training_run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchElementException("no run " + runId);
                }
            }
        }
    }

    private List<RunRecord> runs(String sql, Long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            List<RunRecord> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(map(rs));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the training runs: " + e.getMessage(), e);
        }
    }

    private static RunRecord map(ResultSet rs) throws SQLException {
        NewRun spec = new NewRun(rs.getObject(2, Long.class), rs.getString(3), rs.getString(4).stripTrailing(),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                rs.getString(11));
        return new RunRecord(rs.getLong(1), spec, RunStatus.parse(rs.getString(12)), rs.getString(13),
                instant(rs.getObject(14, OffsetDateTime.class)), instant(rs.getObject(15, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
