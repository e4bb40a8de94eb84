package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetKind;

import java.util.List;

/** A dataset about to be written: everything but its rows. */
public record DatasetDraft(String name, DatasetKind kind, String sourceFile, String sha256, List<ColumnMeta> columns) {

    public DatasetDraft {
        columns = List.copyOf(columns);
    }
}
