package io.campaignlab.app.cli.segments;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.rules.AudienceCount;
import io.campaignlab.engine.segments.rules.RuleSegmentJob;
import io.campaignlab.engine.segments.rules.RuleSegmentRequest;
import io.campaignlab.engine.segments.rules.RuleSegmentation;
import io.campaignlab.engine.segments.rules.SegmentRule;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.List;

/**
 * {@code campaign-lab segment rules --dataset EVENTS [--users USERS] --where "purchases_30d >= 2" …
 * [--name N] [--snapshot DATE] [--count-only]}
 */
@Command(name = "rules", description = "Select the users for whom every --where condition holds (AND), count"
        + " them in SQL and store them as a segment with its definition.", footer = {"", "Conditions:"
        + " MEASURE OPERATOR VALUE, operators >= > <= < = !=.",
        "  purchases_30d, views_7d, clicks_14d, spend_90d  behaviour in the N days before the snapshot",
        "  days_since_purchase                             days from the last purchase's day to the snapshot",
        "  score:run3, score:run3:max, score:run3@DATASET  a run's mean (max) score over the user's scored rows",
        "  any other name                                  a column of the --users dataset, e.g. age_band = 25-34",
        "Example: campaign-lab segment rules --dataset events --users users --where \"purchases_30d >= 2\""
                + " --where \"score:run3 >= 0.05\" --name \"Engaged buyers\""})
public final class RulesCommand extends WorkspaceCommand {

    @Option(names = "--dataset", paramLabel = "EVENTS", description = "The events or transactions dataset that"
            + " behaviour is counted in; without --users its users are the population.")
    String dataset;

    @Option(names = "--users", paramLabel = "USERS", description = "A users dataset: the population, and the"
            + " columns conditions may name.")
    String users;

    @Option(names = "--where", required = true, paramLabel = "CONDITION", description = "A condition, e.g."
            + " \"purchases_30d >= 2\"; repeat for more, all must hold.")
    List<String> where;

    @Option(names = "--name", paramLabel = "NAME", description = "The segment's name (default: its conditions).")
    String name;

    @Option(names = "--snapshot", paramLabel = "DATE", description = "Windows end the day before this day"
            + " (YYYY-MM-DD; default: the day after the events' last row).")
    String snapshot;

    @Option(names = "--count-only", description = "Count the audience without storing a segment.")
    boolean countOnly;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        if (dataset == null && users == null) {
            throw new IllegalArgumentException("give --dataset EVENTS, --users USERS or both");
        }
        SegmentRule rule = SegmentRule.parse(dataset, users, SegmentReports.date(snapshot), where);
        if (countOnly) {
            AudienceCount count = services.audience().count(rule);
            if (options.json()) {
                output.json(new Counted(rule.text(), count.matching(), count.population(), count.share(),
                        count.snapshot() == null ? null : count.snapshot().toString()));
                return 0;
            }
            printCount(output, rule, count);
            return 0;
        }
        RuleSegmentation result = runJob(services, new RuleSegmentJob(SegmentReports.ports(services), services.audience(),
                new RuleSegmentRequest(name, rule)));
        long segment = services.segments().require(result.segmentationId()).segments().get(0).id();
        if (options.json()) {
            output.json(new Saved(result, segment, result.rule().text()));
            return 0;
        }
        output.line("Rule segment '%s', stored as segmentation %d (segment %d; campaign-lab segments --members %d"
                + " lists its users).", result.name(), result.segmentationId(), segment, segment);
        printCount(output, result.rule(), result.count());
        if (result.cleaning() != null) {
            output.line("");
            SegmentReports.printCleaning(output, result.cleaning());
        }
        output.line("");
        output.line("%s", result.profileNote());
        if (result.profiles() != null) {
            SegmentReports.printProfiles(output, result.profiles());
        }
        return 0;
    }

    private static void printCount(Output output, SegmentRule rule, AudienceCount count) {
        output.line("Rule: %s", rule.text());
        output.line("Population: %s, %s users%s.", rule.users() != null ? "every user of " + rule.users()
                : "every user with a row in " + rule.events() + " before the snapshot",
                Output.count(count.population()), count.snapshot() == null ? ""
                        : "; behaviour windows end at the start of " + count.snapshot());
        output.line("Audience: %s users (%.1f%%).", Output.count(count.matching()), 100 * count.share());
    }

    /** {@code segment rules --count-only --json}: the audience's size; no segment is stored. */
    record Counted(String rule, long matching, long population, double share, String snapshot) {
    }

    /** {@code segment rules --json}: the stored rule segmentation, its segment and the rule's text. */
    record Saved(@JsonUnwrapped RuleSegmentation segmentation, long segmentId, String text) {
    }
}
