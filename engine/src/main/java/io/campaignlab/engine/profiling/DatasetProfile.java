package io.campaignlab.engine.profiling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The profiles of all columns of a dataset, computed at one point in time. */
public record DatasetProfile(String dataset, long rows, Instant profiledAt, double seconds,
                             List<ColumnProfile> columns) {

    public DatasetProfile {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}
