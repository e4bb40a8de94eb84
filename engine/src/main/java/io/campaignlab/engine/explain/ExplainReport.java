package io.campaignlab.engine.explain;

import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.weights.WeightSummary;
import java.util.List;

/**
 * A run's global explanation, as stored with the run so that opening it shows the explanation at once.
 *
 * @param runId             the run
 * @param importance        permutation importance on validation rows, per field
 * @param groupedImportance the same with every behavioural aggregate permuted as one group; null when the model reads
 *                          none
 * @param weights           first-order weights (LR, FM, DeepFM) and embedding norms per field; null for trees
 * @param partialDependence PD and ICE curves of the numeric fields
 * @param example           one prediction explained: the validation row with the highest score
 * @param seconds           how long it took
 */
public record ExplainReport(long runId, ImportanceResult importance, ImportanceResult groupedImportance,
                            WeightSummary weights, List<PdCurve> partialDependence, RowExplanation example,
                            double seconds) {

    /** The report kind under which global explanations are stored with a run. */
    public static final String KIND = "explain";

    public ExplainReport {
        partialDependence = List.copyOf(partialDependence);
    }
}
