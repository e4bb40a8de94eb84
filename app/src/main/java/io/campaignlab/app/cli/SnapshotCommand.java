package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.app.gui.SnapshotRenderer;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.explain.ExplainJob;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.PermutationSpec;
import io.campaignlab.engine.explain.ShapleySpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.monitor.DatasetSpan;
import io.campaignlab.views.monitor.MonitorViewModel;
import io.campaignlab.views.shell.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code campaign-lab snapshot --view data --dataset events --out data.png}: a view to PNG, headless. The Models view
 * opens on the newest completed run, or on the runs given with {@code --run}. The Explain and Monitor views open on
 * the newest completed run with a stored explanation (drift check), or the one given with {@code --run}; when that
 * run has none yet, it is computed first, here, before the view is drawn: the explanation with the default settings,
 * the drift check against the last {@value MonitorViewModel#DEFAULT_DAYS} days of the run's dataset.
 */
@Command(name = "snapshot", description = "Render a workbench view, populated from the workspace, to a PNG (headless, no display needed).")
final class SnapshotCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--view", defaultValue = "data",
            description = "data, models, explain, segments, recommend, experiments, campaigns or monitor (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--dataset", description = "A dataset to select in the Data view.")
    String dataset;

    @Option(names = "--run", split = ",", paramLabel = "RUN",
            description = "Runs to select in the Models view, their curves overlaid (default: the newest completed run);"
                    + " in the Explain and Monitor views one run (default: the newest completed run with a stored"
                    + " explanation or drift check, computed first when it has none).")
    List<Long> runs;

    @Option(names = "--segmentation", paramLabel = "ID", description = "The segmentation to show in the Segments"
            + " view (default: the newest; an RFM segmentation of the first segmentable dataset is computed first when"
            + " there is none).")
    Long segmentation;

    @Option(names = "--size", defaultValue = "1440x900", description = "WIDTHxHEIGHT in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--out", required = true, description = "The PNG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Section section = Section.byTitle(view);
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(parts[0]);
            height = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--size must look like 1440x900, not '" + size + "'");
        }
        if (width < 320 || height < 240 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("--size must be between 320x240 and 8000x8000");
        }
        long started = System.nanoTime();
        List<Long> selected = runs == null ? List.of() : List.copyOf(runs);
        boolean perRun = section == Section.EXPLAIN || section == Section.MONITOR;
        if (!selected.isEmpty() && section != Section.MODELS && !perRun) {
            throw new IllegalArgumentException("--run selects runs in the Models, Explain and Monitor views; add"
                    + " --view models, explain or monitor");
        }
        String computed = null;
        if (segmentation != null && section != Section.SEGMENTS) {
            throw new IllegalArgumentException("--segmentation selects a segmentation in the Segments view; add"
                    + " --view segments");
        }
        Long shownSegmentation = null;
        if (section == Section.SEGMENTS) {
            SegmentsSnapshot.Prepared prepared = SegmentsSnapshot.prepare(options.workspace(), segmentation,
                    spec.commandLine().getErr());
            shownSegmentation = prepared.segmentationId();
            computed = prepared.computed();
        }
        if (perRun) {
            Prepared prepared = prepare(section, selected, spec.commandLine().getErr());
            selected = List.of(prepared.runId());
            computed = prepared.computed();
        }
        Path written = SnapshotRenderer.render(options.workspace(), section, dataset, selected, shownSegmentation,
                width, height, dark, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        Output output = new Output(spec.commandLine().getOut());
        if (options.json()) {
            ObjectNode node = Output.object();
            node.put("out", written.toAbsolutePath().toString());
            node.put("view", section.title());
            if (!selected.isEmpty()) {
                ArrayNode array = node.putArray("runs");
                selected.forEach(array::add);
            }
            if (shownSegmentation != null) {
                node.put("segmentation", shownSegmentation);
            }
            if (computed != null) {
                node.put("computed", computed);
            }
            node.put("width", width);
            node.put("height", height);
            node.put("seconds", Math.round(seconds * 1000) / 1000.0);
            output.json(node);
        } else {
            output.line("Wrote %s (%dx%d, %s view%s) in %.1f s.", written, width, height, section.title(),
                    perRun ? ", run " + selected.get(0) : "", seconds);
        }
        return 0;
    }

    /** The run a per-run view opens on, and what had to be computed for it (null when nothing). */
    record Prepared(long runId, String computed) {
    }

    /**
     * Chooses the run for the Explain or Monitor view and makes sure it has a stored report to show, computing one
     * when it has none. The workspace is closed again before the view opens it.
     */
    private Prepared prepare(Section section, List<Long> selected, PrintWriter err) throws Exception {
        if (selected.size() > 1) {
            throw new IllegalArgumentException("the " + section.title() + " view shows one run; give one --run");
        }
        String kind = section == Section.EXPLAIN ? ExplainReport.KIND : DriftAnalysis.KIND;
        String what = section == Section.EXPLAIN ? "explanation" : "drift check";
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            RunRepository repository = services.runs();
            RunRecord run;
            if (!selected.isEmpty()) {
                run = repository.require(selected.get(0));
                if (run.status() != RunStatus.COMPLETED) {
                    throw new IllegalArgumentException("run " + run.id() + " is " + run.status().id() + "; the "
                            + section.title() + " view needs a completed run");
                }
            } else {
                List<RunRecord> completed = repository.list().stream()
                        .filter(r -> r.status() == RunStatus.COMPLETED).toList();
                if (completed.isEmpty()) {
                    throw new IllegalArgumentException("the workspace has no completed run to show in the "
                            + section.title() + " view; train one first (campaign-lab train --dataset ...)");
                }
                run = completed.stream().filter(r -> !repository.reports(r.id(), kind).isEmpty()).findFirst()
                        .orElse(completed.get(0));
            }
            if (!repository.reports(run.id(), kind).isEmpty()) {
                return new Prepared(run.id(), null);
            }
            ConsoleProgress progress = ConsoleProgress.forTerminal(err);
            try {
                if (section == Section.EXPLAIN) {
                    err.printf("Run %d has no stored explanation; computing it first...%n", run.id());
                    err.flush();
                    services.runner().run(new ExplainJob(services, run.id(), PermutationSpec.defaults(),
                            ShapleySpec.defaults()), progress, new CancellationToken());
                    return new Prepared(run.id(), "explanation of run " + run.id());
                }
                String dataset = run.spec().datasetName();
                Optional<DatasetSpan> span = MonitorViewModel.spanOf(services, dataset);
                if (span.isEmpty()) {
                    throw new IllegalArgumentException("run " + run.id() + " has no stored drift check, and its"
                            + " dataset " + dataset + " has no timestamp column, so there is no default window of"
                            + " its last " + MonitorViewModel.DEFAULT_DAYS + " days; check it against another"
                            + " dataset first: campaign-lab drift " + run.id() + " --current DATASET");
                }
                DriftAnalysisJob.Window window = new DriftAnalysisJob.Window(
                        span.get().lastDaysFrom(MonitorViewModel.DEFAULT_DAYS), span.get().last());
                err.printf("Run %d has no stored %s; checking it against %s first...%n", run.id(), what,
                        window.describe(dataset));
                err.flush();
                DriftAnalysis analysis = services.runner().run(new DriftAnalysisJob(services, run.id(), window),
                        progress, new CancellationToken());
                return new Prepared(run.id(), "drift check of run " + run.id() + " against " + analysis.current());
            } finally {
                progress.done();
            }
        }
    }
}
