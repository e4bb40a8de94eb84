package io.campaignlab.engine.tuning;

import java.util.Map;

/** Trains with one point's settings and returns its validation metric. It must never read the test part. */
@FunctionalInterface
public interface TrialObjective {

    double validationScore(Map<String, Object> settings) throws Exception;
}
