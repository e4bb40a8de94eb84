package io.campaignlab.views.segments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.segments.kmeans.KMeansRequest;
import io.campaignlab.engine.segments.kmeans.KMeansSpec;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * State of the Segments section: the stored segmentations and the one shown (read from its stored report in the
 * background); the RFM and k-means launcher (dataset, snapshot, method, k or a range of k) with progress and
 * cancel; and the rule builder. Never touches a node.
 */
public final class SegmentsViewModel {

    /** How a new segmentation is made. */
    public enum Method {
        RFM("RFM"), KMEANS("k-means");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The settings of a new segmentation.
     *
     * @param dataset  the transactions or events dataset
     * @param snapshot the day recency is measured to; null for the day after the last row
     * @param kMin     the smallest k that k-means tries
     * @param kMax     the largest k that k-means tries
     */
    public record Settings(ObjectProperty<String> dataset, ObjectProperty<LocalDate> snapshot,
                           ObjectProperty<Method> method, IntegerProperty kMin, IntegerProperty kMax) {

        Settings() {
            this(new SimpleObjectProperty<>(null, "dataset"), new SimpleObjectProperty<>(null, "snapshot"),
                    new SimpleObjectProperty<>(null, "method", Method.RFM), new SimpleIntegerProperty(null, "kMin", 2),
                    new SimpleIntegerProperty(null, "kMax", 8));
        }
    }

    /** What the section says with no segmentation yet. */
    public static final String NONE = "No segmentation yet. Choose a transactions or events dataset on the left and"
            + " run RFM or k-means, or build a rule segment.";
    private static final Logger LOG = LoggerFactory.getLogger(SegmentsViewModel.class);

    private final SegmentStore store;
    private final JobExecutor executor;
    private final SegmentJobs jobs;
    private final RuleBuilderViewModel rules;
    private final ObservableList<SegmentationRecord> segmentations = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentationRecord> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ShownSegmentation> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final Settings settings = new Settings();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final JobSlot job;
    private final Latest reading = new Latest();
    private Long wanted;

    /**
     * @param ui        runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param debouncer when the rule builder counts after an edit
     */
    public SegmentsViewModel(SegmentStore store, JobExecutor executor, Executor ui, SegmentJobs jobs,
                             RuleBuilderViewModel.Debouncer debouncer) {
        this.store = store;
        this.executor = executor;
        this.job = new JobSlot(executor, ui);
        this.jobs = jobs;
        this.rules = new RuleBuilderViewModel(store, executor, ui, jobs, debouncer);
        rules.onSaved(this::refreshAndSelect);
        selected.addListener((o, old, now) -> show(now));
    }

    /** Lists the segmentations and datasets again, keeping the selection (else the newest). */
    public void refresh() {
        loading.set(true);
        executor.background(() -> new Object[]{store.segmentations(), store.datasets()}, result -> {
            loading.set(false);
            @SuppressWarnings("unchecked") List<SegmentationRecord> list = (List<SegmentationRecord>) result[0];
            @SuppressWarnings("unchecked") List<DatasetInfo> infos = (List<DatasetInfo>) result[1];
            listed(list, infos);
        }, error -> {
            loading.set(false);
            LOG.warn("Could not list the segmentations", error);
            message.set("Could not list the segmentations: " + error.getMessage());
        });
    }

    private void listed(List<SegmentationRecord> list, List<DatasetInfo> infos) {
        List<String> segmentable = new ArrayList<>();
        for (DatasetInfo d : infos) {
            try {
                SegmentColumns.resolve(d, null);
                segmentable.add(d.name());
            } catch (IllegalArgumentException notSegmentable) {
                // a dataset without user, time and amount columns cannot be segmented by RFM or k-means
            }
        }
        datasets.setAll(segmentable);
        if (settings.dataset().get() == null || !segmentable.contains(settings.dataset().get())) {
            settings.dataset().set(segmentable.isEmpty() ? null : segmentable.get(0));
        }
        rules.datasets(infos);
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        segmentations.setAll(list);
        Optional<SegmentationRecord> chosen = keep == null ? Optional.empty()
                : list.stream().filter(s -> s.id() == keep).findFirst();
        if (chosen.isEmpty() && !list.isEmpty()) {
            chosen = Optional.of(list.get(0));
        }
        if (chosen.isEmpty()) {
            selected.set(null);
            shown.set(null);
            message.set(NONE);
            return;
        }
        if (selected.get() != null && selected.get().id() == chosen.get().id()) {
            selected.set(chosen.get());
            show(chosen.get());
        } else {
            selected.set(chosen.get());
        }
    }

