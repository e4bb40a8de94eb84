package io.campaignlab.engine.uplift;

import java.util.Locale;

/**
 * The uplift meta-learners.
 * <ul>
 *   <li>S: one model of y on (x, w); uplift = p(x, 1) − p(x, 0).</li>
 *   <li>T: one model per arm; uplift = p_T(x) − p_C(x).</li>
 *   <li>X (Künzel et al. 2019): T models first; then the imputed effects D_T = y − p_C(x) on treated units and
 *       D_C = p_T(x) − y on control units, each regressed on x (as soft labels (D + 1) / 2, so a classifier's
 *       cross-entropy fit estimates E[D | x]); uplift = g τ_C(x) + (1 − g) τ_T(x) with g the treated share (the
 *       propensity of a randomised test).</li>
 *   <li>CT, class transformation (Jaskowski and Jaworski 2012): z = y w + (1 − y)(1 − w); uplift = 2 P(z = 1 | x) − 1.
 *       Exact for a 50/50 allocation; with another allocation its scale is off (the ranking mostly holds), and the
 *       result says so.</li>
 * </ul>
 */
public enum MetaLearner {
    S, T, X, CT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MetaLearner parse(String text) {
        for (MetaLearner m : values()) {
            if (m.id().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown learner '" + text + "'; expected s, t, x or ct");
    }
}
