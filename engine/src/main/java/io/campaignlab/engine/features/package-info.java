/**
 * Turning dataset columns into model inputs: field specs built from column roles, a pipeline fitted on the training
 * split only (vocabularies, hashing, scalers, quantile edges) and saved with the model, leakage-free behavioural
 * aggregates, and seeded splits.
 */
package io.campaignlab.engine.features;
