/**
 * Uplift: who a campaign actually changes. Meta-learners (S, T, X and class transformation) on the project's own
 * classifiers, evaluated on held-out units by Qini and uplift curves, their normalised areas and uplift@k, with the
 * scores written back per unit. Curve definitions and normalisation are documented in
 * {@link io.campaignlab.engine.uplift.UpliftCurves}.
 */
package io.campaignlab.engine.uplift;
