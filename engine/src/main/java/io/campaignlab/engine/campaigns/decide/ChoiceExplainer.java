package io.campaignlab.engine.campaigns.decide;

import java.util.List;

/**
 * Explains a served coupon or dynamic discount with one response, CTR or uplift run held warm: that model's
 * per-feature contributions to its score of the user. Thread-safe; close it to free the model.
 */
public interface ChoiceExplainer extends AutoCloseable {

    /**
     * The contributions for this user, largest magnitude first, with how they were computed.
     *
     * @throws RuntimeException when the model fails; the decision is then served without an explanation, the trace
     *                          saying why
     */
    Explained explain(String userId);

    @Override
    void close();

    /**
     * What explained a choice.
     *
     * @param contributions the largest contributions by magnitude, first to last (the decision lists the
     *                      {@value AdRanking#TOP} largest); empty when nothing could be explained
     * @param trace         the trace's account: the run, the method, the row explained, or why there is none
     */
    record Explained(List<Decision.Contribution> contributions, DecisionTrace.Explanation trace) {

        public Explained {
            contributions = List.copyOf(contributions);
        }

        /** Nothing explained, and why. */
        public static Explained none(Long run, String note) {
            return new Explained(List.of(), new DecisionTrace.Explanation(run, null, null, null, note));
        }
    }

    /** Opens the explainer of a run when a campaign version that names it is loaded. */
    @FunctionalInterface
    interface Opener {

        /** No explanations: the trace says the engine holds no model to explain with. */
        Opener NONE = run -> null;

        /**
         * The explainer of a run, or null when explanations are not computed here.
         *
         * @throws IllegalArgumentException saying why the run cannot explain at serve (the version still loads)
         */
        ChoiceExplainer open(long run);
    }
}
