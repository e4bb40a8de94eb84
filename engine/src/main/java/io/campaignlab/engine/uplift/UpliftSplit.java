package io.campaignlab.engine.uplift;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded train / validation / test indices stratified by treatment × outcome, so each part keeps the arms' shares
 * and response rates. Validation is taken from the training share (for the base learners' early stopping).
 *
 * @param train      rows the learners fit on
 * @param validation rows for early stopping
 * @param test       held-out rows the curves are computed on
 */
public record UpliftSplit(int[] train, int[] validation, int[] test) {

    public static UpliftSplit of(float[] y, boolean[] treated, double testShare, double validationShare, long seed) {
        if (!(testShare > 0 && testShare < 1) || !(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("test and validation shares must lie in (0, 1)");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int stratum = 0; stratum < 4; stratum++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                int s = (treated[i] ? 2 : 0) + (y[i] > 0.5f ? 1 : 0);
                if (s == stratum) {
                    rows.add(i);
                }
            }
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Integer t = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, t);
            }
            int nTest = (int) Math.round(rows.size() * testShare);
            int nVal = (int) Math.round((rows.size() - nTest) * validationShare);
            test.addAll(rows.subList(0, nTest));
            val.addAll(rows.subList(nTest, nTest + nVal));
            train.addAll(rows.subList(nTest + nVal, rows.size()));
        }
        return new UpliftSplit(sorted(train), sorted(val), sorted(test));
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
