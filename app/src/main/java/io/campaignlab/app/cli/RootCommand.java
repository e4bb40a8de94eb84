package io.campaignlab.app.cli;

import io.campaignlab.app.cli.audience.AudienceCommand;
import io.campaignlab.app.serve.DecisionCommand;
import io.campaignlab.app.serve.ServeCommand;
import io.campaignlab.app.serve.ServeKeysCommand;
import io.campaignlab.app.command.CommandGroup;
import io.campaignlab.app.command.ErrorHandler;
import io.campaignlab.app.bench.BenchCommand;
import io.campaignlab.app.cli.campaigns.CampaignCommand;
import io.campaignlab.app.cli.datasets.DatasetsCommand;
import io.campaignlab.app.cli.datasets.ImportCommand;
import io.campaignlab.app.cli.datasets.ProfileCommand;
import io.campaignlab.app.cli.datasets.RejectionsCommand;
import io.campaignlab.app.cli.datasets.SimulateCommand;
import io.campaignlab.app.cli.experiments.AbCommand;
import io.campaignlab.app.cli.experiments.OpeCommand;
import io.campaignlab.app.cli.experiments.PowerCommand;
import io.campaignlab.app.cli.experiments.UpliftCommand;
import io.campaignlab.app.cli.explain.ExplainCommand;
import io.campaignlab.app.cli.models.EvaluateCommand;
import io.campaignlab.app.cli.models.ReproduceCommand;
import io.campaignlab.app.cli.models.RunsCommand;
import io.campaignlab.app.cli.models.ScoreCommand;
import io.campaignlab.app.cli.models.TrainCommand;
import io.campaignlab.app.cli.monitor.DriftCommand;
import io.campaignlab.app.cli.recommend.RecommendCommand;
import io.campaignlab.app.cli.segments.SegmentCommand;
import io.campaignlab.app.cli.segments.SegmentsCommand;
import io.campaignlab.app.cli.snapshot.SnapshotCommand;
import io.campaignlab.app.cli.workspace.CompactCommand;
import io.campaignlab.app.cli.workspace.DeviceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code campaign-lab}: the workbench's headless commands. Its {@code --help} and {@code --version} are inherited by
 * every subcommand, nested ones included.
 */
@Command(name = "campaign-lab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = "Campaign Lab: an offline workbench for AI-driven e-commerce campaign design.",
        subcommands = {ImportCommand.class, DatasetsCommand.class, ProfileCommand.class, RejectionsCommand.class,
                SimulateCommand.class, TrainCommand.class, RunsCommand.class, EvaluateCommand.class, ScoreCommand.class,
                DriftCommand.class, ExplainCommand.class,
                ReproduceCommand.class, CompactCommand.class, SnapshotCommand.class, BenchCommand.class,
                DeviceCommand.class,
                SegmentCommand.class, SegmentsCommand.class,
                RecommendCommand.class, AbCommand.class, PowerCommand.class, UpliftCommand.class, OpeCommand.class,
                CampaignCommand.class, ServeCommand.class, ServeKeysCommand.class, DecisionCommand.class,
                AudienceCommand.class,
                CommandLine.HelpCommand.class})
public final class RootCommand extends CommandGroup {

    /** A command line with this product's error handling, ready to execute. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
