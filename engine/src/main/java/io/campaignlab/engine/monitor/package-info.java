/**
 * Monitoring whether a model still holds. {@link io.campaignlab.engine.monitor.DriftReporter} compares a reference
 * sample (the training rows) with a current one column by column, with the test chosen and thresholded as Evidently
 * does by default, PSI and the Jensen–Shannon distance beside it, a status per column and the distributions for a
 * chart; {@link io.campaignlab.engine.monitor.PerformanceOverTime} follows a model's AUC, log loss and calibration
 * day by day or week by week. Records and plain Java only.
 */
package io.campaignlab.engine.monitor;
