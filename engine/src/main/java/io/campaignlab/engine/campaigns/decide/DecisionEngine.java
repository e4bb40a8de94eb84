package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.policy.Arm;
import io.campaignlab.engine.campaigns.policy.BetaPosteriors;
import io.campaignlab.engine.campaigns.policy.BudgetSnapshot;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides for requests among the published campaign versions it holds warm. For a request: the campaign (named, or
 * the first by name of those serving today), the arm by the keyed holdout hash, the audience check (a user outside
 * the members computed at load gets no offer, {@code not_in_audience}) and the exclusion group's check
 * ({@link ExclusionGroups}), then for the treatment arm (the holdout gets no offer) the coupon offers, and the dynamic
 * discounts priced for the user ({@link DynamicPricer}), the ads ranked and the recommendation slots filled for the
 * user ({@link AdRanker}, {@link SlotFiller}), whose eligibility conditions pass on the context, the
 * frequency cap, the policy's choice among them (one segment, {@value #SEGMENT}, for every user in this cut) and the
 * winner's cost granted by the budget ledger (a winner that does not fit is dropped and the policy chooses again; when
 * none fits, the no-offer fallback is served and counted). Every decision goes to the {@link DecisionLog}. Thread-safe.
 * <p>
 * Thompson feedback is delayed: a served offer counts at once as a non-response of its (offer, segment) posterior,
 * and the first feedback event matching the campaign's objective (a click for clicks, else a conversion) turns it
 * into a response, so after n served and k responded the posterior is Beta(1 + k, 1 + n − k).
 */
public final class DecisionEngine implements AutoCloseable {

    /** The one segment of this cut: per-segment posteriors come with user features. */
    public static final String SEGMENT = "all";

    private final HoldoutAssigner assigner;
    private final Clock clock;
    private final DecisionLog log;
    private final SplittableRandom root;
    private final ThreadLocal<SplittableRandom> randoms;
    private final ConcurrentHashMap<String, LiveCampaign> live = new ConcurrentHashMap<>();
    private final RecentDecisions recent = new RecentDecisions(RecentDecisions.DEFAULT_CAPACITY);
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong coldStarts = new AtomicLong();
    private final AdRankers rankers;
    private final SlotFillers fillers;
    private final ChoiceExplainer.Opener explainers;

    /**
     * @param seed the seed of the policies' draws; fixed in tests. Decision ids never come from it: they are random
     *             UUIDs, so a restarted engine with the same seed cannot repeat an id already in the log.
     */
    public DecisionEngine(HoldoutAssigner assigner, Clock clock, DecisionLog log, long seed) {
        this(assigner, clock, log, seed, AdRankers.NONE);
    }

    /** @param rankers opens the CTR ranker of each ad offer when its campaign version is loaded */
    public DecisionEngine(HoldoutAssigner assigner, Clock clock, DecisionLog log, long seed, AdRankers rankers) {
        this(assigner, clock, log, seed, rankers, SlotFillers.NONE);
    }

    /**
     * @param rankers opens the CTR ranker of each ad offer when its campaign version is loaded
     * @param fillers opens the recommender of each recommendation offer when its campaign version is loaded
     */
    public DecisionEngine(HoldoutAssigner assigner, Clock clock, DecisionLog log, long seed, AdRankers rankers,
                          SlotFillers fillers) {
        this(assigner, clock, log, seed, rankers, fillers, ChoiceExplainer.Opener.NONE);
    }

    /**
     * @param rankers     opens the CTR ranker of each ad offer when its campaign version is loaded
     * @param fillers     opens the recommender of each recommendation offer when its campaign version is loaded
     * @param explainers  opens the model of each run that explains a served coupon or dynamic discount (the
     *                    audience's model-score runs, the dynamic discounts' response runs)
     */
    public DecisionEngine(HoldoutAssigner assigner, Clock clock, DecisionLog log, long seed, AdRankers rankers,
                          SlotFillers fillers, ChoiceExplainer.Opener explainers) {
        this.rankers = rankers;
        this.fillers = fillers;
        this.explainers = explainers;
        this.assigner = assigner;
        this.clock = clock;
        this.log = log;
        this.root = new SplittableRandom(seed);
        this.randoms = ThreadLocal.withInitial(this::split);
    }

