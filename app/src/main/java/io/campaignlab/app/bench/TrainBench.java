package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import picocli.CommandLine.Command;


import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;


@Command(name = "train", description = "Train each model on N synthetic impressions of hashed fields; print median train rows/s, scoring rows/s and RSS per epoch, beside a plain DJL network of the same shape.")
public final class TrainBench extends CliCommand {

    @Option(names = "--rows", defaultValue = "1000000", description = "Impressions (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--fields", defaultValue = "20", description = "Hashed fields (default ${DEFAULT-VALUE}).")
    int fields;

    @Option(names = "--buckets", defaultValue = "8192", description = "Buckets per field (default ${DEFAULT-VALUE}).")
    int buckets;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs per model; the median is reported (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--models", defaultValue = "lr,fm,deepfm,dcn,dnn,esmm", split = ",", description = "Models (default ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--no-probe", description = "Skip the plain DJL baseline.")
    boolean noProbe;

    @Option(names = "--sparse", negatable = true, description = "Row-wise (lazy) Adam on embedding rows instead of dense updates (default: row-wise on the CPU, dense on a GPU, where it is faster).")
    Boolean sparseOption;

    @Override
    public Integer call() {
        boolean sparse = sparseOption != null ? sparseOption : io.campaignlab.engine.device.ComputeDevices
                .rowWiseUpdates(io.campaignlab.engine.device.ComputeDevices.choose("auto"));
        io.campaignlab.engine.models.Hyperparameters params = io.campaignlab.engine.models.Hyperparameters
                .defaults().withDropout(0).withSparseEmbeddings(sparse);
        var settings = new io.campaignlab.engine.models.ThroughputBenchmark.Settings(rows, fields, buckets, epochs,
                params);
        List<io.campaignlab.engine.models.ModelKind> kinds = models.stream()
                .map(io.campaignlab.engine.models.ModelKind::parse).toList();
        java.io.PrintWriter err = spec.commandLine().getErr();
        var figures = io.campaignlab.engine.models.ThroughputBenchmark.run(settings, kinds, !noProbe,
                line -> {
                    err.println(line);
                    err.flush();
                });
        Output output = new Output(spec.commandLine().getOut());
        double probe = figures.stream().filter(f -> f.model().equals("djl-probe")).mapToDouble(
                io.campaignlab.engine.models.ThroughputBenchmark.Figures::medianTrain).findFirst().orElse(Double.NaN);
        if (options.json()) {
            output.json(new Throughput(rows, fields, buckets, params.embeddingDim(), params.hidden().toString(),
                    params.batchSize(), sparse, ai.djl.engine.Engine.getInstance().getGpuCount() > 0 ? "gpu" : "cpu",
                    figures.stream().map(f -> new ModelFigures(f.model(), f.medianTrain(), f.medianScore(),
                            Double.isNaN(probe) ? null : f.medianTrain() / probe, f.rssMbAfterEpoch())).toList()));
            return 0;
        }
        output.line("%,d rows, %d fields × %,d buckets, embedding %d, MLP %s, batch %d, %s embedding updates",
                rows, fields, buckets, params.embeddingDim(), params.hidden(), params.batchSize(),
                sparse ? "row-wise" : "dense");
        output.line("%-10s %16s %16s %10s  %s", "MODEL", "TRAIN ROWS/S", "SCORE ROWS/S", "VS PROBE", "RSS MB BY EPOCH");
        for (var f : figures) {
            output.line("%-10s %,16.0f %,16.0f %10s  %s", f.model(), f.medianTrain(), f.medianScore(),
                    Double.isNaN(probe) ? "—" : String.format(java.util.Locale.ROOT, "%.2fx",
                            f.medianTrain() / probe), Arrays.toString(Arrays.stream(f.rssMbAfterEpoch())
                            .mapToLong(Math::round).toArray()));
        }
        return 0;
    }

    /** {@code bench train --json}: the settings, and each model's median throughput and memory by epoch. */
    record Throughput(int rows, int fields, int buckets, int embeddingDim, String hidden, int batchSize,
                      boolean sparseEmbeddings, String device, List<ModelFigures> models) {
    }

    record ModelFigures(String model, @JsonProperty("train_rows_per_s_median") double trainRowsPerSMedian,
                        @JsonProperty("score_rows_per_s_median") double scoreRowsPerSMedian,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double trainRatioToProbe,
                        double[] rssMbAfterEpoch) {
    }
}
