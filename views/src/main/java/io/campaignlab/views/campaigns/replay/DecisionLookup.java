package io.campaignlab.views.campaigns.replay;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.List;
import java.util.Optional;

/** Reads the workspace's decision log; the app implements it. Every method does I/O. */
public interface DecisionLookup {

    /** The logged decision with this id, as the API returned it. */
    Optional<Decision> find(WorkspaceContext workspace, String decisionId);

    /**
     * The latest logged decisions, newest first.
     *
     * @param campaign only this campaign's, or every campaign's when null
     */
    List<Decision> latest(WorkspaceContext workspace, String campaign, int limit);
}
