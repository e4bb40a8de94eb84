package io.campaignlab.engine.segments.kmeans;

import io.campaignlab.engine.segments.customers.CustomerTable;

import java.util.List;

/**
 * Behaviour features of every customer as k-means sees them: {@code z = (log1p(x) − mean) / sd}, with the mean and
 * the population standard deviation of {@code log1p(x)} over the customers. The log tames the long right tails of
 * spend and order counts; standardising gives every feature the same weight. A constant feature becomes 0.
 *
 * @param features the features, in column order
 * @param rows     customers
 * @param values   row-major, {@code rows × features.size()}
 * @param means    each feature's mean of {@code log1p(x)}
 * @param sds      each feature's standard deviation of {@code log1p(x)} (1 for a constant feature)
 */
public record FeatureMatrix(List<BehaviourFeature> features, int rows, double[] values, double[] means,
                            double[] sds) {

    public FeatureMatrix {
        features = List.copyOf(features);
        if (values.length != rows * features.size()) {
            throw new IllegalArgumentException("values must hold rows × features numbers");
        }
    }

    public int columns() {
        return features.size();
    }

    public static FeatureMatrix standardizedLog1p(CustomerTable customers, List<BehaviourFeature> features) {
        int n = customers.size();
        int d = features.size();
        double[] x = new double[n * d];
        double[] means = new double[d];
        double[] sds = new double[d];
        for (int j = 0; j < d; j++) {
            BehaviourFeature f = features.get(j);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = Math.log1p(Math.max(0, f.value(customers, i)));
                x[i * d + j] = v;
                sum += v;
            }
            double mean = sum / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double dv = x[i * d + j] - mean;
                ss += dv * dv;
            }
            double sd = Math.sqrt(ss / n);
            if (!(sd > 1e-12)) {
                sd = 1;
            }
            for (int i = 0; i < n; i++) {
                x[i * d + j] = (x[i * d + j] - mean) / sd;
            }
            means[j] = mean;
            sds[j] = sd;
        }
        return new FeatureMatrix(features, n, x, means, sds);
    }

    /** The raw value whose standardised log is {@code z}: {@code expm1(mean + sd · z)}, a typical (geometric) value. */
    public double typical(int feature, double z) {
        return Math.expm1(means[feature] + sds[feature] * z);
    }
}
