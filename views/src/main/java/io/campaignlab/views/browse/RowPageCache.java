package io.campaignlab.views.browse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small least-recently-used cache of row pages, with the page arithmetic: row {@code r} lives in page
 * {@code r / pageSize}. Used from one thread (the UI thread).
 *
 * @param <P> what a page holds
 */
final class RowPageCache<P> {

    private final int pageSize;
    private final int capacity;
    private final LinkedHashMap<Integer, P> pages;

    RowPageCache(int pageSize, int capacity) {
        if (pageSize < 1 || capacity < 1) {
            throw new IllegalArgumentException("page size and capacity must be at least 1");
        }
        this.pageSize = pageSize;
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    /** The page that holds a row. */
    int pageOf(long row) {
        return Math.toIntExact(row / pageSize);
    }

    /** The index of a page's first row. */
    long firstRow(int page) {
        return (long) page * pageSize;
    }

    /** How many rows a page holds in a table of {@code totalRows} rows: a full page, except perhaps the last. */
    int rowsIn(int page, long totalRows) {
        return (int) Math.max(0, Math.min(pageSize, totalRows - firstRow(page)));
    }

    /** The page, marked as just used, or null when it is not cached. */
    P get(int page) {
        return pages.get(page);
    }

    /** Caches a page and returns the least recently used one it pushed out, if the cache was full. */
    Optional<P> put(int page, P value) {
        pages.put(page, value);
        if (pages.size() <= capacity) {
            return Optional.empty();
        }
        Map.Entry<Integer, P> eldest = pages.entrySet().iterator().next();
        pages.remove(eldest.getKey());
        return Optional.of(eldest.getValue());
    }
}
