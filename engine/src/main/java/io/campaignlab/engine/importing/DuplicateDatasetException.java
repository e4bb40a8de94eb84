package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;

/** The file was imported before: its SHA-256 matches an existing dataset. */
public final class DuplicateDatasetException extends ImportException {

    private final transient DatasetInfo existing;

    public DuplicateDatasetException(String file, DatasetInfo existing) {
        super(file, -1, null, "this exact file (SHA-256 " + existing.sha256().substring(0, 12)
                + "…) is already imported as dataset '" + existing.name() + "'");
        this.existing = existing;
    }

    public DatasetInfo existing() {
        return existing;
    }
}
