package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Cents;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.policy.BetaPosteriors;
import io.campaignlab.engine.campaigns.policy.BudgetLedger;
import io.campaignlab.engine.campaigns.policy.CapWindow;
import io.campaignlab.engine.campaigns.policy.EpsilonGreedyPolicy;
import io.campaignlab.engine.campaigns.policy.FrequencyCap;
import io.campaignlab.engine.campaigns.policy.GreedyPolicy;
import io.campaignlab.engine.campaigns.policy.Policy;
import io.campaignlab.engine.campaigns.policy.ThompsonPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A published campaign version held warm: its policy and Thompson posteriors, its budget ledger (null without a
 * budget), its frequency cap (null without one), its audience and its dynamic discounts' pricers. Coupon offers, and
 * dynamic discounts whose response scores were loaded, ads with a ranker and recommendations with a slot filler are
 * served; the others are listed in the trace as skipped.
 */
final class LiveCampaign {

    private final CampaignVersion version;
    private final BetaPosteriors posteriors = new BetaPosteriors();
    private final Policy policy;
    private final BudgetLedger ledger;
    private final FrequencyCap cap;
    private final ServingAudience audience;
    private final Map<String, DynamicPricer> pricers;
    private volatile Map<String, AdRanker> rankers = Map.of();
    private volatile Map<String, SlotFiller> fillers = Map.of();
    private volatile Map<Long, ChoiceExplainer> explainers = Map.of();
    private volatile Map<Long, String> unexplained = Map.of();

    /**
     * @param spentCents what earlier decisions of this campaign already granted, counted against its budget
     * @param audience   who it may treat
     */
    LiveCampaign(CampaignVersion version, long spentCents, Clock clock, ServingAudience audience) {
        this(version, spentCents, clock, audience, Map.of());
    }

    /**
     * @param responses by dynamic discount offer, its response scores; an offer without them is not served
     * @throws IllegalArgumentException when a dynamic discount's menu and responses cannot be served
     */
    LiveCampaign(CampaignVersion version, long spentCents, Clock clock, ServingAudience audience,
                 Map<String, DiscountResponses> responses) {
        this.version = version;
        this.audience = audience;
        Map<String, DynamicPricer> p = new HashMap<>();
        for (Offer offer : version.campaign().offers()) {
            if (offer.kind() == Offer.Kind.DYNAMIC_DISCOUNT && responses.containsKey(offer.name())) {
                p.put(offer.name(), new DynamicPricer(offer, responses.get(offer.name())));
            }
        }
        this.pricers = Map.copyOf(p);
        Constraints constraints = version.campaign().constraintsOrNone();
        this.policy = policy(version.campaign().policyOrDefault(), posteriors);
        this.ledger = constraints.budget() == null ? null : ledger(Cents.budget(constraints.budget()), spentCents);
        Constraints.FrequencyCap fc = constraints.frequencyCap();
        this.cap = fc == null ? null : new FrequencyCap(fc.max(), fc.per() == Constraints.Period.WEEK ? CapWindow.WEEK
                : CapWindow.DAY, clock);
    }

    private static BudgetLedger ledger(long capCents, long spentCents) {
        BudgetLedger ledger = new BudgetLedger(capCents);
        if (!ledger.trySpend(Math.max(0, spentCents))) {
            ledger.trySpend(capCents); // spent past the cap before (a changed budget): nothing is left
        }
        return ledger;
    }

    private static Policy policy(io.campaignlab.engine.campaigns.Policy design, BetaPosteriors posteriors) {
        switch (design.kind()) {
            case THOMPSON:
                return new ThompsonPolicy(posteriors);
            case EPSILON_GREEDY:
                return new EpsilonGreedyPolicy(design.epsilon() == null ? 0.1 : design.epsilon());
            default:
                return new GreedyPolicy();
        }
    }

    /** Holds the ad offers' rankers, by offer name (opened by {@link DecisionEngine#load}). */
    void rankers(Map<String, AdRanker> opened) {
        this.rankers = Map.copyOf(opened);
    }

    /** The ranker of an ad offer, or null when it has none. */
    AdRanker ranker(String offer) {
        return rankers.get(offer);
    }

    /** Holds the recommendation offers' slot fillers, by offer name (opened by {@link DecisionEngine#load}). */
    void fillers(Map<String, SlotFiller> opened) {
        this.fillers = Map.copyOf(opened);
    }

    /** The slot filler of a recommendation offer, or null when it has none. */
    SlotFiller filler(String offer) {
        return fillers.get(offer);
    }

