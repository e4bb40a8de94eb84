package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignAudience;
import io.campaignlab.engine.campaigns.CampaignRepository;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forecasts a stored campaign (its draft, else its latest version) on its audience in the workspace: the audience's
 * users are listed, matched to the rows of the uplift run's dataset and scored by the run's model and its bootstrap
 * refits ({@link UpliftRefits}); {@link Forecaster} sums the campaign's coupon over them, and the totals are scaled to
 * the users the offer reaches (the holdout by its share, the budget by the grants it pays for: both leave a random
 * part of the audience out, as hashing and arrival order pick it). The budget curve ranks the scored audience; the
 * readout prediction says what an A/B readout of the campaign's decisions should measure. Only coupon offers are
 * forecast, one per campaign, as the decision engine serves them.
 */
public final class CampaignForecastJob implements Job<CampaignForecastReport> {

    private static final Pattern UPLIFT_RUN = Pattern.compile("(?i)uplift:run(\\d+)");
    private static final int CURVE_POINTS = 100;

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
        Offer offer = coupon(design);
        long runId = options.upliftRun() != null ? options.upliftRun() : ruleRun(design);
        progress.message("Listing the audience of " + name);
        List<String> members = new java.util.ArrayList<>(new java.util.TreeSet<>(audiences.members(design.audience())));
        UpliftRefits refits = UpliftRefits.fit(workspace, runId, options, progress, cancel);
        int[] rows = members.stream().map(refits.rowOfUser()::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("none of the " + members.size() + " users of campaign '" + name
                    + "' has a row in " + refits.dataset() + ", the dataset of uplift run " + runId);
        }
        List<String> notes = new ArrayList<>();
        if (rows.length < members.size()) {
            notes.add((members.size() - rows.length) + " audience users have no row in " + refits.dataset()
                    + " and are left out");
        }
        cancel.throwIfCancelled();
        return forecast(design, offer, runId, members.size(), rows, refits, notes);
    }

    private CampaignForecastReport forecast(Campaign design, Offer offer, long runId, long audience, int[] rows,
                                            UpliftRefits refits, List<String> notes) {
        double holdoutRate = holdoutRate(refits, rows, notes);
        double orderValue = options.orderValue() != null ? options.orderValue() : orderValue(refits);
        List<double[]> replicates = refits.replicates().stream().map(r -> TargetingStudy.pick(r, rows)).toList();
        double[] point = TargetingStudy.pick(refits.point(), rows);
        AudienceInputs inputs = inputs(offer, point, holdoutRate, orderValue);
        CampaignForecast f = Forecaster.forecast(inputs, replicates, options.bootstrapReplicates(), options.seed());
        int n = rows.length;
        Constraints constraints = design.constraintsOrNone();
        double holdout = constraints.holdoutShare();
        Long grants = grants(constraints.budget(), inputs.grantCost());
        double treated = n * (1 - holdout);
        long reach = Math.round(grants == null ? treated : Math.min(treated, grants));
        double scale = reach / (double) n;
        Interval rate = scaled(f.incrementalConversions(), 1.0 / n);
        long readoutUsers = options.readoutUsers() != null ? options.readoutUsers() : n;
        double readoutTreated = readoutUsers * (1 - holdout);
        double granted = grants == null ? 1 : Math.min(1, grants / readoutTreated);
        ReadoutPrediction readout = ReadoutPrediction.of(readoutUsers, holdout, granted, rate.estimate(),
                modelSd(replicates), holdoutRate);
        if (replicates.isEmpty()) {
            notes.add("no refitted models: the intervals leave the uplift model's own uncertainty out");
        }
        BudgetCurve curve = BudgetCurve.of(replicates.isEmpty() ? inputs
                : inputs(offer, Forecaster.bagged(replicates), holdoutRate, orderValue));
        BudgetPoint mark = constraints.budget() == null ? curve.points()[n] : curve.atBudget(constraints.budget());
        return new CampaignForecastReport(name, runId, refits.dataset(), offer.name(), audience, n, reach, holdout,
                grants, scaled(f.incrementalConversions(), scale), scaled(f.incrementalRevenue(), scale),
                scaled(f.incrementalMargin(), scale), scaled(f.cost(), scale), f.roi(), rate, readout, orderValue,
                options.marginRate(), mark, curve.breakEven(), sample(curve.points()),
                f.uncertainty() + "; totals scaled from the " + n + " scored users to the " + reach + " reached",
                notes);
    }

    private AudienceInputs inputs(Offer offer, double[] uplift, double holdoutRate, double orderValue) {
        int n = uplift.length;
        double[] treatedP = new double[n];
        double[] clamped = new double[n];
        for (int i = 0; i < n; i++) {
            clamped[i] = Math.max(-1, Math.min(1, uplift[i]));
            treatedP[i] = Math.max(0, Math.min(1, holdoutRate + clamped[i]));
        }
        double perConversion = offer.cost() == null || offer.cost().perConversion() == null ? 0
                : offer.cost().perConversion();
        double coupon = offer.amount() != null ? offer.amount() : orderValue * offer.percent() / 100.0;
        double grant = offer.cost() == null || offer.cost().perGrant() == null ? 0 : offer.cost().perGrant();
        double[] value = new double[n];
        double[] margin = new double[n];
        double[] perUserCost = new double[n];
        Arrays.fill(value, orderValue);
        Arrays.fill(margin, options.marginRate());
        Arrays.fill(perUserCost, coupon + perConversion);
        return new AudienceInputs(clamped, treatedP, value, margin, grant, perUserCost);
    }

    /** The grants a budget pays for at the engine's grant cost (whole cents), or null when it does not bind. */
    static Long grants(Double budget, double grantCost) {
        long cents = Math.round(grantCost * 100);
        if (budget == null || cents <= 0) {
            return null;
        }
        return Math.round(Math.floor(budget * 100 + 1e-6)) / cents;
    }

    private static Offer coupon(Campaign design) {
        List<Offer> coupons = design.offers().stream().filter(o -> o.kind() == Offer.Kind.COUPON).toList();
        if (coupons.size() != 1) {
            throw new IllegalArgumentException("the forecast prices one coupon offer; campaign '" + design.name()
                    + "' has " + coupons.size());
        }
        return coupons.get(0);
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
