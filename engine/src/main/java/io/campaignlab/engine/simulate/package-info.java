/**
 * The demo-data simulator: a seeded, deterministic shop whose users, items, events, impressions and coupon
 * experiment carry planted truth (hidden traits, click and uplift models) so analyses can be checked against it.
 * Plain Java: no JavaFX, no JDBC.
 */
package io.campaignlab.engine.simulate;
