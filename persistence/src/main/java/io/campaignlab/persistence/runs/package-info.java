/**
 * Training runs in the {@code training_run}, {@code run_metric}, {@code run_evaluation} and {@code model_artifact}
 * tables, implementing the engine's run repository.
 */
package io.campaignlab.persistence.runs;
