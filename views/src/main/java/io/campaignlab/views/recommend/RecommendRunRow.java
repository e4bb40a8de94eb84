package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.views.jobs.StoredRunRow;

import java.util.Optional;

/**
 * A recommendation run as the Recommend section lists it: the stored run, its stored outcome (null while running,
 * when it failed, or when its report cannot be read) and the protocol it was evaluated with (from the outcome, else
 * from what the run recorded when it started; null when neither can be read).
 *
 * @param record   the stored run
 * @param outcome  its {@code recommend} report, or null
 * @param protocol the evaluation protocol, or null
 */
public record RecommendRunRow(RunRecord record, RecommendOutcome outcome, EvaluationProtocol protocol)
        implements StoredRunRow {

    /** The row of a run, reading the protocol from the outcome or else the run's stored split JSON. */
    public static RecommendRunRow of(RunRecord record, RecommendOutcome outcome) {
        EvaluationProtocol protocol = outcome != null && outcome.evaluation() != null
                ? outcome.evaluation().protocol() : storedProtocol(record).orElse(null);
        return new RecommendRunRow(record, outcome, protocol);
    }

    /** Whether a run is a recommendation run: its model kind starts with {@code rec-}. */
    public static boolean isRecommendation(RunRecord record) {
        return io.campaignlab.views.jobs.RunKinds.recommender(record);
    }

    private static Optional<EvaluationProtocol> storedProtocol(RunRecord record) {
        try {
            return Optional.ofNullable(ReportJson.read(record.spec().splitJson(), EvaluationProtocol.class));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The recommender, when this build knows its kind. */
    public Optional<RecommenderKind> kind() {
        try {
            return Optional.of(RecommenderKind.parse(record.spec().modelKind()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The recommender's name for people, or the stored kind when this build does not know it. */
    public String modelLabel() {
        return kind().map(RecommenderKind::label).orElse(model());
    }

    /** The held-out evaluation, or null. */
    public RankingEvaluation evaluation() {
        return outcome == null ? null : outcome.evaluation();
    }

    /** Whether the run has a recall@K curve to draw. */
    public boolean hasCurve() {
        return evaluation() != null && evaluation().hasCurve();
    }

    /** The protocol in words, for example {@code leave-last-out · purchase · K=20}; "unknown" when unreadable. */
    public String protocolText() {
        return RecommendFormats.protocol(protocol);
    }

    /** Wall time: the run's own measure when it finished, else from the record. */
    public double seconds() {
        return outcome != null ? outcome.seconds() : record.seconds();
    }
}
