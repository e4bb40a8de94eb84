package io.campaignlab.engine.campaigns.policy;

import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** The baseline: every candidate equally likely, whatever its score. */
public final class UniformPolicy implements Policy {

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public Choice choose(String segment, List<Candidate> candidates, RandomGenerator random) {
        Policy.requireCandidates(candidates);
        int pick = random.nextInt(candidates.size());
        return new Choice(candidates.get(pick), pick, Collections.nCopies(candidates.size(), 1.0 / candidates.size()),
                "uniform pick among " + candidates.size() + " candidates");
    }
}
