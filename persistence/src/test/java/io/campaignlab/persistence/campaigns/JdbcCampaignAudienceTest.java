package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.AudienceSize;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.segments.JdbcSegmentAudience;
import io.campaignlab.persistence.segments.JdbcSegmentRepository;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaign audiences counted in SQL on a hand-built workspace whose every count is worked out by hand below.
 *
 * <p>users 1..12: tier gold for 1..6, silver for 7..12; run 3's uplift for user u is u / 10 (scores table over the
 * users dataset's rows). Segments: A = {1..8}, B = {2, 4, 13}, C = {5, 6, 7}, D = {7}. Campaign "Other" targets C
 * and excludes D, so its audience is {5, 6}.
 */
class JdbcCampaignAudienceTest {

    @TempDir
    static Path dir;
    static Workspace workspace;
    static JdbcCampaignAudience audience;
    static long a;
    static long b;
    static long c;
    static long d;

    @BeforeAll
    static void fixture() {
        workspace = Workspace.open(dir.resolve("ws"));
        var datasets = new JdbcDatasetRepository(workspace.dataSource());
        List<Object[]> users = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (long u = 1; u <= 12; u++) {
            users.add(new Object[]{u, u <= 6 ? "gold" : "silver"});
            scores.add(new Object[]{u, u / 10.0});
        }
        write("users", List.of(ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("tier", ColumnType.CATEGORY, ColumnRole.FEATURE)), users);
        write("scores_run3_users", List.of(ColumnMeta.of("row_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("score", ColumnType.DECIMAL, ColumnRole.FEATURE)), scores);
        var segments = new JdbcSegmentRepository(workspace.dataSource()).save(new NewSegmentation("hand-made",
                SegmentKind.RULES, new SegmentProvenance("users", "0".repeat(64), 12, "test", Map.of()), null, "{}",
                null, List.of(new NewSegment("A", "{}", List.of("1", "2", "3", "4", "5", "6", "7", "8")),
                new NewSegment("B", "{}", List.of("2", "4", "13")), new NewSegment("C", "{}", List.of("5", "6", "7")),
                new NewSegment("D", "{}", List.of("7"))))).segments();
        a = segments.get(0).id();
        b = segments.get(1).id();
        c = segments.get(2).id();
        d = segments.get(3).id();
        JdbcCampaignRepository campaigns = new JdbcCampaignRepository(workspace.dataSource());
        campaigns.create(new Campaign("Other", Objective.CONVERSIONS, Audience.ofSegment(c).excluding(List.of(d),
                List.of()), List.of(Offer.couponAmount("five", 5)), null, null));
        audience = new JdbcCampaignAudience(workspace.dataSource(), new JdbcSegmentAudience(workspace.dataSource(),
                datasets), campaigns);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static void write(String name, List<ColumnMeta> columns, List<Object[]> rows) {
        try (DatasetWriter writer = new JdbcDatasetSink(workspace.dataSource()).begin(new DatasetDraft(name,
                DatasetKind.TABLE, "test", String.format("%08x", name.hashCode()).repeat(8), columns))) {
            rows.forEach(writer::append);
            writer.commit(0);
        }
    }

    static Audience gold(String extra) {
        return Audience.ofRule("tier = 'gold'" + extra, null, "users");
    }

    @Test
    void aSegmentAloneIsItsMembers() {
        assertThat(audience.count(Audience.ofSegment(a))).isEqualTo(new AudienceSize(8, 0, 8));
    }

    @Test
    void anExcludedSegmentSubtractsOnlyTheMembersItShares() {
        // A less B: B's 2 and 4 are in A, 13 is not
        assertThat(audience.count(Audience.ofSegment(a).excluding(List.of(b), List.of())))
                .isEqualTo(new AudienceSize(8, 2, 6));
    }

    @Test
    void anExcludedCampaignSubtractsItsAudienceAfterItsOwnExclusions() {
        // Other = C less D = {5, 6}; 7 stays in A because Other excludes it
        assertThat(audience.count(Audience.ofSegment(a).excluding(List.of(), List.of("Other"))))
                .isEqualTo(new AudienceSize(8, 2, 6));
    }

    @Test
    void aRuleAudienceLessSegmentsAndCampaigns() {
        assertThat(audience.count(gold(""))).isEqualTo(new AudienceSize(6, 0, 6));
        // gold {1..6} less B {2, 4} and Other {5, 6}: {1, 3} remain; overlaps counted once
        assertThat(audience.count(gold("").excluding(List.of(b, d), List.of("Other"))))
                .isEqualTo(new AudienceSize(6, 4, 2));
    }

    @Test
    void anUpliftThresholdKeepsTheUsersAboveIt() {
        // uplift u / 10 >= 0.5 holds for u >= 5; among gold: {5, 6}
        assertThat(audience.count(gold(" AND uplift:run3 >= 0.5"))).isEqualTo(new AudienceSize(2, 0, 2));
        assertThat(audience.count(gold(" AND score:run3 >= 0.5").excluding(List.of(c), List.of())))
                .isEqualTo(new AudienceSize(2, 2, 0));
    }

    /** The members the decision engine holds warm: the same sets as worked out for the counts above. */
    @Test
    void theMembersAreWhoTheCountsCount() {
        assertThat(audience.members(Audience.ofSegment(a))).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6",
                "7", "8");
        assertThat(audience.members(Audience.ofSegment(a).excluding(List.of(b), List.of("Other"))))
                .containsExactlyInAnyOrder("1", "3", "7", "8");
        assertThat(audience.members(gold("").excluding(List.of(b, d), List.of("Other"))))
                .containsExactlyInAnyOrder("1", "3");
        assertThat(audience.members(gold(" AND uplift:run3 >= 0.5"))).containsExactlyInAnyOrder("5", "6");
        assertThatThrownBy(() -> audience.members(Audience.ofSegment(999)))
                .hasMessage("audience: there is no segment 999; campaign-lab segments lists them");
    }

    @Test
    void whatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> audience.count(Audience.ofSegment(999)))
                .hasMessage("audience: there is no segment 999; campaign-lab segments lists them");
        assertThatThrownBy(() -> audience.count(Audience.ofSegment(a).excluding(List.of(), List.of("Nope"))))
                .hasMessageStartingWith("audience.exclude_campaigns: there is no campaign 'Nope'");
        assertThatThrownBy(() -> audience.count(gold(" AND colour = 'red'")))
                .hasMessageStartingWith("audience.rule: condition 'colour = 'red'': dataset 'users' has no column");
    }
}
