package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.FieldProblem;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The base of the campaign subcommands: a refusal (no such campaign, nothing to publish, a stopped campaign) is told
 * as one sentence, and an invalid design lists every field's problem, with {@code --json} as
 * {@code {"error", "problems": [{"path", "reason"}]}} on stdout too.
 */
abstract class CampaignWorkCommand extends WorkspaceCommand {

    @Override
    protected final int run(WorkspaceServices services, Output output) throws Exception {
        try {
            return campaign(services, output);
        } catch (CampaignFileException e) {
            err().println("campaign-lab: " + e.getMessage());
            err().flush();
            if (json()) {
                output.json(new Invalid(e.getMessage(), e.problems()));
            }
            return 1;
        } catch (NoSuchElementException | IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    protected abstract int campaign(WorkspaceServices services, Output output) throws Exception;

    /** {@code --json} for an invalid design. */
    record Invalid(String error, List<FieldProblem> problems) {
    }
}
