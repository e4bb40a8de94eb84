package io.campaignlab.engine.segments.profiles;

import io.campaignlab.engine.segments.customers.CategoryPurchases;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerTable;
import io.campaignlab.engine.segments.customers.EventCounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Profiles the segments of a segmentation: size and share; the means of recency, frequency, monetary value, tenure
 * and average order value (the mean over customers of spend per order) with an index against the population (100 =
 * average); the top categories and a segment × category matrix of purchase-line shares when the dataset has
 * categories; clicks per view and purchases per click when it is an events dataset.
 */
public final class SegmentProfiler {

    /** Metrics profiled, in order. */
    public static final List<String> METRICS = List.of("recency_days", "frequency", "monetary", "tenure_days",
            "average_order_value");
    static final int MATRIX_CATEGORIES = 20;
    static final int TOP_CATEGORIES = 3;

    private SegmentProfiler() {
    }

    /**
     * @param segmentOf each customer's segment, an index into {@code names}
     * @param names     the segments' names, in order
     */
    public static ProfileReport profile(CustomerData data, int[] segmentOf, List<String> names) {
        CustomerTable t = data.customers();
        int n = t.size();
        int s = names.size();
        if (segmentOf.length != n) {
            throw new IllegalArgumentException("a segment for each of the " + n + " customers is needed");
        }
        int m = METRICS.size();
        double[][] sums = new double[s][m];
        double[] total = new double[m];
        int[] sizes = new int[s];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            int g = segmentOf[i];
            sizes[g]++;
            row[0] = t.recencyDays()[i];
            row[1] = t.frequency()[i];
            row[2] = t.monetary()[i];
            row[3] = t.tenureDays()[i];
            row[4] = t.averageOrderValue(i);
            for (int j = 0; j < m; j++) {
                sums[g][j] += row[j];
                total[j] += row[j];
            }
        }
        List<MetricIndex> population = new ArrayList<>();
        double[] populationMean = new double[m];
        for (int j = 0; j < m; j++) {
            populationMean[j] = total[j] / n;
            population.add(new MetricIndex(METRICS.get(j), populationMean[j], 100.0));
        }
        CategoryCounts categories = data.categories() == null ? null : categoryCounts(data.categories(),
                segmentOf, s);
        Engagement[] engagement = data.events() == null ? null : engagement(data.events(), segmentOf, s);
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int g = 0; g < s; g++) {
            List<MetricIndex> metrics = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                double mean = sizes[g] == 0 ? Double.NaN : sums[g][j] / sizes[g];
                metrics.add(new MetricIndex(METRICS.get(j), mean, index(mean, populationMean[j])));
            }
            profiles.add(new SegmentProfile(names.get(g), sizes[g], (double) sizes[g] / n, metrics,
                    categories == null ? List.of() : categories.top(g), engagement == null ? null : engagement[g]));
        }
        return new ProfileReport(n, population, profiles, categories == null ? null : categories.matrix(names),
                engagement == null ? null : engagement[s]);
    }

    private static double index(double mean, double population) {
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        if (population == 0) {
            return mean == 0 ? 100.0 : Double.NaN;
        }
        return 100.0 * mean / population;
    }

    /** Funnels per segment, and the population's last (at index {@code segments}). */
    private static Engagement[] engagement(EventCounts events, int[] segmentOf, int segments) {
        long[] views = new long[segments + 1];
        long[] clicks = new long[segments + 1];
        long[] purchases = new long[segments + 1];
        for (int i = 0; i < segmentOf.length; i++) {
            int g = segmentOf[i];
            views[g] += events.views()[i];
            clicks[g] += events.clicks()[i];
            purchases[g] += events.purchases()[i];
            views[segments] += events.views()[i];
            clicks[segments] += events.clicks()[i];
            purchases[segments] += events.purchases()[i];
        }
        Double popCtr = rate(clicks[segments], views[segments]);
        Double popConversion = rate(purchases[segments], clicks[segments]);
        Engagement[] result = new Engagement[segments + 1];
        for (int g = 0; g <= segments; g++) {
            Double ctr = rate(clicks[g], views[g]);
            Double conversion = rate(purchases[g], clicks[g]);
            result[g] = new Engagement(views[g], clicks[g], purchases[g], ctr, conversion, rateIndex(ctr, popCtr),
                    rateIndex(conversion, popConversion));
        }
        return result;
    }

    private static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private static Double rateIndex(Double rate, Double population) {
        return rate == null || population == null || population == 0 ? null : 100.0 * rate / population;
    }

    private static CategoryCounts categoryCounts(CategoryPurchases purchases, int[] segmentOf, int segments) {
        int c = purchases.categories().size();
        long[][] counts = new long[segments][c];
        long[] totals = new long[c];
        for (int j = 0; j < purchases.lines(); j++) {
            counts[segmentOf[purchases.customer()[j]]][purchases.category()[j]]++;
            totals[purchases.category()[j]]++;
        }
        return new CategoryCounts(purchases.categories(), counts, totals, purchases.lines());
    }

    private record CategoryCounts(List<String> names, long[][] counts, long[] totals, long lines) {

        List<CategoryShare> top(int segment) {
            long size = Arrays.stream(counts[segment]).sum();
            if (size == 0) {
                return List.of();
            }
            List<CategoryShare> shares = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                if (counts[segment][c] > 0) {
                    double share = (double) counts[segment][c] / size;
                    shares.add(new CategoryShare(names.get(c), share, 100.0 * share / ((double) totals[c] / lines)));
                }
            }
            shares.sort(Comparator.comparingDouble(CategoryShare::share).reversed()
                    .thenComparing(CategoryShare::category));
            return shares.subList(0, Math.min(TOP_CATEGORIES, shares.size()));
        }

        CategoryMatrix matrix(List<String> segmentNames) {
            Integer[] order = new Integer[names.size()];
            for (int c = 0; c < order.length; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> totals[a] != totals[b] ? Long.compare(totals[b], totals[a])
                    : names.get(a).compareTo(names.get(b)));
            boolean other = order.length > MATRIX_CATEGORIES;
            int shown = other ? MATRIX_CATEGORIES : order.length;
            List<String> columns = new ArrayList<>();
            for (int r = 0; r < shown; r++) {
                columns.add(names.get(order[r]));
            }
            if (other) {
                columns.add(CategoryMatrix.OTHER);
            }
            double[][] shares = new double[counts.length][columns.size()];
            double[] population = new double[columns.size()];
            long[] sizes = new long[counts.length];
            for (int g = 0; g < counts.length; g++) {
                sizes[g] = Arrays.stream(counts[g]).sum();
            }
            for (int r = 0; r < order.length; r++) {
                int column = Math.min(r, shown);
                population[column] += (double) totals[order[r]] / lines;
                for (int g = 0; g < counts.length; g++) {
                    if (sizes[g] > 0) {
                        shares[g][column] += (double) counts[g][order[r]] / sizes[g];
                    }
                }
            }
            return new CategoryMatrix(segmentNames, columns, shares, population);
        }
    }
}
