package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code campaign-lab bench frames}: rows/s of reading a dataset into a frame, one worker against the default. */
@Command(name = "frames", description = "Read a generated N-row, 5-column dataset"
        + " into a frame with one worker and with the default workers; print rows/s per read.")
public final class FramesBench extends CliCommand {

    @Option(names = "--rows", defaultValue = "1500000", description = "Rows (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--rounds", defaultValue = "3", description = "Reads per reader (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        Output output = new Output(out());
        List<FrameReadBench.Read> reads = FrameReadBench.run(rows, rounds, read -> {
            if (!json()) {
                output.line("frame read (%s) round %d: %s rows x %d columns in %.2f s = %s rows/s", read.reader(),
                        read.round(), Output.count(read.rows()), FrameReadBench.COLUMNS.size(), read.seconds(),
                        Output.count(Math.round(read.rowsPerSecond())));
            }
        });
        if (json()) {
            output.json(new Figures(rows, FrameReadBench.COLUMNS.size(), reads));
        }
        return 0;
    }

    record Figures(int rows, int columns, List<FrameReadBench.Read> reads) {
    }
}
