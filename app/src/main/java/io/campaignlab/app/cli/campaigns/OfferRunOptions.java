package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

/**
 * What scores a forecast's offers: the uplift runs of its coupons (one for the audience, or one per coupon), and
 * where a dynamic discount's users' prices and randomized test are read (its response runs are the offer's own).
 */
final class OfferRunOptions {
    @Option(names = "--uplift-run", paramLabel = "M", description = "The uplift run that scores the audience"
            + " (default: the run the audience's rule names, uplift:runM).")
    Long upliftRun;

    @Option(names = "--offer-run", paramLabel = "OFFER=M", description = "The uplift run of a coupon offer against"
            + " no offer; repeat it for each coupon (default: a campaign's only coupon uses --uplift-run; otherwise"
            + " the newest uplift run whose treatment arm has the offer's name).")
    Map<String, Long> offerRuns;

    @Option(names = "--price-dataset", paramLabel = "DATASET", description = "Where each user's list price and unit"
            + " cost are read to price a dynamic discount (default: the simulator's discount_test, whose randomized"
            + " arms and outcomes also correct the response runs' forecast).")
    String priceDataset;

    @Option(names = "--price-columns", paramLabel = "PRICE,UNIT_COST", split = ",", description = "The price"
            + " dataset's list price and unit cost columns (default: list_price,unit_cost).")
    java.util.List<String> priceColumns;

    @Option(names = "--discount-test-columns", paramLabel = "ARM,OUTCOME", split = ",", description = "When the"
            + " price dataset is a randomized test of the menu: its discount (percent) and 1/0 purchase columns, which"
            + " correct the response runs' forecast (doubly robust); default discount_pct,converted on discount_test,"
            + " none elsewhere.")
    java.util.List<String> testColumns;

    /** The price source these options name; the simulator's when none is named. */
    io.campaignlab.engine.campaigns.forecast.PriceSource prices() {
        var simulated = io.campaignlab.engine.campaigns.forecast.PriceSource.simulated();
        if (priceDataset == null && priceColumns == null && testColumns == null) {
            return simulated;
        }
        if (priceColumns != null && priceColumns.size() != 2 || testColumns != null && testColumns.size() != 2) {
            throw new IllegalArgumentException("--price-columns and --discount-test-columns each take two column"
                    + " names separated by a comma");
        }
        String dataset = priceDataset == null ? simulated.dataset() : priceDataset;
        List<String> price = priceColumns == null ? List.of(simulated.priceColumn(), simulated.unitCostColumn())
                : priceColumns;
        List<String> test = testColumns != null ? testColumns : dataset.equals(simulated.dataset())
                ? List.of(simulated.armColumn(), simulated.outcomeColumn()) : null;
        return new io.campaignlab.engine.campaigns.forecast.PriceSource(dataset, price.get(0), price.get(1),
                test == null ? null : test.get(0), test == null ? null : test.get(1));
    }
}
