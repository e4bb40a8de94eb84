/**
 * A/B readouts that an experimentation team can trust: sample-ratio checks before any readout, lift with confidence
 * intervals (unpooled Wald, Welch, the delta method), multiple-testing corrections, CUPED, always-valid confidence
 * sequences, beta-binomial posteriors by numerical integration, and power planning. Plain Java on arrays; the
 * workspace is read by {@link io.campaignlab.engine.experiments.AbJob}.
 */
package io.campaignlab.engine.experiments;
