package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionEngine;
import io.campaignlab.engine.campaigns.decide.DecisionLog;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.engine.campaigns.policy.BudgetSnapshot;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;
import io.campaignlab.engine.campaigns.policy.HoldoutKey;
import io.campaignlab.engine.campaigns.policy.PosteriorKey;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.campaigns.replay.DecisionLookup;
import io.campaignlab.views.campaigns.serve.ArmTally;
import io.campaignlab.views.campaigns.serve.ServeControl;
import io.campaignlab.views.campaigns.serve.ServeSnapshot;
import io.campaignlab.views.campaigns.serve.ServeState;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's real {@link DecisionEngine} serving a Thompson coupon campaign in memory, driven by simulated users
 * whose conversion follows planted rates per offer: the serve and replay panes' tests read it through their ports,
 * as the app's server and decision log would answer.
 */
public final class SimulatedServing implements ServeControl, DecisionLookup {

    public static final String CAMPAIGN = "spring-coupons";
    /** The planted conversion rate with each offer; without an offer a user converts at {@link #HOLDOUT_RATE}. */
    public static final Map<String, Double> RATES = Map.of("coupon_5", 0.03, "coupon_10", 0.05, "coupon_20", 0.09);
    public static final double HOLDOUT_RATE = 0.02;

    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> converted = new ConcurrentHashMap<>();
    private final List<Long> nanos = new ArrayList<>();
    private final DecisionEngine engine;
    private volatile boolean running;
    private long served;
    private double seconds;

    public SimulatedServing(double budget, long seed) {
        engine = new DecisionEngine(new HoldoutAssigner(HoldoutKey.of(new byte[HoldoutKey.BYTES])),
                Clock.systemUTC(), new MemoryLog(), seed);
        Campaign c = new Campaign(CAMPAIGN, Objective.CONVERSIONS, Audience.ofSegment(1), List.of(
                coupon("coupon_5", 5, 0.10), coupon("coupon_10", 10, 0.20), coupon("coupon_20", 20, 0.40,
                        "country = 'FR'")),
                new Policy(Policy.Kind.THOMPSON, null), new Constraints(budget, null, 0.1, null, null, null));
        engine.load(new CampaignVersion(1, CAMPAIGN, 1, c, "{}", Instant.parse("2026-12-01T00:00:00Z"), null));
    }

    private static Offer coupon(String name, double percent, double cost, String... eligibility) {
        return new Offer(name, Offer.Kind.COUPON, null, null, null, null, percent, null, null, null, null,
                new CostModel(cost, null, null), List.of(eligibility));
    }

    /** Sends {@code users} simulated users and their conversions through the engine. */
    public SimulatedServing drive(int users, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long started = System.nanoTime();
        for (int i = 0; i < users; i++) {
            long t = System.nanoTime();
            Decision d = engine.decide(new DecisionRequest("user-" + i, Map.of("country", i % 7 == 0 ? "DE" : "FR"),
                    CAMPAIGN));
            nanos.add(System.nanoTime() - t);
            double rate = d.offer() != null ? RATES.get(d.offer()) : HOLDOUT_RATE;
            if (random.nextDouble() < rate) {
                engine.feedback(new Feedback(d.decisionId(), Feedback.Event.CONVERSION, 40, Instant.now()));
                converted.put(d.decisionId(), true);
            }
            served++;
        }
        seconds += (System.nanoTime() - started) / 1e9;
        return this;
    }

    @Override
    public ServeState start(WorkspaceContext workspace, String bind, int port) {
        running = true;
        return state();
    }

    @Override
    public ServeState stop() {
        running = false;
        return state();
    }

    @Override
    public ServeState state() {
        return running ? new ServeState(true, "127.0.0.1", 8080, 1, "k3y-0123456789abcdef") : ServeState.STOPPED;
    }

    @Override
    public ServeState reload() {
        return state();
    }

    @Override
    public synchronized ServeSnapshot snapshot(String campaign) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Long> offers = new TreeMap<>();
        Map<String, long[]> arms = new TreeMap<>();
        for (Decision d : decisions.values()) {
            if (d.offer() != null) {
                offers.merge(d.offer(), 1L, Long::sum);
            }
            long[] a = arms.computeIfAbsent(d.arm(), k -> new long[2]);
            a[0]++;
            a[1] += converted.containsKey(d.decisionId()) ? 1 : 0;
        }
        List<ArmTally> tallies = new ArrayList<>();
        arms.forEach((arm, a) -> tallies.add(new ArmTally(arm, a[0], a[1])));
        Map<String, BetaPosterior> posteriors = new TreeMap<>();
        for (Map.Entry<PosteriorKey, BetaPosterior> e : engine.posteriors(CAMPAIGN).orElseThrow().snapshot()
                .entrySet()) {
            posteriors.put(e.getKey().offer(), e.getValue());
        }
        BudgetSnapshot b = engine.budget(CAMPAIGN).orElseThrow();
        return new ServeSnapshot(engine.served(), served / seconds, quantile(sorted, 0.5), quantile(sorted, 0.99),
                engine.fallbacks(), CAMPAIGN, 1, b.committed(), b.cap(), offers, tallies, posteriors);
    }

    private static Double quantile(long[] sorted, double q) {
        return sorted.length == 0 ? null : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @Override
    public Optional<Decision> find(WorkspaceContext workspace, String decisionId) {
        return Optional.ofNullable(decisions.get(decisionId));
    }

    @Override
    public List<Decision> latest(WorkspaceContext workspace, String campaign, int limit) {
        return decisions.values().stream().sorted(Comparator.comparing(Decision::decidedAt).reversed()
                .thenComparing(Decision::decisionId)).limit(limit).toList();
    }

    public DecisionEngine engine() {
        return engine;
    }

    /** Every decision served, in no order. */
    public List<Decision> decisions() {
        return List.copyOf(decisions.values());
    }

    /** Decisions with a conversion reported. */
    public long conversions() {
        return converted.size();
    }

    private final class MemoryLog implements DecisionLog {
        @Override
        public CompletableFuture<Void> log(Decision decision) {
            decisions.put(decision.decisionId(), decision);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> log(Feedback feedback) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public Optional<Decision> find(String decisionId) {
            return Optional.ofNullable(decisions.get(decisionId));
        }

        @Override
        public long spentCents(String campaign) {
            return 0;
        }
    }

}
