package io.campaignlab.engine.campaigns.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Beta-Bernoulli posteriors per (offer, segment), updated online from feedback. Thread-safe: each update is one
 * atomic step on its key, so feedback from many threads loses no count while other threads read.
 */
public final class BetaPosteriors {

    private final BetaPosterior prior;
    private final ConcurrentHashMap<PosteriorKey, BetaPosterior> posteriors = new ConcurrentHashMap<>();

    /** @param prior the belief before any feedback, for every offer and segment */
    public BetaPosteriors(BetaPosterior prior) {
        this.prior = prior;
    }

    /** With the uniform prior Beta(1, 1). */
    public BetaPosteriors() {
        this(BetaPosterior.UNIFORM);
    }

    /** Records one feedback: the user of {@code segment} shown {@code offer} responded or not. */
    public void observe(String offer, String segment, boolean responded) {
        posteriors.compute(new PosteriorKey(offer, segment),
                (key, old) -> (old == null ? prior : old).observe(responded));
    }

    /**
     * Turns one non-response counted earlier for (offer, segment) into a response: for delayed feedback, where each
     * trial is counted as a non-response when it is served and corrected when its response arrives. The caller
     * corrects each trial at most once; β never falls below the prior's.
     */
    public void respondToTrial(String offer, String segment) {
        posteriors.compute(new PosteriorKey(offer, segment), (key, old) -> {
            BetaPosterior now = old == null ? prior : old;
            return new BetaPosterior(now.alpha() + 1, Math.max(prior.beta(), now.beta() - 1));
        });
    }

    /**
     * Adds evidence counted elsewhere (the decision log, on a restart): {@code responded} responses among
     * {@code trials} trials of (offer, segment), as if each had been observed here.
     *
     * @throws IllegalArgumentException when the counts are negative or responses exceed trials
     */
    public void restore(String offer, String segment, long trials, long responded) {
        if (trials < 0 || responded < 0 || responded > trials) {
            throw new IllegalArgumentException(offer + "/" + segment + ": " + responded + " responses to " + trials
                    + " trials");
        }
        posteriors.compute(new PosteriorKey(offer, segment), (key, old) -> {
            BetaPosterior now = old == null ? prior : old;
            return new BetaPosterior(now.alpha() + responded, now.beta() + (trials - responded));
        });
    }

    /** The current posterior; the prior where there is no feedback yet. */
    public BetaPosterior posterior(String offer, String segment) {
        return posteriors.getOrDefault(new PosteriorKey(offer, segment), prior);
    }

    public BetaPosterior prior() {
        return prior;
    }

    /** A copy of every posterior with feedback, for the dashboard and for persisting. */
    public Map<PosteriorKey, BetaPosterior> snapshot() {
        return Map.copyOf(posteriors);
    }
}
