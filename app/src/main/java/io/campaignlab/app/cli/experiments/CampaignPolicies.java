package io.campaignlab.app.cli.experiments;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.engine.campaigns.decide.OfferTally;
import io.campaignlab.engine.campaigns.ope.CampaignPolicy;
import io.campaignlab.engine.campaigns.ope.DecisionList;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;

import java.util.HashMap;
import java.util.Map;

/**
 * A stored campaign's policy for {@code ope --policy CAMPAIGN}: its serving version (its current design when it was
 * never published), with the posterior means its decision log gives that version (uniform without a log), for its
 * audience only: a unit of the dataset whose user is outside the audience (its segment or rule less its exclusions,
 * counted in the workspace now) gets the control arm, as the decision engine gives such a user no offer.
 */
final class CampaignPolicies {

    private CampaignPolicies() {
    }

    static DecisionList read(WorkspaceServices services, String name, String controlArm, String dataset) {
        CampaignRecord record = services.campaigns().require(name);
        Campaign design = record.current();
        Map<String, Double> means = new HashMap<>();
        if (record.status() == CampaignStatus.PUBLISHED) {
            design = services.campaigns().version(name, record.version()).orElseThrow().campaign();
            Feedback.Event response = design.objective() == Objective.CLICKS ? Feedback.Event.CLICK
                    : Feedback.Event.CONVERSION;
            for (OfferTally t : new JdbcDecisionReader(services.workspace().dataSource()).tallies(name,
                    record.version(), response)) {
                means.put(t.offer(), new BetaPosterior(1 + t.responded(), 1 + t.served() - t.responded()).mean());
            }
        }
        String userColumn = services.datasets().require(dataset).columns().stream()
                .filter(c -> c.role() == ColumnRole.USER_ID).map(ColumnMeta::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--policy " + name + ": dataset " + dataset + " has no"
                        + " user id column, so the campaign's audience cannot be told apart from the other units"));
        try {
            return CampaignPolicy.of(design, means, controlArm, userColumn,
                    services.campaignAudience().members(design.audience()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--policy " + name + ": " + e.getMessage(), e);
        }
    }
}
