package io.campaignlab.views.campaigns.charts;

import io.campaignlab.engine.campaigns.policy.BanditComparison;
import io.campaignlab.views.charts.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bandit policies' cumulative regret against rounds: the median over seeds of each policy's curve from
 * {@link BanditComparison} ({@code bench bandits}), from (0, 0). Thompson sampling in blue. Each policy's legend
 * names its worst stream too: a median hides greedy's streams that lock onto a poor offer.
 */
public final class RegretCharts {

    private RegretCharts() {
    }

    /** One series per policy, in the result's order: (0, 0) and then the median curve's points. */
    public static XYSeriesCollection createDataset(BanditComparison.Result result) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (BanditComparison.PolicyRegret policy : result.policies()) {
            double worst = policy.finalRegrets().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            XYSeries series = new XYSeries(String.format(Locale.ROOT, "%s (worst stream %,.0f)", policy.policy(),
                    worst), false, true);
            series.add(0, 0);
            for (BanditComparison.Checkpoint c : policy.curve()) {
                series.add(c.round(), c.medianRegret());
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    public static JFreeChart regret(BanditComparison.Result result, javafx.scene.paint.Color foreground) {
        Color text = ChartLook.awt(foreground);
        XYSeriesCollection dataset = createDataset(result);
        NumberAxis rounds = new NumberAxis("round (decisions served)");
        rounds.setRange(0, result.rounds());
        NumberAxis regret = new NumberAxis("cumulative regret");
        regret.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            lines.setSeriesPaint(s, colour(String.valueOf(dataset.getSeriesKey(s))));
            lines.setSeriesStroke(s, s == 0 ? ChartLook.LINE : new BasicStroke(1.8f));
            lines.setLegendLine(new java.awt.geom.Line2D.Double(-9, 0, 9, 0));
        }
        XYPlot plot = new XYPlot(dataset, rounds, regret, lines);
        JFreeChart chart = ChartLook.finish(plot, text, false, new RectangleInsets(8, 4, 4, 30));
        ChartLook.legendInside(plot, text, RectangleAnchor.TOP_LEFT);
        ChartLook.note(chart, String.format(Locale.ROOT, "Median over %d simulated streams of %,d rounds; offers"
                        + " convert at %s; regret = conversions lost against always serving the best.", result.seeds().size(), result.rounds(),
                result.rates().stream().map(r -> String.format(Locale.ROOT, "%.2f%%", 100 * r))
                        .collect(Collectors.joining(", "))), text);
        return chart;
    }

    private static Color colour(String policy) {
        String p = policy.toLowerCase(Locale.ROOT);
        if (p.contains("thompson")) {
            return ChartLook.BLUE;
        }
        if (p.contains("epsilon") || p.contains("ε")) {
            return ChartLook.ORANGE;
        }
        if (p.contains("uniform")) {
            return ChartLook.RED;
        }
        return ChartLook.GREY;
    }
}
