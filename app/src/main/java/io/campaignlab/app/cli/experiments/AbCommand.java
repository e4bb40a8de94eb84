package io.campaignlab.app.cli.experiments;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.experiments.AbCosts;
import io.campaignlab.engine.experiments.AbEventsJob;
import io.campaignlab.engine.experiments.AbNetValueJob;
import io.campaignlab.engine.experiments.AbPlainText;
import io.campaignlab.engine.experiments.NetValue;
import io.campaignlab.engine.experiments.Readable;
import io.campaignlab.engine.experiments.AbJob;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.experiments.BayesianComparison;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.engine.experiments.Cuped;
import io.campaignlab.engine.experiments.MetricSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    CostOptions cost;

    @Mixin
    CostColumnOptions columns;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        AbSpec spec = new AbSpec(group, control, metrics.stream().map(MetricSpec::parse).toList(), cuped,
                Correction.parse(correction), alpha, allocation == null ? Map.of() : new LinkedHashMap<>(allocation),
                unit, time);
        AbReadout r = runJob(services, events == null ? new AbJob(services, dataset, spec)
                : new AbEventsJob(services, dataset, events, spec));
        List<NetValue> values = netValues(services);
        if (options().json()) {
            output.json(AbJson.of(r, values));
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
            output.line("%-16s %-12s %10.4f %10.4f %10.4f %22s %10s %10s %8.1f%%", c.arm(), c.metric(),
                    c.meanTreatment(), c.meanControl(), c.diff(),
                    String.format(java.util.Locale.ROOT, "[%.4f, %.4f]", c.ciLow(), c.ciHigh()),
                    Readable.probability(c.pValue()), Readable.probability(c.pAdjusted()), 100 * c.relLift());
        }
        for (Cuped c : r.cuped()) {
            output.line("CUPED %s %s on %s: diff %.4f [%.4f, %.4f], variance reduction %.1f%%", c.comparison().arm(),
                    c.comparison().metric(), c.covariate(), c.comparison().diff(), c.comparison().ciLow(),
                    c.comparison().ciHigh(), 100 * c.varianceReduction());
        }
        for (BayesianComparison b : r.bayesian()) {
            output.line("Bayesian %s %s: P(beats control) %s, expected loss %s", b.arm(), b.metric(),
                    Readable.probability(b.chanceToBeat()), Readable.number(b.expectedLoss()));
        }
        output.line("");
        output.line("In plain words:");
        for (String sentence : AbPlainText.sentences(r, values)) {
            output.line("  %s", sentence);
        }
        return 0;
    }

    /** Each arm net of its cost, when a cost is given; else none. */
    private List<NetValue> netValues(WorkspaceServices services) throws Exception {
        if (cost.costPerUnit == null && cost.costPerConversion == null) {
            if (columns.revenue != null || columns.conversion != null) {
                throw new IllegalArgumentException("--revenue and --conversion go with --cost-per-unit or"
                        + " --cost-per-conversion");
            }
            return List.of();
        }
        if (events != null) {
            throw new IllegalArgumentException("costs are read from the experiment's own revenue and conversion"
                    + " columns; with --events there are none: leave out the costs, or read out a dataset that has"
                    + " them");
        }
        AbCosts costs = AbCosts.resolve(services.datasets().require(dataset),
                cost.costPerUnit == null ? 0 : cost.costPerUnit,
                cost.costPerConversion == null ? 0 : cost.costPerConversion, columns.revenue, columns.conversion);
        return runJob(services, new AbNetValueJob(services, dataset, group, control, costs, alpha));
    }
}
