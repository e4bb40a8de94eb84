package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.CampaignAudience;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.pricing.DiscountMenu;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads what a dynamic discount's forecast needs for the scored users: each response run's scores per user (as the
 * decision engine reads them when it loads the campaign) and each user's list price and unit cost from the
 * {@link PriceSource}.
 */
final class DiscountReader {

    private DiscountReader() {
    }

    /** The users' rows of the price source, by user id. */
    static Map<String, Integer> rowsOf(WorkspaceContext workspace, PriceSource prices, ProgressListener progress,
                                       CancellationToken cancel) {
        return UpliftRefits.users(frame(workspace, prices, progress, cancel).column(userColumn(workspace, prices)));
    }

    /**
     * @param users the scored users' ids, in the forecast's order
     * @throws IllegalArgumentException naming the offer and what cannot be read
     */
    static PricedDiscount read(WorkspaceContext workspace, CampaignAudience audiences, Offer offer, List<String> users,
                               PriceSource prices, ProgressListener progress, CancellationToken cancel) {
        String where = "dynamic discount " + offer.name() + ": ";
        DiscountMenu menu = DiscountMenu.wholePercents(offer.name(), offer.discountMenu());
        if (offer.responseRuns().size() != menu.size()) {
            throw new IllegalArgumentException(where + offer.responseRuns().size() + " response runs for "
                    + menu.size() + " menu levels");
        }
        List<Map<String, Double>> byRun = new ArrayList<>();
        for (long run : offer.responseRuns()) {
            cancel.throwIfCancelled();
            progress.message("Reading the scores of response run " + run + " of " + offer.name());
            try {
                byRun.add(audiences.scoresByUser(run));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "response run " + run + ": " + e.getMessage(), e);
            }
        }
        Frame frame = frame(workspace, prices, progress, cancel);
        Map<String, Integer> rows = UpliftRefits.users(frame.column(userColumn(workspace, prices)));
        double[] listPrice = frame.numbers(prices.priceColumn());
        double[] cost = frame.numbers(prices.unitCostColumn());
        int n = users.size();
        double[][] p = new double[n][];
        double[] price = new double[n];
        double[] unitCost = new double[n];
        Arrays.fill(price, Double.NaN);
        Arrays.fill(unitCost, Double.NaN);
        for (int i = 0; i < n; i++) {
            String user = users.get(i);
            p[i] = scores(byRun, user);
            Integer row = rows.get(user);
            if (row != null) {
                price[i] = listPrice[row];
                unitCost[i] = cost[row];
            }
        }
        return new PricedDiscount(offer, offer.responseRuns(), menu, p, price, unitCost,
                test(frame, prices, menu, users, rows));
    }

    /** The users' randomized test, when the price source names one; null otherwise. */
    private static PricedDiscount.RandomizedTest test(Frame frame, PriceSource prices, DiscountMenu menu,
                                                      List<String> users, Map<String, Integer> rows) {
        if (prices.armColumn() == null) {
            return null;
        }
        double[] discount = frame.numbers(prices.armColumn());
        double[] bought = frame.numbers(prices.outcomeColumn());
        double[] count = new double[menu.size()];
        int total = 0;
        int[] armOfRow = new int[discount.length];
        for (int r = 0; r < discount.length; r++) {
            armOfRow[r] = discount[r] == Math.rint(discount[r]) ? menu.levelsPct().indexOf((int) discount[r]) : -1;
            if (armOfRow[r] >= 0) {
                count[armOfRow[r]]++;
                total++;
            }
        }
        if (total == 0 || Arrays.stream(count).anyMatch(c -> c == 0)) {
            return null;
        }
        double[] propensity = Arrays.stream(count).map(c -> c / discount.length).toArray();
        int[] arm = new int[users.size()];
        double[] y = new double[users.size()];
        for (int i = 0; i < arm.length; i++) {
            Integer row = rows.get(users.get(i));
            boolean known = row != null && armOfRow[row] >= 0 && (bought[row] == 0 || bought[row] == 1);
            arm[i] = known ? armOfRow[row] : -1;
            y[i] = known ? bought[row] : 0;
        }
        return new PricedDiscount.RandomizedTest(arm, y, propensity);
    }

    /** P(buy) per level for one user, or null when a run has no score for them (the engine leaves them out too). */
    private static double[] scores(List<Map<String, Double>> byRun, String user) {
        double[] p = new double[byRun.size()];
        for (int k = 0; k < p.length; k++) {
            Double v = byRun.get(k).get(user);
            if (v == null) {
                return null;
            }
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("user " + user + " has the purchase probability " + v
                        + ", outside [0, 1]: a response run's scores must be probabilities");
            }
            p[k] = v;
        }
        return p;
    }

    private static Frame frame(WorkspaceContext workspace, PriceSource prices, ProgressListener progress,
                               CancellationToken cancel) {
        DatasetInfo info = workspace.datasets().findByName(prices.dataset()).orElseThrow(() ->
                new IllegalArgumentException("no dataset '" + prices.dataset() + "' to read the users' list price and"
                        + " unit cost from (a dynamic discount is priced from them); give one with --price-dataset"));
        for (String c : List.of(prices.priceColumn(), prices.unitCostColumn())) {
            if (info.column(c).isEmpty()) {
                throw new IllegalArgumentException("dataset '" + prices.dataset() + "' has no column '" + c
                        + "' to price a dynamic discount from");
            }
        }
        List<String> columns = new ArrayList<>(List.of(userColumn(workspace, prices), prices.priceColumn(),
                prices.unitCostColumn()));
        if (prices.armColumn() != null) {
            for (String c : List.of(prices.armColumn(), prices.outcomeColumn())) {
                if (info.column(c).isEmpty()) {
                    throw new IllegalArgumentException("dataset '" + prices.dataset() + "' has no column '" + c
                            + "' of the randomized discount test");
                }
            }
            columns.addAll(List.of(prices.armColumn(), prices.outcomeColumn()));
        }
        progress.message("Reading the users' prices from " + prices.dataset());
        return workspace.frames().read(prices.dataset(), columns, progress, cancel);
    }

    private static String userColumn(WorkspaceContext workspace, PriceSource prices) {
        DatasetInfo info = workspace.datasets().require(prices.dataset());
        return info.columns().stream().filter(c -> c.role() == ColumnRole.USER_ID).map(ColumnMeta::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dataset '" + prices.dataset() + "' has no user id"
                        + " column, so its prices cannot be matched to the audience"));
    }
}
