package io.campaignlab.app.bench;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A simulated workspace with an ad campaign ranked by a CTR run: the simulator's users, items and impressions; a run
 * of the given family trained on the impressions (clicked, default fields); a segment of every simulated user plus
 * {@code coldUsers} ids that have no stored features ({@code new-1}, …); and the published campaign {@value #CAMPAIGN}
 * (clicks, greedy, no holdout, no budget) with one ad offer whose creatives are the first {@code creatives} item ids.
 *
 * @param runId     the CTR run
 * @param creatives the creatives (item ids)
 * @param users     the simulated users' ids
 * @param coldUsers ids without stored features, in the campaign's audience
 */
public record AdCampaignSetup(long runId, List<String> creatives, List<String> users, List<String> coldUsers) {

    public static final String CAMPAIGN = "ads";
    public static final String OFFER = "banner";

    public static AdCampaignSetup create(WorkspaceServices services, int users, long seed, ModelKind kind,
                                         int epochs, int creatives, int coldUsers, ProgressListener progress,
                                         CancellationToken cancel) throws Exception {
        progress.message("Simulating " + users + " users");
        services.runner().run(new SimulationJob(SimulationSpec.builder().setUsers(users).setSeed(seed).build(),
                services.sink(), ""), ProgressListener.none(), cancel);
        progress.message("Training " + kind.id() + " on the impressions");
        DatasetInfo impressions = services.datasets().require("impressions");
        TrainingRequest request = new TrainingRequest("impressions", "clicked",
                new FeatureSpec(FeatureDefaults.fields(impressions.columns(), List.of("clicked", "purchased")), null),
                SplitSpec.of(SplitKind.RANDOM, seed), kind,
                Hyperparameters.defaultsFor(kind).withMaxEpochs(epochs), seed, "cpu");
        TrainingOutcome outcome = services.runner().run(new TrainingJob(services, request, (id, r) -> { }),
                ProgressListener.none(), cancel);
        Frame items = services.frames().read("items", List.of("item_id"), ProgressListener.none(), cancel);
        List<String> ids = List.of(items.column("item_id").asLabels()).subList(0, creatives);
        List<String> known = List.of(services.frames().read("users", List.of("user_id"), ProgressListener.none(),
                cancel).column("user_id").asLabels());
        List<String> cold = new ArrayList<>();
        for (int i = 1; i <= coldUsers; i++) {
            cold.add("new-" + i);
        }
        List<String> members = new ArrayList<>(known);
        members.addAll(cold);
        SegmentationRecord segment = services.segments().save(new NewSegmentation("everyone", SegmentKind.RULES,
                new SegmentProvenance("users", "0".repeat(64), members.size(), "bench", Map.of()), null, "{}", null,
                List.of(new NewSegment("every simulated user and the new ones", "{}", members))));
        Offer ad = new Offer(OFFER, Offer.Kind.AD, outcome.runId(), null, ids, null, null, null, null, null, null,
                null, List.of());
        services.campaigns().create(new Campaign(CAMPAIGN, Objective.CLICKS,
                Audience.ofSegment(segment.segments().get(0).id()), List.of(ad), new Policy(Policy.Kind.GREEDY, null),
                new Constraints(null, null, 0.0, null, null, null)));
        services.campaigns().publish(CAMPAIGN);
        return new AdCampaignSetup(outcome.runId(), ids, known, cold);
    }
}
