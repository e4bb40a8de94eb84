package io.campaignlab.engine.tuning;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.json.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomSearchTest {

    private static final SearchSpace SPACE = SearchSpace.of(
            Dimension.of("learningRate", 0.002, 0.0005, 0.01),
            Dimension.of("embeddingDim", 16, 8, 32),
            Dimension.of("l2", 1e-6, 0.0, 1e-4));

    @Test
    void defaultsComeFirstThenDistinctPointsFromTheGrid() {
        List<Map<String, Object>> points = new RandomSearch(SPACE, SearchBudget.trials(10), 7, "val_auc", true)
                .plannedPoints();
        assertThat(points).hasSize(10);
        assertThat(points.get(0)).containsEntry("learningRate", 0.002).containsEntry("embeddingDim", 16)
                .containsEntry("l2", 1e-6);
        assertThat(new HashSet<>(points)).hasSize(10);
        assertThat(points).allSatisfy(p -> assertThat(p.keySet())
                .containsExactly("learningRate", "embeddingDim", "l2"));
    }

    @Test
    void theSameSeedDrawsTheSamePointsAndAnotherSeedOthers() {
        var a = new RandomSearch(SPACE, SearchBudget.trials(8), 1, "m", true).plannedPoints();
        var b = new RandomSearch(SPACE, SearchBudget.trials(8), 1, "m", true).plannedPoints();
        var c = new RandomSearch(SPACE, SearchBudget.trials(8), 2, "m", true).plannedPoints();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void aBudgetLargerThanTheGridTriesEveryPointOnce() {
        var points = new RandomSearch(SPACE, SearchBudget.trials(100), 3, "m", true).plannedPoints();
        assertThat(points).hasSize(27);
        assertThat(new HashSet<>(points)).hasSize(27);
    }

    @Test
    void findsTheMaximumOfAKnownFunctionWhenTheBudgetCoversTheGrid() {
        // score peaks at learningRate 0.01, embeddingDim 8, l2 0: worked out by hand from the formula below
        TrialObjective objective = s -> -Math.abs((double) s.get("learningRate") - 0.01) * 100
                - Math.abs((int) s.get("embeddingDim") - 8) - (double) s.get("l2") * 1e4;
        SearchResult result = new RandomSearch(SPACE, SearchBudget.trials(27), 5, "m", true)
                .run(objective, t -> { }, ProgressListener.none(), new CancellationToken());
        assertThat(result.choice().settings()).containsEntry("learningRate", 0.01).containsEntry("embeddingDim", 8)
                .containsEntry("l2", 0.0);
        assertThat(result.trials()).hasSize(27);
    }

    @Test
    void lowerIsBetterPicksTheMinimumAndTiesGoToTheDefaults() {
        TrialObjective flat = s -> 1.0;
        SearchResult result = new RandomSearch(SPACE, SearchBudget.trials(5), 5, "logloss", false)
                .run(flat, t -> { }, ProgressListener.none(), new CancellationToken());
        assertThat(result.chosen()).isZero();
        TrialObjective lr = s -> (double) s.get("learningRate");
        SearchResult low = new RandomSearch(SPACE, SearchBudget.trials(27), 5, "logloss", false)
                .run(lr, t -> { }, ProgressListener.none(), new CancellationToken());
        assertThat(low.choice().settings()).containsEntry("learningRate", 0.0005);
    }

    @Test
    void aFailedTrialIsRecordedAndNeverChosen() {
        List<Trial> seen = new ArrayList<>();
        TrialObjective objective = s -> {
            if ((int) s.get("embeddingDim") == 32) {
                throw new IllegalStateException("diverged");
            }
            return (int) s.get("embeddingDim") == 8 ? 0.9 : Double.NaN;
        };
        SearchResult result = new RandomSearch(SPACE, SearchBudget.trials(27), 5, "m", true)
                .run(objective, seen::add, ProgressListener.none(), new CancellationToken());
        assertThat(seen).hasSize(27);
        assertThat(result.choice().score()).isEqualTo(0.9);
        assertThat(result.trials()).filteredOn(t -> t.note().contains("diverged")).hasSize(9);
    }

    @Test
    void whenEveryTrialFailsTheSearchSaysWhy() {
        assertThatThrownBy(() -> new RandomSearch(SPACE, SearchBudget.trials(3), 5, "m", true)
                .run(s -> { throw new IllegalStateException("no rows"); }, t -> { }, ProgressListener.none(),
                        new CancellationToken()))
                .hasMessageContaining("no rows");
    }

    @Test
    void aTimeBudgetStopsStartingTrialsButAlwaysRunsTheDefaults() {
        Set<Object> tried = new HashSet<>();
        SearchResult result = new RandomSearch(SPACE, new SearchBudget(27, 1), 5, "m", true).run(s -> {
            tried.add(s);
            Thread.sleep(600);
            return 1;
        }, t -> { }, ProgressListener.none(), new CancellationToken());
        assertThat(result.trials()).hasSize(2);
        assertThat(tried).hasSize(2);
    }

    @Test
    void aResultWritesToJsonAndReadsBackEqual() {
        SearchResult result = new RandomSearch(SPACE, SearchBudget.parse("4,5m"), 9, "val_auc", true)
                .run(s -> (int) s.get("embeddingDim") / 100.0, t -> { }, ProgressListener.none(),
                        new CancellationToken());
        String json = Json.write(Json.mapper(), result);
        assertThat(Json.read(Json.mapper(), json, SearchResult.class)).isEqualTo(result);
    }

    @Test
    void fixedSettingsLeaveTheSpaceAndBudgetsParse() {
        assertThat(SPACE.without(Set.of("l2")).dimensions()).extracting(Dimension::name)
                .containsExactly("learningRate", "embeddingDim");
        assertThat(SearchBudget.parse("12")).isEqualTo(new SearchBudget(12, 0));
        assertThat(SearchBudget.parse("10m")).isEqualTo(new SearchBudget(1000, 600));
        assertThat(SearchBudget.parse("8, 90s")).isEqualTo(new SearchBudget(8, 90));
        assertThatThrownBy(() -> SearchBudget.parse("soon")).hasMessageContaining("expected a trial count");
        assertThatThrownBy(() -> Dimension.of("x", 1, 1)).hasMessageContaining("twice");
    }
}