    /** Shows a segmentation by id once listed (the snapshot command's {@code --segmentation}). */
    public void select(long id) {
        Optional<SegmentationRecord> found = segmentations.stream().filter(s -> s.id() == id).findFirst();
        if (found.isPresent() && !loading.get()) {
            selected.set(found.get());
            return;
        }
        wanted = id;
        refresh();
    }

    private void refreshAndSelect(long id) {
        wanted = id;
        refresh();
    }

    private void show(SegmentationRecord record) {
        if (record == null) {
            reading.invalidate();
            shown.set(null);
            message.set(segmentations.isEmpty() ? NONE : "Select a segmentation.");
            return;
        }
        message.set("Reading " + record.name() + "…");
        loading.set(true);
        reading.background(executor, () -> ShownSegmentation.of(record, store.report(record.id()).orElse(null)),
                this::shown, error -> {
            loading.set(false);
            LOG.warn("Could not read segmentation {}", record.id(), error);
            shown.set(null);
            message.set("Could not read " + record.name() + ": " + error.getMessage());
        });
    }

    private void shown(ShownSegmentation result) {
        loading.set(false);
        shown.set(result);
        message.set("");
    }

    /** Why a run cannot start; empty when it can. */
    public String whyNot() {
        if (settings.dataset().get() == null) {
            return "No dataset with user, timestamp and price (or revenue) columns to segment.";
        }
        int kMin = settings.kMin().get();
        int kMax = settings.kMax().get();
        if (settings.method().get() == Method.KMEANS && (kMin < 2 || kMax < kMin || kMax > 50)) {
            return "k runs from 2 to at most 50, the first no larger than the last.";
        }
        return "";
    }

    /** Runs RFM or k-means on the chosen dataset as a job, then lists and shows the new segmentation. */
    public void run() {
        String why = whyNot();
        if (!why.isEmpty() || job.runningProperty().get()) {
            job.say(why);
            return;
        }
        String name = settings.dataset().get();
        if (settings.method().get() == Method.RFM) {
            start(jobs.rfm(new RfmRequest(name, settings.snapshot().get(), null)), "RFM of " + name + "…",
                    r -> r.segmentationId());
        } else {
            KMeansSpec spec = KMeansSpec.of(settings.kMin().get(), settings.kMax().get(), KMeansSpec.DEFAULT_SEED);
            start(jobs.kMeans(new KMeansRequest(name, settings.snapshot().get(), null, spec)),
                    "k-means of " + name + "…",
                    r -> r.segmentationId());
        }
    }

    private <T> void start(Job<T> segmentation, String text, java.util.function.ToLongFunction<T> id) {
        job.start(segmentation, text, done -> {
            long stored = id.applyAsLong(done);
            job.say(String.format(Locale.ROOT, "Stored as segmentation %d.", stored));
            refreshAndSelect(stored);
        }, error -> job.say(error instanceof CancelledException ? "Cancelled." : "Failed: " + error.getMessage()));
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        wanted = null;
        segmentations.clear();
        selected.set(null);
        refresh();
    }

    public RuleBuilderViewModel rules() {
        return rules;
    }

    public ObservableList<SegmentationRecord> segmentations() {
        return segmentations;
    }

    public ObjectProperty<SegmentationRecord> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ShownSegmentation> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<String> datasets() {
        return datasets;
    }

    /** The dataset, snapshot, method and range of k of a new segmentation. */
    public Settings settings() {
        return settings;
    }

    /** Why nothing is shown; empty when a segmentation is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The segmentation job: running, progress, its message (why a run cannot start, or how one ended), cancel. */
    public JobSlot job() {
        return job;
    }
}
