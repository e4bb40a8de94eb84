package io.campaignlab.engine.models.gbdt;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.network.Predictions;
import io.campaignlab.engine.models.network.ScoringSession;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A saved booster held open to score encoded rows, on the CPU, with the trees up to the best validation round.
 * Its native memory is freed on {@link #close()}.
 */
public final class GbdtSession implements ScoringSession {

    /** Rows per prediction call: the cancel token is checked between them. */
    static final int PREDICT_BATCH = 65_536;

    private final GbdtMatrix layout;
    private final Booster booster;
    private final int trees;

    GbdtSession(GbdtMatrix layout, Booster booster) throws XGBoostError {
        this.layout = layout;
        this.booster = booster;
        this.trees = GbdtBooster.bestTrees(booster);
    }

    /** Opens a booster saved by {@link GbdtBooster#save(Booster)}. */
    public static GbdtSession open(FeaturePipeline pipeline, byte[] parameters) {
        Booster booster = null;
        try {
            booster = XGBoost.loadModel(parameters);
            booster.setParam("device", "cpu");
            booster.setParam("nthread", GbdtBooster.threads());
            return new GbdtSession(GbdtMatrix.of(pipeline), booster);
        } catch (XGBoostError e) {
            if (booster != null) {
                booster.dispose();
            }
            throw new IllegalArgumentException("cannot read the saved gradient-boosted trees: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the saved gradient-boosted trees", e);
        }
    }

    /** The trees it scores with: those up to the best validation round. */
    public int trees() {
        return trees;
    }

    @Override
    public Predictions predict(EncodedRows data, int[] rows, CancellationToken cancel) {
        double[] p = score(data, rows, false, cancel);
        return new Predictions(p, null, null);
    }

    @Override
    public double[] logits(EncodedRows data, int[] rows) {
        return score(data, rows, true, new CancellationToken());
    }

    @Override
    public double[] logitsOnePass(EncodedRows data) {
        return logits(data, all(data.rows()));
    }

    /**
     * XGBoost's SHAP values (TreeSHAP) of every row, on the logit scale, summed per pipeline field: {@code
     * [row][field]}, then the bias (expected logit) in the last place; each row sums to its logit.
     */
    public double[][] contributions(EncodedRows data, int[] rows) {
        int[] owner = layout.columnField();
        int fields = layout.pipeline().fieldCount();
        double[][] out = new double[rows.length][fields + 1];
        try {
            for (int from = 0; from < rows.length; from += PREDICT_BATCH) {
                int to = Math.min(rows.length, from + PREDICT_BATCH);
                DMatrix matrix = layout.matrix(data, java.util.Arrays.copyOfRange(rows, from, to));
                try {
                    float[][] contrib = booster.predictContrib(matrix, trees);
                    for (int i = 0; i < contrib.length; i++) {
                        for (int c = 0; c < layout.columns(); c++) {
                            out[from + i][owner[c]] += contrib[i][c];
                        }
                        out[from + i][fields] = contrib[i][layout.columns()];
                    }
                } finally {
                    matrix.dispose();
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain the rows: " + e.getMessage(), e);
        }
    }

    private double[] score(EncodedRows data, int[] rows, boolean margin, CancellationToken cancel) {
        double[] out = new double[rows.length];
        try {
            for (int from = 0; from < rows.length; from += PREDICT_BATCH) {
                cancel.throwIfCancelled();
                int to = Math.min(rows.length, from + PREDICT_BATCH);
                DMatrix matrix = layout.matrix(data, java.util.Arrays.copyOfRange(rows, from, to));
                try {
                    float[][] p = booster.predict(matrix, margin, trees);
                    for (int i = 0; i < p.length; i++) {
                        out[from + i] = p[i][0];
                    }
                } finally {
                    matrix.dispose();
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score the rows: " + e.getMessage(), e);
        }
    }

    private static int[] all(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** Trees have neither an embedding table nor first-order weights. */
    @Override
    public float[] embeddingTable() {
        return null;
    }

    @Override
    public float[] linearWeights() {
        return null;
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
