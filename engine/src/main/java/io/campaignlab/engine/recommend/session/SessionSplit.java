package io.campaignlab.engine.recommend.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The chronological split of the {@code session-next-item} protocol: sessions ordered by start, the last
 * {@code testFraction} of them held out. The catalogue becomes the items clicked in training (in their original
 * order); test clicks on other items are dropped and test sessions left with fewer than two clicks are skipped.
 *
 * @param train training sessions over the training catalogue
 * @param test  test sessions (each at least two clicks) over the same catalogue
 * @param cut   the start time (epoch ms) of the first test session
 */
public record SessionSplit(SessionSequences train, SessionSequences test, long cut) {

    public static SessionSplit chronological(SessionSequences all, double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must lie strictly between 0 and 1, was "
                    + testFraction);
        }
        int testCount = (int) Math.round(all.size() * testFraction);
        int trainCount = all.size() - testCount;
        if (trainCount < 1 || testCount < 1) {
            throw new IllegalArgumentException("a split of " + all.size() + " sessions at " + testFraction
                    + " leaves no training or no test session");
        }
        boolean[] seen = new boolean[all.items()];
        for (int s = 0; s < trainCount; s++) {
            for (int i : all.sessions()[s]) {
                seen[i] = true;
            }
        }
        int[] remap = new int[all.items()];
        List<String> catalogue = new ArrayList<>();
        for (int i = 0; i < remap.length; i++) {
            remap[i] = seen[i] ? catalogue.size() : -1;
            if (seen[i]) {
                catalogue.add(all.itemIds().get(i));
            }
        }
        SessionSequences train = remapped(all.slice(0, trainCount), remap, catalogue);
        SessionSequences test = remapped(all.slice(trainCount, all.size()), remap, catalogue).atLeast(2);
        return new SessionSplit(train, test, all.startTimes()[trainCount]);
    }

    private static SessionSequences remapped(SessionSequences part, int[] remap, List<String> catalogue) {
        int[][] seqs = new int[part.size()][];
        for (int s = 0; s < seqs.length; s++) {
            seqs[s] = Arrays.stream(part.sessions()[s]).map(i -> remap[i]).filter(i -> i >= 0).toArray();
        }
        return new SessionSequences(catalogue, part.sessionIds(), seqs, part.startTimes());
    }
}
