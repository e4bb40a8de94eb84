package io.campaignlab.app.cli.segments;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.NoSuchElementException;

/** {@code campaign-lab segments [--members SEGMENT]} */
@Command(name = "segments", description = "List the stored segmentations with their segments and sizes, or the"
        + " members of one segment.")
public final class SegmentsCommand extends WorkspaceCommand {

    @Option(names = "--members", paramLabel = "SEGMENT", description = "Print the user ids of this segment instead,"
            + " one per line.")
    Long members;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        if (members != null) {
            return printMembers(services, output, members);
        }
        List<SegmentationRecord> segmentations = services.segments().list();
        if (options.json()) {
            output.json(new Listing(services.folder().toString(), segmentations.stream().map(Segmentation::of)
                    .toList()));
            return 0;
        }
        if (segmentations.isEmpty()) {
            output.line("No segments in %s yet. Try: campaign-lab segment rfm --dataset DATASET.", services.folder());
            return 0;
        }
        for (SegmentationRecord s : segmentations) {
            output.line("Segmentation %d: %s [%s; dataset %s, sha256 %s…; created %s]", s.id(), s.name(), s.kind().id(),
                    s.provenance().dataset(), s.provenance().datasetSha256().substring(0, 12),
                    s.createdAt().toString().substring(0, 19).replace('T', ' '));
            output.line("  %8s  %-22s %10s %7s", "SEGMENT", "NAME", "MEMBERS", "SHARE");
            long total = Math.max(1, s.members());
            for (SegmentRecord r : s.segments()) {
                output.line("  %8d  %-22s %10s %6.1f%%", r.id(), r.name(), Output.count(r.members()),
                        100.0 * r.members() / total);
            }
        }
        return 0;
    }

    private int printMembers(WorkspaceServices services, Output output, long segmentId) {
        SegmentRecord segment = services.segments().segment(segmentId).orElseThrow(() -> new IllegalArgumentException(
                "there is no segment " + segmentId + "; campaign-lab segments lists them"));
        List<String> users = services.segments().members(segmentId);
        if (options.json()) {
            output.json(new Members(segment.id(), segment.segmentationId(), segment.name(), users));
            return 0;
        }
        for (String user : users) {
            output.line("%s", user);
        }
        return 0;
    }

    private static JsonNode parse(String json) {
        try {
            return Output.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new NoSuchElementException("a stored definition is not JSON: " + e.getMessage());
        }
    }

    /** {@code segments --json}: the workspace's segmentations. */
    record Listing(String workspace, List<Segmentation> segmentations) {
    }

    record Segmentation(long segmentation, String name, String kind, String dataset, String datasetSha256,
                        String snapshotDate, String createdAt, long members, JsonNode params, List<Segment> segments) {

        static Segmentation of(SegmentationRecord s) {
            return new Segmentation(s.id(), s.name(), s.kind().id(), s.provenance().dataset(),
                    s.provenance().datasetSha256(), s.snapshotDate() == null ? null : s.snapshotDate().toString(),
                    s.createdAt().toString(), s.members(), parse(s.paramsJson()), s.segments().stream()
                    .map(r -> new Segment(r.id(), r.name(), r.members(), parse(r.definitionJson()))).toList());
        }
    }

    record Segment(long segment, String name, long members, JsonNode definition) {
    }

    /** {@code segments --members ID --json}: one segment's users. */
    record Members(long segment, long segmentation, String name, List<String> members) {
    }
}
