package io.campaignlab.persistence.datasets;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Maps rows of the {@code dataset} table to {@link DatasetInfo}. */
public final class DatasetRows {

    /** The columns {@link #map(ResultSet)} reads. */
    public static final String COLUMNS = "id, name, kind, source_file, sha256, row_count, rejected_count, created_at,"
            + " column_meta";

    private DatasetRows() {
    }

    public static DatasetInfo map(ResultSet rs) throws SQLException {
        return new DatasetInfo(rs.getLong("id"), rs.getString("name"), DatasetKind.parse(rs.getString("kind")),
                rs.getString("source_file"), rs.getString("sha256"), rs.getLong("row_count"),
                rs.getLong("rejected_count"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                ColumnMetaJson.read(rs.getString("column_meta")));
    }
}
