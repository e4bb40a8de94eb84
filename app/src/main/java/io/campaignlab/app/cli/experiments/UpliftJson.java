package io.campaignlab.app.cli.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.campaignlab.engine.uplift.UpliftBootstrap;
import io.campaignlab.engine.uplift.UpliftResult;

import java.util.ArrayList;
import java.util.List;

/** {@code uplift --json}: the uplift run's figures, a record written by the CLI's mapper (snake_case names). */
record UpliftJson(long run, String learner, String base, double qini, double auuc,
                  @JsonProperty("uplift_at_30") double upliftAt30,
                  List<At> upliftAt, double observedAte,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Double truthCorrelation, int trainUnits, int testUnits,
                  double treatedShare, String scores, List<String> warnings, double seconds,
                  @JsonInclude(JsonInclude.Include.NON_NULL) UpliftBootstrap bootstrap) {

    static UpliftJson of(UpliftResult r) {
        return of(r, null);
    }

    /** With the Qini and AUUC bootstrap intervals, when the run kept them. */
    static UpliftJson of(UpliftResult r, UpliftBootstrap bootstrap) {
        List<At> at = new ArrayList<>();
        for (int k = 0; k < r.upliftAt().length; k++) {
            at.add(new At((k + 1) / 10.0, r.upliftAt()[k]));
        }
        return new UpliftJson(r.runId(), r.spec().learner().id(), r.spec().base().id(), r.qini(), r.auuc(),
                r.upliftAt30(), at, r.observedAte(), Double.isNaN(r.truthCorrelation()) ? null : r.truthCorrelation(),
                r.trainUnits(), r.testUnits(), r.treatedShare(), r.scoresDataset(), r.warnings(), r.seconds(),
                bootstrap);
    }

    /** Uplift among the top share k of units by score. */
    record At(double k, double uplift) {
    }
}
