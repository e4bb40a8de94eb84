package io.campaignlab.engine.models;

import io.campaignlab.engine.evaluation.DeLong;
import io.campaignlab.engine.evaluation.PairedAucTest;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunRepository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether two runs' test AUCs differ by more than noise: DeLong's paired test on the test rows both runs scored
 * (matched by {@code _row} id), from the {@link TestScores} kept with each run.
 */
public final class PairedRuns {

    private PairedRuns() {
    }

    /**
     * The paired test of run {@code a} against run {@code b}, or empty when either run has no stored test scores
     * (trained before they were kept) or the runs share no test row.
     *
     * @throws IllegalArgumentException when a shared row has different labels in the two runs (different label
     *                                  columns)
     */
    public static Optional<PairedAucTest> compare(RunRepository runs, long a, long b) {
        if (!testDataset(runs.require(a)).equals(testDataset(runs.require(b)))) {
            return Optional.empty(); // row ids of different datasets name different rows
        }
        Optional<TestScores> first = scores(runs, a);
        Optional<TestScores> second = scores(runs, b);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        return compare(first.get(), second.get(), a, b);
    }

    /** The paired test on the rows both score sets hold; empty when they share fewer than two rows per class. */
    public static Optional<PairedAucTest> compare(TestScores first, TestScores second, long a, long b) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < second.rowIds().length; i++) {
            index.put(second.rowIds()[i], i);
        }
        int shared = 0;
        int[] match = new int[first.rowIds().length];
        for (int i = 0; i < match.length; i++) {
            Integer j = index.get(first.rowIds()[i]);
            match[i] = j == null ? -1 : j;
            if (j != null) {
                if (first.labels()[i] != second.labels()[j]) {
                    throw new IllegalArgumentException("row " + first.rowIds()[i] + " is labelled "
                            + first.labels()[i] + " in run " + a + " but " + second.labels()[j] + " in run " + b
                            + "; the runs predict different labels and cannot be compared");
                }
                shared++;
            }
        }
        double[] scoresA = new double[shared];
        double[] scoresB = new double[shared];
        int[] labels = new int[shared];
        int k = 0;
        int positives = 0;
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                scoresA[k] = first.scores()[i];
                scoresB[k] = second.scores()[match[i]];
                labels[k] = first.labels()[i];
                positives += labels[k];
                k++;
            }
        }
        if (positives < 2 || shared - positives < 2) {
            return Optional.empty();
        }
        return Optional.of(DeLong.paired(scoresA, scoresB, labels));
    }

    /** The dataset a run's test rows come from: its supplied test dataset, else its own dataset. */
    static String testDataset(io.campaignlab.engine.runs.RunRecord run) {
        try {
            String supplied = ModelJson.read(run.spec().splitJson(),
                    io.campaignlab.engine.features.SplitSpec.class).testDataset();
            return supplied != null ? supplied : run.spec().datasetName();
        } catch (IllegalArgumentException | NullPointerException e) {
            return run.spec().datasetName();
        }
    }

    /** The stored test scores of a run, if it kept them. */
    public static Optional<TestScores> scores(RunRepository runs, long runId) {
        return runs.report(runId, TestScores.KIND, "").map(r -> ReportJson.read(r.json(), TestScores.class));
    }

    /** A short name of a run for messages: {@code run 3 (deepfm)}. */
    public static String name(RunRecord run) {
        return "run " + run.id() + " (" + run.spec().modelKind() + ")";
    }
}
