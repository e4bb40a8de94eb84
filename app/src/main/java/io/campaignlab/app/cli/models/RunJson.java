package io.campaignlab.app.cli.models;

import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.models.ModelJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.evaluation.AucInterval;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.PairedAucTest;
import io.campaignlab.engine.evaluation.CalibrationBin;
import io.campaignlab.engine.evaluation.LiftRow;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.tuning.SearchResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of runs in the CLI: records written by the CLI's mapper (snake_case names). */
final class RunJson {

    private RunJson() {
    }

    /** {@code train --json}: the finished run, its validation and test figures and its epochs. */
    record Outcome(long run, String status, String device, OutcomeMetrics metrics, int bestEpoch, List<Epoch> epochs,
                   double seconds, @JsonInclude(JsonInclude.Include.NON_NULL) Split split,
                   @JsonInclude(JsonInclude.Include.NON_NULL) SearchResult search) {

        static Outcome of(TrainingOutcome outcome) {
            return of(outcome, null);
        }

        static Outcome of(TrainingOutcome outcome, SplitSpec split) {
            return new Outcome(outcome.runId(), outcome.status().id(), outcome.device(), new OutcomeMetrics(
                    new Validation(outcome.validation().auc(), outcome.validation().logLoss()),
                    Test.of(outcome.test(), false)), outcome.bestEpoch(),
                    outcome.epochs().stream().map(Epoch::of).toList(), outcome.seconds(), Split.of(split),
                    outcome.search());
        }
    }

    /**
     * The split a run used: its kind, shares and seed, and for a supplied split the split column or the validation
     * and test datasets; {@code description} says it in words.
     */
    record Split(String kind, double trainShare, double valShare, long seed,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String column,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String validDataset,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String testDataset, String description) {

        static Split of(SplitSpec s) {
            return s == null ? null : new Split(s.kind().id(), s.trainShare(), s.valShare(), s.seed(), s.column(),
                    s.validDataset(), s.testDataset(), s.describe());
        }

        /** The stored run's split, or null when the run is not a click-model run or its split is unreadable. */
        static Split of(RunRecord run) {
            try {
                return of(ModelJson.read(run.spec().splitJson(), SplitSpec.class));
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        }
    }

    /** {@code runs show RUN --json}: the stored run, its test figures and, when it searched, its search. */
    record Shown(Run run, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> params,
                 @JsonInclude(JsonInclude.Include.NON_NULL) SearchResult search) {
    }

    record OutcomeMetrics(Validation val, Test test) {
    }

    record Validation(double auc, double logloss) {
    }

    /** Test figures; with {@code detail}, the calibration, reliability and lift tables too. */
    record Test(double auc, @JsonInclude(JsonInclude.Include.NON_NULL) AucCi aucCi, double logloss, double ece,
                double prAuc, long rows, long positives,
                @JsonInclude(JsonInclude.Include.NON_NULL) List<Bin> calibration,
                @JsonInclude(JsonInclude.Include.NON_NULL) List<Bin> reliability,
                @JsonInclude(JsonInclude.Include.NON_NULL) List<Lift> lift) {

        static Test of(BinaryEvaluation e, boolean detail) {
            return new Test(e.auc(), AucCi.of(e.aucInterval()), e.logLoss(), e.expectedCalibrationError(), e.prAuc(),
                    e.count(), e.positives(),
                    detail ? e.calibrationBins().stream().map(Bin::of).toList() : null,
                    detail ? e.curveBins().stream().map(Bin::of).toList() : null,
                    detail ? e.lift().rows().stream().map(Lift::of).toList() : null);
        }
    }

    /** The AUC's DeLong interval: {@code level} (0.95), {@code low}, {@code high}, standard error {@code se}. */
    record AucCi(double level, double low, double high, double se, String method) {

        static AucCi of(AucInterval i) {
            return i == null ? null : new AucCi(i.level(), i.low(), i.high(), i.standardError(), "delong");
        }
    }

    /** {@code evaluate A --against B}: DeLong's paired test of the two runs' test AUCs on their shared rows. */
    record Comparison(long run, long against, double aucRun, double aucAgainst, double difference, double low,
                      double high, double se, double z, double pValue, long sharedRows, long sharedPositives,
                      boolean significant, String verdict, String method) {

        static Comparison of(long run, long against, PairedAucTest t) {
            return new Comparison(run, against, t.aucA(), t.aucB(), t.difference(), t.low(), t.high(),
                    t.standardError(), t.z(), t.pValue(), t.rows(), t.positives(), t.significant(), t.verdict(),
                    "delong_paired");
        }
    }

    record Bin(double lower, double upper, long count, double meanPredicted, double observedRate) {

        static Bin of(CalibrationBin b) {
            return new Bin(b.lower(), b.upper(), b.count(), b.meanPredicted(), b.observedRate());
        }
    }

    record Lift(int decile, long count, double rate, double lift, double cumulativeGain) {

        static Lift of(LiftRow r) {
            return new Lift(r.group(), r.count(), r.rate(), r.lift(), r.cumulativeGain());
        }
    }

    record Epoch(int epoch, double trainLoss, double valLoss, double valAuc, double rowsPerS) {

        static Epoch of(EpochReport r) {
            return new Epoch(r.epoch(), r.trainLoss(), r.valLoss(), r.valAuc(), r.rowsPerSecond());
        }
    }

    /** A stored run with its final metrics; {@code evaluate} adds its test figures in detail. */
    record Run(long run, String model, String dataset, String datasetSha256, String status, String statusReason,
               String device, long seed, String startedAt, double seconds, Map<String, Map<String, Double>> metrics,
               @JsonInclude(JsonInclude.Include.NON_NULL) Test test,
               @JsonInclude(JsonInclude.Include.NON_NULL) Comparison comparison,
               @JsonInclude(JsonInclude.Include.NON_NULL) Split split) {

        static Run of(RunRecord run, List<RunMetric> metrics, Test test) {
            return of(run, metrics, test, null);
        }

        static Run of(RunRecord run, List<RunMetric> metrics, Test test, Comparison comparison) {
            return new Run(run.id(), run.spec().modelKind(), run.spec().datasetName(), run.spec().datasetSha256(),
                    run.status().id(), run.statusReason(), run.spec().device(), run.spec().seed(),
                    run.startedAt().toString(), run.seconds(), finalMetrics(metrics), test, comparison,
                    Split.of(run));
        }
    }

    /** {@code runs --json}. */
    record Runs(List<Run> runs) {
    }

    /** Final (epoch-less) metrics as {split: {name: value}}. */
    static Map<String, Map<String, Double>> finalMetrics(List<RunMetric> metrics) {
        Map<String, Map<String, Double>> splits = new LinkedHashMap<>();
        for (RunMetric m : metrics) {
            if (m.epoch() == null) {
                splits.computeIfAbsent(m.split(), s -> new LinkedHashMap<>()).put(m.name(), m.value());
            }
        }
        return splits;
    }
}
