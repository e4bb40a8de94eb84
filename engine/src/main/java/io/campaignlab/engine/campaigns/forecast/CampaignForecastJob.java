package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignAudience;
import io.campaignlab.engine.campaigns.CampaignRepository;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.ope.CampaignPolicy;
import io.campaignlab.engine.campaigns.ope.DecisionList;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Forecasts a stored campaign (its draft, else its latest version) on its audience in the workspace: the audience's
 * users are listed, matched to the rows of the uplift runs' dataset (without coupons, of the price dataset) and scored
 * by each coupon's run and its bootstrap refits ({@link UpliftRefits}). The offers are served as the policy would
 * serve them ({@link OfferMix}: the engine's greedy choice among each user's eligible offers, the holdout's share and
 * the budget's share of the paid grants), and {@link Forecaster} sums each offer over its users with those
 * probabilities, per offer and in total. A coupon needs its uplift run ({@code offerRuns}; else, for a campaign's only
 * coupon, the default run; else the newest completed uplift run whose treatment arm has the offer's name). A dynamic
 * discount needs its response runs (one per menu level, with a 0 % level): it is priced per user as the decision
 * engine prices it ({@link PricedDiscount}, {@link DiscountReader}), from the users' prices in
 * {@link ForecastOptions#prices()}, and corrected by the users' randomized outcomes when that dataset is the discount
 * test. An offer the forecast has no model for (a coupon without a run, a dynamic discount without response runs, an
 * ad, a recommendation) is named in the report with the reason, and its users are counted in its reach but not in
 * the incremental figures. The budget curve ranks the scored audience, its spend counted as the engine's budget
 * counts it (grant costs, {@link io.campaignlab.engine.campaigns.Cents#grant}); the readout prediction says what an
 * A/B readout of the campaign's decisions should measure.
 */
public final class CampaignForecastJob implements Job<CampaignForecastReport> {

    private static final Pattern UPLIFT_RUN = Pattern.compile("(?i)uplift:run(\\d+)");
    private static final int CURVE_POINTS = 100;
    private static final String NO_OFFER = "\u0000no offer";

    private final WorkspaceContext workspace;
    private final CampaignRepository campaigns;
    private final CampaignAudience audiences;
    private final String name;
    private final ForecastOptions options;

    public CampaignForecastJob(WorkspaceContext workspace, CampaignRepository campaigns, CampaignAudience audiences,
                               String name, ForecastOptions options) {
        this.workspace = workspace;
        this.campaigns = campaigns;
        this.audiences = audiences;
        this.name = name;
        this.options = options;
    }

    /** Forecasts campaign {@code name}; the plain entry point for views and commands. */
    public static CampaignForecastReport run(WorkspaceContext workspace, CampaignRepository campaigns,
                                             CampaignAudience audiences, String name, ForecastOptions options,
                                             ProgressListener progress, CancellationToken cancel) {
        return new CampaignForecastJob(workspace, campaigns, audiences, name, options).run(progress, cancel);
    }

    @Override
    public String kind() {
        return "campaign-forecast";
    }

    @Override
    public String title() {
        return "Forecast campaign " + name;
    }

    @Override
    public CampaignForecastReport run(ProgressListener progress, CancellationToken cancel) {
        Campaign design = campaigns.require(name).current();
        Map<String, String> unmodelled = new LinkedHashMap<>();
        Map<String, Long> runs = runs(design, unmodelled);
        List<Offer> discounts = discounts(design, unmodelled);
        if (runs.isEmpty() && discounts.isEmpty()) {
            throw new IllegalArgumentException("campaign '" + name + "' has no offer the forecast can price: "
                    + unmodelled);
        }
        progress.message("Listing the audience of " + name);
        List<String> members = new ArrayList<>(new java.util.TreeSet<>(audiences.members(design.audience())));
        Map<Long, UpliftRefits> refits = refits(runs, progress, cancel);
        UpliftRefits first = refits.isEmpty() ? null : refits.values().iterator().next();
        String dataset = first != null ? first.dataset() : options.prices().dataset();
        Map<String, Integer> rowOfUser = first != null ? first.rowOfUser()
                : DiscountReader.rowsOf(workspace, options.prices(), progress, cancel);
        List<String> scored = members.stream().filter(rowOfUser::containsKey).toList();
        int[] rows = scored.stream().mapToInt(rowOfUser::get).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("none of the " + members.size() + " users of campaign '" + name
                    + "' has a row in " + dataset + (first != null ? ", the dataset of uplift run "
                    + refits.keySet().iterator().next() : ", where the users' prices are read"));
        }
        List<String> notes = new ArrayList<>();
        if (rows.length < members.size()) {
            notes.add((members.size() - rows.length) + " audience users have no row in " + dataset
                    + " and are left out");
        }
        cancel.throwIfCancelled();
        OfferMix mix = mix(design, dataset, rows, unmodelled, notes, progress, cancel);
        Map<String, PricedDiscount> priced = new LinkedHashMap<>();
        if (!discounts.isEmpty()) {
            notes.add("a dynamic discount is priced per user from " + options.prices().dataset() + "'s "
                    + options.prices().priceColumn() + " and " + options.prices().unitCostColumn() + " (when serving,"
                    + " the request's context carries them)");
        }
        for (Offer d : discounts) {
            PricedDiscount pd = DiscountReader.read(workspace, audiences, d, scored, options.prices(), progress,
                    cancel);
            boolean[] priceable = pd.priceable();
            long unpriced = IntStream.range(0, priceable.length).filter(i -> !priceable[i]).count();
            if (unpriced > 0) {
                notes.add("dynamic discount " + d.name() + " cannot be priced for " + unpriced + " of " + rows.length
                        + " scored users (no response score, no price in " + options.prices().dataset()
                        + ", or no level leaves the minimum margin): the engine does not offer it to them");
            }
            mix = mix.restricted(mix.indexOf(d.name()), priceable);
            priced.put(d.name(), pd);
        }
        double holdoutRate = first != null ? holdoutRate(first, rows, notes) : baseline(priced.values(), notes);
        double orderValue = options.orderValue() != null ? options.orderValue()
                : first != null ? orderValue(first) : meanPrice(priced.values());
        List<PricedOffer> coupons = new ArrayList<>();
        runs.forEach((offer, run) -> coupons.add(priced(design, offer, run, refits.get(run), rows, holdoutRate,
                orderValue)));
        return forecast(design, dataset, members.size(), rows.length, mix, new Priced(coupons, priced), unmodelled,
                holdoutRate, orderValue, notes);
    }

    /** The coupons' uplift runs refitted, each once; they must score the same dataset. */
    private Map<Long, UpliftRefits> refits(Map<String, Long> runs, ProgressListener progress,
                                           CancellationToken cancel) {
        Map<Long, UpliftRefits> refits = new LinkedHashMap<>();
        for (long run : new java.util.LinkedHashSet<>(runs.values())) {
            cancel.throwIfCancelled();
            refits.put(run, UpliftRefits.fit(workspace, run, options, progress, cancel));
        }
        if (refits.isEmpty()) {
            return refits;
        }
        UpliftRefits first = refits.values().iterator().next();
        for (Map.Entry<Long, UpliftRefits> e : refits.entrySet()) {
            if (!e.getValue().dataset().equals(first.dataset())) {
                throw new IllegalArgumentException("the coupons' uplift runs must score the same dataset: run "
                        + e.getKey() + " is on " + e.getValue().dataset() + ", run " + runs.values().iterator().next()
                        + " on " + first.dataset());
            }
        }
        return refits;
    }

    /**
     * The dynamic discounts the forecast can price: those with response runs whose menu is whole percents with a
     * 0 % level (the baseline); every other one goes to {@code unmodelled} with the reason.
     */
    private static List<Offer> discounts(Campaign design, Map<String, String> unmodelled) {
        List<Offer> out = new ArrayList<>();
        for (Offer o : design.offers()) {
            if (o.kind() != Offer.Kind.DYNAMIC_DISCOUNT) {
                continue;
            }
            if (o.responseRuns().isEmpty()) {
                unmodelled.put(o.name(), "it names no response runs (one per menu level), so nothing gives its"
                        + " users' P(buy) at each discount");
            } else if (o.discountMenu().isEmpty() || o.discountMenu().get(0) == null
                    || o.discountMenu().get(0) != 0.0) {
                unmodelled.put(o.name(), "its menu has no 0 % level, so no response run gives P(buy) without a"
                        + " discount, the baseline of its incremental effect");
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /** Without coupons: the mean P(buy | 0 %) of the dynamic discounts' scored users, the holdout's rate. */
    private static double baseline(java.util.Collection<PricedDiscount> discounts, List<String> notes) {
        double sum = 0;
        int count = 0;
        for (PricedDiscount d : discounts) {
            for (double[] p : d.pBuy()) {
                if (p != null) {
                    sum += p[0];
                    count++;
                }
            }
        }
        notes.add("no coupon: the holdout's conversion rate is the response runs' mean P(buy) at 0 %");
        return count == 0 ? 0 : sum / count;
    }

    /** Without coupons: the mean list price of the users a dynamic discount can price, an order's value. */
    private static double meanPrice(java.util.Collection<PricedDiscount> discounts) {
        double sum = 0;
        int count = 0;
        for (PricedDiscount d : discounts) {
            for (double v : d.price()) {
                if (Double.isFinite(v)) {
                    sum += v;
                    count++;
                }
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no scored user has a list price; give the order value");
        }
        return sum / count;
    }

    /** The priced offers: coupons with their uplift runs, dynamic discounts with their response runs. */
    private record Priced(List<PricedOffer> coupons, Map<String, PricedDiscount> discounts) {

        /** How many refitted models each coupon has (0 without coupons). */
        int replicates() {
            return coupons.isEmpty() ? 0 : coupons.get(0).replicates().size();
        }
    }

    /**
     * The uplift run of each coupon the forecast can price, in the campaign's order; every other offer goes to
     * {@code unmodelled} with the reason.
     */
    private Map<String, Long> runs(Campaign design, Map<String, String> unmodelled) {
        List<Offer> coupons = design.offers().stream().filter(o -> o.kind() == Offer.Kind.COUPON).toList();
        Map<String, Long> runs = new LinkedHashMap<>();
        for (String offer : options.offerRuns().keySet()) {
            if (coupons.stream().noneMatch(o -> o.name().equals(offer))) {
                throw new IllegalArgumentException("campaign '" + name + "' has no coupon offer '" + offer
                        + "' to give an uplift run to (its coupons: " + coupons.stream().map(Offer::name).toList()
                        + ")");
            }
        }
        for (Offer o : design.offers()) {
            Long run = o.kind() != Offer.Kind.COUPON ? null : options.offerRuns().containsKey(o.name())
                    ? options.offerRuns().get(o.name()) : coupons.size() == 1 && hasDefaultRun(design)
                    ? defaultRun(design) : runOfArm(o.name());
            if (run != null) {
                runs.put(o.name(), run);
            } else if (o.kind() != Offer.Kind.DYNAMIC_DISCOUNT) {
                unmodelled.put(o.name(), switch (o.kind()) {
                    case COUPON -> "no uplift run scores this coupon (none has it as its treatment arm); give one"
                            + " with --offer-run " + o.name() + "=M" + (coupons.size() == 1 ? " or --uplift-run M"
                            : "");
                    case DYNAMIC_DISCOUNT -> throw new IllegalStateException("dynamic discounts are priced apart");
                    case AD -> "the forecast has no model of an ad's incremental effect (its CTR run ranks creatives)";
                    case RECOMMENDATION -> "the forecast has no model of a recommendation slot's incremental effect";
                });
            }
        }
        return runs;
    }

    /**
     * The newest completed uplift run whose treatment arm has the offer's name (an uplift run of {@code coupon_10}
     * against control scores the offer {@code coupon_10}), or null when there is none.
     */
    private Long runOfArm(String offer) {
        return workspace.runs().list().stream()
                .filter(r -> r.status() == io.campaignlab.engine.runs.RunStatus.COMPLETED
                        && r.spec().modelKind().startsWith("uplift-"))
                .filter(r -> offer.equals(io.campaignlab.engine.runs.ReportJson.read(r.spec().paramsJson(),
                        com.fasterxml.jackson.databind.JsonNode.class).path("spec").path("treatmentValue").asText()))
                .mapToLong(io.campaignlab.engine.runs.RunRecord::id).boxed().max(Long::compare).orElse(null);
    }

    private boolean hasDefaultRun(Campaign design) {
        String rule = design.audience().rule();
        return options.upliftRun() != null || UPLIFT_RUN.matcher(rule == null ? "" : rule).find();
    }

    private Long defaultRun(Campaign design) {
        return options.upliftRun() != null ? options.upliftRun() : ruleRun(design);
    }

    /**
     * The policy's choice among the coupons and dynamic discounts (the offers the engine scores by their posterior
     * means), each user's eligibility read from the run dataset's columns.
     */
    private OfferMix mix(Campaign design, String dataset, int[] rows, Map<String, String> unmodelled,
                         List<String> notes, ProgressListener progress, CancellationToken cancel) {
        List<Offer> chosen = design.offers().stream().filter(o -> o.kind() == Offer.Kind.COUPON
                || o.kind() == Offer.Kind.DYNAMIC_DISCOUNT).toList();
        design.offers().stream().filter(o -> !chosen.contains(o)).forEach(o -> notes.add("offer " + o.name() + " ("
                + o.kind().id() + ") is left out of the policy's choice: the engine scores it by a model the"
                + " forecast does not hold, so the other offers' shares assume it takes no user"));
        unmodelled.forEach((offer, why) -> notes.add("offer " + offer + " is not forecast: " + why));
        DecisionList choice = CampaignPolicy.choice(chosen, Map.of(), 0, NO_OFFER);
        List<String> arms = new ArrayList<>(chosen.stream().map(Offer::name).toList());
        arms.add(NO_OFFER);
        double[][] byOffer = new double[chosen.size()][rows.length];
        if (choice.columns().isEmpty()) {
            for (double[] p : byOffer) {
                Arrays.fill(p, 1.0 / chosen.size());
            }
        } else {
            progress.message("Reading the offers' eligibility columns " + choice.columns() + " of " + dataset);
            Frame frame = workspace.frames().read(dataset, choice.columns(), progress, cancel);
            double[][] pi;
            try {
                pi = choice.probabilities(frame, arms);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("offer eligibility on " + dataset + ": " + e.getMessage(), e);
            }
            for (int k = 0; k < rows.length; k++) {
                for (int o = 0; o < chosen.size(); o++) {
                    byOffer[o][k] = pi[rows[k]][o];
                }
            }
        }
        return new OfferMix(chosen, byOffer);
    }

    private PricedOffer priced(Campaign design, String offer, long run, UpliftRefits refits, int[] rows,
                               double holdoutRate, double orderValue) {
        Offer o = design.offers().stream().filter(x -> x.name().equals(offer)).findFirst().orElseThrow();
        List<double[]> replicates = refits.replicates().stream()
                .map(r -> PricedOffer.clamped(TargetingStudy.pick(r, rows))).toList();
        return new PricedOffer(o, run, PricedOffer.clamped(TargetingStudy.pick(refits.point(), rows)), replicates,
                holdoutRate, orderValue, options.marginRate());
    }

    private CampaignForecastReport forecast(Campaign design, String dataset, long audience, int n, OfferMix mix,
                                            Priced priced, Map<String, String> unmodelled, double holdoutRate,
                                            double orderValue, List<String> notes) {
        Constraints constraints = design.constraintsOrNone();
        double holdout = constraints.holdoutShare();
        double[] factors = mix.servedFactors(holdout, constraints.budget(), n);
        double[] shares = mix.eligibleShares();
        List<OfferForecast> offers = new ArrayList<>();
        List<AudienceInputs> parts = new ArrayList<>();
        List<List<double[]>> partReplicates = new ArrayList<>();
        List<Forecaster.Corrections> corrections = new ArrayList<>();
        Map<String, int[]> levels = new LinkedHashMap<>();
        double reach = 0;
        double pricedReach = 0;
        double spend = 0;
        for (int o = 0; o < mix.offers().size(); o++) {
            Part part = part(mix, o, factors[o], shares[o], priced, unmodelled);
            offers.add(part.row());
            reach += part.row().reach();
            spend += part.row().budgetSpend();
            if (part.inputs() != null) {
                pricedReach += part.row().reach();
                parts.add(part.inputs());
                partReplicates.add(part.replicates());
                corrections.add(part.corrections());
            }
            if (part.levels() != null) {
                levels.put(part.row().offer(), part.levels());
            }
        }
        AudienceInputs total = PricedOffer.sum(parts);
        List<double[]> totalReplicates = new ArrayList<>();
        for (int b = 0; b < priced.replicates(); b++) {
            int r = b;
            totalReplicates.add(PricedOffer.add(partReplicates.stream().map(l -> l.get(r)).toList()));
        }
        CampaignForecast f = Forecaster.forecast(total, totalReplicates, Forecaster.Corrections.sum(corrections, n),
                options.bootstrapReplicates(), options.seed());
        if (totalReplicates.isEmpty()) {
            notes.add("no refitted models: the intervals leave the uplift models' own uncertainty out");
        }
        priced.discounts().forEach((offer, d) -> notes.add(d.test() == null ? "dynamic discount " + offer
                + ": its figures are the response runs' scores at the levels those scores chose, so they lean high"
                + " (the winner's curse), and the intervals resample users only" : "dynamic discount " + offer
                + ": the response runs' figures are corrected (doubly robust) by the outcomes of the users randomized"
                + " in " + options.prices().dataset() + "; users the runs were fitted on correct them less than"
                + " held-out users do"));
        Interval rate = scaled(f.incrementalConversions(), pricedReach > 0 ? 1 / pricedReach : 0);
        ReadoutPrediction readout = readout(mix, priced, levels, holdout, constraints.budget(), n, holdoutRate);
        BudgetCurve curve = curve(mix, priced, levels);
        BudgetPoint mark = constraints.budget() == null ? curve.points()[n] : curve.atBudget(constraints.budget());
        long runId = !priced.coupons().isEmpty() ? priced.coupons().get(0).run()
                : priced.discounts().values().iterator().next().runs().get(0);
        List<String> names = new ArrayList<>(priced.coupons().stream().map(p -> p.offer().name()).toList());
        names.addAll(priced.discounts().keySet());
        return new CampaignForecastReport(name, runId, dataset, String.join(", ", names), audience, n,
                Math.round(reach), holdout, grants(constraints.budget(), mix), f.incrementalConversions(),
                f.incrementalRevenue(), f.incrementalMargin(), f.cost(), f.roi(), rate, readout, orderValue,
                options.marginRate(), mark, curve.breakEven(), sample(curve.points()), spend, offers,
                f.uncertainty() + "; each user counted with the probability that the policy serves each offer"
                        + " (holdout and budget included)", notes);
    }

    /** One offer's part of the forecast: its row and, when it is priced, its inputs, replicates and levels. */
    private record Part(OfferForecast row, AudienceInputs inputs, List<double[]> replicates, int[] levels,
                        Forecaster.Corrections corrections) {
    }

    private Part part(OfferMix mix, int o, double factor, double share, Priced priced,
                      Map<String, String> unmodelled) {
        Offer offer = mix.offers().get(o);
        double[] weight = mix.served(o, factor);
        double reach = Arrays.stream(weight).sum();
        double spend = reach * io.campaignlab.engine.campaigns.Cents.grant(offer) / 100.0;
        PricedOffer p = priced.coupons().stream().filter(x -> x.offer().name().equals(offer.name())).findFirst()
                .orElse(null);
        PricedDiscount d = priced.discounts().get(offer.name());
        if (p != null) {
            AudienceInputs inputs = p.inputs(p.uplift(), weight);
            List<double[]> replicates = p.weightedReplicates(weight);
            CampaignForecast f = Forecaster.forecast(inputs, replicates, options.bootstrapReplicates(),
                    options.seed());
            return new Part(new OfferForecast(offer.name(), offer.kind().id(), p.run(), share, reach, spend,
                    f.incrementalConversions(), f.incrementalRevenue(), f.incrementalMargin(), f.cost(), f.roi(),
                    null, null, null), inputs, replicates, null, null);
        }
        if (d != null) {
            PricedDiscount.Levels chosen = d.choose(weight, options.seed());
            AudienceInputs inputs = d.inputs(chosen.levels(), weight);
            List<double[]> replicates = java.util.Collections.nCopies(priced.replicates(), inputs.uplift());
            Forecaster.Corrections corrections = d.corrections(chosen.levels(), weight);
            CampaignForecast f = Forecaster.forecast(inputs, List.of(), corrections, options.bootstrapReplicates(),
                    options.seed());
            return new Part(new OfferForecast(offer.name(), offer.kind().id(), null, share, reach, spend,
                    f.incrementalConversions(), f.incrementalRevenue(), f.incrementalMargin(), f.cost(), f.roi(),
                    null, d.runs(), chosen.meanDiscountPct()), inputs, replicates, chosen.levels(), corrections);
        }
        return new Part(new OfferForecast(offer.name(), offer.kind().id(), null, share, reach, spend, null, null,
                null, null, null, unmodelled.get(offer.name()), null, null), null, null, null, null);
    }

    /**
     * The readout a drive of {@code readoutUsers} audience users should measure: the share of treated users served
     * a priced offer (at that many users, the budget binds differently) times the mean uplift of a served user.
     */
    private ReadoutPrediction readout(OfferMix mix, Priced priced, Map<String, int[]> levels, double holdout,
                                      Double budget, int n, double holdoutRate) {
        long readoutUsers = options.readoutUsers() != null ? options.readoutUsers() : n;
        double[] factors = mix.servedFactors(holdout, budget, readoutUsers);
        double served = 0;
        int k = priced.replicates();
        double[] sums = new double[k];
        double point = 0;
        for (PricedOffer p : priced.coupons()) {
            int o = mix.indexOf(p.offer().name());
            double[] weight = mix.served(o, factors[o] / (1 - holdout));
            served += Arrays.stream(weight).sum();
            point += dot(weight, p.uplift());
            for (int b = 0; b < k; b++) {
                sums[b] += dot(weight, p.replicates().get(b));
            }
        }
        for (Map.Entry<String, PricedDiscount> e : priced.discounts().entrySet()) {
            int o = mix.indexOf(e.getKey());
            double[] weight = mix.served(o, factors[o] / (1 - holdout));
            int[] chosen = levels.get(e.getKey());
            Forecaster.Corrections c = e.getValue().corrections(chosen, weight);
            double part = dot(weight, e.getValue().inputs(chosen, ones(weight.length)).uplift())
                    + (c == null ? 0 : Arrays.stream(c.conversions()).sum());
            served += Arrays.stream(weight).sum();
            point += part;
            for (int b = 0; b < k; b++) {
                sums[b] += part;
            }
        }
        double rate = served > 0 ? point / served : 0;
        List<double[]> means = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            means.add(new double[]{served > 0 ? sums[b] / served : 0});
        }
        return ReadoutPrediction.of(readoutUsers, holdout, served / n, rate, modelSd(means), holdoutRate);
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        Arrays.fill(out, 1.0);
        return out;
    }

    /** The budget curve over the scored audience, each user served as the policy would choose (bagged uplift). */
    private static BudgetCurve curve(OfferMix mix, Priced priced, Map<String, int[]> levels) {
        List<AudienceInputs> parts = new ArrayList<>();
        for (PricedOffer p : priced.coupons()) {
            parts.add(p.inputs(p.bagged(), mix.chosen()[mix.indexOf(p.offer().name())]));
        }
        priced.discounts().forEach((offer, d) -> parts.add(d.inputs(levels.get(offer),
                mix.chosen()[mix.indexOf(offer)])));
        return BudgetCurve.of(PricedOffer.sum(parts));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The grants the budget pays for when every paid offer costs the same, else null (also with no budget). */
    private static Long grants(Double budget, OfferMix mix) {
        long[] costs = mix.offers().stream().mapToLong(io.campaignlab.engine.campaigns.Cents::grant)
                .filter(c -> c > 0).distinct().toArray();
        return costs.length != 1 ? null : grants(budget, costs[0] / 100.0);
    }

    /** The grants a budget pays for at the engine's grant cost (whole cents), or null when it does not bind. */
    static Long grants(Double budget, double grantCost) {
        long cents = Math.round(grantCost * 100);
        if (budget == null || cents <= 0) {
            return null;
        }
        return io.campaignlab.engine.campaigns.Cents.budget(budget) / cents;
    }

    private long ruleRun(Campaign design) {
        String rule = design.audience().rule();
        Matcher m = UPLIFT_RUN.matcher(rule == null ? "" : rule);
        if (!m.find()) {
            throw new IllegalArgumentException("campaign '" + name + "' names no uplift run in its audience"
                    + " (uplift:runM); give one with --uplift-run M");
        }
        return Long.parseLong(m.group(1));
    }

    /** The control arm's conversion rate among the audience's users (the whole control arm when none is there). */
    private static double holdoutRate(UpliftRefits refits, int[] rows, List<String> notes) {
        double sum = 0;
        int count = 0;
        for (int r : rows) {
            if (refits.control()[r]) {
                sum += refits.converted()[r];
                count++;
            }
        }
        if (count == 0) {
            for (int r = 0; r < refits.control().length; r++) {
                if (refits.control()[r]) {
                    sum += refits.converted()[r];
                    count++;
                }
            }
            notes.add("no control unit is in the audience: the holdout rate is the whole control arm's");
        }
        return sum / count;
    }

    /** The mean revenue of converting control units: an order's value without any coupon. */
    private static double orderValue(UpliftRefits refits) {
        if (refits.revenue() == null) {
            throw new IllegalArgumentException(refits.dataset() + " has no revenue column; give the order value");
        }
        double sum = 0;
        int count = 0;
        for (int r = 0; r < refits.control().length; r++) {
            if (refits.control()[r] && refits.converted()[r] > 0.5f && !Double.isNaN(refits.revenue()[r])) {
                sum += refits.revenue()[r];
                count++;
            }
        }
        if (count == 0 || sum <= 0) {
            throw new IllegalArgumentException("no converting control unit of " + refits.dataset()
                    + " has revenue; give the order value");
        }
        return sum / count;
    }

    /** The sample standard deviation, over the refitted models, of the mean uplift of the audience. */
    static double modelSd(List<double[]> replicates) {
        int k = replicates.size();
        if (k < 2) {
            return 0;
        }
        double[] means = replicates.stream().mapToDouble(r -> Arrays.stream(r).average().orElse(0)).toArray();
        double mean = Arrays.stream(means).average().orElse(0);
        double ss = Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum();
        return Math.sqrt(ss / (k - 1));
    }

    private static Interval scaled(Interval i, double factor) {
        return new Interval(i.estimate() * factor, i.ciLow() * factor, i.ciHigh() * factor);
    }

    private static List<BudgetPoint> sample(BudgetPoint[] points) {
        List<BudgetPoint> out = new ArrayList<>();
        int last = points.length - 1;
        int steps = Math.min(CURVE_POINTS, last);
        for (int s = 0; s <= steps; s++) {
            out.add(points[steps == 0 ? 0 : (int) Math.round(s * (double) last / steps)]);
        }
        return out;
    }
}
