package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import picocli.CommandLine.Command;


import picocli.CommandLine.Option;

import java.util.Arrays;


@Command(name = "explain", description = "Time field-level Shapley explanations of single predictions of a DeepFM with N categorical fields at the default settings; print the median and every timing.")
public final class ExplainBench extends CliCommand {

    @Option(names = "--fields", defaultValue = "30", description = "Fields, each one player (default ${DEFAULT-VALUE}).")
    int fields;

    @Option(names = "--explanations", defaultValue = "21", description = "Timed explanations, after warm-up (default ${DEFAULT-VALUE}).")
    int explanations;

    @Override
    public Integer call() {
        var timings = io.campaignlab.engine.explain.ExplainBenchmark.syntheticDeepFm(fields, explanations);
        Output output = new Output(spec.commandLine().getOut());
        if (options.json()) {
            output.json(timings);
            return 0;
        }
        output.line("%s with %d fields: %d walks, %,d rows scored per explanation", timings.model(),
                timings.players(), timings.walks(), timings.rowsPerExplanation());
        output.line("median %.1f ms over %d explanations (min %.1f, max %.1f)", timings.medianMillis(),
                timings.millis().length, Arrays.stream(timings.millis()).min().orElse(Double.NaN),
                Arrays.stream(timings.millis()).max().orElse(Double.NaN));
        return 0;
    }
}
