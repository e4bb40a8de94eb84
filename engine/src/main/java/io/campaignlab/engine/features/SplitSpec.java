package io.campaignlab.engine.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * A train / validation / test split. The test share is what remains.
 * <p>
 * Supplied splits: a {@link SplitKind#COLUMN} split takes each row's part from {@code column} (values train, valid or
 * test); a {@code testDataset} is a second dataset that is the whole test part, and then the training dataset gives
 * train and validation, cut by {@code kind} with {@code valShare} of its rows validating (a two-way cut, see
 * {@link Splitter}), unless a {@code validDataset} also comes, in which case every row of the training dataset
 * trains. Runs stored before supplied splits hold only the first four fields, which read back as before.
 *
 * @param kind         how rows are assigned
 * @param trainShare   share of rows (or users, or time order) for training
 * @param valShare     share for validation
 * @param seed         the shuffle seed (random and user splits)
 * @param column       the split column of a column split; null otherwise
 * @param validDataset the dataset that is the whole validation part, or null; needs a test dataset
 * @param testDataset  the dataset that is the whole test part, or null
 */
public record SplitSpec(SplitKind kind, double trainShare, double valShare, long seed,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String column,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String validDataset,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String testDataset) {

    @JsonCreator
    public SplitSpec(@JsonProperty("kind") SplitKind kind, @JsonProperty("trainShare") double trainShare,
                     @JsonProperty("valShare") double valShare, @JsonProperty("seed") long seed,
                     @JsonProperty("column") String column, @JsonProperty("validDataset") String validDataset,
                     @JsonProperty("testDataset") String testDataset) {
        Objects.requireNonNull(kind, "kind");
        if (!(trainShare > 0) || !(valShare > 0) || trainShare + valShare >= 1) {
            throw new IllegalArgumentException("train and validation shares must be positive and leave a test share,"
                    + " were " + trainShare + " and " + valShare);
        }
        this.kind = kind;
        this.trainShare = trainShare;
        this.valShare = valShare;
        this.seed = seed;
        this.column = blankToNull(column);
        this.validDataset = blankToNull(validDataset);
        this.testDataset = blankToNull(testDataset);
        if (kind == SplitKind.COLUMN && this.column == null) {
            throw new IllegalArgumentException("a column split needs the column that holds train, valid or test");
        }
        if (kind != SplitKind.COLUMN && this.column != null) {
            throw new IllegalArgumentException("a split column (" + column + ") goes with a column split only, not a "
                    + kind.id() + " split");
        }
        if (kind == SplitKind.COLUMN && this.testDataset != null) {
            throw new IllegalArgumentException("a column split takes all three parts from column " + column
                    + "; a test dataset goes with a random, time or user split of the training dataset");
        }
        if (this.validDataset != null && this.testDataset == null) {
            throw new IllegalArgumentException("a validation dataset (" + validDataset + ") needs a test dataset too");
        }
        if (this.validDataset != null && this.validDataset.equalsIgnoreCase(this.testDataset)) {
            throw new IllegalArgumentException("the validation and test datasets must differ, both were "
                    + testDataset);
        }
    }

    /** A computed split (random, time or user), as before supplied splits. */
    public SplitSpec(SplitKind kind, double trainShare, double valShare, long seed) {
        this(kind, trainShare, valShare, seed, null, null, null);
    }

    /** 80/10/10. */
    public static SplitSpec of(SplitKind kind, long seed) {
        return new SplitSpec(kind, 0.8, 0.1, seed);
    }

    /** The parts as the values of {@code column} say (train, valid or test). */
    public static SplitSpec byColumn(String column, long seed) {
        return new SplitSpec(SplitKind.COLUMN, 0.8, 0.1, seed, column, null, null);
    }

    /**
     * This split with a supplied test dataset (and validation dataset, or null); the training dataset is then cut
     * into train and validation only (or trains whole when a validation dataset comes).
     */
    public SplitSpec withDatasets(String valid, String test) {
        return new SplitSpec(kind, trainShare, valShare, seed, column, valid, test);
    }

    public double testShare() {
        return 1 - trainShare - valShare;
    }

    /** The names of the datasets that supply parts, validation first; empty for a split of one dataset. */
    public java.util.List<String> suppliedDatasets() {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (validDataset != null) {
            names.add(validDataset);
        }
        if (testDataset != null) {
            names.add(testDataset);
        }
        return names;
    }

    /** How the split reads in one line: "random 80/10/10, seed 42", "column fold", "random, test dataset t". */
    public String describe() {
        if (kind == SplitKind.COLUMN) {
            return "column " + column;
        }
        if (testDataset == null) {
            return String.format(java.util.Locale.ROOT, "%s %.0f/%.0f/%.0f, seed %d", kind.id(), trainShare * 100,
                    valShare * 100, testShare() * 100, seed);
        }
        String train = validDataset != null ? "the training dataset trains whole"
                : String.format(java.util.Locale.ROOT, "%s cut of the training dataset, %.0f%% validation, seed %d",
                kind.id(), valShare * 100, seed);
        return train + (validDataset != null ? ", validation dataset " + validDataset : "")
                + ", test dataset " + testDataset;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
