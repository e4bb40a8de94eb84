package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.recommend.RecommendService;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.UserRecommendations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import java.time.Instant;

@Command(name = "for", description = "A user's recent history and the top items of a stored recommendation run,"
        + " with the history items behind each.")
public final class RecommendForCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "USER", description = "The user's id as in the dataset.")
    String user;

    @Option(names = "--run", required = true, description = "A recommendation run.")
    long run;

    @Option(names = "--k", defaultValue = "10", description = "Recommendations (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--history", defaultValue = "10", description = "Recent events shown (default ${DEFAULT-VALUE}).")
    int history;

    @Mixin
    CatalogueOptions catalogue;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        UserRecommendations recs = runWork((progress, cancel) -> RecommendService.forUser(services, run, user, k,
                history, catalogue.category, catalogue.items, progress, cancel));
        if (options().json()) {
            output.json(recs);
            return 0;
        }
        if (recs.warning() != null) {
            output.line("Note: %s.", recs.warning());
        }
        output.line("User %s, run %d (%s). Recent history, newest first:", recs.user(), recs.run(), recs.model());
        if (recs.history().isEmpty()) {
            output.line("  (none: the user has no events in the run's dataset)");
        }
        for (UserRecommendations.Event e : recs.history()) {
            output.line("  %-24s %s, weight %.0f%s", Instant.ofEpochMilli(e.epochMillis()), recs.describe(e.item()),
                    e.weight(), e.purchase() ? "  (bought)" : "");
        }
        if (!recs.skippedItems().isEmpty()) {
            output.line("Skipped %d history item%s the model does not know (new since training): %s",
                    recs.skippedItems().size(), recs.skippedItems().size() == 1 ? "" : "s",
                    String.join(", ", recs.skippedItems().stream().distinct().limit(10).toList()));
        }
        if (recs.fallback() != null) {
            output.line("fallback: %s — the model cannot rank for this user (%s), so these are the items most"
                    + " users interacted with; the score is the share of users.", recs.fallback(),
                    recs.history().isEmpty() ? "unknown user" : "no history the model knows");
            output.line("Recommendations:");
            int rank = 1;
            for (UserRecommendations.Recommendation r : recs.recommendations()) {
                output.line("%3d. %s  popularity %.4f", rank++, recs.describe(r.item()), r.score());
            }
            return 0;
        }
        boolean session = RecommenderKind.GRU4REC.runKind().equals(recs.model())
                || RecommenderKind.SASREC.runKind().equals(recs.model());
        output.line(session ? "Next-click recommendations for the latest session:" : "Recommendations:");
        int rank = 1;
        for (UserRecommendations.Recommendation r : recs.recommendations()) {
            String reasons = String.join(" and ", r.because().stream().map(b -> recs.describe(b.item())).toList());
            output.line("%3d. %s  score %.4f%s", rank++, recs.describe(r.item()), r.score(), r.because().isEmpty() ? ""
                    : session ? "  because of your clicks on " + reasons + " in this session (the score drops"
                    + " most without them)" : "  because you interacted with " + reasons);
        }
        return 0;
    }
}
