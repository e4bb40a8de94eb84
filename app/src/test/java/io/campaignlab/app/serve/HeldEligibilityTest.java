package io.campaignlab.app.serve;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offer's eligibility condition on behaviour ({@code purchases_90d >= 1}) is answered at serve from the users who
 * met it when the campaign was loaded. On a 7-day simulation the 90-day window holds every event, so the users who
 * meet it are, worked out here from the events table, those with any {@code purchase} event: each of them (in the
 * treated arm) gets the coupon, and every other user gets no offer with a rule check saying why.
 */
class HeldEligibilityTest {

    @TempDir
    Path dir;

    @Test
    void aBehaviourConditionIsCheckedAgainstTheUsersWhoMetItAtLoad() throws Exception {
        Path ws = dir.resolve("ws");
        SimulatedWorkspaces.copy(ws, "--users", "400", "--days", "7", "--json");
        try (ServeFixture fixture = new ServeFixture(ws)) {
            fixture.services.campaigns().create(new Campaign("buyers", Objective.CONVERSIONS,
                    Audience.ofRule("region != 'nowhere'", "events", "users"),
                    List.of(ServeFixture.coupon("c10", 10, 0, "purchases_90d >= 1")),
                    new Policy(Policy.Kind.GREEDY, null), new Constraints(null, null, 0.0, null, null, null)));
            fixture.services.campaigns().publish("buyers");
            fixture.start();

            Frame events = fixture.services.frames().read("events", List.of("user_id", "event_type"),
                    ProgressListener.none(), new CancellationToken());
            String[] users = events.column("user_id").asLabels();
            String[] types = events.column("event_type").asLabels();
            Set<String> buyers = new HashSet<>();
            Set<String> everyone = new HashSet<>();
            for (int i = 0; i < users.length; i++) {
                everyone.add(users[i]);
                if ("purchase".equals(types[i])) {
                    buyers.add(users[i]);
                }
            }
            assertThat(buyers).isNotEmpty();
            assertThat(everyone.size()).isGreaterThan(buyers.size());

            int granted = 0;
            int refused = 0;
            for (String user : everyone) {
                Decision d = fixture.service.engine().decide(new DecisionRequest(user, Map.of(), "buyers"));
                if (buyers.contains(user)) {
                    assertThat(d.offer()).as(user + " " + d.trace().rules()).isEqualTo("c10");
                    granted++;
                } else {
                    assertThat(d.offer()).as(user).isNull();
                    DecisionTrace.RuleCheck check = d.trace().rules().get(0);
                    assertThat(check.passed()).isFalse();
                    assertThat(check.note()).contains("did not meet it");
                    refused++;
                }
            }
            assertThat(granted).isEqualTo(buyers.size());
            assertThat(refused).isPositive();
        }
    }
}
