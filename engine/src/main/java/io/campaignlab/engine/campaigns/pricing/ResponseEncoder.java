package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.frames.Frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a frame's columns into the dense rows a {@link LogisticRegression} takes, fitted on training rows only:
 * a categorical column becomes one 0/1 column per value seen in training (a value not seen gives all zeros); a
 * numeric column becomes ln(1 + max(0, x)) (counts, prices and money are non-negative and skewed; a missing value
 * counts as 0), standardised by the training rows' mean and standard deviation (a constant column stays 0).
 *
 * @param categorical the categorical columns, in order
 * @param values      per categorical column, its training values in sorted order
 * @param numeric     the numeric columns, in order
 * @param means       per numeric column, the training mean of ln(1 + x)
 * @param sds         per numeric column, the training standard deviation of ln(1 + x), 1 where it was 0
 */
public record ResponseEncoder(List<String> categorical, List<List<String>> values, List<String> numeric,
                              double[] means, double[] sds) {

    public static ResponseEncoder fit(Frame frame, int[] rows, List<String> categorical, List<String> numeric) {
        List<List<String>> values = new ArrayList<>();
        for (String name : categorical) {
            String[] column = frame.texts(name);
            TreeSet<String> seen = new TreeSet<>();
            for (int r : rows) {
                if (column[r] != null) {
                    seen.add(column[r]);
                }
            }
            values.add(List.copyOf(seen));
        }
        double[] means = new double[numeric.size()];
        double[] sds = new double[numeric.size()];
        for (int c = 0; c < numeric.size(); c++) {
            double[] column = frame.numbers(numeric.get(c));
            double sum = 0;
            double squares = 0;
            for (int r : rows) {
                double v = transform(column[r]);
                sum += v;
                squares += v * v;
            }
            means[c] = sum / rows.length;
            double variance = squares / rows.length - means[c] * means[c];
            sds[c] = variance > 1e-12 ? Math.sqrt(variance) : 1.0;
        }
        return new ResponseEncoder(List.copyOf(categorical), List.copyOf(values), List.copyOf(numeric), means, sds);
    }

    /** How many columns an encoded row has. */
    public int width() {
        int width = numeric.size();
        for (List<String> v : values) {
            width += v.size();
        }
        return width;
    }

    /** Every row of the frame, encoded. */
    public double[][] encode(Frame frame) {
        int n = frame.rows();
        double[][] x = new double[n][width()];
        int offset = 0;
        for (int c = 0; c < categorical.size(); c++) {
            String[] column = frame.texts(categorical.get(c));
            List<String> known = values.get(c);
            for (int r = 0; r < n; r++) {
                int at = column[r] == null ? -1 : Collections.binarySearch(known, column[r]);
                if (at >= 0) {
                    x[r][offset + at] = 1.0;
                }
            }
            offset += known.size();
        }
        for (int c = 0; c < numeric.size(); c++) {
            double[] column = frame.numbers(numeric.get(c));
            for (int r = 0; r < n; r++) {
                x[r][offset + c] = (transform(column[r]) - means[c]) / sds[c];
            }
        }
        return x;
    }

    private static double transform(double value) {
        return Double.isNaN(value) ? 0.0 : Math.log1p(Math.max(0.0, value));
    }
}
