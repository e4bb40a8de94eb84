/**
 * The Experiments section: the A/B readout (sample-ratio health first, then lifts with intervals, CUPED, the Bayesian
 * view and confidence sequences, drawn as a forest plot, posterior densities and a sequential chart), the
 * sample-size planner and the uplift tab. View models reach the engine through the job executor only; {@code java.awt}
 * appears only in the chart classes.
 */
package io.campaignlab.views.experiments;
