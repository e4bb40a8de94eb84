package io.campaignlab.app.cli.campaigns;

import io.campaignlab.engine.campaigns.Policy;
import picocli.CommandLine.Option;

/** How the campaign picks among its offers. */
final class PolicyOptions {
    @Option(names = "--policy", paramLabel = "P", description = "greedy, epsilon_greedy or thompson (default:"
            + " greedy).")
    String kind;
    @Option(names = "--epsilon", paramLabel = "E", description = "The share of random choices of epsilon_greedy.")
    Double epsilon;

    Policy policy() {
        return kind == null && epsilon == null ? null : new Policy(kind == null ? null
                : CampaignCreateCommand.choice("--policy", () -> Policy.Kind.parse(kind)), epsilon);
    }
}
