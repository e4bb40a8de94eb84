package io.campaignlab.views.models;

import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.common.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The provenance panel's lines for one run: what it was trained on, how, where, and what it left. */
public final class ProvenanceLines {

    /**
     * One line of the panel.
     *
     * @param key   what it is
     * @param value its value
     * @param code  true for hashes, JSON and paths, shown in a fixed-width font
     */
    public record Line(String key, String value, boolean code) {
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
        lines.add(code("Parameters", ModelFormats.json(spec.paramsJson())));
        lines.add(code("Features", ModelFormats.json(spec.featureSpecJson())));
        lines.add(code("Split", ModelFormats.json(spec.splitJson())));
        lines.add(text("Seed", String.valueOf(spec.seed())));
        lines.add(text("Device", orDash(spec.device())));
        lines.add(code("Versions", ModelFormats.json(spec.versionsJson())));
        lines.add(text("Started", ModelFormats.exact(record.startedAt())));
        lines.add(text("Finished", record.finishedAt() == null ? "still running" : ModelFormats.exact(
                record.finishedAt())));
        lines.add(text("Duration", ModelFormats.duration(record.seconds()) + epochs(provenance.metrics())));
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

    private static Line text(String key, String value) {
        return new Line(key, value, false);
    }

    private static Line code(String key, String value) {
        return new Line(key, value, true);
    }
}
