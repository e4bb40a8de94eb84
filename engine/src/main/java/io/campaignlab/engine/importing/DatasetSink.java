package io.campaignlab.engine.importing;

/**
 * Where datasets are written. Implemented by the workspace. A dataset becomes visible only when its writer
 * commits; an aborted or crashed write leaves nothing behind.
 */
public interface DatasetSink {

    DatasetWriter begin(DatasetDraft draft);
}
