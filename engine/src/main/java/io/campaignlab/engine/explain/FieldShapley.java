package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Field-level Shapley values of single predictions (interventional, against a background sample), estimated by
 * permutation sampling (Štrumbelj and Kononenko 2014): each walk takes a random order of the players and a background
 * row z, starts from z, switches the players from z to the explained row x one by one in that order, and credits each
 * player the change in score its switch made. Every repeat uses every background row equally often, so the credits
 * of a walk sum to f(x) − f(z) and the values sum to f(x) − E[f] exactly, E[f] being the background's mean score
 * (efficiency holds by telescoping, up to rounding). With {@code antithetic} each order is followed by its reverse.
 * <p>
 * All walks of a call are scored together, as few calls of the {@link BatchScore} as the buffer allows. Every row is
 * explained with the same player orders (from the seed), so a row's explanation does not depend on which other rows
 * share the call, and two explanations of nearby rows differ by the rows, not by sampling luck. Not thread-safe.
 */
public final class FieldShapley {

    private final BatchScore score;
    private final FeaturePipeline pipeline;
    private final List<Player> players;
    private final EncodedRows background;
    private final ShapleySpec spec;
    private final int[][] orders;
    private double[] backgroundScores;

    /**
     * @param background the background rows, all used ({@code spec.backgroundRows()} is ignored here; see
     *                   {@link #sampled})
     */
    public FieldShapley(BatchScore score, FeaturePipeline pipeline, List<Player> players, EncodedRows background,
                        ShapleySpec spec) {
        if (players.isEmpty()) {
            throw new IllegalArgumentException("nothing to explain: no players");
        }
        if (background.rows() == 0) {
            throw new IllegalArgumentException("the background sample is empty");
        }
        if (background.slots() != pipeline.slotCount()) {
            throw new IllegalArgumentException("background rows have " + background.slots() + " slots, the pipeline "
                    + pipeline.slotCount());
        }
        this.score = score;
        this.pipeline = pipeline;
        this.players = List.copyOf(players);
        this.background = background;
        this.spec = spec;
        this.orders = orders(players.size(), background.rows(), spec);
    }

    /** With {@code spec.backgroundRows()} background rows drawn at random (seeded) from a pool, e.g. training rows. */
    public static FieldShapley sampled(BatchScore score, FeaturePipeline pipeline, List<Player> players,
                                       EncodedRows pool, ShapleySpec spec) {
        return new FieldShapley(score, pipeline, players,
                Rows.select(pool, Rows.sample(pool.rows(), spec.backgroundRows(), spec.seed())), spec);
    }

    public List<Player> players() {
        return players;
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public ShapleySpec spec() {
        return spec;
    }

    /** Scored rows per explained row: the row itself and players − 1 per walk. */
    public int rowsPerExplanation() {
        return 1 + orders.length * (players.size() - 1);
    }

    /** E[f]: the mean score of the background rows. */
    public double base() {
        double sum = 0;
        for (double s : backgroundScores()) {
            sum += s;
        }
        return sum / background.rows();
    }

    /** Explains one encoded row; display values are decoded from the encoding. */
    public ShapleyExplanation explain(EncodedRows rows, int row) {
        return explainRows(rows, new int[]{row}, ProgressListener.none(), new CancellationToken()).get(0);
    }

    /** Explains one raw frame row (encoded with the pipeline); display values are the frame's. */
    public ShapleyExplanation explain(Frame frame, int row) {
        Frame one = frame.select(new int[]{row});
        Raw raw = compute(pipeline.encode(one), new int[]{0}, ProgressListener.none(), new CancellationToken())
                .get(0);
        return explanation(raw, ValueText.ofPlayers(players, pipeline, one, 0));
    }

    /** Explains several encoded rows, scored together; display values are decoded from the encoding. */
    public List<ShapleyExplanation> explainRows(EncodedRows rows, int[] positions, ProgressListener progress,
                                                CancellationToken cancel) {
        List<Raw> raw = compute(rows, positions, progress, cancel);
        List<ShapleyExplanation> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(explanation(raw.get(i), ValueText.ofPlayers(players, pipeline, rows, positions[i])));
        }
        return out;
    }

    /**
     * The walks' player orders: walk w belongs to repeat w / (B·m) and starts from background row (w / m) mod B,
     * with m walks per background row; with antithetic walks every odd walk reverses the one before.
     */
    private static int[][] orders(int players, int backgroundRows, ShapleySpec spec) {
        int perBackground = spec.walksPerBackgroundRow();
        int[][] orders = new int[Math.multiplyExact(Math.multiplyExact(spec.repeats(), backgroundRows),
                perBackground)][];
        SplittableRandom rng = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
        for (int w = 0; w < orders.length; w++) {
            if (spec.antithetic() && w % 2 == 1) {
                int[] previous = orders[w - 1];
                int[] reversed = new int[players];
                for (int k = 0; k < players; k++) {
                    reversed[k] = previous[players - 1 - k];
                }
                orders[w] = reversed;
            } else {
                int[] order = Rows.identity(players);
                Rows.shuffle(order, rng);
                orders[w] = order;
            }
        }
        return orders;
    }