    private SplittableRandom split() {
        synchronized (root) {
            return root.split();
        }
    }

    /** Holds a published version warm for every user (its audience unchecked); see {@link #load(CampaignVersion,
     * ServingAudience)}. */
    public void load(CampaignVersion version) {
        load(version, ServingAudience.everyone());
    }

    /**
     * Holds a published version warm, replacing the campaign's earlier one: its budget resumes from the log, and its
     * Thompson posteriors are rebuilt from the log's tallies of this version (served and responded per offer), so a
     * restart forgets nothing learned.
     *
     * @param audience who it may treat; a user outside it gets no offer ({@code not_in_audience})
     */
    public void load(CampaignVersion version, ServingAudience audience) {
        load(version, audience, Map.of());
    }

    /**
     * {@link #load(CampaignVersion, ServingAudience)}, with the response scores of its dynamic discount offers (by
     * offer name); a dynamic discount without them is not served. Its ad offers' CTR runs are opened by the engine's
     * rankers, its recommendation offers' recommender runs by its slot fillers, and the replaced version's are closed.
     *
     * @throws IllegalArgumentException when a dynamic discount's menu and responses cannot be served
     */
    public void load(CampaignVersion version, ServingAudience audience, Map<String, DiscountResponses> responses) {
        LiveCampaign campaign = new LiveCampaign(version, log.spentCents(version.name()), clock, audience,
                responses);
        for (OfferTally t : log.tallies(version.name(), version.version(), campaign.responseEvent())) {
            campaign.posteriors().restore(t.offer(), t.segment(), t.served(), t.responded());
        }
        List<io.campaignlab.engine.campaigns.Offer> offers = version.campaign().offers();
        campaign.rankers(OfferModels.open(offers, io.campaignlab.engine.campaigns.Offer.Kind.AD, rankers::open));
        try {
            campaign.fillers(OfferModels.open(offers, io.campaignlab.engine.campaigns.Offer.Kind.RECOMMENDATION,
                    fillers::open));
        } catch (RuntimeException e) {
            campaign.close();
            throw e;
        }
        openExplainers(campaign);
        LiveCampaign replaced = live.put(version.name(), campaign);
        if (replaced != null) {
            replaced.close();
        }
    }

    /** Opens the explaining runs' models; a run that cannot explain is noted, and the version still loads. */
    private void openExplainers(LiveCampaign campaign) {
        Map<Long, ChoiceExplainer> opened = new java.util.HashMap<>();
        Map<Long, String> notOpened = new java.util.HashMap<>();
        for (long run : campaign.explainingRuns()) {
            try {
                ChoiceExplainer e = explainers.open(run);
                if (e != null) {
                    opened.put(run, e);
                } else {
                    notOpened.put(run, "this engine computes no explanations");
                }
            } catch (RuntimeException e) {
                notOpened.put(run, e.getMessage());
            }
        }
        campaign.explainers(opened, notOpened);
    }

    /** Stops serving a campaign (stopped, or replaced by nothing). */
    public void unload(String campaign) {
        LiveCampaign removed = live.remove(campaign);
        if (removed != null) {
            removed.close();
        }
    }

    /** Unloads every campaign, freeing the ad rankers' models. */
    @Override
    public void close() {
        List.copyOf(live.keySet()).forEach(this::unload);
    }

