package io.campaignlab.app.bench;

import io.campaignlab.app.serve.DecisionService;
import io.campaignlab.app.serve.ServingDefaults;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.ModelKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The measurements of {@code bench decide}, on a scratch workspace removed afterwards. */
final class DecideBenchRun {

    static final String NOTE = "Server and load generator share this machine's cores; latencies are measured from"
            + " each request's scheduled send time (open loop), so a stalled server is charged for every request it"
            + " delayed.";

    /** The lowest rate the search tries. */
    static final double MIN_RATE = 10;

    private DecideBenchRun() {
    }

    record Settings(int users, long seed, int epochs, int creatives, double coldShare, double seconds, double warmup,
                    int connections, double p99Bound, double soakMinutes, double rate, boolean skipSearch) {
    }

    static DecideBenchResult run(Settings s, ProgressListener progress, CancellationToken cancel) throws Exception {
        ServingDefaults.preferOneTorchThreadPerPass();
        try (ScratchFolder scratch = ScratchFolder.create("bench-decide");
             WorkspaceServices services = WorkspaceServices.open(scratch.path().resolve("ws"))) {
            int cold = Math.max(1, (int) Math.ceil(s.users() * s.coldShare()));
            AdCampaignSetup setup = AdCampaignSetup.create(services, s.users(), s.seed(), ModelKind.DEEPFM,
                    s.epochs(), s.creatives(), cold, progress, cancel);
            List<String> placements = distinct(services, "impressions", "placement");
            ServingDefaults.limitPageCache(services);
            DecisionService service = DecisionService.start(services, "127.0.0.1", 0, Clock.systemUTC(), s.seed());
            Function<SplittableRandom, OpenLoopLoad.Call> decide = decideCalls(setup, placements, s.coldShare());
            OpenLoopLoad load = new OpenLoopLoad("127.0.0.1", service.port(), service.apiKey(), s.connections());
            Measured m;
            DecideBenchResult.Soak soak = null;
            try {
                progress.message("Warming up");
                load.run(0, 0, Math.max(2, s.warmup()), decide);
                m = s.skipSearch() ? null : measure(s, service, load, decide, progress);
                if (s.soakMinutes() > 0) {
                    double rate = s.rate() > 0 ? s.rate() : m.highest() == null ? MIN_RATE
                            : Math.max(1, Math.floor(m.highest().targetRps() / 2));
                    soak = soak(rate, s.soakMinutes(), load, decide, service, services, progress);
                }
            } finally {
                service.stop();
            }
            long coldStarts = service.engine().coldStarts();
            if (soak != null) {
                soak = new DecideBenchResult.Soak(soak.rate(), soak.minutes(), soak.stage(), soak.samples(),
                        soak.heap(), soak.rss(), soak.rssBesideHeap(), service.engine().served(),
                        loggedDecisions(services));
            }
            int cores = Runtime.getRuntime().availableProcessors();
            if (m == null) {
                return new DecideBenchResult(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, null, null, List.of(), s.p99Bound(), s.creatives(), "deepfm", cores,
                        coldStarts, NOTE, soak);
            }
            LoadStage h = m.highest() != null ? m.highest()
                    : new LoadStage(0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
            return new DecideBenchResult(m.healthRps(), h.achievedRps(), h.targetRps(), h.p50Ms(), h.p99Ms(),
                    h.p999Ms(), m.at500().p99Ms(), m.at1000().p99Ms(), m.at500(), m.at1000(), m.stages(),
                    s.p99Bound(), s.creatives(), "deepfm", cores, coldStarts, NOTE, soak);
        }
    }

    private record Measured(double healthRps, LoadStage at500, LoadStage at1000, LoadStage highest,
                            List<LoadStage> stages) {
    }

    /**
     * The health ceiling, 500 and 1000 rps, then the search: up by half again from the best rate sustained until one
     * fails (at most the health ceiling), or down by halves from 500 until one holds (down to {@value #MIN_RATE}),
     * then three bisections between the highest sustained and the lowest failed. The highest is null when none held.
     */
    private static Measured measure(Settings s, DecisionService service, OpenLoopLoad load,
                                    Function<SplittableRandom, OpenLoopLoad.Call> decide, ProgressListener progress)
            throws InterruptedException {
        progress.message("Measuring GET /v1/health (closed loop)");
        OpenLoopLoad healthLoad = new OpenLoopLoad("127.0.0.1", service.port(), null, Math.min(8, s.connections()));
        double healthRps = healthLoad.run(0, s.warmup(), s.seconds(), r -> new OpenLoopLoad.Call("GET", "/v1/health",
                null)).achievedRps();
        List<LoadStage> stages = new ArrayList<>();
        Function<Double, LoadStage> stage = rate -> {
            progress.message(String.format(Locale.ROOT, "Decide at %.0f requests/s", rate));
            try {
                LoadStage st = load.run(rate, s.warmup(), s.seconds(), decide);
                stages.add(st);
                return st;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        };
        LoadStage at500 = stage.apply(500.0);
        LoadStage at1000 = stage.apply(1000.0);
        double lo = at1000.sustains(s.p99Bound()) ? 1000 : at500.sustains(s.p99Bound()) ? 500 : 0;
        double hi = lo == 500 ? 1000 : lo == 0 ? 500 : Double.NaN;
        while (lo == 0 && hi > MIN_RATE) {
            double next = Math.floor(hi / 2);
            if (stage.apply(next).sustains(s.p99Bound())) {
                lo = next;
            } else {
                hi = next;
            }
        }
        while (Double.isNaN(hi)) {
            double next = Math.floor(lo * 1.5);
            if (next > healthRps) {
                hi = Math.max(lo + 1, Math.floor(healthRps));
                break;
            }
            if (stage.apply(next).sustains(s.p99Bound())) {
                lo = next;
            } else {
                hi = next;
            }
        }
        for (int i = 0; i < 3 && hi - lo > Math.max(10, 0.02 * hi); i++) {
            double mid = Math.floor((lo + hi) / 2);
            if (stage.apply(mid).sustains(s.p99Bound())) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        LoadStage highest = stages.stream().filter(st -> st.sustains(s.p99Bound()))
                .max(Comparator.comparingDouble(LoadStage::targetRps)).orElse(null);
        return new Measured(healthRps, at500, at1000, highest, List.copyOf(stages));
    }

    private static DecideBenchResult.Soak soak(double rate, double minutes, OpenLoopLoad load,
                                               Function<SplittableRandom, OpenLoopLoad.Call> decide,
                                               DecisionService service, WorkspaceServices services,
                                               ProgressListener progress) throws InterruptedException {
        progress.message(String.format(Locale.ROOT, "Soaking %.1f minutes at %.0f requests/s", minutes, rate));
        try (MemorySampler sampler = new MemorySampler().start(30)) {
            LoadStage stage = load.run(rate, 0, minutes * 60, decide);
            sampler.sample();
            List<MemorySampler.Sample> samples = sampler.samples();
            return new DecideBenchResult.Soak(rate, minutes, stage, samples,
                    MemorySampler.trend(samples, MemorySampler.Sample::heapMib),
                    MemorySampler.trend(samples, MemorySampler.Sample::rssMib),
                    MemorySampler.trend(samples, MemorySampler.Sample::rssBesideHeapMib), 0, 0);
        }
    }

    /** Rows in the decision log of the benchmark's campaign. */
    static long loggedDecisions(WorkspaceServices services) throws java.sql.SQLException {
        try (Connection c = services.workspace().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM decision WHERE campaign = ?")) {
            st.setString(1, AdCampaignSetup.CAMPAIGN);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Function<SplittableRandom, OpenLoopLoad.Call> decideCalls(AdCampaignSetup setup,
                                                                             List<String> placements,
                                                                             double coldShare) {
        return r -> {
            String user = r.nextDouble() < coldShare ? setup.coldUsers().get(r.nextInt(setup.coldUsers().size()))
                    : setup.users().get(r.nextInt(setup.users().size()));
            String body = "{\"user_id\":\"" + user + "\",\"campaign\":\"" + AdCampaignSetup.CAMPAIGN
                    + "\",\"context\":{\"placement\":\"" + placements.get(r.nextInt(placements.size()))
                    + "\",\"position\":" + (1 + r.nextInt(5)) + ",\"hour\":" + r.nextInt(24) + "}}";
            return new OpenLoopLoad.Call("POST", "/v1/decide", body);
        };
    }

    private static List<String> distinct(WorkspaceServices services, String dataset, String column) {
        Frame f = services.frames().read(dataset, List.of(column), ProgressListener.none(), new CancellationToken());
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String v : f.column(column).asLabels()) {
            if (v != null) {
                values.add(v);
            }
        }
        return List.copyOf(values);
    }
}
