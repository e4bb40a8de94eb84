package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.Output;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;

import java.util.Map;
import java.util.TreeMap;

/** The text lines of a recommender run's settings search: every trial, the chosen one marked. */
final class SearchLines {

    private SearchLines() {
    }

    static void print(Output output, SearchResult search) {
        if (search == null) {
            return;
        }
        output.line("Settings chosen on validation (%s, %s, %s, seed %d): %s", search.metric(), search.strategy(),
                search.budget(), search.seed(), sorted(search.choice().settings()));
        for (Trial t : search.trials()) {
            output.line("  %s trial %2d  %-60s %s %.4f  %.1f s%s", t.index() == search.chosen() ? "*" : " ",
                    t.index(), sorted(t.settings()), search.metric(), t.score(), t.seconds(),
                    t.note().isEmpty() ? "" : "  " + t.note());
        }
    }

    private static Map<String, Object> sorted(Map<String, Object> settings) {
        return new TreeMap<>(settings);
    }
}
