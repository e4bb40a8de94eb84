package io.campaignlab.engine.campaigns.decide.slots;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.decide.SlotFiller;
import io.campaignlab.engine.campaigns.decide.SlotFillers;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.StoredRecommender;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;

/**
 * Opens a recommendation offer's recommender run from the workspace ({@link StoredRecommender}: the model, SHA-256
 * checked, the run dataset's interactions and the items dataset named {@code items} when there is one), once per
 * loaded campaign version.
 */
public final class StoredSlotFillers implements SlotFillers {

    private final WorkspaceContext workspace;

    public StoredSlotFillers(WorkspaceContext workspace) {
        this.workspace = workspace;
    }

    @Override
    public SlotFiller open(Offer offer) {
        if (offer.run() == null || offer.slots() == null) {
            throw new IllegalArgumentException("recommendation offer '" + offer.name() + "' needs a recommender run"
                    + " and a number of slots");
        }
        try {
            return new StoredSlotFiller(offer.name(), StoredRecommender.open(workspace, offer.run(), null,
                    ProgressListener.none(), new CancellationToken()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("recommendation offer '" + offer.name() + "': run " + offer.run()
                    + " cannot be served: " + e.getMessage(), e);
        }
    }
}
