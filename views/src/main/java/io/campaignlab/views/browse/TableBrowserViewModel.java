package io.campaignlab.views.browse;

import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.browse.RowPage;
import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.common.Formats;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * State of the row browser: the dataset's columns, a virtual list of its rows fetched a page at a time, the
 * sort and filter (both run by the engine), and the status line. Never touches a node.
 */
public final class TableBrowserViewModel {

    /** Rows fetched per request. */
    public static final int PAGE_SIZE = 500;
    /** Pages kept in memory. */
    public static final int CACHED_PAGES = 8;

    private static final Logger LOG = LoggerFactory.getLogger(TableBrowserViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper dataset = new ReadOnlyStringWrapper(this, "dataset");
    private final ObservableList<ColumnMeta> columns = FXCollections.observableArrayList();
    private final VirtualRows rows;
    private final ReadOnlyLongWrapper rowCount = new ReadOnlyLongWrapper(this, "rowCount");
    private final ReadOnlyObjectWrapper<RowSort> sort = new ReadOnlyObjectWrapper<>(this, "sort");
    private final ReadOnlyObjectWrapper<RowFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter");
    private final ObjectProperty<ColumnMeta> filterColumn = new SimpleObjectProperty<>(this, "filterColumn");
    private final ObjectProperty<RowFilter.Op> filterOp = new SimpleObjectProperty<>(this, "filterOp", RowFilter.Op.EQ);
    private final StringProperty filterValue = new SimpleStringProperty(this, "filterValue", "");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper(this, "filterError", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding valueNeeded =
            Bindings.createBooleanBinding(() -> filterOp.get() == null || filterOp.get().needsValue(), filterOp);
    private final ShownTable table = new ShownTable(dataset.getReadOnlyProperty(), columns,
            rowCount.getReadOnlyProperty(), sort.getReadOnlyProperty(), filter.getReadOnlyProperty(),
            status.getReadOnlyProperty(), loading.getReadOnlyProperty());
    private final FilterBar filterBar = new FilterBar(filterColumn, filterOp, filterValue,
            filterError.getReadOnlyProperty(), valueNeeded);

    public TableBrowserViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.rows = new VirtualRows(PAGE_SIZE, CACHED_PAGES, executor, error -> failed(dataset.get(), error));
    }

    /** Shows a dataset from its first row, unsorted and unfiltered; does nothing when it is already shown. */
    public void show(String name) {
        if (Objects.equals(name, dataset.get())) {
            return;
        }
        clear();
        dataset.set(name);
        loading.set(true);
        status.set("Loading…");
        executor.background(() -> {
            WorkspaceContext context = workspace.get();
            DatasetInfo info = context.datasets().require(name);
            return new Opened(info, context.browser().count(name, null));
        }, opened -> {
            if (name.equals(dataset.get())) {
                columns.setAll(opened.info().columns());
                filterColumn.set(columns.isEmpty() ? null : columns.get(0));
                showRows(opened.rows());
            }
        }, error -> failed(name, error));
    }

    /** Forgets the dataset shown. */
    public void clear() {
        dataset.set(null);
        columns.clear();
        sort.set(null);
        filter.set(null);
        filterColumn.set(null);
        filterValue.set("");
        filterError.set("");
        rows.reset(0, (offset, limit) -> List.of());
        rowCount.set(0);
        status.set("");
        loading.set(false);
    }

    /** Sorts by a column in the database; null restores file order. Does nothing when the sort is unchanged. */
    public void sortBy(RowSort newSort) {
        if (Objects.equals(newSort, sort.get()) || dataset.get() == null) {
            return;
        }
        sort.set(newSort);
        showRows(rowCount.get());
    }

    /**
     * Applies the filter bar. A value the column cannot hold is explained in {@link #filterErrorProperty()}, not
     * in a dialog.
     */
    public void applyFilter() {
        String name = dataset.get();
        ColumnMeta column = filterColumn.get();
        if (name == null || column == null) {
            return;
        }
        RowFilter next;
        try {
            next = new RowFilter(column.name(), filterOp.get(), filterValue.get());
        } catch (IllegalArgumentException e) {
            filterError.set(e.getMessage());
            return;
        }
        count(name, next);
    }

    /** Removes the filter and shows every row. */
    public void clearFilter() {
        filterValue.set("");
        filterError.set("");
        if (dataset.get() != null && filter.get() != null) {
            count(dataset.get(), null);
        }
    }

    private void count(String name, RowFilter next) {
        loading.set(true);
        executor.background(() -> workspace.get().browser().count(name, next), count -> {
            if (name.equals(dataset.get())) {
                filterError.set("");
                filter.set(next);
                showRows(count);
            }
        }, error -> {
            if (error instanceof IllegalArgumentException && name.equals(dataset.get())) {
                loading.set(false);
                filterError.set(error.getMessage());
            } else {
                failed(name, error);
            }
        });
    }

    private void showRows(long count) {
        String name = dataset.get();
        RowSort currentSort = sort.get();
        RowFilter currentFilter = filter.get();
        List<ColumnMeta> shownColumns = List.copyOf(columns);
        rowCount.set(count);
        rows.reset(count, (offset, limit) -> cells(workspace.get().browser().page(name, offset, limit, currentSort,
                currentFilter), shownColumns));
        loading.set(false);
        status.set(Formats.count(count) + (count == 1 ? " row" : " rows"));
    }

    /** A page's rows as cells in the order the table shows them: the row number, then the dataset's columns. */
    static List<List<Object>> cells(RowPage page, List<ColumnMeta> shownColumns) {
        int[] at = new int[shownColumns.size() + 1];
        at[0] = indexOf(page.columns(), "_row");
        for (int i = 0; i < shownColumns.size(); i++) {
            at[i + 1] = indexOf(page.columns(), shownColumns.get(i).name());
        }
        List<List<Object>> cells = new ArrayList<>(page.rows().size());
        for (List<Object> row : page.rows()) {
            List<Object> ordered = new ArrayList<>(at.length);
            for (int index : at) {
                ordered.add(index < 0 ? null : row.get(index));
            }
            cells.add(ordered);
        }
        return cells;
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private void failed(String name, Throwable error) {
        if (name == null || !name.equals(dataset.get())) {
            return;
        }
        loading.set(false);
        LOG.warn("Browsing '{}' failed", name, error);
        status.set("Could not read the rows: " + error.getMessage());
        if (rows.isEmpty()) {
            dialogs.showError("Rows", "Could not read the rows of '" + name + "': " + error.getMessage(), error);
        }
    }

    /** The dataset shown, its columns, row count, sort, filter and status. */
    public ShownTable table() {
        return table;
    }

    /**
     * The rows of the current query, fetched as they are asked for. The same list throughout: a new dataset, sort
     * or filter replaces its content.
     */
    public ObservableList<BrowserRow> rows() {
        return rows;
    }

    /** The filter bar as typed. */
    public FilterBar filterBar() {
        return filterBar;
    }

    private record Opened(DatasetInfo info, long rows) {
    }
}
