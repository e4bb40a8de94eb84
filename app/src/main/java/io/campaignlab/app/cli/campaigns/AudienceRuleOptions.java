package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** The audience addressed by a rule, and the datasets the rule reads. */
final class AudienceRuleOptions {
    @Option(names = "--rule", paramLabel = "EXPR", description = "Address the users a rule selects, e.g."
            + " \"purchases_30d >= 2 AND uplift:run7 >= 0.01\" (conditions as segment rules takes them).")
    String rule;
    @Option(names = "--events", paramLabel = "DATASET", description = "The events dataset a --rule counts"
            + " behaviour in.")
    String events;
    @Option(names = "--users", paramLabel = "DATASET", description = "The users dataset a --rule takes its"
            + " population and columns from.")
    String users;
}
