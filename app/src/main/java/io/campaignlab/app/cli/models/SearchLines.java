package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.Output;
import io.campaignlab.engine.models.search.CtrSearchSpace;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;

import java.util.Map;
import java.util.Objects;

/**
 * How the CLI prints a settings search: one line for the search, one per trial numbered from 1 as the workbench
 * numbers them (trial 1: the defaults), the choice marked.
 */
final class SearchLines {

    private SearchLines() {
    }

    static void print(Output output, SearchResult search) {
        output.line("  settings chosen on validation (%s): %d trials, budget %s, seed %d; %s %.4f with %s",
                search.strategy(), search.trials().size(), search.budget(), search.seed(), search.metric(),
                search.choice().score(), CtrSearchSpace.describe(search.choice().settings()));
        for (Trial t : search.trials()) {
            output.line("  %s trial %2d  %-10s %6.1f s  %s%s", t.index() == search.chosen() ? "*" : " ", t.index() + 1,
                    t.failed() ? "failed" : String.format(java.util.Locale.ROOT, "%.4f", t.score()), t.seconds(),
                    CtrSearchSpace.describe(t.settings()), t.note().isEmpty() ? "" : " (" + t.note() + ")");
        }
    }

    /** Whether two trials tried the same settings: numbers compared by value, whatever JSON read them as. */
    static boolean sameSettings(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object x = e.getValue();
            Object y = b.get(e.getKey());
            boolean same = x instanceof Number n && y instanceof Number m ? n.doubleValue() == m.doubleValue()
                    : Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
