package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.BayesianComparison;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Cuped;
import io.campaignlab.engine.experiments.SequentialSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the readout table: a treatment arm against control on one metric, with its CUPED and Bayesian views
 * and its looks over time when the readout has them.
 *
 * @param comparison the frequentist comparison (p adjusted by the readout's correction)
 * @param cuped      the CUPED-adjusted comparison, or null
 * @param bayesian   the Bayesian view, or null (ratio metrics have none)
 * @param sequential the cumulative looks, or null without a time column
 */
public record ReadoutRow(Comparison comparison, Cuped cuped, BayesianComparison bayesian, SequentialSeries sequential) {

    public ReadoutRow {
        Objects.requireNonNull(comparison, "comparison");
    }

    public String arm() {
        return comparison.arm();
    }

    public String metric() {
        return comparison.metric();
    }

    /** {@code arm · metric}, the row's name in charts. */
    public String label() {
        return comparison.arm() + " · " + comparison.metric();
    }

    /** The readout's rows in its comparison order (metric by metric, arm by arm). */
    public static List<ReadoutRow> of(AbReadout readout) {
        List<ReadoutRow> rows = new ArrayList<>();
        for (Comparison c : readout.comparisons()) {
            Cuped cuped = readout.cuped().stream().filter(x -> same(x.comparison(), c)).findFirst().orElse(null);
            BayesianComparison bayes = readout.bayesian().stream().filter(b -> b.arm().equals(c.arm())
                    && b.metric().equals(c.metric())).findFirst().orElse(null);
            SequentialSeries seq = readout.sequential().stream().filter(s -> s.arm().equals(c.arm())
                    && s.metric().equals(c.metric())).findFirst().orElse(null);
            rows.add(new ReadoutRow(c, cuped, bayes, seq));
        }
        return rows;
    }

    private static boolean same(Comparison a, Comparison b) {
        return a.arm().equals(b.arm()) && a.metric().equals(b.metric());
    }
}
