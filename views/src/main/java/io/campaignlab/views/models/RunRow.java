package io.campaignlab.views.models;

import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.views.jobs.StoredRunRow;

import java.util.List;

/**
 * A run as the runs table lists it: the stored record and its final figures, null where the run has none (still
 * running, failed, or an older run).
 *
 * @param record      the stored run
 * @param valAuc      validation AUC at the best epoch
 * @param testAuc     test AUC
 * @param testLogLoss test log loss
 * @param testEce     test expected calibration error
 * @param seconds     wall time, measured when the list was read
 * @param testAucLow  the lower end of the test AUC's 95% DeLong interval; null for runs stored before it was kept
 * @param testAucHigh its upper end
 */
public record RunRow(RunRecord record, Double valAuc, Double testAuc, Double testLogLoss, Double testEce,
                     double seconds, Double testAucLow, Double testAucHigh) implements StoredRunRow {

    /** A row without the AUC's interval. */
    public RunRow(RunRecord record, Double valAuc, Double testAuc, Double testLogLoss, Double testEce,
                  double seconds) {
        this(record, valAuc, testAuc, testLogLoss, testEce, seconds, null, null);
    }

    /** The row of a run, from its metrics (per-epoch ones are skipped). */
    public static RunRow of(RunRecord record, List<RunMetric> metrics) {
        return new RunRow(record, finalMetric(metrics, "val", "auc"), finalMetric(metrics, "test", "auc"),
                finalMetric(metrics, "test", "logloss"), finalMetric(metrics, "test", "ece"), record.seconds(),
                finalMetric(metrics, "test", "auc_low"), finalMetric(metrics, "test", "auc_high"));
    }

    /** The test AUC's 95% DeLong interval, {@code 0.696–0.744}; empty when not kept. */
    public String testAucInterval() {
        return testAucLow == null || testAucHigh == null ? ""
                : String.format(java.util.Locale.ROOT, "%.3f–%.3f", testAucLow, testAucHigh);
    }

    /**
     * The half-width of the test AUC's 95% DeLong interval, {@code ±0.038} (the interval is AUC ± 1.96·SE, so
     * symmetric unless clipped at 0 or 1); null when not kept.
     */
    public Double testAucHalfWidth() {
        return testAucLow == null || testAucHigh == null ? null : (testAucHigh - testAucLow) / 2;
    }

    /** The last final (epoch-less) value of a metric, or null. */
    static Double finalMetric(List<RunMetric> metrics, String split, String name) {
        return RunMetric.finalValue(metrics, split, name);
    }

    /** The device without empty brackets: {@code cpu}, {@code gpu(0)}. */
    public String device() {
        String device = record.spec().device();
        return device == null ? "" : device.replace("()", "");
    }
}
