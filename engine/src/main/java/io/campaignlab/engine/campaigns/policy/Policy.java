package io.campaignlab.engine.campaigns.policy;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses one offer among scored candidates. Implementations are safe to call from many request threads at once;
 * the caller passes the random generator (one per thread, or a seeded one in tests), so a policy holds none.
 */
public interface Policy {

    /** The policy's name in traces and reports, for example {@code thompson} or {@code epsilon-greedy(0.1)}. */
    String name();

    /**
     * @param segment    the user's segment (Thompson keeps one posterior per offer and segment)
     * @param candidates at least one candidate
     * @param random     the randomness for this decision
     */
    Choice choose(String segment, List<Candidate> candidates, RandomGenerator random);

    /** Throws when there is nothing to choose from; the caller serves its fallback instead. */
    static void requireCandidates(List<Candidate> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one candidate offer");
        }
    }
}
