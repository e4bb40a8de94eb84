package io.campaignlab.views.rejections;

import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.Latest;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * State of the rejections tab: the first {@value #MAX_LOADED} rejections of a dataset, loaded in pages of
 * {@value #PAGE_SIZE} in the background, a case-insensitive text filter over them, and the CSV export of what
 * the filter shows. Never touches a node.
 */
public final class RejectionsViewModel {

    /** Rejections fetched per request. */
    public static final int PAGE_SIZE = 1_000;
    /** At most this many rejections are held; the count still tells how many there are. */
    public static final int MAX_LOADED = 10_000;

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper dataset = new ReadOnlyStringWrapper(this, "dataset");
    private final ObservableList<Rejection> loaded = FXCollections.observableArrayList();
    private final FilteredList<Rejection> shown = new FilteredList<>(loaded);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final RejectionList list;
    /** A new request on every show and clear, so that pages of an earlier load are dropped. */
    private final Latest loads = new Latest();

    public RejectionsViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> matching(filterText.get()), filterText));
        list = new RejectionList(dataset.getReadOnlyProperty(), shown, filterText, total.getReadOnlyProperty(),
                Bindings.createStringBinding(this::describeCount, total, filterText, loaded, shown, loading),
                loading.getReadOnlyProperty(), message.getReadOnlyProperty());
    }

    /** Loads the rejections of a dataset; does nothing when they are already shown. */
    public void show(String name) {
        if (Objects.equals(name, dataset.get())) {
            return;
        }
        clear();
        dataset.set(name);
        loading.set(true);
        Latest.Ticket current = loads.current();
        executor.background(() -> workspace.get().rejections().count(name), current.ifCurrent(count -> {
            total.set(count);
            loadPage(name, current);
        }), current.ifCurrent(error -> failed(name, error)));
    }

    /** Forgets the dataset shown. */
    public void clear() {
        loads.invalidate();
        dataset.set(null);
        loaded.clear();
        total.set(0);
        loading.set(false);
        message.set("");
    }

    private void loadPage(String name, Latest.Ticket current) {
        long offset = loaded.size();
        int limit = (int) Math.min(PAGE_SIZE, Math.min(total.get(), MAX_LOADED) - offset);
        if (limit <= 0) {
            loading.set(false);
            return;
        }
        executor.background(() -> workspace.get().rejections().list(name, offset, limit), current.ifCurrent(page -> {
            loaded.addAll(page);
            if (page.size() < limit) {
                loading.set(false);
            } else {
                loadPage(name, current);
            }
        }), current.ifCurrent(error -> failed(name, error)));
    }

    /**
     * Asks where to save the rejections the filter shows, then writes them as CSV in the background.
     */
    public void exportCsv() {
        String name = dataset.get();
        if (name == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile("Export rejections", name + "-rejections.csv");
        if (target.isEmpty()) {
            return;
        }
        List<Rejection> rows = List.copyOf(shown);
        Path path = target.get();
        executor.background(() -> {
            try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                RejectionsCsv.write(rows, out);
            }
            return rows.size();
        }, written -> message.set("Exported " + Formats.count(written) + " rejections to " + path.getFileName()),
                error -> dialogs.showError("Export rejections", "Could not write " + path.getFileName() + ": "
                        + error.getMessage(), error));
    }

    private void failed(String name, Throwable error) {
        loading.set(false);
        message.set("Could not read the rejections: " + error.getMessage());
        dialogs.showError("Rejections", "Could not read the rejections of '" + name + "': " + error.getMessage(),
                error);
    }

    /** Matches a rejection when any field contains the text, ignoring case; everything when the text is blank. */
    static Predicate<Rejection> matching(String text) {
        if (text == null || text.isBlank()) {
            return r -> true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return r -> Stream.of(Long.toString(r.line()), columnLabel(r), r.rawValue(), r.reason(), r.rawRecord())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The column a rejection is about, or "(row)" for a problem with the whole row. */
    public static String columnLabel(Rejection rejection) {
        return rejection.column() == null ? "(row)" : rejection.column();
    }

    private String describeCount() {
        String count = Formats.count(total.get()) + (total.get() == 1 ? " rejected value" : " rejected values");
        if (total.get() > loaded.size() && !loaded.isEmpty() && !loading.get()) {
            count += " (the first " + Formats.count(loaded.size()) + " shown)";
        }
        if (!filterText.get().isBlank()) {
            count = Formats.count(shown.size()) + " matching · " + count;
        }
        return count;
    }

    /** The rejections listed, their filter and their count. */
    public RejectionList list() {
        return list;
    }
}
