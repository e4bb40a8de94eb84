package io.campaignlab.views.jobs;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The run picker of a section: the runs it can use (newest first, read in the background), the one selected, and
 * reloading. A reload keeps the selected run by id, else takes the run asked for by id, else the first preferred
 * one, else the newest. A change of the selected run is reported once; the passing selection of a combo box while
 * the list is replaced is not. A picker made {@link #multiple()} serves a table whose rows are selected several at
 * a time: it keeps the selected runs and the lead one (the run property). Use it on the UI thread.
 *
 * @param <R> the row of a run
 */
public final class RunPicker<R> {

    /**
     * What a reload read.
     *
     * @param runs      the runs the section can use, newest first
     * @param preferred which of them to select when no run is kept or asked for
     */
    public record Listing<R>(List<R> runs, Predicate<R> preferred) {
    }

    private final JobExecutor executor;
    private final ToLongFunction<R> idOf;
    private final Callable<Listing<R>> load;
    private final ObservableList<R> runs = FXCollections.observableArrayList();
    private final ObjectProperty<R> run = new SimpleObjectProperty<>(this, "run");
    private final ObservableList<R> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private Consumer<R> changed = r -> { };
    private Consumer<Listing<R>> onListed = l -> { };
    private Consumer<Throwable> failed = e -> { };
    private Runnable selected = () -> { };
    private boolean multiple;
    private List<Long> wanted;
    private long shown = -1;
    private boolean listing;

    /** A picker fed its runs by {@link #offer} (another part of the section reads them). */
    public RunPicker(ToLongFunction<R> idOf) {
        this(null, idOf, null);
    }

    /**
     * @param idOf the run id of a row
     * @param load reads the runs (on a worker thread)
     */
    public RunPicker(JobExecutor executor, ToLongFunction<R> idOf, Callable<Listing<R>> load) {
        this.executor = executor;
        this.idOf = idOf;
        this.load = load;
        run.addListener((o, old, now) -> {
            long id = now == null ? -1 : idOf.applyAsLong(now);
            if (listing || id == shown) {
                return;
            }
            shown = id;
            changed.accept(now);
        });
    }

    /**
     * Makes this the picker of a table with multiple selection. A reload keeps the selected runs by id (else takes
     * those asked for, else the first preferred run, else none) and the lead run among them (else the last).
     */
    public RunPicker<R> multiple() {
        multiple = true;
        return this;
    }

    /** Called with the newly selected run, or null when none is. */
    public void onChange(Consumer<R> action) {
        changed = action;
    }

    /** Called with what a reload read, before a run is selected from it. */
    public void onListed(Consumer<Listing<R>> action) {
        onListed = action;
    }

    /** Called each time a reload or {@link #select(List, Object)} sets the selection of a multiple picker. */
    public void onSelection(Runnable action) {
        selected = action;
    }

    /** Called when reading the runs failed. */
    public void onFailure(Consumer<Throwable> action) {
        failed = action;
    }

    /** Reads the runs again in the background (a picker fed by {@link #offer} waits to be offered them). */
    public void refresh() {
        if (load == null) {
            return;
        }
        loading.set(true);
        executor.background(load, this::listed, error -> {
            loading.set(false);
            failed.accept(error);
        });
    }

    /** Reads the runs again, then selects these (a run that just finished). */
    public void refreshSelecting(List<Long> ids) {
        wanted = List.copyOf(ids);
        refresh();
    }

    /** Offers runs read elsewhere, as a reload would list them. */
    public void offer(Listing<R> listed) {
        listed(listed);
    }

    private void listed(Listing<R> listed) {
        loading.set(false);
        onListed.accept(listed);
        R lead = run.get();
        List<Long> keep = wanted != null ? wanted : multiple ? ids(selection)
                : lead == null ? List.of() : List.of(idOf.applyAsLong(lead));
        Long keepLead = wanted != null || lead == null ? null : idOf.applyAsLong(lead);
        wanted = null;
        listing = true;
        try {
            if (!runs.equals(listed.runs())) {
                runs.setAll(listed.runs());
            }
        } finally {
            listing = false;
        }
        List<R> chosen = keep.stream().map(this::find).flatMap(Optional::stream).toList();
        if (chosen.isEmpty()) {
            Optional<R> first = listed.runs().stream().filter(listed.preferred()).findFirst();
            chosen = (multiple ? first : first.or(() -> listed.runs().stream().findFirst())).stream().toList();
        }
        if (multiple) {
            select(chosen, chosen.stream().filter(r -> keepLead != null && idOf.applyAsLong(r) == keepLead)
                    .findFirst().orElse(chosen.isEmpty() ? null : chosen.get(chosen.size() - 1)));
        } else if (!chosen.isEmpty()) {
            run.set(chosen.get(0));
        } else if (run.get() != null) {
            run.set(null);
        } else {
            changed.accept(null);
        }
    }

    private List<Long> ids(List<R> rows) {
        return rows.stream().map(idOf::applyAsLong).toList();
    }

    /**
     * Sets the selection of a multiple picker (the table's): the runs in selection order and the lead one. Ignored
     * while the list is replaced, when a table's selection passes through nothing.
     */
    public void select(List<R> rows, R lead) {
        if (listing) {
            return;
        }
        selection.setAll(rows);
        run.set(lead);
        selected.run();
    }

    /** Selects runs by id in a multiple picker, now or once the runs are listed. */
    public void selectIds(List<Long> ids) {
        List<R> found = ids.stream().map(this::find).flatMap(Optional::stream).toList();
        if (found.size() == ids.size() && !loading.get()) {
            select(found, found.isEmpty() ? null : found.get(found.size() - 1));
            return;
        }
        wanted = List.copyOf(ids);
        if (!loading.get()) {
            refresh();
        }
    }

    /** Selects a run by id, now or once the runs are listed (the snapshot command's {@code --run}). */
    public void select(long id) {
        Optional<R> found = find(id);
        if (found.isPresent() && !loading.get()) {
            run.set(found.get());
            return;
        }
        wanted = List.of(id);
        if (!loading.get()) {
            refresh();
        }
    }

    /** Forgets the runs and the selection (another workspace was opened). */
    public void clear() {
        wanted = null;
        runs.clear();
        selection.clear();
        run.set(null);
    }

    /** The run with this id in the list. */
    public Optional<R> find(long id) {
        return runs.stream().filter(r -> idOf.applyAsLong(r) == id).findFirst();
    }

    /** The runs the section can use, newest first. */
    public ObservableList<R> runs() {
        return runs;
    }

    /**
     * The runs selected in a multiple picker, in selection order; a table may also set them directly (the lead run
     * then stays as it is).
     */
    public ObservableList<R> selection() {
        return selection;
    }

    /** The run selected; in a multiple picker, the lead one of the selection. */
    public ObjectProperty<R> runProperty() {
        return run;
    }

    /** Whether the runs are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
