package io.campaignlab.app.cli.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import picocli.CommandLine.Option;

import java.util.Locale;

/**
 * How a training run splits its rows: {@code --split} (random, time, user or {@code column:COL}), and supplied
 * {@code --test-dataset} and {@code --valid-dataset}.
 */
final class SplitOptions {

    @Option(names = "--split", defaultValue = "random", paramLabel = "KIND", description = "random (stratified), time,"
            + " user, or column:COL where column COL holds train, valid or test per row (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--test-dataset", paramLabel = "D", description = "A dataset that is the whole test part; the"
            + " training dataset then gives train and validation (10%% of it validates, cut by --split).")
    String testDataset;

    @Option(names = "--valid-dataset", paramLabel = "D", description = "With --test-dataset: a dataset that is the"
            + " whole validation part; every row of the training dataset then trains.")
    String validDataset;

    /**
     * The split these options describe, names resolved against the workspace.
     *
     * @param training the training dataset, whose split column is looked up
     */
    SplitSpec spec(DatasetInfo training, DatasetRepository datasets, long seed) {
        String text = split.trim();
        SplitSpec spec;
        if (text.toLowerCase(Locale.ROOT).startsWith("column:")) {
            String name = text.substring("column:".length()).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("--split column:COL needs the column's name after 'column:'");
            }
            String column = training.column(name).orElseThrow(() -> new IllegalArgumentException("--split names"
                    + " column '" + name + "', which dataset " + training.name() + " does not have")).name();
            spec = SplitSpec.byColumn(column, seed);
        } else if (text.equalsIgnoreCase("column")) {
            throw new IllegalArgumentException("--split column needs the column: --split column:COL");
        } else {
            spec = SplitSpec.of(kind(text), seed);
        }
        if (validDataset != null && testDataset == null) {
            throw new IllegalArgumentException("--valid-dataset needs --test-dataset too");
        }
        if (testDataset == null) {
            return spec;
        }
        return spec.withDatasets(validDataset == null ? null : datasets.require(validDataset).name(),
                datasets.require(testDataset).name());
    }

    private static SplitKind kind(String text) {
        try {
            return SplitKind.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--split must be random, time, user or column:COL, was '" + text
                    + "'", e);
        }
    }

    /** The split column, or null: it is kept out of the default features. */
    String column(DatasetInfo training) {
        String text = split.trim();
        return text.toLowerCase(Locale.ROOT).startsWith("column:")
                ? training.column(text.substring(7).trim()).map(c -> c.name()).orElse(null) : null;
    }
}
