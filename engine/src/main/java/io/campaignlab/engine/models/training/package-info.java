/**
 * In-memory CTR training: split, fit the feature pipeline, and the epoch loop with its listeners (progress,
 * per-epoch metrics, best parameters, early stopping, cancellation), in the style of DJL's training listeners.
 */
package io.campaignlab.engine.models.training;
