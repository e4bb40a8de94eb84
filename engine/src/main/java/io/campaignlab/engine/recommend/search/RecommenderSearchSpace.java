package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.bpr.BprSettings;
import io.campaignlab.engine.tuning.Dimension;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings searched per recommender, their grids (the family default first) and default budgets. Chosen before
 * any figure on the demo workspace, the Amazon pairs or the other real sets was looked at: log-spaced grids around
 * the defaults that the simulator sweeps (4,000 users × 30 days, seed 42; see {@link RecommenderSpec#defaults} and
 * {@link BprSettings#defaults}) chose, wide enough to reach the sparse regime those sweeps never saw.
 *
 * <ul>
 *   <li>ALS: λ ∈ {50, 1, 5, 20, 100}, α ∈ {1, 0.3, 3, 10}, factors ∈ {64, 16, 32, 128}; 10 trials.</li>
 *   <li>BPR: factors ∈ {32, 16, 64}, L2 ∈ {0.03, 0.003, 0.01, 0.1}; 6 trials (each trial is a DJL fit).</li>
 *   <li>item-kNN: neighbours ∈ {100, 20, 50, 200, 500}, shrinkage ∈ {10, 0, 1, 50, 100}; 10 trials.</li>
 *   <li>cdr: source weight ∈ {1, 0.3, 3}, λ ∈ {50, 1, 5, 20, 100}; 10 trials.</li>
 *   <li>pop and recent: nothing to search.</li>
 * </ul>
 */
public final class RecommenderSearchSpace {

    public static final String FACTORS = "factors";
    public static final String REGULARIZATION = "regularization";
    public static final String ALPHA = "alpha";
    public static final String L2 = "l2";
    public static final String NEIGHBOURS = "neighbours";
    public static final String SHRINKAGE = "shrinkage";
    public static final String SOURCE_WEIGHT = "sourceWeight";

    private RecommenderSearchSpace() {
    }

    /** The full space of a family (before fixed settings are taken out); empty for pop, recent and gru4rec. */
    public static SearchSpace of(RecommenderKind kind) {
        return switch (kind) {
            case ALS -> SearchSpace.of(Dimension.of(REGULARIZATION, 50.0, 1.0, 5.0, 20.0, 100.0),
                    Dimension.of(ALPHA, 1.0, 0.3, 3.0, 10.0), Dimension.of(FACTORS, 64, 16, 32, 128));
            case BPR -> SearchSpace.of(Dimension.of(FACTORS, 32, 16, 64),
                    Dimension.of(L2, BprSettings.DEFAULT_REGULARIZATION, 0.003, 0.01, 0.1));
            case ITEMKNN -> SearchSpace.of(Dimension.of(NEIGHBOURS, 100, 20, 50, 200, 500),
                    Dimension.of(SHRINKAGE, 10.0, 0.0, 1.0, 50.0, 100.0));
            case CDR -> SearchSpace.of(Dimension.of(SOURCE_WEIGHT, 1.0, 0.3, 3.0),
                    Dimension.of(REGULARIZATION, 50.0, 1.0, 5.0, 20.0, 100.0));
            default -> new SearchSpace(List.of());
        };
    }

    /** The space of a run: the family's less the settings the user fixed. */
    public static SearchSpace of(RecommenderKind kind, Set<String> fixed) {
        return of(kind).without(fixed);
    }

    /** The family's default budget: 6 trials for BPR (a DJL fit each), 10 for the others. */
    public static SearchBudget defaultBudget(RecommenderKind kind) {
        return SearchBudget.trials(kind == RecommenderKind.BPR ? 6 : 10);
    }

    /** The spec with a point's settings (numbers as JSON reads them back: any {@link Number}). */
    public static RecommenderSpec apply(RecommenderSpec spec, Map<String, Object> point) {
        RecommenderSpec s = spec;
        if (point.containsKey(FACTORS)) {
            s = s.withFactors(number(point, FACTORS).intValue());
        }
        if (point.containsKey(REGULARIZATION) || point.containsKey(ALPHA)) {
            s = s.withAls(point.containsKey(REGULARIZATION) ? number(point, REGULARIZATION).doubleValue()
                    : s.regularization(), point.containsKey(ALPHA) ? number(point, ALPHA).doubleValue() : s.alpha(),
                    s.cgSteps());
        }
        if (point.containsKey(L2)) {
            s = s.withBpr(s.bpr().withRegularization(number(point, L2).doubleValue()));
        }
        if (point.containsKey(NEIGHBOURS) || point.containsKey(SHRINKAGE)) {
            s = s.withKnn(point.containsKey(NEIGHBOURS) ? number(point, NEIGHBOURS).intValue() : s.neighbours(),
                    point.containsKey(SHRINKAGE) ? number(point, SHRINKAGE).doubleValue() : s.shrinkage());
        }
        return s;
    }

    /** cdr's source weight of a point, or the given one when the point does not set it. */
    public static double sourceWeight(Map<String, Object> point, double given) {
        return point.containsKey(SOURCE_WEIGHT) ? number(point, SOURCE_WEIGHT).doubleValue() : given;
    }

    /**
     * A trial's settings in one short line, in a fixed order whatever the map's: for example "λ 20 · α 1 · 64
     * factors", "32 factors · L2 0.003", "100 neighbours · shrinkage 10", "source weight 0.3 · λ 50". Settings this
     * space does not know are added as name and value; an empty map gives "defaults".
     */
    public static String describe(Map<String, Object> settings) {
        List<String> parts = new ArrayList<>();
        String[][] known = {{SOURCE_WEIGHT, "source weight %s"}, {REGULARIZATION, "λ %s"}, {ALPHA, "α %s"},
                {NEIGHBOURS, "%s neighbours"}, {SHRINKAGE, "shrinkage %s"}, {FACTORS, "%s factors"}, {L2, "L2 %s"}};
        for (String[] name : known) {
            if (settings.containsKey(name[0])) {
                parts.add(String.format(Locale.ROOT, name[1], plain(settings.get(name[0]))));
            }
        }
        settings.keySet().stream().filter(k -> java.util.Arrays.stream(known).noneMatch(n -> n[0].equals(k)))
                .sorted().forEach(k -> parts.add(k + " " + plain(settings.get(k))));
        return parts.isEmpty() ? "defaults" : String.join(" · ", parts);
    }

    /** A number without trailing zeros: 20, 0.3, 0.003; anything else as text. */
    private static String plain(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.valueOf((long) d);
            }
            return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", d)).stripTrailingZeros()
                    .toPlainString();
        }
        return String.valueOf(value);
    }

    private static Number number(Map<String, Object> point, String name) {
        Object v = point.get(name);
        if (v instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("setting '" + name + "' must be a number, not '" + v + "'");
    }
}
