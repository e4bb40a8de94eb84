package io.campaignlab.engine.tuning;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A budgeted, seeded random search over a {@link SearchSpace}: the defaults first, then distinct grid points drawn at
 * random. The same space, budget (in trials) and seed always try the same points in the same order.
 */
public final class RandomSearch {

    public static final String STRATEGY = "random search over a grid, defaults first";

    private final SearchSpace space;
    private final SearchBudget budget;
    private final long seed;
    private final String metric;
    private final boolean higherIsBetter;

    /**
     * @param metric         the validation metric's name, for the record
     * @param higherIsBetter whether a higher metric wins (AUC, NDCG) or a lower one (log loss)
     */
    public RandomSearch(SearchSpace space, SearchBudget budget, long seed, String metric, boolean higherIsBetter) {
        this.space = space;
        this.budget = budget;
        this.seed = seed;
        this.metric = metric;
        this.higherIsBetter = higherIsBetter;
    }

    /** The points this search would try with an unlimited clock, in order: for tests and for the GUI's preview. */
    public List<Map<String, Object>> plannedPoints() {
        long size = space.size();
        int count = (int) Math.min(size, budget.trials());
        List<Map<String, Object>> points = new ArrayList<>(count);
        Set<Long> drawn = new HashSet<>();
        SplittableRandom random = new SplittableRandom(seed);
        drawn.add(0L);
        points.add(space.point(0));
        while (points.size() < count) {
            long index = size <= 1 ? 0 : 1 + random.nextLong(size - 1);
            if (drawn.add(index)) {
                points.add(space.point(index));
            }
        }
        return points;
    }

    /**
     * Runs the trials. A trial that throws (other than by cancellation) or returns NaN is recorded as failed and never
     * chosen; when every trial fails the search fails with the first trial's reason.
     *
     * @param onTrial told of each finished trial, for a live trials table
     */
    public SearchResult run(TrialObjective objective, Consumer<Trial> onTrial, ProgressListener progress,
                            CancellationToken cancel) {
        List<Map<String, Object>> points = plannedPoints();
        List<Trial> trials = new ArrayList<>();
        long started = System.nanoTime();
        for (Map<String, Object> point : points) {
            if (!budget.allowsAnother(trials.size(), (System.nanoTime() - started) / 1e9)) {
                break;
            }
            cancel.throwIfCancelled();
            progress.message("Trial " + (trials.size() + 1) + " of at most " + points.size() + ": " + point);
            Trial trial = runOne(trials.size(), point, objective);
            trials.add(trial);
            onTrial.accept(trial);
            progress.progress(trials.size(), points.size());
        }
        int chosen = best(trials);
        if (chosen < 0) {
            throw new IllegalStateException("every trial of the settings search failed; the first: "
                    + trials.get(0).note());
        }
        return new SearchResult(STRATEGY, metric, higherIsBetter, space, budget, seed, trials, chosen);
    }

    private static Trial runOne(int index, Map<String, Object> point, TrialObjective objective) {
        long t0 = System.nanoTime();
        double score;
        String note = "";
        try {
            score = objective.validationScore(point);
            if (Double.isNaN(score)) {
                note = "the validation metric was undefined";
            }
        } catch (CancelledException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            score = Double.NaN;
            note = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return new Trial(index, point, score, (System.nanoTime() - t0) / 1e9, note);
    }

    private int best(List<Trial> trials) {
        int best = -1;
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            if (t.failed()) {
                continue;
            }
            if (best < 0 || (higherIsBetter ? t.score() > trials.get(best).score()
                    : t.score() < trials.get(best).score())) {
                best = i;
            }
        }
        return best;
    }
}
