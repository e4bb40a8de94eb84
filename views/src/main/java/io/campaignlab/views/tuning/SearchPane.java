package io.campaignlab.views.tuning;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.views.charts.ChartPane;
import io.campaignlab.views.tuning.charts.SearchChart;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A settings search at a glance: one sentence (strategy, budget, seed, the choice), the {@link TrialsTable} and the
 * validation curve ({@link io.campaignlab.views.tuning.charts.SearchChart}) in a {@link ChartPane}. Shows a message instead when there is no search.
 */
public final class SearchPane extends BorderPane {

    private final Label summary = new Label();
    private final TrialsTable table;
    private final ChartPane chart = new ChartPane("Validation by trial", "search-chart");

    /** @param describe writes a trial's settings in one short line */
    public SearchPane(Function<Map<String, Object>, String> describe) {
        getStyleClass().add("search-pane");
        table = new TrialsTable(describe);
        table.setId("trials-table");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setPadding(new Insets(8, 10, 6, 10));
        SplitPane body = new SplitPane(table, chart);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5);
        setTop(summary);
        setCenter(body);
        show(null, "");
    }

    /**
     * Shows a search, or with none the reason in {@code message}.
     */
    public void show(SearchResult search, String message) {
        table.show(search);
        if (search == null) {
            summary.setText(message);
            chart.showMessage(message.isEmpty() ? "No search to show." : message);
            return;
        }
        summary.setText(sentence(search));
        chart.show(colour -> SearchChart.create(search, colour));
    }

    /** For example "12 trials of a random search over a grid, defaults first (budget 12 trials, 180 s; seed 42):…" */
    static String sentence(SearchResult search) {
        return String.format(Locale.ROOT, "%d trials of a %s (budget %s; seed %d), scored on the validation part"
                        + " only; trial %d chosen with %s %.4f. The test part was evaluated once, with the choice.",
                search.trials().size(), search.strategy(), search.budget(), search.seed(), search.chosen() + 1,
                search.metric(), search.choice().score());
    }

    public TrialsTable table() {
        return table;
    }

    public Optional<JFreeChart> currentChart() {
        return chart.forExport();
    }

    public String summaryText() {
        return summary.getText();
    }
}
