package io.campaignlab.engine.segments.rules;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.InMemorySegments;
import io.campaignlab.engine.segments.SegmentJson;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.segments.TinyFrames;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.profiles.SegmentProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The rule segment job over ports in memory: it counts at the events' default snapshot, stores the members with the
 * rule's definition as a RULES segmentation, and profiles the members who are customers against the other customers
 * (means worked by hand from {@link TinyFrames#transactions()}).
 */
class RuleSegmentJobTest {

    /** Selects A, C and D whatever the rule; remembers the rules it was asked. */
    static final class FixedAudience implements SegmentAudience {
        final List<SegmentRule> asked = new ArrayList<>();

        @Override
        public AudienceCount count(SegmentRule rule) {
            asked.add(rule);
            return new AudienceCount(3, 5, rule.snapshot());
        }

        @Override
        public List<String> members(SegmentRule rule) {
            asked.add(rule);
            return List.of("A", "C", "D");
        }

        @Override
        public LocalDate defaultSnapshot(String events) {
            return LocalDate.of(2024, 1, 11);
        }
    }

    @Test
    void theMembersAreStoredWithTheRuleAndProfiledAgainstTheOtherCustomers() {
        InMemorySegments store = new InMemorySegments();
        SegmentPorts ports = InMemorySegments.ports(TinyFrames.transactionsInfo(), TinyFrames.transactions(), store);
        FixedAudience audience = new FixedAudience();
        SegmentRule rule = SegmentRule.parse("tiny", null, null, List.of("purchases_30d >= 1", "spend_30d > 20"));

        RuleSegmentation result = new RuleSegmentJob(ports, audience, new RuleSegmentRequest("Big", rule))
                .run(ProgressListener.none(), new CancellationToken());

        assertThat(audience.asked).allMatch(r -> LocalDate.of(2024, 1, 11).equals(r.snapshot()));
        assertThat(result.snapshot()).isEqualTo(LocalDate.of(2024, 1, 11));
        SegmentationRecord stored = store.require(result.segmentationId());
        assertThat(stored.kind()).isEqualTo(SegmentKind.RULES);
        assertThat(stored.name()).isEqualTo("Rules: Big");
        assertThat(stored.segments()).hasSize(1);
        SegmentRecord segment = stored.segments().get(0);
        assertThat(segment.name()).isEqualTo("Big");
        assertThat(store.members(segment.id())).containsExactly("A", "C", "D");
        RuleDefinition definition = SegmentJson.read(segment.definitionJson(), RuleDefinition.class);
        assertThat(definition.text()).isEqualTo("purchases_30d >= 1 AND spend_30d > 20");
        assertThat(definition.conditions()).containsExactly("purchases_30d >= 1", "spend_30d > 20");
        assertThat(definition.snapshot()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(definition.population()).isEqualTo("every user with a row in tiny");

        // customers A (M 23) and C (M 100) are in it, B (10) and E (8) not; D has no purchase kept
        ProfileReport profiles = result.profiles();
        assertThat(profiles.segments()).extracting(SegmentProfile::segment).containsExactly("Big",
                RuleSegmentJob.REST);
        assertThat(profiles.segments()).extracting(SegmentProfile::customers).containsExactly(2, 2);
        assertThat(profiles.segment("Big").metric("monetary").mean()).isCloseTo(61.5, offset(1e-9));
        assertThat(profiles.segment("Big").metric("monetary").index()).isCloseTo(100 * 61.5 / 35.25, offset(1e-9));
        assertThat(profiles.segment(RuleSegmentJob.REST).metric("recency_days").mean()).isCloseTo(8.5,
                offset(1e-9));
        RuleSegmentation again = SegmentJson.read(store.report(stored.id()).orElseThrow(), RuleSegmentation.class);
        assertThat(again.rule()).isEqualTo(result.rule());
        assertThat(again.count()).isEqualTo(new AudienceCount(3, 5, LocalDate.of(2024, 1, 11)));
    }

    @Test
    void aRuleOnUsersOnlyIsStoredWithoutAProfile() {
        InMemorySegments store = new InMemorySegments();
        SegmentPorts ports = InMemorySegments.ports(TinyFrames.transactionsInfo(), TinyFrames.transactions(), store);
        SegmentRule rule = SegmentRule.parse(null, "tiny", null, List.of("quantity >= 1"));

        RuleSegmentation result = new RuleSegmentJob(ports, new FixedAudience(), new RuleSegmentRequest(null, rule))
                .run(ProgressListener.none(), new CancellationToken());

        assertThat(result.name()).isEqualTo("quantity >= 1");
        assertThat(result.profiles()).isNull();
        assertThat(result.profileNote()).contains("no events dataset");
        assertThat(store.require(result.segmentationId()).members()).isEqualTo(3);
    }
}
