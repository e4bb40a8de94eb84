package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.RunPicker;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Runs tab's state: every recommendation run of the workspace (newest first) with its stored outcome, the runs
 * selected for the recall@K chart, the curve drawn, and a warning when the selected runs are not comparable
 * (different protocols or datasets). Repository reads run in the background. Never touches a node.
 */
public final class RecommendRunsViewModel {

    /** What the section says while no recommendation run exists. */
    public static final String NO_RUNS = "No recommendation run yet. Train one with the form on the right (or"
            + " campaign-lab recommend train).";

    private static final Logger LOG = LoggerFactory.getLogger(RecommendRunsViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final RunPicker<RecommendRunRow> picker;
    private final ObjectProperty<CurveMetric> metric = new SimpleObjectProperty<>(this, "metric", CurveMetric.RECALL);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public RecommendRunsViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor) {
        this.workspace = workspace;
        this.picker = new RunPicker<>(executor, RecommendRunRow::id,
                () -> new RunPicker.Listing<>(load(workspace.get().runs()), RecommendRunRow::hasCurve)).multiple();
        picker.onListed(listed -> message.set(listed.runs().isEmpty() ? NO_RUNS : ""));
        picker.onFailure(error -> {
            LOG.warn("Could not list the recommendation runs", error);
            message.set("Could not list the runs: " + error.getMessage());
        });
        picker.selection().addListener((ListChangeListener<RecommendRunRow>) c ->
                warning.set(comparability(picker.selection())));
    }

    /** Lists the runs again, keeping the selection by id (else the ids asked for, else the newest completed). */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        if (picker.runs().isEmpty()) {
            message.set("Loading runs…");
        }
        picker.refresh();
    }

    /** Every recommendation run with its outcome (call on a worker thread). */
    static List<RecommendRunRow> load(RunRepository repository) {
        List<RecommendRunRow> rows = new ArrayList<>();
        for (RunRecord record : repository.list()) {
            if (!RecommendRunRow.isRecommendation(record)) {
                continue;
            }
            RecommendOutcome outcome = null;
            Optional<RunReport> report = repository.report(record.id(), RecommendTrainingJob.REPORT_KIND, "");
            if (report.isPresent()) {
                try {
                    outcome = ReportJson.read(report.get().json(), RecommendOutcome.class);
                } catch (RuntimeException unreadable) {
                    LOG.warn("The recommend report of run {} cannot be read", record.id(), unreadable);
                }
            }
            rows.add(RecommendRunRow.of(record, outcome));
        }
        return rows;
    }

    /** Selects runs by id, now if they are listed, else once they are (the snapshot command's {@code --run}). */
    public void selectRuns(List<Long> ids) {
        picker.selectIds(ids);
    }

    /**
     * Why the selected runs' numbers cannot be compared, in a sentence; empty when they can. Different protocol
     * kinds, targets, cuts or repurchase rules hold out different items; a different dataset is another problem; a
     * different K only changes the table's @K columns, not the curve.
     */
    public static String comparability(List<RecommendRunRow> rows) {
        Set<String> splits = new LinkedHashSet<>();
        Set<String> datasets = new LinkedHashSet<>();
        Set<Integer> ks = new LinkedHashSet<>();
        for (RecommendRunRow row : rows) {
            splits.add(RecommendFormats.split(row.protocol()));
            datasets.add(row.dataset());
            if (row.protocol() != null) {
                ks.add(row.protocol().k());
            }
        }
        List<String> problems = new ArrayList<>();
        if (splits.size() > 1) {
            problems.add("different protocols (" + String.join("; ", splits) + ")");
        }
        if (datasets.size() > 1) {
            problems.add("different datasets (" + String.join(", ", datasets) + ")");
        }
        if (!problems.isEmpty()) {
            return "Not comparable: the selected runs used " + String.join(" and ", problems)
                    + ". Their numbers measure different things.";
        }
        if (ks.size() > 1) {
            return "The selected runs used different K (" + String.join(", ", ks.stream().map(String::valueOf)
                    .toList()) + "): compare the @K columns on the curve at one K.";
        }
        return "";
    }

    /** The protocol(s) of the selected runs, for the chart's subtitle. */
    public String protocolLine() {
        Set<String> protocols = new LinkedHashSet<>();
        for (RecommendRunRow row : picker.selection()) {
            protocols.add(row.protocolText() + " on " + row.dataset());
        }
        return protocols.isEmpty() ? "" : "Protocol: " + String.join(" | ", protocols);
    }

    /** Another workspace was opened: forgets this one's runs and lists again. */
    public void workspaceChanged() {
        picker.clear();
        refresh();
    }

    /** The run with this id in the list. */
    public Optional<RecommendRunRow> find(long id) {
        return picker.find(id);
    }

    /** Every recommendation run, newest first. */
    public ObservableList<RecommendRunRow> runs() {
        return picker.runs();
    }

    /** The runs the chart overlays (the table's selection). */
    public ObservableList<RecommendRunRow> selected() {
        return picker.selection();
    }

    public ObjectProperty<CurveMetric> metricProperty() {
        return metric;
    }

    /** Why the selected runs are not comparable; empty when they are. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Why no runs are listed; empty when some are. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return picker.loadingProperty();
    }
}