    /** The campaigns held, by name, with their version. */
    public Map<String, Integer> loaded() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        live.forEach((name, c) -> out.put(name, c.version().version()));
        return out;
    }

    public Decision decide(DecisionRequest request) {
        return serve(request).decision();
    }

    /**
     * Decides, and returns the decision with the log's acknowledgement: the future completes once the decision is
     * committed to the log (exceptionally if it could not be).
     */
    public Acknowledged serve(DecisionRequest request) {
        LiveCampaign campaign = pick(request.campaign());
        CampaignVersion v = campaign.version();
        double u = assigner.unit(request.userId(), v.name(), v.version());
        Arm arm = u < campaign.holdoutShare() ? Arm.HOLDOUT : Arm.TREATMENT;
        OfferOutcome outcome = gate(campaign, request.userId());
        if (outcome == null) {
            outcome = arm == Arm.HOLDOUT ? OfferOutcome.holdout()
                    : OfferChooser.choose(campaign, request, randoms.get());
        }
        if (outcome.offer() != null) {
            campaign.posteriors().observe(outcome.offer().name(), SEGMENT, false);
        }
        ChoiceExplainer.Explained explained = explained(campaign, outcome, request.userId());
        DecisionTrace trace = new DecisionTrace(SEGMENT, campaign.policy().name(), u, campaign.holdoutShare(),
                outcome.rules(), outcome.candidates(), outcome.capsHit(), outcome.reason(), outcome.fallback(),
                outcome.pricing(), outcome.rankings(), outcome.servedSlots(),
                explained == null ? null : explained.trace());
        Decision decision = new Decision(UUID.randomUUID().toString(),
                request.userId(), v.name(), v.version(), arm.wireName(), outcome.offerName(), outcome.discount(),
                outcome.discountUnit(), outcome.score(), outcome.costCents(), clock.instant(), explained == null
                ? outcome.explanation() : top(explained.contributions()), trace, outcome.slots());
        CompletableFuture<Void> logged = log.log(decision); // before counting: a decision the log refused is not served
        served.incrementAndGet();
        if (decision.fellBack() || trace.recommendation() != null && trace.recommendation().coldStart()) {
            fallbacks.incrementAndGet();
        }
        if (outcome.rankings().stream().anyMatch(AdRanking::coldStart)) {
            coldStarts.incrementAndGet();
        }
        recent.put(decision);
        return new Acknowledged(decision, logged);
    }

    /**
     * The audience and exclusion-group checks, made before the holdout draw matters so that both arms lose the same
     * users: null when the user may be treated, else the no-offer outcome and why.
     */
    private OfferOutcome gate(LiveCampaign campaign, String userId) {
        if (!campaign.audience().admits(userId)) {
            return OfferOutcome.none(List.of(), List.of(), List.of(), "the user is not in the campaign's audience"
                    + " (its segment or rule, less its exclusions, as computed when this version was loaded)",
                    "not_in_audience");
        }
        String owner = ExclusionGroups.otherOwner(campaign, userId, live.values(), LocalDate.now(clock), assigner);
        if (owner != null) {
            return OfferOutcome.none(List.of(), List.of(), List.of(), "exclusion group '" + campaign.exclusionGroup()
                    + "': the keyed hash gives this user to campaign '" + owner + "'", "exclusion_group");
        }
        return null;
    }

    /** A served coupon's or dynamic discount's explanation; null for any other decision. */
    private static ChoiceExplainer.Explained explained(LiveCampaign campaign, OfferOutcome outcome, String user) {
        io.campaignlab.engine.campaigns.Offer served = outcome.offer();
        if (served == null || served.kind() != io.campaignlab.engine.campaigns.Offer.Kind.COUPON
                && served.kind() != io.campaignlab.engine.campaigns.Offer.Kind.DYNAMIC_DISCOUNT) {
            return null;
        }
        return campaign.explain(served, outcome.pricing(), user);
    }

    private static List<Decision.Contribution> top(List<Decision.Contribution> all) {
        return all.subList(0, Math.min(AdRanking.TOP, all.size()));
    }

    /**
     * A decision, and the log's acknowledgement of the record just written (the decision itself, or feedback on it):
     * {@code logged} completes once that record is committed, exceptionally if it could not be.
     */
    public record Acknowledged(Decision decision, java.util.concurrent.CompletableFuture<Void> logged) {
    }

    private LiveCampaign pick(String name) {
        LocalDate today = LocalDate.now(clock);
        if (name != null) {
            LiveCampaign c = live.get(name);
            if (c == null) {
                throw new DecideException(DecideException.Reason.UNKNOWN_CAMPAIGN, "no published campaign '" + name
                        + "' is being served");
            }
            if (!c.servesOn(today)) {
                throw new DecideException(DecideException.Reason.NOT_SERVING, "campaign '" + name
                        + "' does not serve on " + today + " (outside its start and end dates)");
            }
            return c;
        }
        return live.values().stream().filter(c -> c.servesOn(today)).min(Comparator.comparing(LiveCampaign::name))
                .orElseThrow(() -> new DecideException(DecideException.Reason.UNKNOWN_CAMPAIGN,
                        "no published campaign serves on " + today));
    }

    /**
     * Records feedback on a served decision and returns that decision: its summary while the engine still holds it
     * ({@link RecentDecisions#summary}: no explanation, no trace lists), else as read from the log.
     *
     * @throws DecideException UNKNOWN_DECISION when no decision of that id was served or logged
     */
    public Decision feedback(Feedback feedback) {
        return acknowledgedFeedback(feedback).decision();
    }

    /** {@link #feedback}, with the log's acknowledgement of the feedback record. */
    public Acknowledged acknowledgedFeedback(Feedback feedback) {
        Optional<RecentDecisions.Entry> entry = recent.get(feedback.decisionId());
        Decision decision = entry.map(RecentDecisions.Entry::decision)
                .or(() -> log.find(feedback.decisionId()))
                .orElseThrow(() -> new DecideException(DecideException.Reason.UNKNOWN_DECISION, "no decision '"
                        + feedback.decisionId() + "' was served"));
        LiveCampaign campaign = live.get(decision.campaign());
        boolean sameVersion = campaign != null && campaign.version().version() == decision.version();
        if (sameVersion && decision.offer() != null && feedback.event() == campaign.responseEvent()
                && entry.isPresent() && entry.get().markResponded()) {
            campaign.posteriors().respondToTrial(decision.offer(), SEGMENT);
        }
        return new Acknowledged(decision, log.log(feedback));
    }

    /** The Thompson posteriors of a loaded campaign. */
    public Optional<BetaPosteriors> posteriors(String campaign) {
        return Optional.ofNullable(live.get(campaign)).map(LiveCampaign::posteriors);
    }

    /** The budget of a loaded campaign; empty when it is not loaded or has no budget. */
    public Optional<BudgetSnapshot> budget(String campaign) {
        return Optional.ofNullable(live.get(campaign)).map(LiveCampaign::ledger).map(l -> l.snapshot());
    }

    /** The budgets of every loaded campaign that has one. */
    public List<BudgetSnapshot> budgets() {
        List<BudgetSnapshot> out = new ArrayList<>();
        live.values().forEach(c -> {
            if (c.ledger() != null) {
                out.add(c.ledger().snapshot());
            }
        });
        return out;
    }

    /** Decisions served since start. */
    public long served() {
        return served.get();
    }

    /** Decisions whose ad ranking used context-only features because the user had no stored features. */
    public long coldStarts() {
        return coldStarts.get();
    }

    /**
     * Decisions served as a fallback: the no-offer fallback (frequency cap, budget, no eligible offer, model failure;
     * not the holdout), and recommendation slots filled by popularity because the recommender could not rank for the
     * user (a cold start, marked in the trace's {@code recommendation}).
     */
    public long fallbacks() {
        return fallbacks.get();
    }
}
