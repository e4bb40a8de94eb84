package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.experiments.SampleRatioCheck;
import io.campaignlab.engine.frames.Frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a dataset's columns into a {@link LoggedBandit}: the arms (sorted by name), the rewards, and the logging
 * propensities from a column, from the design's given shares, or 1/K each. Given or uniform propensities are
 * checked against the arms' counts by the sample-ratio test, and a mismatch is a warning.
 */
final class LogReader {

    /**
     * @param log          the log
     * @param propensities the propensity used per arm (its mean over the arm's units when from a column)
     * @param source       where the propensities came from
     * @param loggedMean   the mean reward of the log
     * @param warnings     what the reader should know
     */
    record Read(LoggedBandit log, Map<String, Double> propensities, String source, double loggedMean,
                List<String> warnings) {
    }

    private LogReader() {
    }

    static Read read(Frame frame, OpeSpec spec) {
        String[] labels = frame.column(spec.armColumn()).asLabels();
        double[] reward = OpeJob.numbers(frame, spec.outcome(), "outcome");
        TreeSet<String> distinct = new TreeSet<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("row " + frame.rowIds()[i] + " has no arm in column "
                        + spec.armColumn());
            }
            if (Double.isNaN(reward[i])) {
                throw new IllegalArgumentException("row " + frame.rowIds()[i] + " has no value in outcome column "
                        + spec.outcome());
            }
            distinct.add(labels[i]);
        }
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("column " + spec.armColumn() + " holds " + distinct.size()
                    + " arm; off-policy evaluation needs a log with at least two");
        }
        List<String> arms = List.copyOf(distinct);
        int[] arm = new int[labels.length];
        long[] counts = new long[arms.size()];
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            arm[i] = arms.indexOf(labels[i]);
            counts[arm[i]]++;
            sum += reward[i];
        }
        List<String> warnings = new ArrayList<>();
        double[] propensity = new double[labels.length];
        Map<String, Double> used = new LinkedHashMap<>();
        String source;
        if (spec.propensityColumn() != null) {
            double[] p = OpeJob.numbers(frame, spec.propensityColumn(), "propensity");
            double[] total = new double[arms.size()];
            for (int i = 0; i < p.length; i++) {
                propensity[i] = p[i];
                total[arm[i]] += p[i];
            }
            for (int a = 0; a < arms.size(); a++) {
                used.put(arms.get(a), total[a] / counts[a]);
            }
            source = "column " + spec.propensityColumn();
        } else {
            double[] design = design(spec, arms);
            for (int i = 0; i < labels.length; i++) {
                propensity[i] = design[arm[i]];
            }
            for (int a = 0; a < arms.size(); a++) {
                used.put(arms.get(a), design[a]);
            }
            source = spec.propensities().isEmpty() ? "uniform over " + arms.size() + " arms (a randomized design"
                    + " with equal shares)" : "given per arm";
            SampleRatioCheck srm = SampleRatioCheck.of(arms, counts, design);
            if (srm.mismatch()) {
                warnings.add(String.format(java.util.Locale.ROOT, "the arms' counts do not match the propensities"
                        + " used (sample-ratio χ² %.1f, p %.2g): check the design's shares", srm.chi2(), srm.p()));
            }
        }
        try {
            return new Read(new LoggedBandit(arms, arm, propensity, reward), used, source, sum / labels.length,
                    warnings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dataset " + frame.dataset() + ": " + e.getMessage(), e);
        }
    }

    private static double[] design(OpeSpec spec, List<String> arms) {
        double[] design = new double[arms.size()];
        if (spec.propensities().isEmpty()) {
            java.util.Arrays.fill(design, 1.0 / arms.size());
            return design;
        }
        for (String named : spec.propensities().keySet()) {
            if (!arms.contains(named)) {
                throw new IllegalArgumentException("--propensities names arm '" + named + "', which column "
                        + spec.armColumn() + " never holds (arms: " + String.join(", ", arms) + ")");
            }
        }
        for (int a = 0; a < arms.size(); a++) {
            Double p = spec.propensities().get(arms.get(a));
            if (p == null) {
                throw new IllegalArgumentException("--propensities gives no probability for logged arm '"
                        + arms.get(a) + "'");
            }
            design[a] = p;
        }
        return design;
    }
}