    /**
     * The runs that can explain a served choice: the audience rule's model-score runs ({@code score:runN},
     * {@code uplift:runM}), then the dynamic discounts' response runs.
     */
    List<Long> explainingRuns() {
        java.util.LinkedHashSet<Long> runs = new java.util.LinkedHashSet<>(audienceRuns());
        offers().forEach(o -> runs.addAll(o.responseRuns()));
        return List.copyOf(runs);
    }

    private List<Long> audienceRuns() {
        String rule = version.campaign().audience() == null ? null : version.campaign().audience().rule();
        List<Long> out = new java.util.ArrayList<>();
        if (rule != null) {
            java.util.regex.Matcher m = MODEL_RUN.matcher(rule);
            while (m.find()) {
                out.add(Long.parseLong(m.group(2)));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MODEL_RUN = java.util.regex.Pattern.compile(
            "(?i)\\b(score|uplift):run(\\d+)");

    /**
     * Holds the explainers opened for {@link #explainingRuns()}, and for the runs that could not be opened, why.
     */
    void explainers(Map<Long, ChoiceExplainer> opened, Map<Long, String> notOpened) {
        this.explainers = Map.copyOf(opened);
        this.unexplained = Map.copyOf(notOpened);
    }

    /**
     * The explanation of a served coupon or dynamic discount: a dynamic discount's by the response run of the level
     * chosen, a coupon's by the audience's first model-score run; without such a run, or when it cannot explain,
     * the trace says so.
     */
    ChoiceExplainer.Explained explain(Offer served, DecisionTrace.Pricing pricing, String userId) {
        Long run = null;
        String why;
        if (served.kind() == Offer.Kind.DYNAMIC_DISCOUNT && pricing != null && !served.responseRuns().isEmpty()) {
            int level = pricing.menuPct().indexOf(pricing.discountPct());
            run = level < 0 || level >= served.responseRuns().size() ? null : served.responseRuns().get(level);
            why = "the response run of the " + pricing.discountPct() + " % level";
        } else {
            List<Long> audience = audienceRuns();
            run = audience.isEmpty() ? null : audience.get(0);
            why = "the audience's model-score condition";
        }
        if (run == null) {
            return ChoiceExplainer.Explained.none(null, "no model to explain this choice with: the campaign's"
                    + " audience has no score:runN or uplift:runM condition"
                    + (served.kind() == Offer.Kind.DYNAMIC_DISCOUNT ? " and the offer no response run" : ""));
        }
        ChoiceExplainer explainer = explainers.get(run);
        if (explainer == null) {
            String note = unexplained.get(run);
            return ChoiceExplainer.Explained.none(run, "run " + run + " (" + why + ") is not"
                    + " held to explain with" + (note == null ? "" : ": " + note));
        }
        try {
            return explainer.explain(userId);
        } catch (RuntimeException e) {
            return ChoiceExplainer.Explained.none(run, "run " + run + " failed to explain: " + e.getMessage());
        }
    }

    /** Frees the rankers', the slot fillers' and the explainers' models. */
    void close() {
        OfferModels.close(rankers.values());
        OfferModels.close(fillers.values());
        OfferModels.close(explainers.values());
    }

    CampaignVersion version() {
        return version;
    }

    String name() {
        return version.name();
    }

    List<Offer> offers() {
        return version.campaign().offers();
    }

    Policy policy() {
        return policy;
    }

    BetaPosteriors posteriors() {
        return posteriors;
    }

    /** Null when the campaign has no budget. */
    BudgetLedger ledger() {
        return ledger;
    }

    /** Null when the campaign has no frequency cap. */
    FrequencyCap cap() {
        return cap;
    }

    /** The pricer of a dynamic discount offer served with response scores; null for any other offer. */
    DynamicPricer pricer(String offer) {
        return pricers.get(offer);
    }

    ServingAudience audience() {
        return audience;
    }

    /** Its mutual-exclusion group, or null for none. */
    String exclusionGroup() {
        return version.campaign().constraintsOrNone().exclusionGroup();
    }

    double holdoutShare() {
        return version.campaign().constraintsOrNone().holdoutShare();
    }

    /** The feedback event that counts as a response for the campaign's objective. */
    Feedback.Event responseEvent() {
        return version.campaign().objective() == Objective.CLICKS ? Feedback.Event.CLICK : Feedback.Event.CONVERSION;
    }

    /** Whether it serves on {@code day}: within its start and end dates (both included; null is open). */
    boolean servesOn(LocalDate day) {
        Constraints c = version.campaign().constraintsOrNone();
        return (c.start() == null || !day.isBefore(c.start())) && (c.end() == null || !day.isAfter(c.end()));
    }
}
