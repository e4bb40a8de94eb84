package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.Output;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;

/**
 * The text lines of a recommender run's settings search: every trial, numbered from 1 as the workbench numbers them
 * (trial 1: the defaults), the chosen one marked.
 */
final class SearchLines {

    private SearchLines() {
    }

    static void print(Output output, SearchResult search) {
        if (search == null) {
            return;
        }
        output.line("Settings chosen on validation (%s, %s, %s, seed %d): %s", search.metric(), search.strategy(),
                search.budget(), search.seed(), RecommenderSearchSpace.describe(search.choice().settings()));
        for (Trial t : search.trials()) {
            output.line("  %s trial %2d  %-40s %s %.4f  %.1f s%s", t.index() == search.chosen() ? "*" : " ",
                    t.index() + 1, RecommenderSearchSpace.describe(t.settings()), search.metric(), t.score(),
                    t.seconds(), t.note().isEmpty() ? "" : "  " + t.note());
        }
    }
}
