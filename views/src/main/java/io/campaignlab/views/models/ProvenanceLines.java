package io.campaignlab.views.models;

import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.common.JsonFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The provenance panel's lines for one run: what it was trained on, how, where, and what it left. */
public final class ProvenanceLines {

    /**
     * One line of the panel.
     *
     * @param key   what it is
     * @param value its value
     * @param code   true for hashes and paths, shown in a fixed-width font
     * @param detail true for one field of the stored JSON block named by the heading line above it (a parameter, a
     *               feature's column, a version), shown indented under it
     */
    public record Line(String key, String value, boolean code, boolean detail) {
    }

    private ProvenanceLines() {
    }

    public static List<Line> of(RunProvenance provenance) {
        RunRecord record = provenance.record();
        NewRun spec = record.spec();
        List<Line> lines = new ArrayList<>();
        lines.add(text("Status", status(record)));
        lines.add(text("Model", model(spec.modelKind())));
        lines.add(text("Dataset", spec.datasetName()));
        lines.add(code("Dataset SHA-256", orDash(spec.datasetSha256())));
        block(lines, "Parameters", spec.paramsJson());
        block(lines, "Features", spec.featureSpecJson());
        block(lines, "Split", spec.splitJson());
        lines.add(text("Seed", String.valueOf(spec.seed())));
        lines.add(text("Device", orDash(spec.device())));
        block(lines, "Versions", spec.versionsJson());
        lines.add(text("Started", ModelFormats.exact(record.startedAt())));
        lines.add(text("Finished", record.finishedAt() == null ? "still running" : ModelFormats.exact(
                record.finishedAt())));
        lines.add(text("Duration", Formats.duration(record.seconds()) + epochs(provenance.metrics())));
        String validation = figures(provenance.metrics(), "val");
        String test = figures(provenance.metrics(), "test");
        if (!validation.isEmpty()) {
            lines.add(text("Validation", validation));
        }
        if (!test.isEmpty()) {
            lines.add(text("Test", test));
        }
        if (provenance.artifacts().isEmpty()) {
            lines.add(text("Artifact", record.status() == RunStatus.COMPLETED ? "none stored"
                    : "none (the run " + record.status().id() + ")"));
        }
        for (RunArtifact artifact : provenance.artifacts()) {
            lines.add(code("Artifact", artifact.path() + " (" + Formats.bytes(artifact.sizeBytes()) + ")"));
            lines.add(code("Artifact SHA-256", orDash(artifact.sha256())));
        }
        if (spec.jobId() != null) {
            lines.add(text("Job", "#" + spec.jobId()));
        }
        return lines;
    }

    /** The run's provenance as stored, as one indented JSON object: what "Show JSON" shows and copies. */
    public static String json(RunProvenance provenance) {
        RunRecord record = provenance.record();
        NewRun spec = record.spec();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("run", record.id());
        parts.put("status", record.status().id());
        parts.put("model", spec.modelKind());
        parts.put("dataset", spec.datasetName());
        parts.put("dataset_sha256", spec.datasetSha256());
        parts.put("parameters", spec.paramsJson());
        parts.put("features", spec.featureSpecJson());
        parts.put("split", spec.splitJson());
        parts.put("seed", spec.seed());
        parts.put("device", spec.device());
        parts.put("versions", spec.versionsJson());
        parts.put("started_at", record.startedAt());
        parts.put("finished_at", record.finishedAt());
        parts.put("job", spec.jobId());
        List<Map<String, Object>> artifacts = new ArrayList<>();
        for (RunArtifact artifact : provenance.artifacts()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("path", artifact.path().toString());
            one.put("bytes", artifact.sizeBytes());
            one.put("sha256", artifact.sha256());
            artifacts.add(one);
        }
        parts.put("artifacts", JsonFields.tree(artifacts));
        return JsonFields.pretty(parts);
    }

    private static String status(RunRecord record) {
        String reason = record.statusReason();
        return record.status().id() + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    private static String model(String kind) {
        try {
            ModelKind parsed = ModelKind.parse(kind);
            return parsed.label() + " (" + parsed.id() + ")";
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static String epochs(List<RunMetric> metrics) {
        long epochs = metrics.stream().filter(m -> m.epoch() != null).mapToInt(RunMetric::epoch).distinct().count();
        return epochs == 0 ? "" : " · " + epochs + (epochs == 1 ? " epoch" : " epochs");
    }

    /** "AUC 0.781 · log loss 0.2134 · PR-AUC 0.121 · ECE 0.0042" for a split's final metrics. */
    static String figures(List<RunMetric> metrics, String split) {
        List<String> parts = new ArrayList<>();
        add(parts, "AUC", RunRow.finalMetric(metrics, split, "auc"), "%.3f");
        add(parts, "log loss", RunRow.finalMetric(metrics, split, "logloss"), "%.4f");
        add(parts, "PR-AUC", RunRow.finalMetric(metrics, split, "pr_auc"), "%.3f");
        add(parts, "ECE", RunRow.finalMetric(metrics, split, "ece"), "%.4f");
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String name, Double value, String format) {
        if (value != null) {
            parts.add(name + " " + String.format(Locale.ROOT, format, value));
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** A stored JSON object as a heading line (how many fields) and one indented line per field. */
    private static void block(List<Line> lines, String heading, String json) {
        List<JsonFields.Field> fields = JsonFields.rows(json);
        lines.add(text(heading, fields.isEmpty() ? "—" : fields.size() + (fields.size() == 1 ? " entry" : " entries")));
        for (JsonFields.Field field : fields) {
            lines.add(new Line(field.key(), field.value(), false, true));
        }
    }

    private static Line text(String key, String value) {
        return new Line(key, value, false, false);
    }

    private static Line code(String key, String value) {
        return new Line(key, value, true, false);
    }
}
