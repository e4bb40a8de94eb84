package io.campaignlab.views.tuning;

import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;
import io.campaignlab.views.common.Columns;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The trials of a settings search: one row per trial with its settings, validation metric and seconds, the chosen
 * trial marked ("chosen", in bold). Shared by every search the workbench shows (CTR models, recommenders).
 */
public final class TrialsTable extends TableView<Trial> {

    /** The style class of the chosen trial's row. */
    public static final String CHOSEN = "chosen-trial";

    private final Function<Map<String, Object>, String> describe;
    private SearchResult shown;

    /**
     * @param describe writes a trial's settings in one short line (the family's own wording)
     */
    public TrialsTable(Function<Map<String, Object>, String> describe) {
        this.describe = describe;
        getStyleClass().add("trials-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No search to show."));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Trial trial, boolean empty) {
                super.updateItem(trial, empty);
                boolean chosen = !empty && trial != null && shown != null && trial.index() == shown.chosen();
                getStyleClass().remove(CHOSEN);
                setStyle(chosen ? "-fx-font-weight: bold;" : "");
                if (chosen) {
                    getStyleClass().add(CHOSEN);
                }
            }
        });
    }

    /** Shows a search's trials, in the order run; null empties the table. */
    public void show(SearchResult search) {
        shown = search;
        getColumns().setAll(columns(search == null ? "validation" : search.metric()));
        getItems().setAll(search == null ? java.util.List.of() : search.trials());
    }

    public SearchResult shown() {
        return shown;
    }

    private java.util.List<TableColumn<Trial, ?>> columns(String metric) {
        TableColumn<Trial, Integer> index = Columns.right(Columns.typed("#", 44, t -> t.index() + 1, String::valueOf), true);
        TableColumn<Trial, String> mark = Columns.text("", 64, t -> shown != null && t.index() == shown.chosen()
                ? "chosen" : t.index() == 0 ? "defaults" : "");
        TableColumn<Trial, Double> score = Columns.right(Columns.typed(metric, 90, Trial::score,
                s -> Double.isNaN(s) ? "failed" : String.format(Locale.ROOT, "%.4f", s)), true);
        TableColumn<Trial, Double> seconds = Columns.right(Columns.typed("seconds", 70, Trial::seconds,
                s -> String.format(Locale.ROOT, "%.1f", s)), true);
        TableColumn<Trial, String> settings = Columns.atLeast(Columns.text("settings", 360,
                t -> describe.apply(t.settings()) + (t.note().isEmpty() ? "" : " (" + t.note() + ")")), 200);
        return java.util.List.of(index, mark, score, seconds, settings);
    }
}
