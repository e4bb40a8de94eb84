package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code campaign-lab bench decide}: the decision API's throughput and latency with a CTR model ranking ads. */
@Command(name = "decide", description = "Start the decision API on loopback with a simulated workspace and an ad"
        + " campaign whose CTR run (DeepFM) ranks 20 creatives per request; measure GET /v1/health's closed-loop"
        + " ceiling, then decide latency under an open-loop load (latency from each request's scheduled time) at 500"
        + " and 1000 requests/s and at the highest sustainable rate (at least 95%% of the target achieved, no error,"
        + " p99 within --p99-bound-ms); optionally soak at one rate, sampling memory every 30 s. The load generator"
        + " runs in the same process, on the same cores.")
public final class DecideBench extends CliCommand {

    @Option(names = "--users", defaultValue = "5000", description = "Simulated users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--seed", defaultValue = "3", description = "Simulator and training seed (default:"
            + " ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "2", description = "Training epochs of the DeepFM run (default:"
            + " ${DEFAULT-VALUE}).")
    int epochs;

    @Mixin
    DecideRequestOptions requests;

    @Mixin
    DecideStageOptions stages;

    @Mixin
    DecideLoadOptions load;

    @Mixin
    DecideSoakOptions soak;

    @Override
    public Integer call() throws Exception {
        if (users < 100 || requests.creatives < 1 || stages.seconds <= 0 || load.connections < 1
                || requests.coldShare < 0 || requests.coldShare > 1 || soak.soakMinutes < 0 || soak.rate < 0
                || (soak.skipSearch && (soak.soakMinutes == 0 || soak.rate == 0))) {
            err().println("--users must be at least 100, --creatives and --connections at least 1, --seconds"
                    + " positive, --cold-share in [0, 1]; --skip-search needs --soak-minutes and --rate");
            return 2;
        }
        DecideBenchRun.Settings settings = new DecideBenchRun.Settings(users, seed, epochs, requests.creatives,
                requests.coldShare, stages.seconds, stages.warmup, load.connections, load.p99Bound, soak.soakMinutes,
                soak.rate, soak.skipSearch);
        DecideBenchResult r = runWork((progress, cancel) -> DecideBenchRun.run(settings, progress, cancel));
        Output output = new Output(out());
        if (json()) {
            output.json(r);
            return 0;
        }
        print(output, r);
        return 0;
    }

    private static void print(Output out, DecideBenchResult r) {
        out.line("%s ranking %d creatives per request; %d cores shared by the server and the load generator",
                r.model(), r.candidates(), r.cores());
        if (r.at500() != null) {
            out.line("GET /v1/health ceiling (closed loop): %.0f rps", r.healthRps());
            out.line("%10s %10s %9s %9s %9s %9s %7s", "target", "achieved", "p50 ms", "p99 ms", "p99.9 ms",
                    "max ms", "errors");
            for (LoadStage s : r.stages()) {
                out.line("%10.0f %10.1f %9.2f %9.2f %9.2f %9.2f %7d", s.targetRps(), s.achievedRps(), s.p50Ms(),
                        s.p99Ms(), s.p999Ms(), s.maxMs(), s.errors() + s.dropped());
            }
            if (r.highestRate() == 0) {
                out.line("no rate held: even %.0f rps missed the bound (p99 <= %.1f ms)", DecideBenchRun.MIN_RATE,
                        r.p99BoundMs());
            }
            out.line("highest sustainable rate: %.0f rps (achieved %.1f; p50 %.2f, p99 %.2f, p99.9 %.2f ms;"
                            + " bound p99 <= %.1f ms), %.2f x the health ceiling", r.highestRate(), r.decideRps(),
                    r.p50Ms(), r.p99Ms(), r.p999Ms(), r.p99BoundMs(), r.decideRps() / r.healthRps());
            out.line("p99 at 500 rps %.2f ms, at 1000 rps %.2f ms; cold starts %d", r.p99MsAt500Rps(),
                    r.p99MsAt1000Rps(), r.coldStarts());
        }
        DecideBenchResult.Soak s = r.soak();
        if (s != null) {
            out.line("soak %.1f min at %.0f rps: achieved %.1f, errors %d, dropped %d, p50 %.2f, p99 %.2f, p99.9 %.2f"
                    + " ms", s.minutes(), s.rate(), s.stage().achievedRps(), s.stage().errors(), s.stage().dropped(),
                    s.stage().p50Ms(), s.stage().p99Ms(), s.stage().p999Ms());
            out.line("  live heap MiB first %.1f last %.1f max %.1f slope %.2f/min (last half %.2f/min); RSS MiB first"
                            + " %.0f last %.0f max %.0f slope %.2f/min", s.heap().first(), s.heap().last(),
                    s.heap().max(), s.heap().slopeMibPerMinute(), s.heap().lastHalfSlopeMibPerMinute(),
                    s.rss().first(), s.rss().last(), s.rss().max(), s.rss().slopeMibPerMinute());
            out.line("  RSS beside the heap (native) MiB first %.0f last %.0f max %.0f slope %.2f/min (last half"
                            + " %.2f/min)", s.rssBesideHeap().first(), s.rssBesideHeap().last(),
                    s.rssBesideHeap().max(), s.rssBesideHeap().slopeMibPerMinute(),
                    s.rssBesideHeap().lastHalfSlopeMibPerMinute());
            out.line("  decisions served %d, logged %d after the clean shutdown", s.served(), s.logged());
        }
        out.line("%s", r.note());
    }
}
