/**
 * The Experiments charts (forest plot, posteriors, confidence sequence) and the uplift charts.
 */
package io.campaignlab.views.experiments.charts;
