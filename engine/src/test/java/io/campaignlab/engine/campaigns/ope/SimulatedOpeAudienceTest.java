package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.simulate.SimulatedExposures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ope --policy CAMPAIGN} on the simulator's coupon test, for a campaign that gives coupon_20 to its audience
 * only (users with at least two past orders, who respond less than new shoppers): a unit outside the audience gets control. The planted value of that
 * policy is the mean over units of true_p_control, plus the planted coupon_20 uplift for the audience's units; the
 * DR interval must cover it in at least 18 of 20 seeds. The same campaign read without its audience (everyone gets
 * coupon_20) has a different planted value, which the intervals must miss in most seeds, so the test fails if the
 * audience were ignored.
 */
class SimulatedOpeAudienceTest {

    static final int USERS = 6_000;

    @Test
    void unitsOutsideTheAudienceGetControlAndDrCoversThePlantedValue() {
        Campaign campaign = new Campaign("loyal", Objective.CONVERSIONS, Audience.ofRule("history_orders >= 2", null,
                "users"), List.of(Offer.couponPercent("coupon_20", 20)), new Policy(Policy.Kind.GREEDY, null),
                Constraints.none());
        int covered = 0;
        int missedUngated = 0;
        StringBuilder report = new StringBuilder();
        for (int seed = 1; seed <= 20; seed++) {
            SimulatedExposures e = SimulatedExposures.draw(USERS, seed);
            Frame frame = withUserIds(e.frame());
            double[] orders = frame.numbers("history_orders");
            Set<String> members = new HashSet<>();
            for (int i = 0; i < orders.length; i++) {
                if (orders[i] >= 2) {
                    members.add(Long.toString(i + 1));
                }
            }
            DecisionList gated = CampaignPolicy.of(campaign, Map.of(), "control", "user_id", members);
            double[][] target = gated.probabilities(frame, SimulatedExposures.ARMS);
            for (int i = 0; i < orders.length; i++) {
                assertThat(target[i]).containsExactly(orders[i] >= 2 ? new double[]{0, 0, 1} : new double[]{1, 0, 0});
            }
            double truth = e.trueValue(target);
            double ungated = e.trueValue(CampaignPolicy.of(campaign, Map.of(), "control")
                    .probabilities(frame, SimulatedExposures.ARMS));
            OpeEstimates r = OffPolicyEvaluation.evaluate(frame, SimulatedOpeCoverageTest.FEATURES,
                    SimulatedOpeCoverageTest.log(frame), target, new CrossFitter(CrossFitter.DEFAULT_FOLDS,
                            OutcomeRegression.DEFAULT_LAMBDA, seed), new CancellationToken());
            covered += r.dr().covers(truth) ? 1 : 0;
            missedUngated += r.dr().covers(ungated) ? 0 : 1;
            report.append(String.format(java.util.Locale.ROOT, " seed %d: truth %.4f (everyone %.4f) DR %.4f [%.4f,"
                    + " %.4f];", seed, truth, ungated, r.dr().estimate(), r.dr().ciLow(), r.dr().ciHigh()));
        }
        System.out.println("OPE of a campaign with an audience (coupon_20 to history_orders >= 2): DR covers the"
                + " planted value in " + covered + " of 20 seeds, misses the everyone-value in " + missedUngated
                + ";" + report);
        assertThat(covered).isGreaterThanOrEqualTo(18);
        assertThat(missedUngated).isGreaterThanOrEqualTo(15);
    }

    private static Frame withUserIds(Frame frame) {
        double[] ids = new double[frame.rows()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        List<FrameColumn> columns = new ArrayList<>(frame.columns().values());
        columns.add(new FrameColumn.Numbers("user_id", ids));
        return Frame.of(frame.dataset(), frame.rowIds(), columns);
    }
}
