package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameReader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ports over memory for running the segmentation jobs without a workspace. */
public final class InMemorySegments implements SegmentRepository {

    private final List<SegmentationRecord> stored = new ArrayList<>();
    private final Map<Long, List<String>> members = new HashMap<>();
    private final Map<Long, String> reports = new HashMap<>();
    private long nextId = 1;

    public static SegmentPorts ports(DatasetInfo info, Frame frame, InMemorySegments segments) {
        DatasetRepository datasets = new DatasetRepository() {
            @Override
            public List<DatasetInfo> list() {
                return List.of(info);
            }

            @Override
            public Optional<DatasetInfo> findByName(String name) {
                return info.name().equals(name) ? Optional.of(info) : Optional.empty();
            }

            @Override
            public Optional<DatasetInfo> findBySha256(String sha256) {
                return Optional.empty();
            }

            @Override
            public long sizeBytes(String name) {
                return -1;
            }

            @Override
            public void rename(String from, String to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(String name) {
                throw new UnsupportedOperationException();
            }
        };
        FrameReader frames = (dataset, columns, progress, cancel) -> {
            for (String c : columns) {
                frame.column(c);
            }
            return frame;
        };
        return new SegmentPorts(datasets, frames, segments);
    }

    @Override
    public SegmentationRecord save(NewSegmentation s) {
        long id = nextId++;
        List<SegmentRecord> segments = new ArrayList<>();
        for (int p = 0; p < s.segments().size(); p++) {
            NewSegment segment = s.segments().get(p);
            long segmentId = 1000 * id + p;
            members.put(segmentId, segment.members().stream().sorted().toList());
            segments.add(new SegmentRecord(segmentId, id, p, segment.name(), segment.definitionJson(),
                    segment.members().size()));
        }
        SegmentationRecord record = new SegmentationRecord(id, s.name(), s.kind(), s.provenance(), s.snapshotDate(),
                s.paramsJson(), Instant.now(), segments);
        stored.add(0, record);
        reports.put(id, s.reportJson());
        return record;
    }

    @Override
    public List<SegmentationRecord> list() {
        return List.copyOf(stored);
    }

    @Override
    public Optional<SegmentationRecord> find(long segmentationId) {
        return stored.stream().filter(s -> s.id() == segmentationId).findFirst();
    }

    @Override
    public Optional<SegmentRecord> segment(long segmentId) {
        return stored.stream().flatMap(s -> s.segments().stream()).filter(s -> s.id() == segmentId).findFirst();
    }

    @Override
    public List<String> members(long segmentId) {
        return members.getOrDefault(segmentId, List.of());
    }

    @Override
    public Optional<String> report(long segmentationId) {
        return Optional.ofNullable(reports.get(segmentationId));
    }

    @Override
    public void delete(long segmentationId) {
        stored.removeIf(s -> s.id() == segmentationId);
    }
}
