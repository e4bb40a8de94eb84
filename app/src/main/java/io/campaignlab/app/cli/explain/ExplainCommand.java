package io.campaignlab.app.cli.explain;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.explain.Attribution;
import io.campaignlab.engine.explain.ExplainJob;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.ExplainSession;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.importance.PlayerImportance;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.ShapleyExplanation;
import io.campaignlab.engine.explain.ShapleySpec;
import io.campaignlab.engine.explain.UserRows;
import io.campaignlab.engine.explain.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code campaign-lab explain RUN [--rows N]} and {@code campaign-lab explain RUN --row ID|--user USER
 * [--what-if COL=VALUE]}.
 */
@Command(name = "explain", description = "Explain a run's model: permutation importance with 95%% intervals, weights"
        + " and partial dependence (kept with the run); or, with --row (or --user, that user's latest row), one prediction's field-level Shapley values.")
public final class ExplainCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "The run to explain.")
    long runId;

    @Mixin
    ImportanceOptions importance;

    @Option(names = "--seed", defaultValue = "42", description = "Seeds row samples, permutations and Shapley walks (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    PredictionOptions prediction;

    /** The row explained: --row's, or the latest of --user's. */
    private Long row;
    private String whatIf;

    /** The user's latest row, with --user. */
    private UserRows.Latest latest;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        ShapleySpec defaults = ShapleySpec.defaults();
        ShapleySpec shapley = new ShapleySpec(defaults.backgroundRows(), defaults.walksPerBackgroundRow(),
                defaults.repeats(), defaults.antithetic(), seed);
        row = prediction.row;
        whatIf = prediction.whatIf;
        String user = prediction.user;
        if (row != null && user != null) {
            throw new IllegalArgumentException("give --row ID or --user USER, not both");
        }
        if (whatIf != null && row == null && user == null) {
            throw new IllegalArgumentException("--what-if changes one row's value; add --row ID or --user USER");
        }
        if (user != null) {
            latest = UserRows.latest(services, runId, user, new io.campaignlab.engine.jobs.CancellationToken());
            row = latest.rowId();
        }
        if (row != null) {
            return explainRow(services, shapley, output);
        }
        ExplainReport report = runJob(services, new ExplainJob(services, runId,
                new PermutationSpec(importance.repeats, importance.rows, seed), shapley));
        print(report, output);
        return 0;
    }

    private int explainRow(WorkspaceServices services, ShapleySpec spec, Output output) throws Exception {
        try (ExplainSession session = runWork((progress, cancel) -> ExplainSession.open(services, runId, spec,
                progress, cancel))) {
            if (whatIf != null) {
                int eq = whatIf.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--what-if must look like device=mobile, not '" + whatIf + "'");
                }
                WhatIfResult result = session.whatIf(row, whatIf.substring(0, eq), whatIf.substring(eq + 1));
                if (options.json()) {
                    output.json(result);
                } else {
                    output.line("Row %d, %s: %s → %s", row, result.column(), result.oldValue(), result.newValue());
                    print("Before", result.before(), output);
                    print("After", result.after(), output);
                }
                return 0;
            }
            RowExplanation explanation = session.explain(row);
            if (options.json()) {
                output.json(latest == null ? explanation : Map.of("user", latest.user(), "user_rows", latest.rows(),
                        "explanation", explanation));
                return 0;
            }
            if (latest != null) {
                output.line("User %s: %d row%s in the run's dataset; explaining the latest, row %d%s.", latest.user(),
                        latest.rows(), latest.rows() == 1 ? "" : "s", row, latest.millis()
                                == io.campaignlab.engine.frames.FrameColumn.MISSING_TIME ? " (no timestamp: the last"
                                + " stored)" : " of " + java.time.Instant.ofEpochMilli(latest.millis()));
            }
            output.line("Run %d, row %d (label %s):", runId, row, Double.isNaN(explanation.label()) ? "unknown"
                    : String.valueOf((int) explanation.label()));
            print("Prediction", explanation.shapley(), output);
            return 0;
        }
    }

    private static void print(String title, ShapleyExplanation s, Output output) {
        output.line("%s %.4f = base rate %.4f + the fields below (efficiency gap %.1e, %d walks):", title,
                s.prediction(), s.base(), s.efficiencyGap(), s.walks());
        for (Attribution a : s.attributions()) {
            output.line("  %+9.5f ± %.5f  %s", a.value(), a.spread(), a.displayValue());
        }
    }

    private void print(ExplainReport report, Output output) {
        if (options.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("run", report.runId());
            json.put("importance", report.importance());
            json.put("grouped_importance", report.groupedImportance());
            json.put("weights", report.weights());
            json.put("partial_dependence_fields", report.partialDependence().stream().map(c -> c.field()).toList());
            json.put("example", report.example());
            json.put("seconds", report.seconds());
            output.json(json);
            return;
        }
        var importance = report.importance();
        output.line("Run %d: permutation importance on %s validation rows, %d repeats (baseline AUC %.4f).",
                runId, Output.count(importance.rows()), importance.repeats(), importance.baselineAuc());
        output.line("%-24s %12s %24s", "FIELD", "AUC DROP", "95% INTERVAL");
        for (PlayerImportance p : importance.players()) {
            output.line("%-24s %12.5f   [%9.5f, %9.5f]", p.player(), p.meanDrop(), p.lower(), p.upper());
        }
        if (report.groupedImportance() != null) {
            output.line("");
            output.line("With the behavioural aggregates permuted as one group:");
            for (PlayerImportance p : report.groupedImportance().players()) {
                output.line("%-24s %12.5f   [%9.5f, %9.5f]", p.player(), p.meanDrop(), p.lower(), p.upper());
            }
        }
        output.line("");
        output.line("Partial dependence computed for: %s", report.partialDependence().isEmpty() ? "no numeric field"
                : String.join(", ", report.partialDependence().stream().map(c -> c.field()).toList()));
        output.line("");
        print("Top-scored validation row " + report.example().rowId() + ":", report.example().shapley(), output);
        output.line("Kept with run %d (%.1f s).", runId, report.seconds());
    }
}
