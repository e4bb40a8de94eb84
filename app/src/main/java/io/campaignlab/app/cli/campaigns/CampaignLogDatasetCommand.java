package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.persistence.campaigns.JdbcDecisionDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code campaign-lab campaign log-dataset NAME [--dataset D]}: a campaign's decisions log as a dataset. */
@Command(name = "log-dataset", description = "Write a campaign's decisions log as an experiment dataset, one row per"
        + " decision (decision_id, user_id, arm, offer, version, decided_at, cost, clicked, converted, value), for ab,"
        + " uplift and the Experiments section; running it again replaces the snapshot.",
        footer = {"", "Then, for example: campaign-lab ab decisions_NAME --group arm --control holdout --metrics"
                + " converted,value --allocation treatment=0.9,holdout=0.1 --unit user_id"})
public final class CampaignLogDatasetCommand extends NamedCampaignCommand {

    @Option(names = "--dataset", paramLabel = "D", description = "The dataset's name (default: decisions_ and the"
            + " campaign's name).")
    String dataset;

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        String target = dataset != null ? dataset : JdbcDecisionDataset.defaultName(name);
        services.campaigns().require(name);
        JdbcDecisionDataset writer = new JdbcDecisionDataset(services.workspace().dataSource(), services.datasets(),
                services.sink());
        DatasetInfo info = runWork((progress, cancel) -> writer.write(name, target, progress, cancel));
        if (json()) {
            output.json(new Written(name, info.name(), info.rows()));
            return 0;
        }
        output.line("Wrote %s decisions of '%s' as dataset %s", Output.count(info.rows()), name, info.name());
        return 0;
    }

    /** {@code campaign log-dataset --json}. */
    record Written(String campaign, String dataset, long rows) {
    }
}
