package io.campaignlab.engine.datasets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dataset in a workspace.
 *
 * @param id         workspace-unique id
 * @param name       the unique name people use
 * @param kind       what it holds
 * @param sourceFile where it came from: a file path, or {@code simulator:...}
 * @param sha256     the SHA-256 of the source bytes (of the generated rows for simulated data)
 * @param rows       rows loaded
 * @param rejected   rows rejected at import
 * @param createdAt  when it was imported
 * @param columns    its columns, in table order
 */
public record DatasetInfo(long id, String name, DatasetKind kind, String sourceFile, String sha256, long rows,
                          long rejected, Instant createdAt, List<ColumnMeta> columns) {

    public DatasetInfo {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnMeta> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)
                || c.header().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The column, or an {@link IllegalArgumentException} naming the dataset and the column. */
    public ColumnMeta requireColumn(String columnName) {
        return column(columnName).orElseThrow(() -> new IllegalArgumentException("dataset " + name
                + " has no column '" + columnName + "'"));
    }

    /** The columns with the given role, in table order. */
    public List<ColumnMeta> columnsWithRole(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }
}
