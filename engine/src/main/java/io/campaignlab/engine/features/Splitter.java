package io.campaignlab.engine.features;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Splits rows into train, validation and test as a {@link SplitSpec} says. Deterministic given the seed; every row
 * goes to exactly one part; each part's positions are sorted ascending.
 * <ul>
 *   <li>{@link SplitKind#RANDOM}: stratified by label. Positives ({@code label > 0}), negatives and unlabelled rows
 *       (NaN) are each shuffled with {@link SplittableRandom}{@code (seed)} and cut at
 *       {@code round(n × trainShare)} and {@code round(n × (trainShare + valShare))}, so (with 1/0 labels) every
 *       part's positive count is within one row of the overall positive rate × its size. Without labels, one plain seeded shuffle cut the
 *       same way. Parts may be empty when there are very few rows.</li>
 *   <li>{@link SplitKind#TIME}: whole UTC days (of the epoch-millis times) go to one part; train gets the earliest
 *       days, then validation, then test, so all train times &lt; all validation times &lt; all test times. The train
 *       cut is the day boundary whose cumulative row share is nearest to {@code trainShare}, the validation cut the one
 *       nearest to {@code trainShare + valShare}, each part keeping at least one day. Needs at least 3 distinct
 *       days. The seed is not used.</li>
 *   <li>{@link SplitKind#USER}: the distinct users (in ascending id order) are shuffled with the seed and cut by share
 *       of users, each part keeping at least one user; every user's rows go to one part. Needs at least 3 distinct
 *       users.</li>
 * </ul>
 * Supplied splits ({@link #split(SplitSpec, int, double[], long[], long[], byte[])}): rows whose part is given keep
 * it (a split column, or rows of a validation or test dataset); the rows left open (those of the training dataset
 * when a test dataset is supplied) are cut two ways by the kind, into train and validation only, with
 * {@code valShare} of them (rows, last days, or users) validating; a time cut then needs 2 distinct days, a user cut
 * 2 distinct users.
 */
public final class Splitter {

    /** In a fixed-parts array: a row the spec's kind cuts into train or validation. */
    public static final byte OPEN = -1;

    static final long MILLIS_PER_DAY = 86_400_000L;

    private Splitter() {
    }

    /**
     * @param spec   the split
     * @param labels 1/0 per row, for stratification (random split); may be null
     * @param times  epoch millis per row (time split); may be null for other kinds
     * @param users  user id per row (user split); may be null for other kinds
     * @param rows   the row count
     * @throws IllegalArgumentException when the array the kind needs is null or an array's length is not
     *                                  {@code rows}, or (time and user splits) there are fewer than 3 distinct days or
     *                                  users
     */
    public static SplitIndices split(SplitSpec spec, int rows, double[] labels, long[] times, long[] users) {
        if (spec == null) {
            throw new IllegalArgumentException("a split spec is required");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
        checkLength("labels", labels == null ? -1 : labels.length, rows);
        checkLength("times", times == null ? -1 : times.length, rows);
        checkLength("users", users == null ? -1 : users.length, rows);
        return collect(cut(spec, Cuts.threeWay(spec), rows, labels, times, users));
    }

    /**
     * A split where some rows' parts are given.
     *
     * @param fixed per row its part (0 train, 1 validation, 2 test) or {@link #OPEN}; null means every row is open
     *              and the split is the plain three-way one
     */
    public static SplitIndices split(SplitSpec spec, int rows, double[] labels, long[] times, long[] users,
                                     byte[] fixed) {
        if (fixed == null) {
            return split(spec, rows, labels, times, users);
        }
        checkLength("fixed parts", fixed.length, rows);
        int open = 0;
        for (byte part : fixed) {
            if (part < OPEN || part > 2) {
                throw new IllegalArgumentException("a fixed part must be -1, 0, 1 or 2, was " + part);
            }
            open += part == OPEN ? 1 : 0;
        }
        byte[] parts = fixed.clone();
        if (open > 0) {
            int[] positions = new int[open];
            int k = 0;
            for (int i = 0; i < rows; i++) {
                if (fixed[i] == OPEN) {
                    positions[k++] = i;
                }
            }
            byte[] cut = cut(spec, Cuts.twoWay(spec), open, subset(labels, positions), subset(times, positions),
                    subset(users, positions));
            for (int i = 0; i < open; i++) {
                parts[positions[i]] = cut[i];
            }
        }
        return collect(parts);
    }

    private static byte[] cut(SplitSpec spec, Cuts cuts, int rows, double[] labels, long[] times, long[] users) {
        return switch (spec.kind()) {
            case RANDOM -> random(spec, cuts, rows, labels);
            case TIME -> byTime(cuts, rows, required("times", times, spec));
            case USER -> byUser(spec, cuts, rows, required("users", users, spec));
            case COLUMN -> throw new IllegalArgumentException("a column split takes each row's part from column "
                    + spec.column() + "; read it with SplitColumn and pass the parts as fixed");
        };
    }

    /**
     * Where a split cuts, as cumulative shares.
     *
     * @param train        the train share
     * @param trainAndVal  train plus validation (1 for a two-way cut)
     * @param parts        3, or 2 when there is no test part
     */
    private record Cuts(double train, double trainAndVal, int parts) {

        static Cuts threeWay(SplitSpec spec) {
            return new Cuts(spec.trainShare(), spec.trainShare() + spec.valShare(), 3);
        }

        static Cuts twoWay(SplitSpec spec) {
            return new Cuts(1 - spec.valShare(), 1, 2);
        }

        String names() {
            return parts == 3 ? "train, validation and test" : "train and validation";
        }
    }

    private static double[] subset(double[] values, int[] positions) {
        if (values == null) {
            return null;
        }
        double[] out = new double[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }

    private static long[] subset(long[] values, int[] positions) {
        if (values == null) {
            return null;
        }
        long[] out = new long[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }

    private static void checkLength(String name, int length, int rows) {
        if (length >= 0 && length != rows) {
            throw new IllegalArgumentException(name + " has " + length + " values but there are " + rows + " rows");
        }
    }

    private static long[] required(String name, long[] values, SplitSpec spec) {
        if (values == null) {
            throw new IllegalArgumentException("a " + spec.kind().id() + " split needs " + name
                    + " per row, but none were given");
        }
        return values;
    }

    private static byte[] random(SplitSpec spec, Cuts cuts, int rows, double[] labels) {
        byte[] parts = new byte[rows];
        SplittableRandom random = new SplittableRandom(spec.seed());
        if (labels == null) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) {
                all[i] = i;
            }
            assignShuffled(all, rows, cuts, random, parts);
            return parts;
        }
        // strata: 0 negatives, 1 positives, 2 unlabelled (NaN)
        int[] counts = new int[3];
        for (double label : labels) {
            counts[stratum(label)]++;
        }
        int[][] strata = {new int[counts[0]], new int[counts[1]], new int[counts[2]]};
        int[] filled = new int[3];
        for (int i = 0; i < rows; i++) {
            int s = stratum(labels[i]);
            strata[s][filled[s]++] = i;
        }
        for (int[] stratum : strata) {
            assignShuffled(stratum, stratum.length, cuts, random, parts);
        }
        return parts;
    }

    private static int stratum(double label) {
        if (Double.isNaN(label)) {
            return 2;
        }
        return label > 0 ? 1 : 0;
    }

    private static void assignShuffled(int[] positions, int n, Cuts cuts, SplittableRandom random, byte[] parts) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        int trainEnd = (int) Math.round(n * cuts.train());
        int valEnd = Math.max(trainEnd, Math.min(n, (int) Math.round(n * cuts.trainAndVal())));
        for (int i = 0; i < n; i++) {
            parts[positions[i]] = (byte) (i < trainEnd ? 0 : i < valEnd ? 1 : 2);
        }
    }

    private static byte[] byTime(Cuts cuts, int rows, long[] times) {
        long[] days = new long[rows];
        for (int i = 0; i < rows; i++) {
            days[i] = Math.floorDiv(times[i], MILLIS_PER_DAY);
        }
        long[] sorted = days.clone();
        Arrays.sort(sorted);
        // distinct days and cumulative counts: cumulative[k] = rows in the first k days
        long[] distinct = new long[rows];
        int[] cumulative = new int[rows + 1];
        int d = 0;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct[d++] = sorted[i];
            }
            cumulative[d] = i + 1;
        }
        if (d < cuts.parts()) {
            throw new IllegalArgumentException("a time split needs rows on at least " + cuts.parts()
                    + " distinct days (UTC) so that " + cuts.names() + " each get whole days, but there "
                    + (d == 1 ? "is " : "are ") + d);
        }
        int trainDays = nearest(cumulative, 1, d - cuts.parts() + 1, rows * cuts.train());
        int valEndDays = cuts.parts() == 2 ? d
                : nearest(cumulative, trainDays + 1, d - 1, rows * cuts.trainAndVal());
        long firstValDay = distinct[trainDays];
        long firstTestDay = valEndDays == d ? Long.MAX_VALUE : distinct[valEndDays];
        byte[] parts = new byte[rows];
        for (int i = 0; i < rows; i++) {
            parts[i] = (byte) (days[i] < firstValDay ? 0 : days[i] < firstTestDay ? 1 : 2);
        }
        return parts;
    }

    /** The k in [lo, hi] whose cumulative count is nearest to the target (the smaller k on ties). */
    private static int nearest(int[] cumulative, int lo, int hi, double target) {
        int best = lo;
        double bestDistance = Math.abs(cumulative[lo] - target);
        for (int k = lo + 1; k <= hi; k++) {
            double distance = Math.abs(cumulative[k] - target);
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static byte[] byUser(SplitSpec spec, Cuts cuts, int rows, long[] users) {
        long[] distinct = users.clone();
        Arrays.sort(distinct);
        int u = 0;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[u++] = distinct[i];
            }
        }
        if (u < cuts.parts()) {
            throw new IllegalArgumentException("a user split needs at least " + cuts.parts() + " distinct users so"
                    + " that " + cuts.names() + " each get one, but there " + (u == 1 ? "is " : "are ") + u);
        }
        long[] sortedUsers = Arrays.copyOf(distinct, u);
        int[] order = new int[u];
        for (int i = 0; i < u; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(spec.seed());
        for (int i = u - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int trainEnd = clamp((int) Math.round(u * cuts.train()), 1, u - cuts.parts() + 1);
        int valEnd = cuts.parts() == 2 ? u
                : clamp((int) Math.round(u * cuts.trainAndVal()), trainEnd + 1, u - 1);
        byte[] userPart = new byte[u];
        for (int i = 0; i < u; i++) {
            userPart[order[i]] = (byte) (i < trainEnd ? 0 : i < valEnd ? 1 : 2);
        }
        byte[] parts = new byte[rows];
        for (int i = 0; i < rows; i++) {
            parts[i] = userPart[Arrays.binarySearch(sortedUsers, users[i])];
        }
        return parts;
    }

    private static int clamp(int value, int lo, int hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    private static SplitIndices collect(byte[] parts) {
        int[] counts = new int[3];
        for (byte part : parts) {
            counts[part]++;
        }
        int[][] positions = {new int[counts[0]], new int[counts[1]], new int[counts[2]]};
        int[] filled = new int[3];
        for (int i = 0; i < parts.length; i++) {
            positions[parts[i]][filled[parts[i]]++] = i;
        }
        return new SplitIndices(positions[0], positions[1], positions[2]);
    }
}
