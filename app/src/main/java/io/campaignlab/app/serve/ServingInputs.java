package io.campaignlab.app.serve;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.decide.DiscountResponses;
import io.campaignlab.engine.campaigns.decide.ServingAudience;
import io.campaignlab.engine.segments.rules.RuleCondition;
import io.campaignlab.engine.segments.rules.RuleMeasure;
import io.campaignlab.persistence.segments.JdbcUserScores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine holds warm for a campaign version besides the design, read from the workspace when the version
 * is loaded: its audience's members, and each dynamic discount offer's response scores (per user, P(buy) at every
 * menu level from the response runs' scores; a user missing from any run's scores is left out).
 */
record ServingInputs(ServingAudience audience, Map<String, DiscountResponses> responses) {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServingInputs.class);

    /** @throws IllegalArgumentException naming the campaign, the offer and what cannot be read */
    static ServingInputs read(WorkspaceServices services, CampaignVersion serving) {
        String where = "campaign '" + serving.name() + "' version " + serving.version() + " cannot be served: ";
        ServingAudience audience;
        try {
            audience = ServingAudience.of(services.campaignAudience().members(serving.campaign().audience()))
                    .withConditions(heldConditions(services, serving.campaign()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        JdbcUserScores scores = new JdbcUserScores(services.workspace().dataSource(), services.datasets());
        Map<String, DiscountResponses> responses = new HashMap<>();
        for (Offer offer : serving.campaign().offers()) {
            if (offer.kind() == Offer.Kind.DYNAMIC_DISCOUNT && !offer.responseRuns().isEmpty()) {
                try {
                    responses.put(offer.name(), responses(scores, offer.responseRuns(), audience));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + "offer " + offer.name() + ".response_runs: "
                            + e.getMessage(), e);
                }
            }
        }
        return new ServingInputs(audience, responses);
    }

    private static DiscountResponses responses(JdbcUserScores scores, List<Long> runs, ServingAudience audience) {
        List<Map<String, Double>> byRun = new ArrayList<>();
        for (long run : runs) {
            byRun.add(scores.meanByUser(run));
        }
        Map<String, double[]> byUser = new HashMap<>();
        for (Map.Entry<String, Double> first : byRun.get(0).entrySet()) {
            String user = first.getKey();
            if (!audience.admits(user)) {
                continue;
            }
            double[] p = new double[runs.size()];
            boolean complete = true;
            for (int k = 0; k < runs.size() && complete; k++) {
                Double v = byRun.get(k).get(user);
                complete = v != null;
                p[k] = complete ? v : 0;
            }
            if (complete) {
                byUser.put(user, p);
            }
        }
        return new DiscountResponses(runs, byUser);
    }

    /**
     * For each offer eligibility condition on behaviour or a model score, the users who meet it, counted as a
     * one-condition rule audience in the campaign audience's users and events datasets. A condition that cannot be
     * counted there (a segment audience naming no datasets, a run without scores) is left out, and the engine then
     * refuses the offer on it, saying so in the trace.
     */
    private static Map<String, java.util.Set<String>> heldConditions(WorkspaceServices services,
                                                                      io.campaignlab.engine.campaigns.Campaign c) {
        Map<String, java.util.Set<String>> held = new HashMap<>();
        for (Offer offer : c.offers()) {
            for (String text : offer.eligibility()) {
                if (held.containsKey(text) || RuleCondition.parse(text).measure().kind() == RuleMeasure.Kind.COLUMN) {
                    continue;
                }
                try {
                    held.put(text, services.campaignAudience().members(io.campaignlab.engine.campaigns.Audience
                            .ofRule(text, c.audience().events(), c.audience().users())));
                } catch (IllegalArgumentException e) {
                    LOG.warn("campaign '{}', offer {}: eligibility condition '{}' not held: {}", c.name(),
                            offer.name(), text, e.getMessage());
                }
            }
        }
        return held;
    }
}
