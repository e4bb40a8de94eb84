package io.campaignlab.persistence.workspace;

import java.nio.file.Path;

/**
 * The H2 connection settings of a workspace, sized from the JVM's heap so that COUNT DISTINCT and GROUP BY over
 * millions of rows stay in memory where they can: a page cache of an eighth of the heap, and up to one row kept
 * in memory per 2 KiB of heap before a result spills to disk.
 *
 * @param cacheSizeKb   H2's page cache in KiB
 * @param maxMemoryRows rows of a result kept in memory before spilling
 */
public record H2Settings(long cacheSizeKb, long maxMemoryRows) {

    public static final String DATABASE_FILE = "workspace";

    public static H2Settings forHeap(long maxHeapBytes) {
        long cacheKb = Math.max(16 * 1024, maxHeapBytes / 8 / 1024);
        long rows = Math.max(40_000, Math.min(4_000_000, maxHeapBytes / 2048));
        return new H2Settings(cacheKb, rows);
    }

    public static H2Settings forThisJvm() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    /** The JDBC URL for the database in {@code folder}. Unquoted identifiers are lower case. */
    public String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DATABASE_FILE)
                + ";DATABASE_TO_LOWER=TRUE;CACHE_SIZE=" + cacheSizeKb + ";MAX_MEMORY_ROWS=" + maxMemoryRows;
    }
}
