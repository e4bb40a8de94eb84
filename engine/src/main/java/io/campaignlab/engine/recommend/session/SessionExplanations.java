package io.campaignlab.engine.recommend.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why a session scorer recommends an item, by occlusion: each click of the session is left out in turn and the
 * session rescored; a click's share is the drop in the item's score without it ({@code score(session) −
 * score(session without that click)}). Largest drop first. A negative drop means the item scores higher without
 * that click. With a one-click session the comparison is with the scorer's empty-session scores.
 */
public final class SessionExplanations {

    private SessionExplanations() {
    }

    /**
     * One click's share of a recommendation.
     *
     * @param position the click's place in the session (0 = first)
     * @param item     the clicked item
     * @param drop     how much the recommended item's score falls when this click is left out
     */
    public record Occlusion(int position, int item, double drop) {
    }

    /** The {@code n} clicks with the largest score drops for {@code item}, largest first (ties: later click first). */
    public static List<Occlusion> occlusion(SessionScorer scorer, int[] session, int item, int n) {
        if (session.length == 0) {
            throw new IllegalArgumentException("an empty session has no clicks to explain a recommendation with");
        }
        if (item < 0 || item >= scorer.itemCount()) {
            throw new IllegalArgumentException("item " + item + " is outside the catalogue of " + scorer.itemCount());
        }
        double full = scorer.nextScores(session)[item];
        int[][] without = new int[session.length][];
        for (int p = 0; p < session.length; p++) {
            int[] rest = new int[session.length - 1];
            System.arraycopy(session, 0, rest, 0, p);
            System.arraycopy(session, p + 1, rest, p, session.length - p - 1);
            without[p] = rest;
        }
        List<Occlusion> out = new ArrayList<>();
        if (session.length == 1) {
            out.add(new Occlusion(0, session[0], full - scorer.emptySessionScores()[item]));
        } else {
            float[][][] rows = scorer.prefixScores(without);
            for (int p = 0; p < session.length; p++) {
                float[][] r = rows[p];
                out.add(new Occlusion(p, session[p], full - r[r.length - 1][item]));
            }
        }
        out.sort(Comparator.comparingDouble((Occlusion o) -> -o.drop())
                .thenComparing(Comparator.comparingInt(Occlusion::position).reversed()));
        return List.copyOf(out.subList(0, Math.min(n, out.size())));
    }
}
