package io.campaignlab.app.cli.snapshot;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.app.gui.SnapshotRenderer;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.explain.ExplainJob;
import io.campaignlab.engine.uplift.UpliftJob;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.engine.uplift.UpliftSpec;
import io.campaignlab.views.experiments.AbDefaults;
import io.campaignlab.views.experiments.ExperimentJobs;
import io.campaignlab.views.experiments.UpliftJobs;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.ShapleySpec;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.monitor.DatasetSpan;
import io.campaignlab.views.monitor.MonitorViewModel;
import io.campaignlab.views.shell.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code campaign-lab snapshot --view data --dataset events --out data.png}: a view to PNG, headless. The Models view
 * opens on the newest completed run, or on the runs given with {@code --run}. The Explain and Monitor views open on
 * the newest completed run with a stored explanation (drift check), or the one given with {@code --run}; when that
 * run has none yet, it is computed first, here, before the view is drawn: the explanation with the default settings,
 * the drift check against the last {@value MonitorViewModel#DEFAULT_DAYS} days of the run's dataset. The Recommend
 * view overlays the recall@K curves of the runs given with {@code --run} (default: the newest recommendation run);
 * when the workspace has no completed recommendation run, a quick item-kNN run is trained first on its events
 * dataset; {@code --user} opens its User tab on that user; {@code --tab search} its Search tab on the run given
 * with {@code --run}, else the newest recommendation run with a settings search.
 */
@Command(name = "snapshot", description = "Render a workbench view, populated from the workspace, to a PNG (headless, no display needed).")
public final class SnapshotCommand extends CliCommand {

    @Option(names = "--view", defaultValue = "data",
            description = "data, models, explain, segments, recommend, experiments, campaigns or monitor (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--dataset", description = "A dataset to select in the Data view, or to read out in the"
            + " Experiments view (default there: campaign_exposures, else the first experiment dataset).")
    String dataset;

    @Option(names = "--tab", description = "A tab of the view: ab, planner or uplift in the Experiments view;"
            + " design, forecast, serve or replay in the Campaigns view; runs, train or search in the Models view"
            + " (search: the newest run whose settings were chosen on validation, unless --run names one); runs,"
            + " user or search in the Recommend view (search: the newest recommendation run whose settings were"
            + " searched, unless --run names one).")
    String tab;

    @Option(names = "--campaign", paramLabel = "NAME", description = "The campaign to show in the Campaigns view"
            + " (default: the first by name; a draft is designed on the events dataset first when there is none).")
    String campaign;

    @Option(names = "--run", split = ",", paramLabel = "RUN",
            description = "Runs to select in the Models view, their curves overlaid (default: the newest completed run);"
                    + " in the Explain and Monitor views one run (default: the newest completed run with a stored"
                    + " explanation or drift check, computed first when it has none); in the Recommend view the runs"
                    + " whose recall@K curves are overlaid (default: the newest; an item-kNN run is trained first when"
                    + " there is none).")
    List<Long> runs;

    @Option(names = "--user", description = "In the Recommend view, open the User tab on this user of the run's dataset.")
    String user;

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
        PixelSize px = PixelSize.parse(size);
        long started = System.nanoTime();
        List<Long> asked = runs == null ? List.of() : List.copyOf(runs);
        checkOptions(section, asked);
        Shown shown = chooseShown(section, asked);
        Path written = SnapshotRenderer.render(options.workspace(), section, shown.dataset(), shown.runs(), user, tab,
                shown.segmentation(), shown.campaign(), px.width(), px.height(), dark, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        Output output = new Output(out());
        if (json()) {
            output.json(new SnapshotJson(written.toAbsolutePath().toString(), section.title(),
                    shown.runs().isEmpty() ? null : shown.runs(), shown.segmentation(), shown.computed(),
                    shown.dataset(), tab, shown.campaign(), px.width(), px.height(),
                    Math.round(seconds * 1000) / 1000.0));
        } else {
            output.line("Wrote %s (%dx%d, %s view%s) in %.1f s.", written, px.width(), px.height(), section.title(),
                    perRun(section) || section == Section.RECOMMEND ? ", run " + shown.runs().get(0) : "", seconds);
        }
        return 0;
    }

    /** The {@code --json} result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SnapshotJson(String out, String view, List<Long> runs, Long segmentation, String computed, String dataset,
                        String tab, String campaign, int width, int height, double seconds) {
    }

    /** {@code --size WIDTHxHEIGHT}. */
    record PixelSize(int width, int height) {

        static PixelSize parse(String text) {
            String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
            int width;
            int height;
            try {
                width = Integer.parseInt(parts[0]);
                height = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--size must look like 1440x900, not '" + text + "'");
            }
            if (width < 320 || height < 240 || width > 8000 || height > 8000) {
                throw new IllegalArgumentException("--size must be between 320x240 and 8000x8000");
            }
            return new PixelSize(width, height);
        }
    }

    /** What the view shows: its runs, segmentation, dataset and campaign, and what had to be computed for it (or null). */
    record Shown(List<Long> runs, Long segmentation, String dataset, String computed, String campaign) {

        Shown(List<Long> runs, Long segmentation, String dataset, String computed) {
            this(runs, segmentation, dataset, computed, null);
        }
    }

    private static boolean perRun(Section section) {
        return section == Section.EXPLAIN || section == Section.MONITOR;
    }

    /** Rejects options that the chosen view does not use. */
    private void checkOptions(Section section, List<Long> asked) {
        boolean recommend = section == Section.RECOMMEND;
        if (!asked.isEmpty() && section != Section.MODELS && !perRun(section) && !recommend) {
            throw new IllegalArgumentException("--run selects runs in the Models, Explain, Monitor and Recommend"
                    + " views; add --view models, explain, monitor or recommend");
        }
        if (user != null && !recommend) {
            throw new IllegalArgumentException("--user opens a user in the Recommend view; add --view recommend");
        }
        if (segmentation != null && section != Section.SEGMENTS) {
            throw new IllegalArgumentException("--segmentation selects a segmentation in the Segments view; add"
                    + " --view segments");
        }
        if (tab != null && section != Section.EXPERIMENTS && section != Section.CAMPAIGNS
                && section != Section.MODELS && !recommend) {
            throw new IllegalArgumentException("--tab chooses a tab of the Experiments, Campaigns, Models or Recommend"
                    + " view; add --view experiments, campaigns, models or recommend");
        }
        if (campaign != null && section != Section.CAMPAIGNS) {
            throw new IllegalArgumentException("--campaign shows a campaign in the Campaigns view; add --view"
                    + " campaigns");
        }
    }

    /** Chooses what the view shows, computing first what it needs and the workspace lacks. */
    private Shown chooseShown(Section section, List<Long> asked) throws Exception {
        if (section == Section.CAMPAIGNS) {
            CampaignsSnapshot.Prepared prepared = CampaignsSnapshot.prepare(options.workspace(), campaign, err());
            return new Shown(List.of(), null, dataset, prepared.computed(), prepared.campaign());
        }
        String computed = null;
        Long shownSegmentation = null;
        List<Long> selected = asked;
        if (section == Section.SEGMENTS) {
            SegmentsSnapshot.Prepared prepared = SegmentsSnapshot.prepare(this, options.workspace(), segmentation);
            shownSegmentation = prepared.segmentationId();
            computed = prepared.computed();
        }
        if (section == Section.RECOMMEND) {
            Prepared prepared = prepareRecommend(selected, err());
            if (selected.isEmpty()) {
                selected = List.of(prepared.runId());
            }
            computed = prepared.computed();
        } else if (perRun(section)) {
            Prepared prepared = prepare(section, selected, err());
            selected = List.of(prepared.runId());
            computed = prepared.computed();
        }
        if (section == Section.MODELS && selected.isEmpty() && "search".equalsIgnoreCase(tab)) {
            selected = newestSearch().map(List::of).orElse(selected);
        }
        String shown = section == Section.EXPERIMENTS && dataset == null ? experimentDataset() : dataset;
        if (section == Section.EXPERIMENTS && tab != null && tab.equalsIgnoreCase("uplift")) {
            computed = prepareUplift(shown, err());
        }
        return new Shown(selected, shownSegmentation, shown, computed);
    }

    /** The newest completed run with a settings search, if any. */
    private java.util.Optional<Long> newestSearch() {
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            return services.runs().list().stream()
                    .filter(r -> r.status() == io.campaignlab.engine.runs.RunStatus.COMPLETED)
                    .map(RunRecord::id)
                    .filter(id -> io.campaignlab.engine.models.TrainingJob.searchOf(services.runs(), id).isPresent())
                    .max(Long::compare);
        }
    }

    /**
     * Checks the runs asked for in the Recommend view, or finds the newest completed recommendation run, training a
     * quick item-kNN one on the workspace's events dataset (leave-last-out, K = 20) when there is none.
     */
    private Prepared prepareRecommend(List<Long> selected, PrintWriter err) throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            RunRepository repository = services.runs();
            for (long id : selected) {
                RunRecord run = repository.require(id);
                if (!run.spec().modelKind().startsWith("rec-")) {
                    throw new IllegalArgumentException("run " + id + " is a " + run.spec().modelKind() + " run, not a"
                            + " recommendation run; the Recommend view shows rec-* runs");
                }
            }
            if (!selected.isEmpty()) {
                return new Prepared(selected.get(0), null);
            }
            List<RunRecord> completed = repository.list().stream()
                    .filter(r -> r.status() == RunStatus.COMPLETED && r.spec().modelKind().startsWith("rec-")).toList();
            boolean searchTab = "search".equalsIgnoreCase(tab);
            Optional<RunRecord> newest = completed.stream()
                    .filter(r -> !searchTab || RecommenderSearch.of(repository, r.id()).isPresent()).findFirst()
                    .or(() -> completed.stream().findFirst());
            if (newest.isPresent()) {
                return new Prepared(newest.get().id(), null);
            }
            List<DatasetInfo> events = services.datasets().list().stream()
                    .filter(d -> !d.columnsWithRole(ColumnRole.USER_ID).isEmpty()
                            && !d.columnsWithRole(ColumnRole.ITEM_ID).isEmpty()
                            && !d.columnsWithRole(ColumnRole.TIMESTAMP).isEmpty()).toList();
            if (events.isEmpty()) {
                throw new IllegalArgumentException("the workspace has no recommendation run and no events dataset"
                        + " (user, item and timestamp columns) to train one on; import or simulate events first");
            }
            String name = events.stream().map(DatasetInfo::name).filter("events"::equals).findFirst()
                    .orElse(events.get(0).name());
            err.printf("The workspace has no recommendation run; training item-kNN on %s first...%n", name);
            err.flush();
            RecommendRequest request = new RecommendRequest(name, RecommenderSpec.defaults(RecommenderKind.ITEMKNN),
                    EvaluationProtocol.leaveLastOut(20), EventWeights.defaults());
            RecommendOutcome outcome = runJob(services, new RecommendTrainingJob(services, request));
            return new Prepared(outcome.runId(), "item-kNN run " + outcome.runId() + " on " + name);
        }
    }

    /**
     * Makes sure the uplift tab has a result to show: when no uplift run is kept yet, fits a T-learner on logistic
     * regression for the dataset's guessed arms and outcome first. Returns what was computed, or null.
     */
    private String prepareUplift(String name, PrintWriter err) throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            if (UpliftJobs.newestStored(services).isPresent()) {
                return null;
            }
            DatasetInfo info = services.datasets().require(name);
            String group = AbDefaults.group(info).orElseThrow(() -> new IllegalArgumentException("cannot tell which"
                    + " column of " + name + " names the arms; fit an uplift model first: campaign-lab uplift " + name
                    + " --treatment COL=VALUE --control VALUE --outcome COL"));
            UpliftSpec fit = AbDefaults.uplift(info, ExperimentJobs.ENGINE.values(services, name, group))
                    .orElseThrow(() -> new IllegalArgumentException("cannot guess the arms and outcome of " + name
                            + "; fit an uplift model first: campaign-lab uplift " + name
                            + " --treatment COL=VALUE --control VALUE --outcome COL"));
            err.printf("No uplift run yet; fitting a T-learner (LR) for %s vs %s on %s first...%n",
                    fit.treatmentValue(), fit.controlValue(), fit.outcome());
            err.flush();
            UpliftResult result = runJob(services, new UpliftJob(services, fit));
            return "uplift run " + result.runId();
        }
    }

    /** The dataset the Experiments view reads out by default: campaign_exposures, else the first experiment. */
    private String experimentDataset() {
        try (WorkspaceServices services = WorkspaceServices.open(options.workspace())) {
            List<DatasetInfo> all = services.datasets().list();
            return all.stream().map(DatasetInfo::name).filter("campaign_exposures"::equals).findFirst()
                    .or(() -> all.stream().filter(d -> d.kind() == DatasetKind.EXPERIMENT).map(DatasetInfo::name)
                            .findFirst())
                    .orElseThrow(() -> new IllegalArgumentException("the workspace has no experiment dataset to read"
                            + " out in the Experiments view; simulate one (campaign-lab simulate) or name one with"
                            + " --dataset"));
        }
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
            if (section == Section.EXPLAIN) {
                err.printf("Run %d has no stored explanation; computing it first...%n", run.id());
                err.flush();
                runJob(services, new ExplainJob(services, run.id(), PermutationSpec.defaults(),
                        ShapleySpec.defaults()));
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
            DriftAnalysis analysis = runJob(services, new DriftAnalysisJob(services, run.id(), window));
            return new Prepared(run.id(), "drift check of run " + run.id() + " against " + analysis.current());
        }
    }
}
