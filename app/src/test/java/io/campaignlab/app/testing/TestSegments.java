package io.campaignlab.app.testing;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;

import java.util.List;
import java.util.Map;

/** A stored segment of given users, for campaign tests whose audience must hold them (the engine serves no others). */
public final class TestSegments {

    private TestSegments() {
    }

    /** Saves one segmentation with one segment of {@code users}; in a new workspace it is segment 1. */
    public static void save(WorkspaceServices services, List<String> users) {
        services.segments().save(new NewSegmentation("test audience", SegmentKind.RULES, new SegmentProvenance(
                "users", "0".repeat(64), users.size(), "test", Map.of()), null, "{}", null,
                List.of(new NewSegment("test users", "{}", users))));
    }
}
