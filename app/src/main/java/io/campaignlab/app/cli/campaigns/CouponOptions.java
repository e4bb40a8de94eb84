package io.campaignlab.app.cli.campaigns;

import io.campaignlab.engine.campaigns.Offer;
import picocli.CommandLine.Option;

/** The coupon offers: a percentage or an amount off. */
final class CouponOptions {
    @Option(names = "--coupon-percent", paramLabel = "P", description = "Offer a coupon of P percent off.")
    Double percent;
    @Option(names = "--coupon-amount", paramLabel = "A", description = "Offer a coupon of A (money) off.")
    Double amount;
}
