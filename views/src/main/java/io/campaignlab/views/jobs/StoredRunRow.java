package io.campaignlab.views.jobs;

import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;

import java.time.Instant;

/**
 * A stored run as a section lists it: what every run row tells (id, label, model, dataset, status, start), from its
 * record. The rows of the Models and Recommend sections add their own figures.
 */
public interface StoredRunRow {

    /** The stored run. */
    RunRecord record();

    default long id() {
        return record().id();
    }

    /** How charts and legends name the run: {@code #12 deepfm}, {@code #14 rec-als}. */
    default String label() {
        return "#" + record().id() + " " + record().spec().modelKind();
    }

    /** The stored model kind, for example {@code deepfm} or {@code rec-als}. */
    default String model() {
        return record().spec().modelKind();
    }

    default String dataset() {
        return record().spec().datasetName();
    }

    default RunStatus status() {
        return record().status();
    }

    default boolean completed() {
        return record().status() == RunStatus.COMPLETED;
    }

    default Instant startedAt() {
        return record().startedAt();
    }
}
