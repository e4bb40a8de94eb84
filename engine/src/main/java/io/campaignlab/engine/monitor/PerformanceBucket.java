package io.campaignlab.engine.monitor;

/**
 * A model's performance in one day or week.
 *
 * @param label                    the day ({@code 2026-01-05}) or ISO week ({@code 2026-W02})
 * @param startMillis              the bucket's first instant (epoch millis, UTC)
 * @param endMillis                the instant after its last
 * @param rows                     rows in the bucket
 * @param meanPredicted            the mean score
 * @param actualRate               the share of positive labels; NaN without labels
 * @param auc                      ROC AUC (Mann–Whitney, ties counted half); NaN without labels or when one class
 *                                 is missing
 * @param logLoss                  mean cross-entropy in nats; NaN without labels
 * @param expectedCalibrationError ECE over ten equal-width bins; NaN without labels
 * @param note                     why a metric is NaN; empty when none is
 */
public record PerformanceBucket(String label, long startMillis, long endMillis, int rows, double meanPredicted,
                                double actualRate, double auc, double logLoss, double expectedCalibrationError,
                                String note) {
}
