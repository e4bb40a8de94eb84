package io.campaignlab.app.cli.recommend;

import picocli.CommandLine.Option;

/** The items data: the category a fallback draws from, and the dataset that names items. */
final class CatalogueOptions {
    @Option(names = "--category", paramLabel = "CATEGORY", description = "For a user the model cannot rank for"
            + " (unknown, or no history it knows): recommend the most popular items of this category.")
    String category;

    @Option(names = "--items", paramLabel = "DATASET", description = "The items dataset that names items (default:"
            + " the dataset named items, when its id column matches the run's item column).")
    String items;
}
