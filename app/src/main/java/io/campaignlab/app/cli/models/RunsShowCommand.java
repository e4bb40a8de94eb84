package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.tuning.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code campaign-lab runs show RUN} */
@Command(name = "show", description = "Show one run: its provenance, final metrics and, when its settings were"
        + " chosen on validation, the search (space, budget, seed, every trial and the choice).")
public final class RunsShowCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "The run to show.")
    long runId;

    @Override
    @SuppressWarnings("unchecked")
    protected int run(WorkspaceServices services, Output output) {
        RunRecord run = services.runs().require(runId);
        List<RunMetric> metrics = services.runs().metrics(runId);
        Optional<SearchResult> search = TrainingJob.searchOf(services.runs(), runId);
        if (options.json()) {
            Map<String, Object> params = run.spec().paramsJson() == null ? null
                    : ReportJson.read(run.spec().paramsJson(), Map.class);
            output.json(new RunJson.Shown(RunJson.Run.of(run, metrics, null), params, search.orElse(null)));
            return 0;
        }
        output.line("Run %d: %s on %s, %s on %s, seed %d, %.1f s", run.id(), run.spec().modelKind(),
                run.spec().datasetName(), run.status().id(), run.spec().device(), run.spec().seed(), run.seconds());
        output.line("  parameters: %s", run.spec().paramsJson());
        output.line("  validation AUC %s; test AUC %s (95%% CI %s)", RunsCommand.value(metrics, "val", "auc"),
                RunsCommand.value(metrics, "test", "auc"), RunsCommand.interval(metrics));
        search.ifPresentOrElse(s -> SearchLines.print(output, s),
                () -> output.line("  settings: as given (no search on validation)"));
        return 0;
    }
}
