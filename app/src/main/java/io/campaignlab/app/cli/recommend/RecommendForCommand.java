package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.recommend.RecommendService;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.UserRecommendations;
import picocli.CommandLine.Command;
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

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        UserRecommendations recs = runWork((progress, cancel) -> RecommendService.forUser(services, run, user, k,
                history, progress, cancel));
        if (options().json()) {
            output.json(recs);
            return 0;
        }
        if (recs.warning() != null) {
            output.line("Note: %s.", recs.warning());
        }
        output.line("User %s, run %d (%s). Recent history, newest first:", recs.user(), recs.run(), recs.model());
        for (UserRecommendations.Event e : recs.history()) {
            output.line("  %-24s item %-10s weight %.0f%s", Instant.ofEpochMilli(e.epochMillis()), e.item(),
                    e.weight(), e.purchase() ? "  (bought)" : "");
        }
        boolean session = RecommenderKind.GRU4REC.runKind().equals(recs.model());
        output.line(session ? "Next-click recommendations for the latest session:" : "Recommendations:");
        int rank = 1;
        for (UserRecommendations.Recommendation r : recs.recommendations()) {
            String reasons = String.join(" and ", r.because().stream().map(UserRecommendations.Because::item)
                    .toList());
            output.line("%3d. item %-10s score %.4f%s", rank++, r.item(), r.score(), r.because().isEmpty() ? ""
                    : session ? "  because of your clicks on " + reasons + " in this session (the score drops"
                    + " most without them)" : "  because you interacted with " + reasons);
        }
        return 0;
    }
}
