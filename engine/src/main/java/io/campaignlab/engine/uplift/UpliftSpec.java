package io.campaignlab.engine.uplift;

import java.util.List;
import java.util.Objects;

/**
 * An uplift model to fit on an experiment dataset.
 *
 * @param dataset         the experiment dataset (one row per unit)
 * @param treatmentColumn the column naming each unit's arm
 * @param treatmentValue  the treated arm's value
 * @param controlValue    the control arm's value (rows of other arms are left out)
 * @param outcome         a binary 0/1 outcome column
 * @param features        the feature columns (empty: every usable column, as the click models choose them)
 * @param learner         the meta-learner
 * @param base            the base classifier
 * @param testShare       the held-out share the curves are computed on
 * @param seed            the split and training seed
 * @param truthColumn     a planted per-unit uplift to correlate with (simulator data), or null
 * @param device          cpu, gpu or auto
 */
public record UpliftSpec(String dataset, String treatmentColumn, String treatmentValue, String controlValue,
                         String outcome, List<String> features, MetaLearner learner, BaseLearner base,
                         double testShare, long seed, String truthColumn, String device) {

    public UpliftSpec {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(treatmentColumn, "treatment column");
        Objects.requireNonNull(treatmentValue, "treatment value");
        Objects.requireNonNull(controlValue, "control value");
        Objects.requireNonNull(outcome, "outcome");
        if (treatmentValue.equals(controlValue)) {
            throw new IllegalArgumentException("the treatment and control values must differ");
        }
        if (!(testShare > 0 && testShare < 1)) {
            throw new IllegalArgumentException("the test share must lie in (0, 1)");
        }
        features = features == null ? List.of() : List.copyOf(features);
        device = device == null ? "auto" : device;
    }

    /** The model kind recorded with the run, for example {@code uplift-x-lr}. */
    public String runKind() {
        return "uplift-" + learner.id() + "-" + base.id();
    }
}
