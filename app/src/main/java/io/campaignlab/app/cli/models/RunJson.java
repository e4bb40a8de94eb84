package io.campaignlab.app.cli.models;

import io.campaignlab.app.cli.Output;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;

import java.util.List;

/** The JSON shapes of runs in the CLI. */
public final class RunJson {

    private RunJson() {
    }

    static ObjectNode outcome(TrainingOutcome outcome) {
        ObjectNode node = Output.object();
        node.put("run", outcome.runId());
        node.put("status", outcome.status().id());
        node.put("device", outcome.device());
        ObjectNode metrics = node.putObject("metrics");
        ObjectNode val = metrics.putObject("val");
        val.put("auc", outcome.validation().auc());
        val.put("logloss", outcome.validation().logLoss());
        metrics.set("test", test(outcome.test()));
        node.put("best_epoch", outcome.bestEpoch());
        ArrayNode epochs = node.putArray("epochs");
        for (EpochReport r : outcome.epochs()) {
            ObjectNode e = epochs.addObject();
            e.put("epoch", r.epoch());
            e.put("train_loss", r.trainLoss());
            e.put("val_loss", r.valLoss());
            e.put("val_auc", r.valAuc());
            e.put("rows_per_s", r.rowsPerSecond());
        }
        node.put("seconds", outcome.seconds());
        return node;
    }

    static ObjectNode test(BinaryEvaluation e) {
        ObjectNode test = Output.object();
        test.put("auc", e.auc());
        test.put("logloss", e.logLoss());
        test.put("ece", e.expectedCalibrationError());
        test.put("pr_auc", e.prAuc());
        test.put("rows", e.count());
        test.put("positives", e.positives());
        return test;
    }

    /** Final (epoch-less) metrics as {split: {name: value}}. */
    static ObjectNode finalMetrics(List<RunMetric> metrics) {
        ObjectNode node = Output.object();
        for (RunMetric m : metrics) {
            if (m.epoch() == null) {
                ObjectNode split = node.has(m.split()) ? (ObjectNode) node.get(m.split()) : node.putObject(m.split());
                split.put(m.name(), m.value());
            }
        }
        return node;
    }

    static ObjectNode run(RunRecord run, List<RunMetric> metrics) {
        ObjectNode node = Output.object();
        node.put("run", run.id());
        node.put("model", run.spec().modelKind());
        node.put("dataset", run.spec().datasetName());
        node.put("dataset_sha256", run.spec().datasetSha256());
        node.put("status", run.status().id());
        node.put("status_reason", run.statusReason());
        node.put("device", run.spec().device());
        node.put("seed", run.spec().seed());
        node.put("started_at", run.startedAt().toString());
        node.put("seconds", run.seconds());
        node.set("metrics", finalMetrics(metrics));
        return node;
    }
}
