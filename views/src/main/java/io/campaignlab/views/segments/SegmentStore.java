package io.campaignlab.views.segments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.segments.rules.AudienceCount;
import io.campaignlab.engine.segments.rules.SegmentRule;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What the Segments section reads from the workspace. Every method does I/O: call it on a worker thread. */
public interface SegmentStore {

    /** Stored segmentations, newest first. */
    List<SegmentationRecord> segmentations();

    /** The full result stored with a segmentation, as JSON. */
    Optional<String> report(long segmentationId);

    List<DatasetInfo> datasets();

    AudienceCount count(SegmentRule rule);

    /** The day after the last timestamp of an events dataset. */
    LocalDate defaultSnapshot(String events);

    /** The open workspace's repositories (whichever workspace is open when a method is called). */
    static SegmentStore of(Supplier<WorkspaceContext> workspace) {
        return new SegmentStore() {
            @Override
            public List<SegmentationRecord> segmentations() {
                return workspace.get().segments().list();
            }

            @Override
            public Optional<String> report(long segmentationId) {
                return workspace.get().segments().report(segmentationId);
            }

            @Override
            public List<DatasetInfo> datasets() {
                return workspace.get().datasets().list();
            }

            @Override
            public AudienceCount count(SegmentRule rule) {
                return workspace.get().audience().count(rule);
            }

            @Override
            public LocalDate defaultSnapshot(String events) {
                return workspace.get().audience().defaultSnapshot(events);
            }
        };
    }
}
