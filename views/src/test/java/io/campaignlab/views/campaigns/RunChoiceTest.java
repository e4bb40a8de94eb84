package io.campaignlab.views.campaigns;

import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunArtifact;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.models.FakeRunRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The runs an offer can name: completed recommender runs, and completed model runs with a saved model; no other. */
class RunChoiceTest {

    @Test
    void onlyRunsThatFitAnOfferAreListedByUse() {
        FakeRunRepository runs = new FakeRunRepository();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        runs.add(run(1, "deepfm", RunStatus.COMPLETED, at));
        runs.add(run(2, "deepfm", RunStatus.COMPLETED, at));
        runs.add(run(3, "rec-als", RunStatus.COMPLETED, at));
        runs.add(run(4, "rec-bpr", RunStatus.FAILED, at));
        runs.add(run(5, "uplift-t-lr", RunStatus.COMPLETED, at));
        runs.add(run(6, "logistic", RunStatus.RUNNING, at));
        runs.addArtifact(new RunArtifact(1, Path.of("m1"), "sha", 10, at));
        runs.addArtifact(new RunArtifact(5, Path.of("m5"), "sha", 10, at));
        runs.addArtifact(new RunArtifact(6, Path.of("m6"), "sha", 10, at));

        List<RunChoice> all = RunChoice.of(runs);
        assertThat(RunChoice.of(all, RunChoice.Use.MODEL)).extracting(RunChoice::id).containsExactly(1L);
        assertThat(RunChoice.of(all, RunChoice.Use.RECOMMENDER)).extracting(RunChoice::id).containsExactly(3L);
        assertThat(all).extracting(RunChoice::label).contains("#1 deepfm on impressions", "#3 rec-als on impressions");
    }

    private static RunRecord run(long id, String kind, RunStatus status, Instant at) {
        return new RunRecord(id, new NewRun(null, "impressions", "sha", kind, "{}", "{}", "{}", 42, "cpu", "{}"),
                status, null, at, status == RunStatus.RUNNING ? null : at);
    }
}
