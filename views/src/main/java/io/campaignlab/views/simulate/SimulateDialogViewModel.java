package io.campaignlab.views.simulate;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationResult;
import io.campaignlab.engine.simulate.SimulationSpec;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.common.ParamField;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The simulate dialog's fields, their inline validation, and the simulation job it starts. Also starts the
 * first-start demo with the defaults, without a dialog ({@link #startDemo}). Never touches a node.
 */
public final class SimulateDialogViewModel {

    /** The datasets a simulation writes, before the name prefix. */
    static final List<String> DATASETS = List.of("users", "items", "events", "impressions", "campaign_exposures",
            "discount_test");

    /**
     * The dialog's settings, each with its text as typed and why it is not valid.
     *
     * @param prefix put before every dataset name; blank gives exactly users, items, events and so on
     */
    public record Settings(ParamField<Void> users, ParamField<Void> days, ParamField<Void> seed,
                           ParamField<Void> prefix) {

        /** In the order the dialog shows them. */
        public List<ParamField<Void>> all() {
            return List.of(users, days, seed, prefix);
        }
    }

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor jobs;
    private final Consumer<List<String>> onCreated;
    private final JobSlot simulation;
    private final Settings settings;
    private final ReadOnlyStringWrapper creates = new ReadOnlyStringWrapper(this, "creates", "");
    private final BooleanBinding valid;
    private Set<String> existingNames = Set.of();

    /**
     * @param workspace the open workspace, asked for each time it is needed
     * @param onCreated called on the UI thread with the created datasets' names
     * @param ui        runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public SimulateDialogViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, DialogService dialogs,
                                   Consumer<List<String>> onCreated, Executor ui) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.onCreated = Objects.requireNonNull(onCreated, "onCreated");
        this.simulation = slot(jobs, Objects.requireNonNull(dialogs, "dialogs"), ui);
        this.settings = new Settings(
                new ParamField<>("users", "Users", "How many shoppers to simulate",
                        wholeNumber("Users", SimulationSpec.MIN_USERS, Integer.MAX_VALUE),
                        Formats.count(SimulationSpec.DEFAULT_USERS)),
                new ParamField<>("days", "Days", "How many days of events, impressions and campaign",
                        wholeNumber("Days", 1, Integer.MAX_VALUE), String.valueOf(SimulationSpec.DEFAULT_DAYS)),
                new ParamField<>("seed", "Seed", "The same seed gives the same data",
                        wholeNumber("The seed", Long.MIN_VALUE, Long.MAX_VALUE),
                        String.valueOf(SimulationSpec.DEFAULT_SEED)),
                new ParamField<>("prefix", "Name prefix", "Put before every dataset name",
                        (label, text) -> clashes(text), ""));
        settings.prefix().entry().text().addListener((obs, old, now) -> describe());
        describe();
        valid = settings.users().entry().error().isEmpty().and(settings.days().entry().error().isEmpty())
                .and(settings.seed().entry().error().isEmpty()).and(settings.prefix().entry().error().isEmpty());
    }

    /**
     * Runs the default simulation (50,000 users, 30 days, seed 42, no name prefix) as a job, without a dialog: the
     * first-start screen's "try the demo data".
     *
     * @param onCreated called on the UI thread with the created datasets' names
     * @param ui        runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public static void startDemo(Supplier<WorkspaceContext> workspace, JobExecutor jobs, DialogService dialogs,
                                 Consumer<List<String>> onCreated, Executor ui) {
        launch(SimulationSpec.defaults(), "", workspace, slot(jobs, dialogs, ui), onCreated);
    }

    /** The slot a simulation runs in; it shows a failure (not a cancel) in a dialog. */
    private static JobSlot slot(JobExecutor jobs, DialogService dialogs, Executor ui) {
        return new JobSlot(jobs, ui, dialogs, "Simulation failed");
    }

    /** Loads the workspace's dataset names in the background, so a prefix that would clash is refused inline. */
    public void loadExistingNames() {
        jobs.background(() -> workspace.get().datasets().list().stream().map(DatasetInfo::name)
                        .collect(Collectors.toUnmodifiableSet()),
                names -> {
                    existingNames = names;
                    settings.prefix().revalidate();
                },
                error -> { /* the sink refuses a clashing name anyway, and the failure is shown then */ });
    }

    /** Starts the simulation as a job; does nothing while a field is invalid. */
    public void start() {
        if (!valid.get()) {
            return;
        }
        SimulationSpec spec = SimulationSpec.builder()
                .setUsers((int) parse(settings.users()))
                .setDays((int) parse(settings.days()))
                .setSeed(parse(settings.seed()))
                .build();
        launch(spec, settings.prefix().entry().text().get().trim(), workspace, simulation, onCreated);
    }

    private static void launch(SimulationSpec spec, String prefix, Supplier<WorkspaceContext> workspace,
                               JobSlot slot, Consumer<List<String>> onCreated) {
        SimulationJob job = new SimulationJob(spec, workspace.get().sink(), prefix);
        slot.start(job, job.title(),
                (SimulationResult result) -> onCreated.accept(result.datasets().stream().map(DatasetInfo::name)
                        .toList()),
                error -> { /* the slot shows a failure; a cancel needs no word */ });
    }

    private List<String> names(String prefix) {
        return DATASETS.stream().map(d -> prefix.trim() + d).toList();
    }

    private void describe() {
        creates.set("Creates " + quoted(names(settings.prefix().entry().text().get())) + ".");
    }

    /** Why a prefix cannot be used: datasets of those names exist already. */
    private String clashes(String prefix) {
        List<String> clashes = names(prefix).stream().filter(existingNames::contains).toList();
        return clashes.isEmpty() ? "" : "The workspace already has " + quoted(clashes)
                + "; give a name prefix such as '" + freePrefix() + "'.";
    }

    /** The first of sim2_, sim3_, … whose names are all free. */
    private String freePrefix() {
        for (int n = 2; ; n++) {
            String candidate = "sim" + n + "_";
            if (DATASETS.stream().noneMatch(d -> existingNames.contains(candidate + d))) {
                return candidate;
            }
        }
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    /** A whole number in range; digits may be grouped with commas or underscores. */
    private static ParamField.Rule wholeNumber(String what, long min, long max) {
        return (label, text) -> numberError(text, what, min, max);
    }

    /** Empty when the text is a whole number in range; digits may be grouped with commas or underscores. */
    private static String numberError(String text, String what, long min, long max) {
        String digits = text.trim().replace(",", "").replace("_", "");
        if (!digits.matches("-?\\d{1,19}")) {
            return what + " must be a whole number.";
        }
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return what + " is too large.";
        }
        if (value < min) {
            return what + " must be at least " + Formats.count(min) + ".";
        }
        if (value > max) {
            return what + " must be at most " + Formats.count(max) + ".";
        }
        return "";
    }

    private static long parse(ParamField<Void> field) {
        return Long.parseLong(field.entry().text().get().trim().replace(",", "").replace("_", ""));
    }

    /** The users, days, seed and name prefix. */
    public Settings settings() {
        return settings;
    }

    /** "Creates 'users', 'items', …" with the prefix applied. */
    public ReadOnlyStringProperty createsProperty() {
        return creates.getReadOnlyProperty();
    }

    /** True when every field is valid. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
