package io.campaignlab.views.charts;

import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;

import java.util.Optional;

/** Which of a section's charts the user last clicked: the one Export saves, else the first that shows a chart. */
public final class ChartFocus {

    private ChartPane last;

    /** @param panes the section's charts, the one to export by default first */
    public ChartFocus(ChartPane... panes) {
        this.last = panes[0];
        for (ChartPane pane : panes) {
            pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> last = pane);
        }
    }

    /** The chart to export: the last one clicked, else the first of {@code fallbacks} that shows one. */
    public Optional<JFreeChart> forExport(ChartPane... fallbacks) {
        Optional<JFreeChart> chart = last.forExport();
        for (ChartPane pane : fallbacks) {
            chart = chart.or(pane::forExport);
        }
        return chart;
    }
}
