package io.campaignlab.app.cli.campaigns;

import io.campaignlab.engine.campaigns.Offer;
import picocli.CommandLine.Option;

import java.util.List;

/** The dynamic-discount offer: its menu and its two limits. */
final class DynamicDiscountOptions {
    @Option(names = "--discount-menu", split = ",", paramLabel = "LEVELS", description = "Offer a dynamic"
            + " discount chosen per user from these percentages, e.g. 0,5,10,15,20.")
    List<Double> menu;
    @Option(names = "--min-margin", paramLabel = "M", description = "The dynamic discount keeps at least this"
            + " margin (money) per order.")
    Double minMargin;
    @Option(names = "--max-average-discount", paramLabel = "P", description = "The dynamic discount averages at"
            + " most P percent.")
    Double maxAverage;

    boolean given() {
        return menu != null || minMargin != null || maxAverage != null;
    }
}
