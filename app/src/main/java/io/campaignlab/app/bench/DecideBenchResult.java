package io.campaignlab.app.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What {@code bench decide} measured. Latencies are from each request's scheduled send time (open loop).
 *
 * @param healthRps         {@code GET /v1/health} responses a second, closed loop: the server's ceiling
 * @param decideRps         decide responses a second achieved at the highest sustainable rate
 * @param highestRate       that rate (the target of the stage)
 * @param p50Ms             median decide latency at the highest sustainable rate
 * @param p99Ms             its 99th percentile
 * @param p999Ms            its 99.9th percentile
 * @param p99MsAt500Rps     p99 at 500 requests a second
 * @param p99MsAt1000Rps    p99 at 1000 requests a second
 * @param at500             the 500 rps stage
 * @param at1000            the 1000 rps stage
 * @param stages            every decide stage in the order run
 * @param p99BoundMs        the p99 a sustainable rate must keep
 * @param candidates        creatives ranked per request
 * @param model             the ranking run's family
 * @param cores             processors this process sees; the load generator runs on them too
 * @param coldStarts        decisions whose user had no stored features
 * @param note              how to read the figures
 * @param soak              the soak, or null when none was run
 */
public record DecideBenchResult(double healthRps, double decideRps, double highestRate, double p50Ms, double p99Ms,
                                double p999Ms, @JsonProperty("p99_ms_at_500_rps") double p99MsAt500Rps,
                                @JsonProperty("p99_ms_at_1000_rps") double p99MsAt1000Rps, LoadStage at500,
                                LoadStage at1000, List<LoadStage> stages, double p99BoundMs, int candidates,
                                String model, int cores, long coldStarts, String note, Soak soak) {

    /**
     * A long run at one rate.
     *
     * @param rate         the target rate
     * @param minutes      its length
     * @param stage        its load figures (errors, latencies)
     * @param samples      memory every 30 s
     * @param heap         live heap after GC, MiB: first, last, max and slope per minute
     * @param rss          resident set size, MiB
     * @param rssBesideHeap the RSS less the committed heap, MiB: native memory such as the models'
     * @param served       decisions the engine served in the whole benchmark
     * @param logged       decision rows in the workspace's log after the clean shutdown
     */
    public record Soak(double rate, double minutes, LoadStage stage, List<MemorySampler.Sample> samples,
                       MemorySampler.Trend heap, MemorySampler.Trend rss, MemorySampler.Trend rssBesideHeap,
                       long served, long logged) {
    }
}
