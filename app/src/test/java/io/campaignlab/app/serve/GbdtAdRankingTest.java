package io.campaignlab.app.serve;

import io.campaignlab.app.bench.AdCampaignSetup;
import io.campaignlab.engine.campaigns.decide.AdRanking;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.models.ModelKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An ad offer ranked at serve time by gradient-boosted trees: the campaign publishes with a GBDT run, every creative
 * gets a pCTR in (0, 1) from the trees, creatives are told apart, the highest wins, and an unknown user is scored on
 * the context alone. The serve-time rows themselves are built as for any CTR run; {@link AdRankingTest} checks them
 * against the offline pipeline with a DeepFM run. A slow check (it simulates, trains and serves):
 * {@code mvn -pl app test -Dgroups=slow -DexcludedGroups=none -Dtest=GbdtAdRankingTest}.
 */
@Tag("slow")
class GbdtAdRankingTest {

    @TempDir
    static Path dir;

    static ServeFixture fixture;
    static AdCampaignSetup setup;

    @BeforeAll
    static void publish() throws Exception {
        fixture = new ServeFixture(dir.resolve("ws"));
        setup = AdCampaignSetup.create(fixture.services, 800, 11, ModelKind.GBDT, 1, 20, 3,
                ProgressListener.none(), new CancellationToken());
        fixture.start();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void treesRankEveryCreativeAndTheBestWins() {
        String user = setup.users().get(7);
        Decision d = fixture.service.engine().decide(new DecisionRequest(user, AdRankingTest.CONTEXT,
                AdCampaignSetup.CAMPAIGN));
        assertThat(d.trace().rankings()).hasSize(1);
        AdRanking r = d.trace().rankings().get(0);
        assertThat(r.creatives()).hasSize(20);
        double best = r.creatives().stream().mapToDouble(c -> c.pCtr()).max().orElseThrow();
        assertThat(r.creatives()).allSatisfy(c -> assertThat(c.pCtr()).isStrictlyBetween(0.0, 1.0));
        assertThat(r.creatives().stream().mapToDouble(c -> c.pCtr()).distinct().count())
                .as("the trees tell creatives apart").isGreaterThan(1);
        assertThat(d.score()).isCloseTo(best, within(1e-9));
        assertThat(r.userFeatures()).isEqualTo("stored");
        LoadedModel model = LoadedModel.load(fixture.services, setup.runId());
        assertThat(model.artifact().shape().kind()).isEqualTo(ModelKind.GBDT);
    }

    @Test
    void aColdUserIsScoredOnTheContextAlone() {
        Decision d = fixture.service.engine().decide(new DecisionRequest(setup.coldUsers().get(0),
                Map.of("placement", "home", "position", 2), AdCampaignSetup.CAMPAIGN));
        AdRanking r = d.trace().rankings().get(0);
        assertThat(r.coldStart()).isTrue();
        assertThat(r.creatives()).hasSize(20);
    }
}
