package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.engine.recommend.als.AlsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Arrays;

/** {@code campaign-lab bench recommend}: seconds per implicit-ALS sweep on synthetic power-law feedback. */
@Command(name = "recommend", description = "Time implicit ALS (conjugate gradient) on synthetic power-law feedback;"
        + " print the median seconds per iteration (users then items).")
public final class RecommendBench extends CliCommand {

    @Mixin
    AlsFeedbackOptions feedback;

    @Option(names = "--factors", defaultValue = "64", description = "Factors (default ${DEFAULT-VALUE}).")
    int factors;

    @Option(names = "--iterations", defaultValue = "3", description = "Iterations; the median is reported (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--threads", description = "Pool size (default: the available cores).")
    Integer threads;

    @Override
    public Integer call() {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        AlsBenchmark.Figures f = AlsBenchmark.run(feedback.users, feedback.items, feedback.interactions, factors,
                iterations, t);
        Output output = new Output(spec.commandLine().getOut());
        if (options.json()) {
            output.json(f);
            return 0;
        }
        output.line("Implicit ALS: %,d users × %,d items, %,d cells, %d factors, %d threads", f.users(), f.items(),
                f.interactions(), f.factors(), f.threads());
        output.line("median %.2f s per iteration over %d (each: %s)", f.medianSeconds(), f.secondsPerIteration().length,
                Arrays.toString(Arrays.stream(f.secondsPerIteration()).map(s -> Math.round(s * 100) / 100.0)
                        .toArray()));
        return 0;
    }
}
