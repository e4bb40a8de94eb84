/**
 * Training runs and their provenance: what was trained on which data with which settings, on which device, how it
 * went epoch by epoch, how it scored on held-out data, and which artifact it left.
 */
package io.campaignlab.engine.runs;
