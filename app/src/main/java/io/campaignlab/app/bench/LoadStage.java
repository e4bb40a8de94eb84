package io.campaignlab.app.bench;

/**
 * One stage of the load generator, measured after its warm-up.
 *
 * @param targetRps   the arrival rate asked for (0 for a closed-loop stage: as fast as the connections go)
 * @param achievedRps successful responses per second of the measured window (stretched while a backlog drains)
 * @param scheduled   requests scheduled in the measured window
 * @param ok          answered 200
 * @param errors      answered otherwise, or failed on the connection
 * @param dropped     never sent: still queued when the stage gave up, five seconds after its end
 * @param p50Ms       median latency, from the scheduled send time to the whole response
 * @param p99Ms       99th percentile
 * @param p999Ms      99.9th percentile
 * @param maxMs       the largest
 * @param seconds     the measured window's length
 */
public record LoadStage(double targetRps, double achievedRps, long scheduled, long ok, long errors, long dropped,
                        double p50Ms, double p99Ms, double p999Ms, double maxMs, double seconds) {

    /** Sustained: at least 95% of the target rate achieved, no error, nothing dropped, p99 within the bound. */
    public boolean sustains(double p99BoundMs) {
        return achievedRps >= 0.95 * targetRps && errors == 0 && dropped == 0 && p99Ms <= p99BoundMs;
    }
}
