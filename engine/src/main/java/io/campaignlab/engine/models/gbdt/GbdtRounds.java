package io.campaignlab.engine.models.gbdt;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.EpochReport;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The boosting loop: one tree per round on the training matrix, XGBoost's log loss and AUC on the training and
 * validation matrices after each, and XGBoost's early-stopping rule on the validation AUC (stop once
 * {@link GbdtSettings#earlyStopping()} rounds pass without a better one; the {@code best_iteration} attribute marks
 * the round kept). It runs round by round, rather than in {@code XGBoost.train}, to report each round and to stop on
 * cancel. The test rows are not touched. Native matrices and the booster are freed before it returns.
 *
 * @param layout   the pipeline's columns
 * @param encoded  every row, encoded
 * @param labels   the 0/1 label of every row
 * @param split    the parts
 * @param settings the tree settings
 * @param seed     XGBoost's seed (row subsampling)
 */
record GbdtRounds(GbdtMatrix layout, EncodedRows encoded, float[] labels, SplitIndices split, GbdtSettings settings,
                  long seed) {

    /**
     * The saved booster and its rounds.
     *
     * @param booster   XGBoost's model bytes
     * @param device    where the trees grew
     * @param epochs    one report per round
     * @param bestRound the kept round, from 1
     */
    record Result(byte[] booster, String device, List<EpochReport> epochs, int bestRound) {
    }

    Result run(boolean cuda, Consumer<EpochReport> listener, ProgressListener progress, CancellationToken cancel)
            throws XGBoostError {
        DMatrix train = null;
        DMatrix validation = null;
        Booster booster = null;
        try {
            train = labelled(split.train());
            validation = labelled(split.validation());
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", train);
            watches.put("val", validation);
            booster = XGBoost.train(train, GbdtBooster.params(settings, seed, cuda), 0, watches, null, null, null,
                    0);
            booster.setParam("eval_metric", "logloss");
            booster.setParam("eval_metric", "auc");
            List<EpochReport> epochs = boost(booster, train, validation, listener, progress, cancel);
            int best = Integer.parseInt(booster.getAttr(GbdtBooster.BEST_ITERATION)) + 1;
            return new Result(GbdtBooster.save(booster), cuda ? "gpu(0) (cuda)" : "cpu()", epochs, best);
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            if (validation != null) {
                validation.dispose();
            }
            if (train != null) {
                train.dispose();
            }
        }
    }

    private List<EpochReport> boost(Booster booster, DMatrix train, DMatrix validation,
                                    Consumer<EpochReport> listener, ProgressListener progress,
                                    CancellationToken cancel) throws XGBoostError {
        List<EpochReport> epochs = new ArrayList<>();
        DMatrix[] watched = {train, validation};
        String[] names = {"train", "val"};
        double bestAuc = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int round = 0; round < settings.rounds(); round++) {
            cancel.throwIfCancelled();
            long started = System.nanoTime();
            booster.update(train, round);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Double> metrics = parse(booster.evalSet(watched, names, round));
            double auc = metrics.getOrDefault("val-auc", Double.NaN);
            boolean better = auc > bestAuc;
            if (better) {
                bestAuc = auc;
                best = round;
                booster.setAttr(GbdtBooster.BEST_ITERATION, String.valueOf(round));
                booster.setAttr("best_score", String.valueOf(auc));
            }
            EpochReport report = new EpochReport(round + 1, metrics.getOrDefault("train-logloss", Double.NaN),
                    metrics.getOrDefault("val-logloss", Double.NaN), auc, seconds,
                    seconds > 0 ? split.train().length / seconds : 0, better);
            epochs.add(report);
            listener.accept(report);
            progress.progress(round + 1, settings.rounds());
            progress.message(String.format(java.util.Locale.ROOT, "Round %d: validation AUC %.4f (best %.4f at"
                    + " round %d)", round + 1, auc, bestAuc, best + 1));
            if (round - best >= settings.earlyStopping()) {
                break;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("XGBoost reported no validation AUC; the validation split needs both"
                    + " labels");
        }
        return epochs;
    }

    /** XGBoost's evaluation line, {@code [3]\ttrain-logloss:0.5\tval-auc:0.7}, as name → value. */
    static Map<String, Double> parse(String line) {
        Map<String, Double> metrics = new HashMap<>();
        String[] parts = line.trim().split("\t");
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].lastIndexOf(':');
            if (colon > 0) {
                String value = parts[i].substring(colon + 1);
                metrics.put(parts[i].substring(0, colon), value.toLowerCase(java.util.Locale.ROOT).contains("nan")
                        ? Double.NaN : Double.parseDouble(value));
            }
        }
        return metrics;
    }

    private DMatrix labelled(int[] rows) throws XGBoostError {
        DMatrix matrix = layout.matrix(encoded, rows);
        try {
            float[] y = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                y[i] = labels[rows[i]] > 0 ? 1f : 0f;
            }
            matrix.setLabel(y);
            return matrix;
        } catch (XGBoostError | RuntimeException e) {
            matrix.dispose();
            throw e;
        }
    }
}
