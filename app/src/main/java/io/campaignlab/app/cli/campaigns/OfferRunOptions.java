package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

import java.util.Map;

/** Which uplift runs score a forecast's offers: one for the audience, or one per coupon. */
final class OfferRunOptions {
    @Option(names = "--uplift-run", paramLabel = "M", description = "The uplift run that scores the audience"
            + " (default: the run the audience's rule names, uplift:runM).")
    Long upliftRun;

    @Option(names = "--offer-run", paramLabel = "OFFER=M", description = "The uplift run of a coupon offer against"
            + " no offer; repeat it for each coupon (default: a campaign's only coupon uses --uplift-run; otherwise"
            + " the newest uplift run whose treatment arm has the offer's name).")
    Map<String, Long> offerRuns;
}
