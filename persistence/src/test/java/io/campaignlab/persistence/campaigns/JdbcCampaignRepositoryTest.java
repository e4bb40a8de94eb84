package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Campaign drafts, versions and status on the real schema of a temporary workspace. */
class JdbcCampaignRepositoryTest {

    @TempDir
    Path dir;
    Workspace workspace;
    JdbcCampaignRepository repo;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        repo = new JdbcCampaignRepository(workspace.dataSource());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Campaign design(String name, double percent) {
        return new Campaign(name, Objective.CONVERSIONS, Audience.ofSegment(3), List.of(Offer.couponPercent("c",
                percent)), null, new Constraints(1000.0, null, 0.1, null, null, null));
    }

    @Test
    void aDraftIsEditedThenPublishFreezesNumberedVersions() {
        CampaignRecord created = repo.create(design("Spring", 10));
        assertThat(created.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(created.version()).isZero();
        assertThat(created.live()).isNull();
        assertThat(repo.saveDraft(design("Spring", 15)).draft()).isEqualTo(design("Spring", 15));

        CampaignVersion v1 = repo.publish("Spring");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.campaign()).isEqualTo(design("Spring", 15));
        assertThat(v1.endedAt()).isNull();
        CampaignRecord published = repo.require("Spring");
        assertThat(published.status()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(published.hasDraft()).isFalse();
        assertThat(published.current()).isEqualTo(design("Spring", 15));
        assertThatThrownBy(() -> repo.publish("Spring")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no draft to publish: version 1 serves unchanged");

        // a new draft beside the live version; version 1 stays as it was frozen
        repo.saveDraft(design("Spring", 20));
        assertThat(repo.require("Spring").live()).isEqualTo(design("Spring", 15));
        CampaignVersion v2 = repo.publish("Spring");
        assertThat(v2.version()).isEqualTo(2);
        List<CampaignVersion> versions = repo.versions("Spring");
        assertThat(versions).extracting(CampaignVersion::version).containsExactly(1, 2);
        assertThat(versions.get(0).json()).isEqualTo(v1.json());
        assertThat(versions.get(0).campaign()).isEqualTo(design("Spring", 15));
        assertThat(versions.get(0).endedAt()).isNotNull();
        assertThat(versions.get(1).endedAt()).isNull();

        CampaignRecord stopped = repo.stop("Spring");
        assertThat(stopped.status()).isEqualTo(CampaignStatus.STOPPED);
        assertThat(repo.versions("Spring").get(1).endedAt()).isNotNull();
        assertThatThrownBy(() -> repo.saveDraft(design("Spring", 5))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is stopped, so it cannot be edited");
        assertThatThrownBy(() -> repo.stop("Spring")).hasMessageContaining("is stopped already");
    }

    @Test
    void onlyANeverPublishedDraftCanBeDeleted() {
        repo.create(design("Draft only", 10));
        repo.create(design("Served", 10));
        repo.publish("Served");

        repo.delete("Draft only");
        assertThat(repo.find("Draft only")).isEmpty();
        assertThatThrownBy(() -> repo.delete("Served")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("campaign 'Served' was published (version 1), so it stays");
        assertThat(repo.versions("Served")).hasSize(1);
        assertThatThrownBy(() -> repo.delete("Nobody")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("there is no campaign 'Nobody'");
    }

    @Test
    void refusalsNameTheCampaignAndWhy() {
        repo.create(design("A", 10));
        assertThatThrownBy(() -> repo.create(design("A", 12))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a campaign named 'A' exists already");
        assertThatThrownBy(() -> repo.stop("A")).isInstanceOf(IllegalStateException.class)
                .hasMessage("campaign 'A' was never published, so there is nothing to stop");
        assertThatThrownBy(() -> repo.publish("B")).isInstanceOf(NoSuchElementException.class)
                .hasMessageStartingWith("there is no campaign 'B'");
        assertThatThrownBy(() -> repo.create(design("C", 95))).isInstanceOf(CampaignFileException.class)
                .hasMessage("campaign 'C': offers[0].percent: 95 is not a percentage above 0 and at most 90");
        assertThat(repo.list()).extracting(CampaignRecord::name).containsExactly("A");
    }

    @Test
    void aFailedPublishLeavesNothingBehind() throws Exception {
        repo.create(design("A", 10));
        try (Connection c = workspace.dataSource().getConnection()) {
            // a version 1 row already there (as a second publisher would have left it) makes the insert fail
            c.createStatement().execute("INSERT INTO campaign_version (campaign_id, version, definition_json,"
                    + " published_at) SELECT id, 1, '{}', CURRENT_TIMESTAMP FROM campaign");
        }
        assertThatThrownBy(() -> repo.publish("A")).hasMessageContaining("nothing was changed");
        CampaignRecord a = repo.require("A");
        assertThat(a.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(a.draft()).isEqualTo(design("A", 10));
        try (Connection c = workspace.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM campaign_version"
                     + " WHERE ended_at IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void concurrentPublishersTakeDistinctVersions() throws Exception {
        repo.create(design("A", 10));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                repo.saveDraft(design("A", 10 + round));
                List<Callable<Integer>> tasks = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    tasks.add(() -> repo.publish("A").version());
                }
                int published = 0;
                for (Future<Integer> f : pool.invokeAll(tasks)) {
                    try {
                        f.get();
                        published++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                    }
                }
                assertThat(published).as("round %d: one draft, one version", round).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(repo.versions("A")).extracting(CampaignVersion::version).containsExactly(1, 2, 3, 4, 5);
    }
}
