package io.campaignlab.views.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportPlan;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.importing.RejectLimit;
import io.campaignlab.engine.importing.columns.SampleCheck;
import io.campaignlab.engine.importing.csv.SampleRecord;
import io.campaignlab.engine.importing.excel.XlsxSheets;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The import wizard's state and actions: the file and dataset name, the dialect the preview is read with, the
 * column choices, and the import job. Reading the file (planning) runs through {@link JobExecutor#background}; the
 * import itself in a {@link JobSlot}, so it shows in the jobs panel. Never touches a node.
 */
public final class ImportWizardViewModel {

    /** How many sample records the preview table shows. */
    public static final int PREVIEW_ROWS = 200;
    static final String CANCELLED = "Import cancelled; nothing was written.";
    static final String FAILED = "Import failed";

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor jobs;
    private final DialogService dialogs;
    private final Consumer<String> onImported;

    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private Set<String> existingNames = Set.of();
    private String defaultName = "";

    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(this, "planning");
    private final ReadOnlyStringWrapper planError = new ReadOnlyStringWrapper(this, "planError", "");
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper(this, "fileSummary", "");
    private final ReadOnlyStringWrapper previewLines = new ReadOnlyStringWrapper(this, "previewLines", "");
    private final ReadOnlyStringWrapper readWarning = new ReadOnlyStringWrapper(this, "readWarning", "");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final Latest plans = new Latest();
    private boolean applyingPlan;
    private boolean dialectChosen;

    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<Charset> charset = new SimpleObjectProperty<>(this, "charset");
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header");
    private final ObservableList<Charset> charsets =
            FXCollections.observableArrayList(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);
    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<SampleRecord> previewRows = FXCollections.observableArrayList();

    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper blockingColumns = new ReadOnlyIntegerWrapper(this, "blockingColumns");
    private final ObjectProperty<DatasetKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty maxRejects = new SimpleStringProperty(this, "maxRejects", "");
    private final ReadOnlyStringWrapper maxRejectsError = new ReadOnlyStringWrapper(this, "maxRejectsError", "");
    private final ReadOnlyStringWrapper sampleRejects = new ReadOnlyStringWrapper(this, "sampleRejects", "");
    private final ReadOnlyBooleanWrapper sampleOverLimit = new ReadOnlyBooleanWrapper(this, "sampleOverLimit");

    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final JobSlot importJob;

    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canImport;
    private final ImportSettings settings = new ImportSettings(file.getReadOnlyProperty(), name, delimiter, charset,
            header, columns, kind, maxRejects);
    private final FilePreview preview = new FilePreview(plan.getReadOnlyProperty(), planning.getReadOnlyProperty(),
            planError.getReadOnlyProperty(), fileSummary.getReadOnlyProperty(), previewLines.getReadOnlyProperty(),
            previewHeaders, previewRows, charsets, readWarning.getReadOnlyProperty(), sheets, sheet);
    private final ImportChecks checks = new ImportChecks(nameError.getReadOnlyProperty(),
            maxRejectsError.getReadOnlyProperty(), blockingColumns.getReadOnlyProperty(),
            sampleRejects.getReadOnlyProperty(), sampleOverLimit.getReadOnlyProperty());
    private final WizardProgress progress;

    /**
     * @param workspace  the open workspace, asked for each time it is needed
     * @param onImported called on the UI thread with the new dataset's name
     * @param ui         runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     */
    public ImportWizardViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, DialogService dialogs,
                                 Consumer<String> onImported, Executor ui) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
        this.importJob = new JobSlot(jobs, ui, dialogs, FAILED, GuiWording::sentence);
        importing.bind(checking.getReadOnlyProperty().or(importJob.runningProperty()));
        name.addListener((obs, old, now) -> validateName());
        maxRejects.addListener((obs, old, now) -> {
            validateMaxRejects();
            checkSampleRejects();
        });
        delimiter.addListener((obs, old, now) -> dialectChanged());
        charset.addListener((obs, old, now) -> dialectChanged());
        header.addListener((obs, old, now) -> dialectChanged());
        sheet.addListener((obs, old, now) -> sheetChanged());
        validateName();

        BooleanBinding planReady = plan.isNotNull().and(planning.not()).and(importing.not());
        canGoBack = Bindings.createBooleanBinding(() -> step.get() == WizardStep.PREVIEW
                || step.get() == WizardStep.COLUMNS, step).and(importing.not());
        canGoNext = planReady.and(nameError.isEmpty()).and(Bindings.createBooleanBinding(
                () -> step.get() == WizardStep.FILE || step.get() == WizardStep.PREVIEW, step));
        canImport = planReady.and(nameError.isEmpty()).and(maxRejectsError.isEmpty())
                .and(blockingColumns.isEqualTo(0)).and(step.isEqualTo(WizardStep.COLUMNS));
        progress = new WizardProgress(step.getReadOnlyProperty(), canGoBack, canGoNext, canImport,
                importing.getReadOnlyProperty(), importJob.messageProperty(), summary.getReadOnlyProperty());
    }

    /**
     * Loads the workspace's dataset names for the name check, and starts with a file when one was dropped or
     * passed in.
     *
     * @param fileOrNull the file to import, or null to let the person choose one
     */
    public void start(Path fileOrNull) {
        jobs.background(() -> workspace.get().datasets().list().stream().map(DatasetInfo::name)
                        .collect(Collectors.toUnmodifiableSet()),
                names -> {
                    existingNames = names;
                    validateName();
                },
                error -> { /* the import job refuses a duplicate name anyway */ });
        if (fileOrNull != null) {
            useFile(fileOrNull);
        }
    }

    /** Asks for a file through the dialog service. */
    public void chooseFile() {
        dialogs.chooseFile("Import a CSV file or an Excel workbook").ifPresent(this::useFile);
    }

    /** Starts over with this file: detects its dialect again and reads its preview in the background. */
    public void useFile(Path path) {
        Objects.requireNonNull(path, "path");
        file.set(path);
        String fresh = ImportSpec.builder().setFile(path).build().name();
        if (name.get().isBlank() || name.get().equals(defaultName)) {
            name.set(fresh);
        }
        defaultName = fresh;
        dialectChosen = false;
        applyingPlan = true;
        try {
            sheets.clear();
            sheet.set(null);
        } finally {
            applyingPlan = false;
        }
        step.set(WizardStep.FILE);
        replan();
    }

    public void next() {
        if (canGoNext.get()) {
            step.set(WizardStep.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(WizardStep.values()[step.get().ordinal() - 1]);
        }
    }

    /**
     * Plans the import again with the person's choices (reading the file in the background), then runs it as a
     * job. Success moves to the summary; a failure is shown by the dialog service and the wizard stays on the
     * columns, so the person can change a type and retry.
     */
    public void startImport() {
        if (!canImport.get()) {
            return;
        }
        ImportSpec spec = importSpec();
        checking.set(true);
        importJob.say("Checking the file…");
        jobs.background(() -> ImportPlanner.plan(spec), this::runImport, this::checkFailed);
    }

    /** Cancels a running import; the job writes nothing. */
    public void cancelImport() {
        importJob.cancel();
    }

    /** The spec the import runs with: the file, the name, the dialect shown, and every change to the columns. */
    ImportSpec importSpec() {
        ImportSpec.Builder builder = ImportSpec.builder()
                .setFile(file.get())
                .setName(name.get().trim())
                .optKind(kind.get())
                .optDelimiter(delimiter.get() == null ? null : delimiter.get().character())
                .optCharset(charset.get())
                .optHeader(header.get())
                .optSheet(sheet.get());
        for (ColumnChoice column : columns) {
            if (column.typeChanged()) {
                builder.optType(column.name(), column.typeSpec());
            }
            if (column.roleChanged()) {
                builder.optRole(column.name(), column.settings().role().get());
            }
        }
        String limit = maxRejects.get().trim();
        if (!limit.isEmpty()) {
            builder.optMaxRejects(Long.parseLong(limit));
        }
        return builder.build();
    }

    /** The file was checked: the import job takes over from the check, so that {@code importing} stays true. */
    private void runImport(ImportPlan finalPlan) {
        WorkspaceContext ws = workspace.get();
        try {
            importJob.start(new ImportJob(finalPlan, ws.sink(), ws.datasets()),
                    "Importing… progress shows in the jobs panel.", this::imported, this::importEnded);
        } finally {
            checking.set(false);
        }
    }

    private void imported(ImportResult result) {
        importJob.say("");
        summary.set(ImportSummary.of(result));
        step.set(WizardStep.SUMMARY);
        onImported.accept(result.dataset().name());
    }

    /** The import failed or was cancelled; the slot shows a failure in a dialog. */
    private void importEnded(Throwable error) {
        importJob.say(error instanceof CancelledException ? CANCELLED : "");
    }

    /** Checking the file before the import failed: no job ran, so the dialog is shown here. */
    private void checkFailed(Throwable error) {
        checking.set(false);
        importJob.say("");
        dialogs.showError(FAILED, GuiWording.sentence(error), error);
    }

    /** Another sheet is another table: its dialect and header are detected afresh. */
    private void sheetChanged() {
        if (!applyingPlan && file.get() != null) {
            dialectChosen = false;
            replan();
        }
    }

    private void dialectChanged() {
        if (!applyingPlan && file.get() != null) {
            dialectChosen = true;
            replan();
        }
    }

    private void replan() {
        ImportSpec.Builder builder = ImportSpec.builder().setFile(file.get()).optSheet(sheet.get());
        if (dialectChosen) {
            builder.optDelimiter(delimiter.get() == null ? null : delimiter.get().character())
                    .optCharset(charset.get())
                    .optHeader(header.get());
        }
        ImportSpec spec = builder.build();
        planning.set(true);
        planError.set("");
        plans.background(jobs, () -> new Planned(ImportPlanner.plan(spec), XlsxSheets.isWorkbook(spec.file())
                        ? XlsxSheets.sheetNames(spec.file()) : List.of()),
                result -> {
                    planning.set(false);
                    applySheets(result.sheets());
                    applyPlan(result.plan());
                },
                error -> {
                    planning.set(false);
                    plan.set(null);
                    previewRows.clear();
                    previewLines.set("");
                    columns.clear();
                    fileSummary.set("");
                    readWarning.set("");
                    planError.set(GuiWording.sentence(error));
                });
    }

    /** A plan with the sheets of its workbook (none for a text file), both read in the background. */
    private record Planned(ImportPlan plan, List<String> sheets) {
    }

    private void applySheets(List<String> names) {
        applyingPlan = true;
        try {
            if (!sheets.equals(names)) {
                sheets.setAll(names);
            }
            if (sheet.get() == null && !names.isEmpty()) {
                sheet.set(names.get(0));
            }
        } finally {
            applyingPlan = false;
        }
    }

    private void applyPlan(ImportPlan result) {
        applyingPlan = true;
        try {
            if (!charsets.contains(result.dialect().charset())) {
                charsets.add(result.dialect().charset());
            }
            delimiter.set(Delimiter.of(result.dialect().delimiter()).orElse(null));
            charset.set(result.dialect().charset());
            header.set(result.dialect().header());
            previewRows.setAll(result.sniff().sample().stream().limit(PREVIEW_ROWS).toList());
            previewLines.set(PreviewLines.describe(previewRows));
            previewHeaders.setAll(result.columns().stream().map(ColumnMeta::header).toList());
            List<ColumnChoice> choices = new ArrayList<>();
            for (int i = 0; i < result.columns().size(); i++) {
                ColumnChoice choice = new ColumnChoice(result.columns().get(i), result.sniff(), i,
                        result.reasons().get(i));
                choice.sample().severity().addListener((obs, old, now) -> countBlocking());
                choice.settings().type().addListener((obs, old, now) -> checkSampleRejects());
                choice.settings().format().addListener((obs, old, now) -> checkSampleRejects());
                choices.add(choice);
            }
            columns.setAll(choices);
            countBlocking();
            kind.set(result.kind());
            fileSummary.set(sheets.isEmpty() ? describe(result) : describeSheet(result, sheet.get()));
            readWarning.set(result.warnings().stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)
                    + ".").collect(Collectors.joining(" ")));
            plan.set(result);
            checkSampleRejects();
        } finally {
            applyingPlan = false;
        }
    }

    /** "book.xlsx, sheet 'Orders' · with a header row · 4 columns": a sheet has no delimiter or encoding of its own. */
    private static String describeSheet(ImportPlan plan, String sheetName) {
        int width = plan.columns().size();
        return String.format(Locale.ROOT, "%s, sheet '%s' · %s · %d column%s", plan.spec().file().getFileName(),
                sheetName, plan.dialect().header() ? "with a header row" : "no header row", width, width == 1 ? "" : "s");
    }

    private static String describe(ImportPlan plan) {
        return String.format(Locale.ROOT, "%s · %s · %s-separated, %s, %s · %d columns", plan.source().name(),
                Formats.bytes(plan.source().size()), plan.dialect().delimiterName(), plan.dialect().charset().name(),
                plan.dialect().header() ? "with a header row" : "no header row", plan.columns().size());
    }

    /**
     * Says how many sample rows the import would reject with the current choices, against the limit the import will
     * enforce ({@link RejectLimit}): within it those rows are rejected and listed; over it the import would stop.
     */
    private void checkSampleRejects() {
        ImportPlan current = plan.get();
        if (current == null || columns.isEmpty() || blockingColumns.get() > 0 || !maxRejectsError.get().isEmpty()) {
            sampleRejects.set("");
            sampleOverLimit.set(false);
            return;
        }
        long rejected = SampleCheck.rejectedRecords(current.sniff(), columns.stream().map(ColumnChoice::chosen)
                .toList());
        long rows = current.sniff().sample().size();
        String limit = maxRejects.get().trim();
        RejectLimit rule = new RejectLimit(limit.isEmpty() ? -1 : Long.parseLong(limit));
        sampleOverLimit.set(rule.exceeded(rejected, rows));
        sampleRejects.set(sampleRejectsText(rule, rejected, rows));
    }

    static String sampleRejectsText(RejectLimit rule, long rejected, long rows) {
        if (rejected == 0) {
            return "";
        }
        String limit = rule.isDefault()
                ? String.format(Locale.ROOT, "the default limit of %s (%s)", Formats.count(rule.allowed(rows)),
                RejectLimit.DEFAULT_RULE)
                : "Max rejects (" + Formats.count(rule.allowed(rows)) + ")";
        String counted = String.format(Locale.ROOT, "%s of %s sample rows", Formats.count(rejected),
                Formats.count(rows));
        return rule.exceeded(rejected, rows)
                ? counted + " would be rejected, more than " + limit + ": the import would stop. Fix the column types"
                + " or raise Max rejects."
                : counted + " will be rejected and listed, within " + limit + ".";
    }

    private void countBlocking() {
        blockingColumns.set((int) columns.stream().filter(c -> c.sample().blocking()).count());
    }

    private void validateName() {
        String text = name.get().trim();
        if (text.isEmpty()) {
            nameError.set("Give the dataset a name.");
        } else if (existingNames.contains(text)) {
            nameError.set("A dataset named '" + text + "' already exists; choose another name.");
        } else {
            nameError.set("");
        }
    }

    private void validateMaxRejects() {
        String text = maxRejects.get().trim();
        if (!text.isEmpty() && !text.matches("\\d{1,18}")) {
            maxRejectsError.set("Max rejects is a whole number of rows, 0 or more; leave it blank for the default: "
                    + RejectLimit.DEFAULT_RULE + ".");
        } else {
            maxRejectsError.set("");
        }
    }

    /** The person's choices: the file, the dataset name, the dialect, the columns, the kind and the reject limit. */
    public ImportSettings settings() {
        return settings;
    }

    /** What reading the file showed: the plan, its preview and the encodings to choose from. */
    public FilePreview preview() {
        return preview;
    }

    /** What stands in the import's way, or what it would reject. */
    public ImportChecks checks() {
        return checks;
    }

    /** The step shown, where the person can go from it, and the import job. */
    public WizardProgress progress() {
        return progress;
    }

    /**
     * The person's choices.
     *
     * @param file       the file to import (chosen through {@link ImportWizardViewModel#useFile})
     * @param columns    one choice of type, format and role per column, from the preview
     * @param maxRejects the most rows that may be rejected, as typed; blank means the default (see
     *                   {@link RejectLimit})
     */
    public record ImportSettings(ReadOnlyObjectProperty<Path> file, StringProperty name,
                                 ObjectProperty<Delimiter> delimiter, ObjectProperty<Charset> charset,
                                 BooleanProperty header, ObservableList<ColumnChoice> columns,
                                 ObjectProperty<DatasetKind> kind, StringProperty maxRejects) {
    }

    /**
     * What reading the file for the preview showed.
     *
     * @param planning    true while the file is being read
     * @param planError   why the file could not be read with the current choices; empty when it could
     * @param fileSummary "orders.csv · 1.2 MB · comma-separated, UTF-8, with a header row · 8 columns"
     * @param lines       which preview records span several lines (a quoted field with line breaks) and which will
     *                    be rejected line by line for an unclosed quote; empty when every record is on a line of its
     *                    own
     * @param rows        the preview's records with their lines, at most
     *                    {@link ImportWizardViewModel#PREVIEW_ROWS}; a record may have more or fewer fields than there
     *                    are headers
     * @param charsets    the encodings to choose from: UTF-8, ISO-8859-1, and a detected one such as UTF-16
     * @param warning     why the file was probably read wrong (one column whose values hold separators); empty when
     *                    nothing looks wrong
     * @param sheets      the sheets of an Excel workbook; empty for a text file
     * @param sheet       the sheet shown and imported, or null for a text file
     */
    public record FilePreview(ReadOnlyObjectProperty<ImportPlan> plan, ReadOnlyBooleanProperty planning,
                              ReadOnlyStringProperty planError, ReadOnlyStringProperty fileSummary,
                              ReadOnlyStringProperty lines, ObservableList<String> headers,
                              ObservableList<SampleRecord> rows, ObservableList<Charset> charsets,
                              ReadOnlyStringProperty warning, ObservableList<String> sheets,
                              ObjectProperty<String> sheet) {
    }

    /**
     * What stands in the import's way.
     *
     * @param nameError       why the name cannot be used; empty when it can
     * @param blockingColumns how many columns have a choice that cannot work; the import waits until there are none
     * @param sampleRejects   how many sample rows the import would reject with the current choices, and whether that
     *                        is within the limit the import enforces; empty when none would be
     * @param sampleOverLimit true when the sample alone has more rejected rows than the limit allows: the import
     *                        would stop
     */
    public record ImportChecks(ReadOnlyStringProperty nameError, ReadOnlyStringProperty maxRejectsError,
                               ReadOnlyIntegerProperty blockingColumns, ReadOnlyStringProperty sampleRejects,
                               ReadOnlyBooleanProperty sampleOverLimit) {
    }

    /**
     * Where the wizard stands: the step shown, which moves the buttons allow, and the import job.
     *
     * @param importing true from Import until the import has ended
     * @param status    a line about the import in progress, or that it was cancelled
     * @param summary   the finished import, or null before
     */
    public record WizardProgress(ReadOnlyObjectProperty<WizardStep> step, BooleanBinding canGoBack,
                                 BooleanBinding canGoNext, BooleanBinding canImport, ReadOnlyBooleanProperty importing,
                                 ReadOnlyStringProperty status, ReadOnlyObjectProperty<ImportSummary> summary) {
    }
}
