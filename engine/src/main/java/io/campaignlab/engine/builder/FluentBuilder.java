package io.campaignlab.engine.builder;

/**
 * The base of a builder whose setters chain: each setter states its one assignment and returns {@link #set}'s
 * result, instead of repeating "assign, then return this" in every method.
 *
 * @param <B> the builder itself, so that a chained setter keeps its concrete type
 */
public abstract class FluentBuilder<B extends FluentBuilder<B>> {

    /** Runs one assignment to this builder's state and returns the builder for the next call. */
    protected final B set(Runnable assignment) {
        assignment.run();
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