    private double[] backgroundScores() {
        if (backgroundScores == null) {
            backgroundScores = score.apply(background);
            if (backgroundScores.length != background.rows()) {
                throw new IllegalStateException("the score function returned " + backgroundScores.length
                        + " scores for " + background.rows() + " rows");
            }
        }
        return backgroundScores;
    }

    private List<Raw> compute(EncodedRows rows, int[] positions, ProgressListener progress,
                              CancellationToken cancel) {
        if (rows.slots() != pipeline.slotCount()) {
            throw new IllegalArgumentException("rows have " + rows.slots() + " slots, the pipeline "
                    + pipeline.slotCount());
        }
        double[] bg = backgroundScores();
        double base = base();
        int width = rows.slots();
        int perRow = rowsPerExplanation();
        int perGroup = Math.max(1, ScoringBuffer.CAPACITY / perRow);
        int[] stateIndices = new int[width];
        float[] stateValues = new float[width];
        List<Raw> out = new ArrayList<>(positions.length);
        progress.progress(0, positions.length);
        for (int from = 0; from < positions.length; from += perGroup) {
            cancel.throwIfCancelled();
            int to = Math.min(positions.length, from + perGroup);
            ScoringBuffer buffer = new ScoringBuffer(score, width, (to - from) * perRow, cancel);
            for (int t = from; t < to; t++) {
                int x = positions[t];
                buffer.add(rows.indices(), rows.values(), x);
                for (int w = 0; w < orders.length; w++) {
                    int b = backgroundRow(w);
                    System.arraycopy(background.indices(), b * width, stateIndices, 0, width);
                    System.arraycopy(background.values(), b * width, stateValues, 0, width);
                    int[] order = orders[w];
                    for (int k = 0; k < order.length - 1; k++) {
                        players.get(order[k]).copy(rows.indices(), rows.values(), x, stateIndices, stateValues, 0,
                                width);
                        buffer.add(stateIndices, stateValues, 0);
                    }
                }
            }
            double[] scores = buffer.finish();
            for (int t = from; t < to; t++) {
                out.add(credit(scores, (t - from) * perRow, bg, base));
            }
            progress.progress(to, positions.length);
        }
        return out;
    }

    private int backgroundRow(int walk) {
        return (walk / spec.walksPerBackgroundRow()) % background.rows();
    }

    /** Credits each player its marginal changes along every walk of one row, whose scores start at {@code at}. */
    private Raw credit(double[] scores, int at, double[] bg, double base) {
        int p = players.size();
        int repeats = spec.repeats();
        int perRepeat = orders.length / repeats;
        double fx = scores[at++];
        double[][] byRepeat = new double[repeats][p];
        for (int w = 0; w < orders.length; w++) {
            double[] phi = byRepeat[w / perRepeat];
            int[] order = orders[w];
            double previous = bg[backgroundRow(w)];
            for (int k = 0; k < p - 1; k++) {
                double current = scores[at++];
                phi[order[k]] += current - previous;
                previous = current;
            }
            phi[order[p - 1]] += fx - previous;
        }
        double[] value = new double[p];
        double[] spread = new double[p];
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (double[] phi : byRepeat) {
                phi[j] /= perRepeat;
                mean += phi[j];
            }
            mean /= repeats;
            double squares = 0;
            for (double[] phi : byRepeat) {
                squares += (phi[j] - mean) * (phi[j] - mean);
            }
            value[j] = mean;
            spread[j] = Math.sqrt(squares / (repeats - 1));
        }
        double sum = 0;
        for (double v : value) {
            sum += v;
        }
        return new Raw(base, fx, value, spread, Math.abs(sum - (fx - base)));
    }

    /** Names the values, adds the display values, and sorts by |value|. */
    private ShapleyExplanation explanation(Raw raw, List<String> display) {
        List<Attribution> attributions = new ArrayList<>(players.size());
        for (int j = 0; j < players.size(); j++) {
            attributions.add(new Attribution(players.get(j).name(), raw.value()[j], raw.spread()[j], display.get(j)));
        }
        attributions.sort(Comparator.comparingDouble((Attribution a) -> Math.abs(a.value())).reversed());
        return new ShapleyExplanation(raw.base(), raw.prediction(), attributions, raw.gap(), orders.length);
    }

    /** One row's estimate before it gets names and display values. */
    private record Raw(double base, double prediction, double[] value, double[] spread, double gap) {
    }
}
