package io.campaignlab.engine.datasets;

import java.util.List;
import java.util.Optional;

/** The datasets of a workspace: only complete ones; an import in progress is never listed. */
public interface DatasetRepository {

    List<DatasetInfo> list();

    Optional<DatasetInfo> findByName(String name);

    /** The dataset with this name, or a failure that lists the datasets there are. */
    default DatasetInfo require(String name) {
        return findByName(name).orElseThrow(() -> new IllegalArgumentException("there is no dataset named '" + name
                + "'; the workspace has " + list().stream().map(DatasetInfo::name).toList()));
    }

    Optional<DatasetInfo> findBySha256(String sha256);

    /** The on-disk footprint of a dataset's table in bytes, or -1 when unknown. */
    long sizeBytes(String name);

    void rename(String from, String to);

    /** Deletes a dataset, its table and its rejections. */
    void delete(String name);
}
