package io.campaignlab.engine.campaigns.forecast;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Incremental outcome against budget spend, as the audience is taken in order of expected incremental margin per unit
 * cost (ties by user index; a user costing nothing comes first when its margin is positive, last otherwise). Point k
 * holds the first k users; so the marginal ROI never rises along the curve, and the break-even point, where it falls
 * below 1, is the spend beyond which another grant earns less margin than it costs. A point's {@code spend} is the
 * budget it uses, its grant costs, as the decision engine's budget ledger counts them, so {@link #atBudget} holds
 * the users the engine would let through; its {@code cost} adds the expected redemptions, for ROI.
 *
 * @param order  user indexes into the inputs, in the order taken
 * @param points points 0 (nobody) to n (everybody)
 */
public record BudgetCurve(int[] order, BudgetPoint[] points) {

    public static BudgetCurve of(AudienceInputs audience) {
        int n = audience.users();
        double[] efficiency = new double[n];
        for (int i = 0; i < n; i++) {
            double margin = audience.incrementalMargin(i);
            double cost = audience.cost(i);
            efficiency[i] = cost > 0 ? margin / cost
                    : margin > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -efficiency[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        BudgetPoint[] points = new BudgetPoint[n + 1];
        points[0] = new BudgetPoint(0, 0, 0, 0, 0, Double.NaN);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            BudgetPoint last = points[k];
            double cost = audience.cost(i);
            double margin = audience.incrementalMargin(i);
            points[k + 1] = new BudgetPoint(k + 1, last.spend() + audience.budgetSpend(i), last.cost() + cost,
                    last.incrementalConversions() + audience.uplift()[i], last.incrementalMargin() + margin,
                    cost > 0 ? margin / cost : efficiency[i]);
        }
        return new BudgetCurve(order, points);
    }

    /**
     * The largest point whose budget spend (grant costs) stays within the budget, compared in whole cents as the
     * engine's ledger compares them ({@link io.campaignlab.engine.campaigns.Cents#budget}).
     */
    public BudgetPoint atBudget(double budget) {
        long cap = io.campaignlab.engine.campaigns.Cents.budget(budget);
        BudgetPoint best = points[0];
        for (BudgetPoint p : points) {
            if (Math.round(p.spend() * 100) <= cap) {
                best = p;
            } else {
                break;
            }
        }
        return best;
    }

    /** The largest point whose expected cost (grants and redemptions) stays within {@code money}. */
    public BudgetPoint atCost(double money) {
        BudgetPoint best = points[0];
        for (BudgetPoint p : points) {
            if (p.cost() <= money) {
                best = p;
            } else {
                break;
            }
        }
        return best;
    }

    /**
     * The break-even point: the last point whose marginal ROI is still at least 1, so the next user's would be below
     * 1 (point 0 when even the first user's is below 1). The curve's incremental net margin (margin − spend) peaks
     * here.
     */
    public BudgetPoint breakEven() {
        BudgetPoint last = points[0];
        for (int k = 1; k < points.length && points[k].marginalRoi() >= 1; k++) {
            last = points[k];
        }
        return last;
    }

    /** The users of the first k points, in order. */
    public int[] firstUsers(int k) {
        return Arrays.copyOf(order, k);
    }
}
