package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.frames.FrameReader;

import java.util.Objects;

/** The workspace ports a segmentation job uses: it reads a dataset and stores its segments. */
public record SegmentPorts(DatasetRepository datasets, FrameReader frames, SegmentRepository segments) {

    public SegmentPorts {
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(segments, "segments");
    }
}
