package io.campaignlab.app.bench;

import io.campaignlab.engine.campaigns.forecast.OfferTerms;
import picocli.CommandLine.Option;

/** What a grant of the targeting bench's coupon costs, and the margin an order earns. */
final class GrantTermsOptions {

    @Option(names = "--grant-cost", defaultValue = "0.05", description = "Cost per grant (default:"
            + " ${DEFAULT-VALUE}).")
    double grantCost;

    @Option(names = "--margin", defaultValue = "0.4", description = "Gross margin rate of an order (default:"
            + " ${DEFAULT-VALUE}).")
    double margin;

    /** The offer's terms, for a coupon of this share off. */
    OfferTerms terms(double share) {
        return new OfferTerms(share, grantCost, margin);
    }
}
