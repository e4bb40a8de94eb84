/**
 * The demo-data simulator: a seeded, deterministic shop whose users, items, events, impressions, coupon experiment
 * and discount test carry planted truth (hidden traits, click, uplift and discount-response models) so analyses can
 * be checked against it.
 * A {@link io.campaignlab.engine.simulate.DriftSpec} can plant drift in the impressions from a given day on (device
 * mix, prices), recorded in the result as {@link io.campaignlab.engine.simulate.PlantedDrift}.
 * Plain Java: no JavaFX, no JDBC.
 */
package io.campaignlab.engine.simulate;
