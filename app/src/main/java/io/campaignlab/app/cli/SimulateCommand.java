package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationResult;
import io.campaignlab.engine.simulate.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code campaign-lab simulate --users N --days D --seed S} */
@Command(name = "simulate", description = "Create demo datasets with planted truth: users, items, events, impressions, campaign_exposures.")
final class SimulateCommand extends WorkspaceCommand {

    @Option(names = "--users", description = "Users to simulate (default: ${DEFAULT-VALUE}).", defaultValue = "50000")
    int users;

    @Option(names = "--days", description = "Days of behaviour (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int days;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--prefix", description = "Prefix for the dataset names, e.g. 'sim2_' (default: none).", defaultValue = "")
    String prefix;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        SimulationSpec simulation = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed).build();
        ConsoleProgress progress = ConsoleProgress.forTerminal(err());
        SimulationResult result;
        try {
            result = services.runner().run(new SimulationJob(simulation, services.sink(), prefix), progress,
                    new CancellationToken());
        } finally {
            progress.done();
        }
        if (options.json()) {
            ObjectNode node = Output.object();
            node.put("users", users);
            node.put("days", days);
            node.put("seed", seed);
            node.put("seconds", Math.round(result.seconds() * 1000) / 1000.0);
            ArrayNode array = node.putArray("datasets");
            for (DatasetInfo d : result.datasets()) {
                ObjectNode o = array.addObject();
                o.put("name", d.name());
                o.put("kind", d.kind().id());
                o.put("rows", d.rows());
            }
            output.json(node);
        } else {
            output.line("Simulated %s users over %d days (seed %d) in %.1f s:", Output.count(users), days, seed,
                    result.seconds());
            for (DatasetInfo d : result.datasets()) {
                output.line("  %-22s %-12s %12s rows", d.name(), d.kind().id(), Output.count(d.rows()));
            }
        }
        return 0;
    }
}
