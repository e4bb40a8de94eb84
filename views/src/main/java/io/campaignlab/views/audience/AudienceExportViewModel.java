package io.campaignlab.views.audience;

import io.campaignlab.engine.audience.AudienceExport;
import io.campaignlab.engine.audience.AudienceExportJob;
import io.campaignlab.engine.audience.AudienceSelection;
import io.campaignlab.engine.audience.AudienceSources;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The export dialog's state: the sources the workspace holds (segments, run scores, uplift), the threshold or top k
 * the chosen source needs, the file, and the export job in its slot. Never touches a node.
 */
public final class AudienceExportViewModel {

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor jobs;
    private final DialogService dialogs;
    private final JobSlot slot;
    private final ObservableList<AudienceSources.Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<AudienceSources.Source> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final StringBinding amountLabel;
    private final StringBinding problem;
    private final BooleanBinding ready;
    private final ExportForm form;

    /** @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests */
    public AudienceExportViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, DialogService dialogs,
                                   Executor ui) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.slot = new JobSlot(jobs, ui, dialogs, "Audience export failed");
        amountLabel = Bindings.createStringBinding(() -> kind() == AudienceSelection.Kind.SCORE ? "Least mean score"
                : kind() == AudienceSelection.Kind.UPLIFT ? "Top k users" : "", source);
        source.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.kind() != now.kind())) {
                amount.set(now.kind() == AudienceSelection.Kind.SCORE ? "0.05"
                        : now.kind() == AudienceSelection.Kind.UPLIFT ? "1000" : "");
            }
        });
        problem = Bindings.createStringBinding(this::findProblem, source, amount, file, sources);
        ready = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !slot.runningProperty().get(),
                problem, slot.runningProperty());
        form = new ExportForm(sources, source, amount, amountLabel, file, problem, ready, result.getReadOnlyProperty());
    }

    /** Lists the sources in the background; selects the first. */
    public void load() {
        jobs.background(() -> AudienceSources.list(workspace.get()), list -> {
            sources.setAll(list);
            if (source.get() == null && !list.isEmpty()) {
                source.set(list.get(0));
            }
        }, error -> dialogs.showError("Export audience", "cannot list the segments and scores: "
                + error.getMessage(), error));
    }

    /** Asks where to write, suggesting a name after the source. */
    public void chooseFile() {
        AudienceSources.Source s = source.get();
        String suggested = s == null ? "audience.csv" : switch (s.kind()) {
            case SEGMENT -> "segment-" + s.id() + ".csv";
            case SCORE -> "score-run" + s.id() + ".csv";
            case UPLIFT -> "uplift-run" + s.id() + ".csv";
        };
        dialogs.chooseSaveFile("Export audience", suggested).ifPresent(p -> file.set(p.toString()));
    }

    /** Starts the export as a job; does nothing while something is missing. */
    public void export() {
        if (!ready.get()) {
            return;
        }
        AudienceSources.Source s = source.get();
        double min = s.kind() == AudienceSelection.Kind.SCORE ? Double.parseDouble(amount.get().strip()) : Double.NaN;
        int top = s.kind() == AudienceSelection.Kind.UPLIFT ? Integer.parseInt(amount.get().strip()) : 0;
        AudienceExportJob job = new AudienceExportJob(workspace.get(), s.select(min, top), Path.of(file.get().strip()));
        result.set("");
        slot.start(job, job.title(), (AudienceExport done) -> {
            slot.say("");
            result.set("Wrote " + Formats.count(done.users())
                + " users of " + done.selection() + " (of " + Formats.count(done.scoredUsers()) + ") to "
                + done.file() + ".");
        }, error -> { /* the slot shows a failure; a cancel needs no word */ });
    }

    private AudienceSelection.Kind kind() {
        return source.get() == null ? null : source.get().kind();
    }

    private String findProblem() {
        if (source.get() == null) {
            return sources.isEmpty() ? "The workspace has no segment, scores or uplift run to export yet: build a"
                    + " segment in Segments, score a run in Models, or fit an uplift model in Experiments."
                    : "Choose what to export.";
        }
        String a = amount.get() == null ? "" : amount.get().strip();
        if (kind() == AudienceSelection.Kind.SCORE) {
            try {
                if (!Double.isFinite(Double.parseDouble(a))) {
                    return "The least mean score must be a number.";
                }
            } catch (NumberFormatException e) {
                return "The least mean score must be a number, such as 0.05.";
            }
        } else if (kind() == AudienceSelection.Kind.UPLIFT && (!a.matches("\\d{1,9}") || Integer.parseInt(a) < 1)) {
            return "Top k must be a whole number of users, at least 1.";
        }
        if (file.get() == null || file.get().isBlank()) {
            return "Choose the CSV file to write.";
        }
        return "";
    }

    /** The export's fields, what they lead to and what the last export wrote. */
    public ExportForm form() {
        return form;
    }

    /**
     * The export as the dialog shows it: the sources to choose from (segments, score and uplift runs) and the one
     * chosen; the threshold or top k as typed, and its label ("Least mean score", "Top k users", or empty for a
     * segment); the CSV file; why the export cannot start yet (empty when it can); whether it can; what the last
     * export wrote.
     */
    public record ExportForm(ObservableList<AudienceSources.Source> sources,
                             ObjectProperty<AudienceSources.Source> source, StringProperty amount,
                             StringBinding amountLabel, StringProperty file, StringBinding problem,
                             BooleanBinding ready, ReadOnlyStringProperty result) {
    }

    public JobSlot slot() {
        return slot;
    }
}
