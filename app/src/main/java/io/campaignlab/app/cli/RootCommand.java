package io.campaignlab.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

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
                RecommendCommand.class, AbCommand.class, PowerCommand.class, UpliftCommand.class,
                CommandLine.HelpCommand.class})
public final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with this product's error handling, ready to execute. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
