package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.engine.campaigns.forecast.OfferForecast;
import io.campaignlab.views.common.Columns;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The forecast per offer, beside the totals: each offer's reach and, when the forecast has a model of it, its
 * incremental conversions with their 95% interval, revenue, margin, cost and ROI; an offer without a model says why
 * in its last column.
 */
final class OfferTable {

    private OfferTable() {
    }

    static TableView<OfferForecast> create() {
        TableView<OfferForecast> table = new TableView<>();
        table.setId("forecast-offers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text("Offer", 110, o -> o.offer() + (o.meanDiscountPct() == null ? ""
                        : String.format(Locale.ROOT, " (mean %.1f %%)", o.meanDiscountPct()))),
                Columns.right(Columns.typed("Reach", 70, OfferForecast::reach, v -> number(v, 0)), true),
                Columns.right(Columns.typed("Incr. conv. (95% CI)", 150, OfferForecast::incrementalConversions,
                        i -> number(i.estimate(), 1) + " [" + number(i.ciLow(), 1) + ", " + number(i.ciHigh(), 1)
                                + "]", "n/a"), true),
                money("Revenue", OfferForecast::incrementalRevenue),
                money("Margin", OfferForecast::incrementalMargin),
                money("Cost", OfferForecast::cost),
                Columns.right(Columns.typed("ROI", 55, OfferForecast::roi, i -> number(i.estimate(), 2), "n/a"),
                        true),
                Columns.text("Model", 160, o -> o.notForecast() != null ? "none: " + o.notForecast()
                        : o.upliftRun() != null ? "uplift run " + o.upliftRun() : "response runs "
                        + o.responseRuns())));
        table.setFixedCellSize(24);
        table.setPlaceholder(new javafx.scene.control.Label("The simulator's study has no offers of its own."));
        return table;
    }

    /** Shows the offers, the table as tall as its rows. */
    static void show(TableView<OfferForecast> table, List<OfferForecast> offers) {
        table.getItems().setAll(offers);
        double height = 44 + Math.max(1, offers.size()) * table.getFixedCellSize() + 8;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private static TableColumn<OfferForecast, Interval> money(String title, Function<OfferForecast, Interval> value) {
        return Columns.right(Columns.typed(title, 80, value, i -> number(i.estimate(), 2), "n/a"), true);
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : "n/a";
    }
}
