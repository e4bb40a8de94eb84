package io.campaignlab.app.serve;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.decide.DiscountResponses;
import io.campaignlab.engine.campaigns.decide.ServingAudience;
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

    /** @throws IllegalArgumentException naming the campaign, the offer and what cannot be read */
    static ServingInputs read(WorkspaceServices services, CampaignVersion serving) {
        String where = "campaign '" + serving.name() + "' version " + serving.version() + " cannot be served: ";
        ServingAudience audience;
        try {
            audience = ServingAudience.of(services.campaignAudience().members(serving.campaign().audience()));
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
}
