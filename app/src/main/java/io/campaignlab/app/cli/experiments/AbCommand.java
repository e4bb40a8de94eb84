package io.campaignlab.app.cli.experiments;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.experiments.AbEventsJob;
import io.campaignlab.engine.experiments.AbJob;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.experiments.BayesianComparison;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.engine.experiments.Cuped;
import io.campaignlab.engine.experiments.MetricSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code campaign-lab ab DATASET --group COL --control VALUE --metrics a,b}: the A/B readout, health first. */
@Command(name = "ab", description = "Read out an A/B test: sample-ratio check, then every treatment × metric against"
        + " control (Wald, Welch or delta-method intervals; Holm or BH corrected), optional CUPED, Bayesian view.")
public final class AbCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "An experiment dataset: one row per unit.")
    String dataset;

    @Option(names = "--group", required = true, description = "The column naming each unit's arm.")
    String group;

    @Option(names = "--control", required = true, description = "The control arm's value.")
    String control;

    @Option(names = "--metrics", required = true, split = ",", description = "Metric columns; num/den for a ratio"
            + " metric (for example spend/visits).")
    List<String> metrics;

    @Option(names = "--cuped", paramLabel = "COL", description = "A pre-period covariate for CUPED.")
    String cuped;

    @Option(names = "--correction", defaultValue = "holm", description = "holm, bh or none (default ${DEFAULT-VALUE}).")
    String correction;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--allocation", split = ",", paramLabel = "ARM=SHARE", description = "Configured allocation,"
            + " for example control=0.5,B=0.5 (default: equal shares).")
    Map<String, Double> allocation;

    @Option(names = "--unit", paramLabel = "COL", description = "Unit id column, to count units in two arms.")
    String unit;

    @Option(names = "--time", paramLabel = "COL", description = "Exposure time column, for confidence sequences"
            + " (and, with --events, the start of each unit's outcome window).")
    String time;

    @Option(names = "--events", paramLabel = "DATASET", description = "Join this events dataset to DATASET (then an"
            + " assignment table) by --unit; metrics come from each unit's events: converted, purchases, revenue,"
            + " clicks, views, events.")
    String events;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        AbSpec spec = new AbSpec(group, control, metrics.stream().map(MetricSpec::parse).toList(), cuped,
                Correction.parse(correction), alpha, allocation == null ? Map.of() : new LinkedHashMap<>(allocation),
                unit, time);
        AbReadout r = runJob(services, events == null ? new AbJob(services, dataset, spec)
                : new AbEventsJob(services, dataset, events, spec));
        if (options().json()) {
            output.json(AbJson.of(r));
            return 0;
        }
        output.line("%s: %s", dataset, String.join(" / ", r.arms()));
        output.line("Units per arm: %s (expected %s)", Arrays.toString(r.srm().counts()),
                Arrays.toString(Arrays.stream(r.srm().expected()).mapToLong(Math::round).toArray()));
        output.line("Sample ratio: χ² %.3f, p %.4g %s", r.srm().chi2(), r.srm().p(), r.blocked()
                ? "— MISMATCH: the assignment is broken; do not trust the readout below" : "(ok)");
        if (r.overlapUnits() >= 0) {
            output.line("Units in more than one arm: %d", r.overlapUnits());
        }
        output.line("");
        output.line("%-16s %-12s %10s %10s %10s %22s %10s %10s %9s", "ARM", "METRIC", "TREATMENT", "CONTROL", "DIFF",
                "95% CI", "P", "P(" + spec.correction().id() + ")", "REL");
        for (Comparison c : r.comparisons()) {
            output.line("%-16s %-12s %10.4f %10.4f %10.4f %22s %10.3g %10.3g %8.1f%%", c.arm(), c.metric(),
                    c.meanTreatment(), c.meanControl(), c.diff(),
                    String.format(java.util.Locale.ROOT, "[%.4f, %.4f]", c.ciLow(), c.ciHigh()), c.pValue(),
                    c.pAdjusted(), 100 * c.relLift());
        }
        for (Cuped c : r.cuped()) {
            output.line("CUPED %s %s on %s: diff %.4f [%.4f, %.4f], variance reduction %.1f%%", c.comparison().arm(),
                    c.comparison().metric(), c.covariate(), c.comparison().diff(), c.comparison().ciLow(),
                    c.comparison().ciHigh(), 100 * c.varianceReduction());
        }
        for (BayesianComparison b : r.bayesian()) {
            output.line("Bayesian %s %s: P(beats control) %.4f, expected loss %.5f", b.arm(), b.metric(),
                    b.chanceToBeat(), b.expectedLoss());
        }
        return 0;
    }
}
