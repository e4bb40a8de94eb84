package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignRepository;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.experiments.AbCosts;
import io.campaignlab.engine.experiments.AbJob;
import io.campaignlab.engine.experiments.AbNetValueJob;
import io.campaignlab.engine.experiments.AbPlainText;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.engine.experiments.MetricSpec;
import io.campaignlab.engine.experiments.NetValue;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.List;
import java.util.Map;

/**
 * Reads out a published campaign's decisions log as {@code ab} reads any experiment: the log written as a dataset,
 * the treated arm against the holdout on conversion and value per decision (the planned split from the campaign's
 * holdout share, units by user id), then net of what each granted offer cost ({@link OfferCosts}), and the whole in
 * {@link AbPlainText}'s sentences; then every offer served priced and read against the holdout, and the total
 * ({@link OfferReadout}).
 */
public final class CampaignReadoutJob extends WorkspaceJob<CampaignReadout> {

    /** The arms and columns of the decisions dataset. */
    public static final String ARM = "arm";
    public static final String TREATED = "treatment";
    public static final String HOLDOUT = "holdout";
    public static final String CONVERTED = "converted";
    public static final String VALUE = "value";
    public static final String USER = "user_id";
    public static final String OFFER = "offer";
    public static final String COST = "cost";
    public static final String DISCOUNT = "discount_pct";
    /** The offer column's value for a decision granted no offer. */
    public static final String NO_OFFER = "none";
    private static final double ALPHA = 0.05;

    private final CampaignRepository campaigns;
    private final DecisionLogWriter log;
    private final String campaign;

    public CampaignReadoutJob(WorkspaceContext workspace, CampaignRepository campaigns, DecisionLogWriter log,
                              String campaign) {
        super("campaign-readout", workspace);
        this.campaigns = campaigns;
        this.log = log;
        this.campaign = campaign;
    }

    @Override
    public String title() {
        return "Read out campaign '" + campaign + "' against its holdout";
    }

    @Override
    public CampaignReadout run(ProgressListener progress, CancellationToken cancel) {
        CampaignRecord record = campaigns.find(campaign).orElseThrow(() ->
                new IllegalArgumentException("no campaign named '" + campaign + "'"));
        Campaign live = record.live();
        if (live == null) {
            throw new IllegalArgumentException("campaign '" + campaign + "' was never published, so it has no"
                    + " decisions to read out");
        }
        Double share = live.constraints() == null ? null : live.constraints().holdout();
        if (share == null || !(share > 0)) {
            throw new IllegalArgumentException("campaign '" + campaign + "' has no holdout share, so there is no"
                    + " holdout arm to compare the treated users with");
        }
        progress.message("Writing the decisions log as a dataset");
        DatasetInfo dataset = log.write(campaign, progress, cancel);
        cancel.throwIfCancelled();
        AbSpec spec = new AbSpec(ARM, HOLDOUT, List.of(MetricSpec.parse(CONVERTED), MetricSpec.parse(VALUE)), null,
                Correction.HOLM, ALPHA, Map.of(TREATED, 1 - share, HOLDOUT, share), USER, null);
        AbReadout readout = new AbJob(workspace, dataset.name(), spec).run(progress, cancel);
        progress.message("Pricing the offers served");
        Frame frame = workspace.frames().read(dataset.name(), List.of(ARM, OFFER, CONVERTED, VALUE, COST, DISCOUNT),
                progress, cancel);
        cancel.throwIfCancelled();
        String[] arms = frame.column(ARM).asLabels();
        String[] offers = frame.column(OFFER).asLabels();
        boolean[] treated = new boolean[arms.length];
        for (int i = 0; i < arms.length; i++) {
            treated[i] = TREATED.equals(arms[i]);
        }
        double[] converted = frame.numbers(CONVERTED);
        double[] value = frame.numbers(VALUE);
        double[] grant = frame.numbers(COST);
        double[] cost = OfferCosts.perDecision(live, treated, offers, converted, value, grant,
                frame.numbers(DISCOUNT), meanOrderValue(readout));
        AbCosts costs = OfferCosts.summary(treated, cost, grant, converted, VALUE, CONVERTED);
        List<NetValue> net = costs == null ? List.of()
                : AbNetValueJob.withCosts(arms, HOLDOUT, value, cost, costs, ALPHA);
        List<OfferReadout> byOffer = OfferReadouts.of(live, treated, offers, converted, value, cost, ALPHA);
        long[] counts = readout.srm().counts();
        int treatedAt = readout.srm().arms().indexOf(TREATED);
        int holdoutAt = readout.srm().arms().indexOf(HOLDOUT);
        return new CampaignReadout(campaign, record.version(), dataset.name(),
                treatedAt < 0 ? 0 : counts[treatedAt], holdoutAt < 0 ? 0 : counts[holdoutAt], readout, costs, net,
                AbPlainText.sentences(readout, net), byOffer);
    }

    /** The treated arm's value per conversion: its value per decision over its conversion rate. */
    static double meanOrderValue(AbReadout r) {
        Comparison conv = metric(r, CONVERTED);
        Comparison value = metric(r, VALUE);
        return conv == null || value == null || !(conv.meanTreatment() > 0) ? Double.NaN
                : value.meanTreatment() / conv.meanTreatment();
    }

    private static Comparison metric(AbReadout r, String name) {
        return r.comparisons().stream().filter(c -> c.metric().equals(name) && c.arm().equals(TREATED)).findFirst()
                .orElse(null);
    }
}
