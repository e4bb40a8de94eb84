package io.campaignlab.app.gui;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;
import io.campaignlab.views.campaigns.replay.DecisionLookup;

import java.util.List;
import java.util.Optional;

/** The replay pane's decision log: the workspace's, read as {@code campaign-lab decision ID} reads it. */
public final class LoggedDecisions implements DecisionLookup {

    @Override
    public Optional<Decision> find(WorkspaceContext workspace, String decisionId) {
        return reader(workspace).find(decisionId);
    }

    @Override
    public List<Decision> latest(WorkspaceContext workspace, String campaign, int limit) {
        return reader(workspace).latest(campaign, limit);
    }

    private static JdbcDecisionReader reader(WorkspaceContext workspace) {
        if (!(workspace instanceof WorkspaceServices services)) {
            throw new IllegalArgumentException("the decision log needs a workspace opened by the app");
        }
        return new JdbcDecisionReader(services.workspace().dataSource());
    }
}
