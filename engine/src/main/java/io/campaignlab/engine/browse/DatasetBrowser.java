package io.campaignlab.engine.browse;

/**
 * Reads a dataset a page at a time, sorted and filtered in the database; never the whole table.
 * Calls do I/O: never make them on the JavaFX application thread.
 */
public interface DatasetBrowser {

    /** Rows that pass the filter (all rows when it is null). */
    long count(String dataset, RowFilter filter);

    /**
     * @param sort   null for file order
     * @param filter null for all rows
     */
    RowPage page(String dataset, long offset, int limit, RowSort sort, RowFilter filter);
}
