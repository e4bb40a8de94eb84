package io.campaignlab.engine.explain;

/**
 * How long single-row explanations took.
 *
 * @param model              the model family explained
 * @param players            players per explanation
 * @param walks              walks per explanation
 * @param rowsPerExplanation rows scored per explanation (plus the background, once per explainer)
 * @param millis             each timed explanation, in milliseconds, in the order run
 * @param medianMillis       their median
 */
public record ExplainTimings(String model, int players, int walks, int rowsPerExplanation, double[] millis,
                             double medianMillis) {
}
