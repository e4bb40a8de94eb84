package io.campaignlab.engine.features;

import java.util.Locale;

/** How rows are split into train, validation and test. */
public enum SplitKind {
    /** Shuffled with a seed, stratified by label so each part keeps the positive rate. */
    RANDOM,
    /** By time: train on the earliest rows, validate and test on the later ones. */
    TIME,
    /** By user: every user's rows go to one part only. */
    USER,
    /**
     * Supplied in a column of the dataset: each row's value says train, valid or test (see {@link SplitColumn}), so
     * that a published protocol's split is reproduced exactly.
     */
    COLUMN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SplitKind parse(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
