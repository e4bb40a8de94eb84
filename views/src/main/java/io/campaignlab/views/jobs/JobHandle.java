package io.campaignlab.views.jobs;

/** A started job, which can be cancelled. */
public interface JobHandle {

    void cancel();
}
