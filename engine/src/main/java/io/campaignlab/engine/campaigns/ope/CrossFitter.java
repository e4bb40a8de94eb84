package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.jobs.CancellationToken;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The doubly robust estimator's outcome model, cross-fitted: units are dealt at random into K folds, and for each
 * fold and each arm an {@link OutcomeRegression} is fitted on the other folds' units logged with that arm, then
 * predicts the reward under that arm for the fold's units. No unit's prediction has seen its own reward, so the DR
 * terms stay (nearly) independent and the CLT interval honest.
 *
 * @param folds  K, at least 2
 * @param lambda the ridge penalty of each fit
 * @param seed   the seed of the fold assignment
 */
public record CrossFitter(int folds, double lambda, long seed) {

    public static final int DEFAULT_FOLDS = 5;

    public CrossFitter {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-fitting needs at least 2 folds, not " + folds);
        }
    }

    /** The fold of every unit: a seeded shuffle dealt round-robin, so the folds differ in size by at most one. */
    public int[] assignFolds(int units) {
        int[] order = new int[units];
        for (int i = 0; i < units; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = units - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[units];
        for (int k = 0; k < units; k++) {
            fold[order[k]] = k % folds;
        }
        return fold;
    }

    /**
     * {@code predicted[i][a]}: unit i's reward under arm a, from the model fitted without unit i's fold.
     *
     * @param x          the encoded features of every unit of the log
     * @param vocabulary the feature pipeline's vocabulary size
     */
    public double[][] predict(LoggedBandit log, EncodedRows x, int vocabulary, CancellationToken cancel) {
        int n = log.units();
        int arms = log.arms().size();
        boolean logistic = log.binaryRewards();
        int[] fold = assignFolds(n);
        double[][] predicted = new double[n][arms];
        for (int k = 0; k < folds; k++) {
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] == k) {
                    held.add(i);
                }
            }
            for (int a = 0; a < arms; a++) {
                cancel.throwIfCancelled();
                int[] train = trainingRows(log, fold, k, a);
                if (train.length == 0) {
                    throw new IllegalArgumentException("arm " + log.arms().get(a) + " has no units outside fold "
                            + (k + 1) + " of " + folds + "; it has too few units to cross-fit an outcome model");
                }
                OutcomeRegression model = OutcomeRegression.fit(x, vocabulary, train, log.reward(), logistic, lambda);
                for (int i : held) {
                    predicted[i][a] = model.predict(x, i);
                }
            }
        }
        return predicted;
    }

    private static int[] trainingRows(LoggedBandit log, int[] fold, int k, int arm) {
        int count = 0;
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] != k && log.arm()[i] == arm) {
                count++;
            }
        }
        int[] rows = new int[count];
        int j = 0;
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] != k && log.arm()[i] == arm) {
                rows[j++] = i;
            }
        }
        return rows;
    }
}
