/**
 * Gradient-boosted trees (XGBoost4J, {@code hist}) beside the deep CTR models: the same features, splits,
 * evaluation, artifact and scoring paths. The fitted feature pipeline's encoded rows become XGBoost's matrix
 * ({@link io.campaignlab.engine.models.gbdt.GbdtMatrix}, ordinal codes); training stops early on the validation split
 * ({@link io.campaignlab.engine.models.gbdt.GbdtTraining}); a saved booster scores through
 * {@link io.campaignlab.engine.models.gbdt.GbdtSession}.
 */
package io.campaignlab.engine.models.gbdt;
