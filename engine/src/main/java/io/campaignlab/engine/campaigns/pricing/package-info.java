/**
 * Dynamic discount pricing: the per-user discount from a menu that maximises expected margin under a minimum margin
 * per order and an average discount cap, with per-arm purchase models learned from a randomized discount test.
 * Plain Java: no JavaFX, no JDBC.
 */
package io.campaignlab.engine.campaigns.pricing;
