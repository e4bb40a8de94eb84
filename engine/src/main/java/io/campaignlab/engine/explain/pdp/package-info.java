/** Partial dependence curves of the numeric fields. */
package io.campaignlab.engine.explain.pdp;
