package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.frames.Frame;

import java.util.Arrays;
import java.util.List;

/**
 * P(buy | x) for each arm of a randomized discount test: one {@link LogisticRegression} per arm, fitted on that
 * arm's users only (randomization makes each arm's users a sample of the whole audience, so each fit estimates
 * P(buy | x, discount of the arm) for everyone). Each arm's L2 penalty is the one of {@link #PENALTIES} with the
 * lowest log loss on the arm's validation users, then the arm is refitted with it on its training and validation
 * users together. The test users are never touched.
 *
 * @param encoder         the feature encoding, fitted on the training users
 * @param arms            per arm (menu level), its model
 * @param penalties       per arm, the chosen L2 penalty
 * @param validationLoss  per arm, the validation log loss at the chosen penalty
 */
public record DiscountResponseModels(ResponseEncoder encoder, List<LogisticRegression> arms, double[] penalties,
                                     double[] validationLoss) {

    /** The penalties tried, from nearly none to strong. */
    public static final double[] PENALTIES = {0.1, 1, 3, 10, 30, 100, 300};

    /**
     * @param frame       the users' features
     * @param arm         by row, the index of the menu level the user was randomized to
     * @param bought      by row, 1 if the user bought, else 0
     * @param levels      how many arms the menu has
     * @param train       rows to fit on
     * @param validation  rows to choose each arm's penalty on
     * @param categorical categorical feature columns
     * @param numeric     numeric feature columns
     */
    public static DiscountResponseModels fit(Frame frame, int[] arm, double[] bought, int levels, int[] train,
                                             int[] validation, List<String> categorical, List<String> numeric) {
        ResponseEncoder encoder = ResponseEncoder.fit(frame, train, categorical, numeric);
        double[][] x = encoder.encode(frame);
        LogisticRegression[] models = new LogisticRegression[levels];
        double[] chosen = new double[levels];
        double[] losses = new double[levels];
        for (int k = 0; k < levels; k++) {
            int[] trainK = inArm(train, arm, k);
            int[] validationK = inArm(validation, arm, k);
            if (trainK.length == 0 || validationK.length == 0) {
                throw new IllegalArgumentException("arm " + k + " has no training or no validation users");
            }
            double bestLoss = Double.POSITIVE_INFINITY;
            for (double penalty : PENALTIES) {
                double loss = LogisticRegression.fit(x, bought, trainK, penalty).logLoss(x, bought, validationK);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    chosen[k] = penalty;
                }
            }
            losses[k] = bestLoss;
            int[] both = concat(trainK, validationK);
            models[k] = LogisticRegression.fit(x, bought, both, chosen[k]);
        }
        return new DiscountResponseModels(encoder, List.of(models), chosen, losses);
    }

    /** By row of the frame, the estimated P(buy) at every level of the menu. */
    public double[][] predict(Frame frame) {
        double[][] x = encoder.encode(frame);
        double[][] p = new double[x.length][arms.size()];
        for (int r = 0; r < x.length; r++) {
            for (int k = 0; k < arms.size(); k++) {
                p[r][k] = arms.get(k).probability(x[r]);
            }
        }
        return p;
    }

    private static int[] inArm(int[] rows, int[] arm, int k) {
        return Arrays.stream(rows).filter(r -> arm[r] == k).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        Arrays.sort(both);
        return both;
    }
}
