package io.campaignlab.engine.features;

import java.util.Objects;

/**
 * A train / validation / test split. The test share is what remains.
 *
 * @param kind       how rows are assigned
 * @param trainShare share of rows (or users, or time order) for training
 * @param valShare   share for validation
 * @param seed       the shuffle seed (random and user splits)
 */
public record SplitSpec(SplitKind kind, double trainShare, double valShare, long seed) {

    public SplitSpec {
        Objects.requireNonNull(kind, "kind");
        if (!(trainShare > 0) || !(valShare > 0) || trainShare + valShare >= 1) {
            throw new IllegalArgumentException("train and validation shares must be positive and leave a test share,"
                    + " were " + trainShare + " and " + valShare);
        }
    }

    /** 80/10/10. */
    public static SplitSpec of(SplitKind kind, long seed) {
        return new SplitSpec(kind, 0.8, 0.1, seed);
    }

    public double testShare() {
        return 1 - trainShare - valShare;
    }
}
