package io.campaignlab.app.cli.recommend;

import picocli.CommandLine.Option;

/** cdr: the source domain, and how its users are held out and weighed. */
final class CrossDomainOptions {
    @Option(names = "--source", description = "cdr: an events dataset of another domain whose user ids are the"
            + " target's (the dataset of --dataset is the target).")
    String source;

    @Option(names = "--cold-share", defaultValue = "0.2", description = "cdr: share of the users in both domains"
            + " whose target events are all held out (cold-start protocol; default ${DEFAULT-VALUE}).")
    double coldShare;

    @Option(names = "--source-weight", description = "cdr: weight of a source event against a target event in the"
            + " joint matrix (default 1; searched unless given).")
    Double sourceWeight;
}
