package io.campaignlab.views.tuning;

import io.campaignlab.engine.tuning.Dimension;
import io.campaignlab.engine.tuning.RandomSearch;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.SearchSpace;
import io.campaignlab.engine.tuning.Trial;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared search widgets on screen: the trials table with its chosen row marked, and the summary sentence. */
@ExtendWith(ApplicationExtension.class)
class SearchViewsTest {

    /** Five trials, the fourth failed: scores 0.70, 0.72, 0.71, failed, 0.73; the fifth is chosen. */
    static SearchResult search() {
        SearchSpace space = SearchSpace.of(Dimension.of("learningRate", 0.01, 0.003, 0.03),
                Dimension.of("embeddingL2", 1e-6, 0.0));
        double[] scores = {0.70, 0.72, 0.71, Double.NaN, 0.73};
        List<Trial> trials = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            trials.add(new Trial(i, space.point(i), scores[i], 1.5 + i, Double.isNaN(scores[i]) ? "diverged" : ""));
        }
        return new SearchResult(RandomSearch.STRATEGY, "val_auc", true, space, SearchBudget.trials(5), 42, trials, 4);
    }

    private SearchPane pane;

    @Start
    void start(Stage stage) {
        pane = new SearchPane(settings -> "lr " + settings.get("learningRate"));
        stage.setScene(new Scene(pane, 900, 600));
        stage.show();
    }

    @Test
    void theTableListsEveryTrialAndMarksTheChosenRow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> pane.show(search(), "")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TrialsTable table = pane.table();
        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getColumns().get(2).getText()).isEqualTo("val_auc");
        Set<Integer> chosenRows = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<?>) n).filter(r -> r.getStyleClass().contains(TrialsTable.CHOSEN))
                .map(TableRow::getIndex).collect(Collectors.toSet())).get(10, TimeUnit.SECONDS);
        assertThat(chosenRows).containsExactly(4);
        assertThat(pane.summaryText()).contains("5 trials").contains("trial 5 chosen").contains("0.7300")
                .contains("evaluated once");
        assertThat(pane.currentChart()).isPresent();

        WaitForAsyncUtils.asyncFx(() -> pane.show(null, "Run 3 has no search.")).get(10, TimeUnit.SECONDS);
        assertThat(table.getItems()).isEmpty();
        assertThat(pane.summaryText()).isEqualTo("Run 3 has no search.");
    }
}
