package io.campaignlab.app.cli.recommend;

import picocli.CommandLine.Option;

/** gru4rec's network. */
final class Gru4RecNetworkOptions {
    @Option(names = "--hidden", defaultValue = "64", description = "gru4rec: GRU state width (default ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--embedding", defaultValue = "32", description = "gru4rec and sasrec: item embedding width (default ${DEFAULT-VALUE}).")
    int embedding;

    @Option(names = "--max-length", defaultValue = "19", description = "gru4rec and sasrec: longest training window (sasrec: also its positions), in clicks (default ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--dropout", defaultValue = "0.1", description = "gru4rec and sasrec: dropout (default ${DEFAULT-VALUE}).")
    double dropout;
}
