package io.campaignlab.engine.campaigns.decide;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where decisions and feedback are recorded, implemented by the workspace. Writing may be asynchronous: a returned
 * future completes once the record is durably stored, and exceptionally if it could not be.
 */
public interface DecisionLog {

    CompletableFuture<Void> log(Decision decision);

    CompletableFuture<Void> log(Feedback feedback);

    /** A logged decision; empty when there is none of that id (or it is not written yet). */
    Optional<Decision> find(String decisionId);

    /** The cents granted so far by every logged decision of the campaign (all versions), to resume its budget. */
    long spentCents(String campaign);

    /**
     * Per offer served by this campaign version, how many decisions served it and how many of those got a feedback
     * event of {@code response}: the Thompson posteriors' evidence, read when the version is (re)loaded. Empty for a
     * log that keeps nothing.
     */
    default java.util.List<OfferTally> tallies(String campaign, int version, Feedback.Event response) {
        return java.util.List.of();
    }

    /** A log that keeps nothing, for tests and previews. */
    static DecisionLog none() {
        return new Empty();
    }

    /** A log that keeps nothing and knows nothing; extend it to answer one question in a test. */
    class Empty implements DecisionLog {

        @Override
        public CompletableFuture<Void> log(Decision decision) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> log(Feedback feedback) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public Optional<Decision> find(String decisionId) {
            return Optional.empty();
        }

        @Override
        public long spentCents(String campaign) {
            return 0;
        }
    }
}
