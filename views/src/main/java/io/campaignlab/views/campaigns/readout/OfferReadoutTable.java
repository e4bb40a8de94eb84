package io.campaignlab.views.campaigns.readout;

import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.engine.campaigns.readout.OfferReadout;
import io.campaignlab.engine.experiments.Readable;
import io.campaignlab.views.common.Columns;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.Locale;

/**
 * Every offer the campaign served, priced and read against the holdout, then the total: decisions, conversions,
 * revenue, cost, incremental conversions and revenue net of cost with their 95% intervals, ROI.
 */
final class OfferReadoutTable {

    private OfferReadoutTable() {
    }

    static TableView<OfferReadout> create() {
        TableView<OfferReadout> table = new TableView<>();
        table.setId("readout-offers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.unsorted(Columns.text("Offer", 110, OfferReadout::offer)),
                Columns.right(Columns.typed("Decisions", 75, OfferReadout::decisions, v -> String.format(Locale.ROOT,
                        "%,d", v)), true),
                Columns.right(Columns.typed("Conversions", 80, OfferReadout::conversions, v -> String.format(
                        Locale.ROOT, "%,d", v)), true),
                Columns.right(Columns.typed("Revenue", 85, OfferReadout::revenue, Readable::amount), true),
                Columns.right(Columns.typed("Cost", 80, OfferReadout::cost, Readable::amount), true),
                Columns.right(Columns.typed("Incr. conv. (95% CI)", 150, OfferReadout::incrementalConversions,
                        i -> interval(i, "%.1f")), true),
                Columns.right(Columns.typed("Net of cost (95% CI)", 190, OfferReadout::netRevenue,
                        i -> interval(i, "%.2f")), true),
                Columns.right(Columns.typed("ROI", 60, OfferReadout::roi, v -> String.format(Locale.ROOT, "%+.0f%%",
                        100 * v), "n/a"), true)));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setFixedCellSize(24);
        table.setPlaceholder(new Label("Read out the campaign to price its offers."));
        return table;
    }

    /** Shows the rows, the table as tall as they are. */
    static void show(TableView<OfferReadout> table, List<OfferReadout> rows) {
        table.getItems().setAll(rows);
        double height = 44 + Math.max(1, rows.size()) * table.getFixedCellSize() + 8;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private static String interval(Interval i, String format) {
        return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", i.estimate(), i.ciLow(),
                i.ciHigh());
    }
}
