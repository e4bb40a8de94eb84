package io.campaignlab.views.browse;

import io.campaignlab.views.jobs.JobExecutor;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A list as long as the current query's result whose rows are fetched a page at a time in the background when the
 * table first asks for them. Only the last few pages are kept; a row whose page is not here yet is returned empty
 * and filled when the page arrives. A new query {@linkplain #reset resets} the same list, so the table keeps its
 * sort order; the change it fires is one range with virtual removed rows, never a copy of a million rows.
 */
final class VirtualRows extends ObservableListBase<BrowserRow> {

    /** Fetches rows {@code [offset, offset + limit)} as cells; called on a worker thread. */
    @FunctionalInterface
    interface PageSource {
        List<List<Object>> fetch(long offset, int limit);
    }

    private final int pageSize;
    private final int cachedPages;
    private final JobExecutor executor;
    private final Consumer<Throwable> onFailure;
    /** Pages asked for and still cached; a fetch whose page was evicted meanwhile is skipped. */
    private final Set<BrowserRow[]> wanted =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private int size;
    private PageSource source = (offset, limit) -> List.of();
    private RowPageCache<BrowserRow[]> cache;
    /** Marks the rows of the current query, so that rows of an earlier one are not found in it. */
    private Object query = new Object();

    VirtualRows(int pageSize, int cachedPages, JobExecutor executor, Consumer<Throwable> onFailure) {
        this.pageSize = pageSize;
        this.cachedPages = cachedPages;
        this.executor = executor;
        this.onFailure = onFailure;
        this.cache = new RowPageCache<>(pageSize, cachedPages);
    }

    /** Shows the result of another query: {@code rows} rows read from {@code newSource}. */
    void reset(long rows, PageSource newSource) {
        int oldSize = size;
        Object oldQuery = query;
        size = (int) Math.min(rows, Integer.MAX_VALUE);
        source = newSource;
        cache = new RowPageCache<>(pageSize, cachedPages);
        wanted.clear();
        query = new Object();
        if (oldSize > 0 || size > 0) {
            fireChange(new Reset(new RemovedRows(oldQuery, oldSize)));
        }
    }

    @Override
    public BrowserRow get(int index) {
        Objects.checkIndex(index, size);
        int page = cache.pageOf(index);
        BrowserRow[] rows = cache.get(page);
        if (rows == null) {
            rows = newPage(page);
            cache.put(page, rows).ifPresent(wanted::remove);
            request(page, rows);
        }
        return rows[(int) (index - cache.firstRow(page))];
    }

    @Override
    public int size() {
        return size;
    }

    /** Found from the row itself: the default scan would fetch every page (the table asks after a sort). */
    @Override
    public int indexOf(Object row) {
        return row instanceof BrowserRow r && r.belongsTo(query) ? (int) r.index() : -1;
    }

    @Override
    public int lastIndexOf(Object row) {
        return indexOf(row);
    }

    @Override
    public boolean contains(Object row) {
        return indexOf(row) >= 0;
    }

    private BrowserRow[] newPage(int page) {
        BrowserRow[] rows = new BrowserRow[cache.rowsIn(page, size)];
        long first = cache.firstRow(page);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new BrowserRow(query, first + i);
        }
        return rows;
    }

    private void request(int page, BrowserRow[] rows) {
        wanted.add(rows);
        long offset = cache.firstRow(page);
        PageSource from = source;
        executor.background(
                () -> wanted.contains(rows) ? from.fetch(offset, rows.length) : null,
                cells -> fill(rows, cells),
                error -> {
                    wanted.remove(rows);
                    onFailure.accept(error);
                });
    }

    private void fill(BrowserRow[] rows, List<List<Object>> cells) {
        if (cells == null) {
            return;
        }
        wanted.remove(rows);
        for (int i = 0; i < rows.length && i < cells.size(); i++) {
            rows[i].fill(cells.get(i));
        }
    }

    /** The rows of an earlier query as the change reports them: made on demand, never loaded. */
    private static final class RemovedRows extends AbstractList<BrowserRow> {
        private final Object query;
        private final int size;

        RemovedRows(Object query, int size) {
            this.query = query;
            this.size = size;
        }

        @Override
        public BrowserRow get(int index) {
            Objects.checkIndex(index, size);
            return new BrowserRow(query, index);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int indexOf(Object row) {
            return row instanceof BrowserRow r && r.belongsTo(query) && r.index() < size ? (int) r.index() : -1;
        }

        @Override
        public boolean contains(Object row) {
            return indexOf(row) >= 0;
        }
    }

    /** Every row replaced at once: one change from 0 to the new size. */
    private final class Reset extends ListChangeListener.Change<BrowserRow> {
        private final List<BrowserRow> removed;
        private boolean started;

        Reset(List<BrowserRow> removed) {
            super(VirtualRows.this);
            this.removed = removed;
        }

        @Override
        public boolean next() {
            boolean first = !started;
            started = true;
            return first;
        }

        @Override
        public void reset() {
            started = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return size;
        }

        @Override
        public List<BrowserRow> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
