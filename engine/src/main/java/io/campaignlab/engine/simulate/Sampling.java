package io.campaignlab.engine.simulate;

import java.util.SplittableRandom;

/** The few random distributions the simulator draws from, all driven by a caller's {@link SplittableRandom}. */
final class Sampling {

    /** Poisson means above this are drawn as a sum of smaller Poisson draws, which keeps Knuth's method exact. */
    private static final double POISSON_CHUNK = 30.0;

    private Sampling() {
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Running sums of non-negative weights, for {@link #pick(SplittableRandom, double[])}. */
    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    /** Draws an index with probability proportional to its weight, given the running sums of the weights. */
    static int pick(SplittableRandom rng, double[] cumulative) {
        double target = rng.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static boolean bernoulli(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    static int poisson(SplittableRandom rng, double mean) {
        int count = 0;
        double left = mean;
        while (left > POISSON_CHUNK) {
            count += knuthPoisson(rng, POISSON_CHUNK);
            left -= POISSON_CHUNK;
        }
        return count + knuthPoisson(rng, left);
    }

    private static int knuthPoisson(SplittableRandom rng, double mean) {
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            count++;
        }
        return count;
    }

    /** The number of failures before the first success, for a success probability p. */
    static int geometric(SplittableRandom rng, double p) {
        return (int) Math.floor(Math.log(1.0 - rng.nextDouble()) / Math.log(1.0 - p));
    }

    /** A gamma variate (Marsaglia and Tsang, with the usual boost for shapes below one). */
    static double gamma(SplittableRandom rng, double shape, double scale) {
        if (shape < 1.0) {
            return gamma(rng, shape + 1.0, scale) * Math.pow(1.0 - rng.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1.0 - rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }

    /** A log-normal variate with the given median and log-scale standard deviation. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    /** A price in whole units ending in .99, at least 0.99. */
    static double retailPrice(double raw) {
        return Math.max(0.0, Math.floor(raw)) + 0.99;
    }
}
