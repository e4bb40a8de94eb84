package io.campaignlab.views.campaigns.charts;

import io.campaignlab.engine.campaigns.forecast.BudgetPoint;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Campaigns charts' datasets against values worked out by hand. */
class CampaignChartsTest {

    /**
     * Beta(2, 3) has the density 12 x (1 − x)² and Beta(3, 2) has 12 x² (1 − x); scipy.stats.beta(2, 3).ppf(0.001) =
     * 0.0130229 and beta(3, 2).ppf(0.999) = 0.9869771 bound the common range.
     */
    @Test
    void posteriorDensitiesAreTheBetaDensitiesOverTheirCommonRange() {
        Map<String, BetaPosterior> posteriors = new TreeMap<>(Map.of("a", new BetaPosterior(2, 3),
                "b", new BetaPosterior(3, 2)));
        XYSeriesCollection d = ServeCharts.createPosteriorDataset(posteriors);
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(d.getSeriesKey(0)).isEqualTo("a  Beta(2, 3)");
        int n = d.getItemCount(0);
        assertThat(n).isEqualTo(ServeCharts.DENSITY_POINTS);
        assertThat(d.getXValue(0, 0)).isCloseTo(0.0130229, within(1e-6));
        assertThat(d.getXValue(0, n - 1)).isCloseTo(0.9869771, within(1e-6));
        for (int i = 0; i < n; i += 17) {
            double x = d.getXValue(0, i);
            assertThat(d.getYValue(0, i)).isCloseTo(12 * x * (1 - x) * (1 - x), within(1e-9));
            assertThat(d.getYValue(1, i)).isCloseTo(12 * x * x * (1 - x), within(1e-9));
        }
    }

    @Test
    void aLongBudgetCurveIsDrawnWithAtMostItsPointLimitAndKeepsItsEnds() {
        List<BudgetPoint> points = new ArrayList<>();
        for (int k = 0; k <= 10_000; k++) {
            points.add(new BudgetPoint(k, 0.5 * k, 0.7 * k, 0.01 * k, Math.sqrt(k), k == 0 ? Double.NaN : 1.0));
        }
        XYSeriesCollection d = ForecastCharts.createBudgetDataset(points);
        int n = d.getItemCount(0);
        assertThat(n).isLessThanOrEqualTo(ForecastCharts.CURVE_POINTS + 1).isGreaterThan(300);
        assertThat(d.getXValue(0, 0)).isZero();
        assertThat(d.getXValue(0, n - 1)).isEqualTo(5_000);
        assertThat(d.getYValue(0, n - 1)).isEqualTo(100);
        // the dashed series: the same users' expected cost (grants and redemptions) against their budget spend
        int m = d.getItemCount(1);
        assertThat(m).isEqualTo(n);
        assertThat(d.getXValue(1, m - 1)).isEqualTo(5_000);
        assertThat(d.getYValue(1, m - 1)).isEqualTo(7_000);
    }
}
