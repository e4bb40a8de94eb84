package io.campaignlab.app.cli;

import io.campaignlab.app.serve.DecisionService;
import io.campaignlab.app.testing.TestSegments;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code campaign-lab decision ID} replays a decision the service logged. */
class DecisionCliTest {

    @TempDir
    Path dir;

    @Test
    void aLoggedDecisionIsShownWithItsTrace() {
        Path ws = dir.resolve("ws");
        String id;
        try (WorkspaceServices services = WorkspaceServices.open(ws)) {
            TestSegments.save(services, List.of("alice"));
            services.campaigns().create(new Campaign("winter", Objective.CLICKS, Audience.ofSegment(1),
                    List.of(Offer.couponPercent("c15", 15)), null,
                    new Constraints(null, null, 0.0, null, null, null)));
            services.campaigns().publish("winter");
            DecisionService service = DecisionService.start(services, "127.0.0.1", 0, Clock.systemUTC(), 1);
            Decision d = service.engine().decide(new DecisionRequest("alice", Map.of(), "winter"));
            service.stop();
            id = d.decisionId();
        }
        CliRun text = CliRun.of("decision", id, "--workspace", ws.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Decision " + id + " for alice", "campaign winter version 1, arm treatment",
                "offer c15: 15.0 percent off", "candidate c15: score", "why: highest expected value");
        CliRun json = CliRun.of("decision", id, "--json", "--workspace", ws.toString());
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"decision_id\":\"" + id + "\"", "\"offer\":\"c15\"");
        CliRun missing = CliRun.of("decision", "nope", "--workspace", ws.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("there is no logged decision 'nope'");
    }
}
