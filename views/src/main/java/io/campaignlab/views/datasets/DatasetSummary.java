package io.campaignlab.views.datasets;

import io.campaignlab.engine.datasets.DatasetInfo;

import java.time.Instant;

/**
 * A row of the datasets table.
 *
 * @param info      the dataset
 * @param sizeBytes its table's footprint on disk, or -1 when unknown
 */
public record DatasetSummary(DatasetInfo info, long sizeBytes) {

    public String name() {
        return info.name();
    }

    public String kind() {
        return info.kind().id();
    }

    public long rows() {
        return info.rows();
    }

    public Instant importedAt() {
        return info.createdAt();
    }

    public String sourceFile() {
        return info.sourceFile();
    }
}
