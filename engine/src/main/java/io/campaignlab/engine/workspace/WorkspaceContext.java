package io.campaignlab.engine.workspace;

import io.campaignlab.engine.browse.DatasetBrowser;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.RejectionRepository;
import io.campaignlab.engine.jobs.JobRepository;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.profiling.DatasetProfiler;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.segments.SegmentRepository;

import java.nio.file.Path;

/**
 * An open workspace, seen through the engine's ports. The app wires it; views and commands use it. Every method
 * of every port does I/O: call them from worker threads.
 */
public interface WorkspaceContext extends AutoCloseable {

    Path folder();

    DatasetRepository datasets();

    DatasetSink sink();

    RejectionRepository rejections();

    JobRepository jobs();

    DatasetProfiler profiler();

    DatasetBrowser browser();

    /** Loads dataset columns into memory for training and scoring. */
    FrameReader frames();

    /** Training runs, their metrics and artifacts. */
    RunRepository runs();

    /** Customer segmentations, their segments and members. */
    SegmentRepository segments();

    /** Counts and lists the users of rule segments, in the database. */
    default io.campaignlab.engine.segments.rules.SegmentAudience audience() {
        throw new UnsupportedOperationException("this workspace cannot count rule segments");
    }

    /** Runs jobs with their history recorded in this workspace. */
    JobRunner runner();

    @Override
    void close();
}
