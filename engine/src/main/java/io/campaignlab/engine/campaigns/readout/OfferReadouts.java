package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.MeanStats;
import io.campaignlab.engine.experiments.TwoSample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads out every offer a campaign served, and the treated arm in total, against the holdout ({@link OfferReadout}). */
final class OfferReadouts {

    private OfferReadouts() {
    }

    /**
     * @param treated   by decision, whether it is treated; the others are the holdout
     * @param offers    by decision, the offer granted (or none)
     * @param converted by decision, 1 if it converted
     * @param value     by decision, the conversions' value
     * @param cost      by decision, its cost ({@link OfferCosts#perDecision})
     */
    static List<OfferReadout> of(Campaign design, boolean[] treated, String[] offers, double[] converted,
                                 double[] value, double[] cost, double alpha) {
        Map<String, List<Integer>> byOffer = new LinkedHashMap<>();
        design.offers().forEach(o -> byOffer.put(o.name(), new ArrayList<>()));
        List<Integer> all = new ArrayList<>();
        List<Integer> holdout = new ArrayList<>();
        for (int i = 0; i < treated.length; i++) {
            if (!treated[i]) {
                holdout.add(i);
                continue;
            }
            all.add(i);
            if (OfferCosts.granted(offers[i])) {
                byOffer.computeIfAbsent(offers[i], k -> new ArrayList<>()).add(i);
            }
        }
        if (holdout.isEmpty()) {
            throw new IllegalArgumentException("no decision is in the holdout arm, so no offer can be read against it");
        }
        MeanStats hConv = stats(holdout, converted, null);
        MeanStats hValue = stats(holdout, value, null);
        List<OfferReadout> out = new ArrayList<>();
        byOffer.forEach((name, rows) -> {
            if (!rows.isEmpty()) {
                Offer o = design.offers().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                out.add(row(name, o == null ? "not in the live version" : o.kind().id(), rows, converted, value,
                        cost, hConv, hValue, alpha));
            }
        });
        out.add(row(OfferReadout.TOTAL, null, all, converted, value, cost, hConv, hValue, alpha));
        return out;
    }

    private static OfferReadout row(String name, String kind, List<Integer> rows, double[] converted, double[] value,
                                    double[] cost, MeanStats hConv, MeanStats hValue, double alpha) {
        long n = rows.size();
        double conversions = 0;
        double revenue = 0;
        double spent = 0;
        for (int i : rows) {
            conversions += converted[i] > 0 ? 1 : 0;
            revenue += value[i];
            spent += cost[i];
        }
        Comparison rate = TwoSample.welch(name, "converted", stats(rows, converted, null), hConv, alpha);
        Comparison net = TwoSample.welch(name, "value net of cost", stats(rows, value, cost), hValue, alpha);
        Interval incremental = new Interval(n * rate.diff(), n * rate.ciLow(), n * rate.ciHigh());
        Interval added = new Interval(n * net.diff(), n * net.ciLow(), n * net.ciHigh());
        return new OfferReadout(name, kind, n, Math.round(conversions), revenue, spent, incremental, added,
                spent > 0 ? added.estimate() / spent : null);
    }

    /** Mean and variance of the values (less the costs, when given) of the rows. */
    private static MeanStats stats(List<Integer> rows, double[] values, double[] less) {
        double[] v = new double[rows.size()];
        for (int k = 0; k < v.length; k++) {
            int i = rows.get(k);
            v[k] = values[i] - (less == null ? 0 : less[i]);
        }
        return MeanStats.of(v);
    }
}
