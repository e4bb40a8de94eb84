package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.persistence.frames.JdbcFrameReader;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A campaign's decisions log as a dataset: one row per decision, its feedback joined, written again on demand. */
class JdbcDecisionDatasetTest {

    @TempDir
    Path dir;

    @Test
    void eachDecisionIsOneRowWithItsClicksConversionsAndValueJoined() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            JdbcDecisionLog log = new JdbcDecisionLog(workspace.dataSource(),
                    new JdbcDecisionReader(workspace.dataSource()), 16);
            log.log(JdbcDecisionLogTest.decision("a", "u1", "c10", 3));
            log.log(JdbcDecisionLogTest.decision("b", "u2", null, 0));
            log.log(JdbcDecisionLogTest.decision("c", "u3", "c10", 3));
            Instant t = Instant.parse("2026-12-07T12:05:00Z");
            log.log(new Feedback("a", Feedback.Event.CLICK, 0, t));
            log.log(new Feedback("a", Feedback.Event.CONVERSION, 20.5, t));
            log.log(new Feedback("a", Feedback.Event.CONVERSION, 4.5, t));
            log.log(new Feedback("c", Feedback.Event.CLICK, 0, t));
            log.close();
            JdbcDatasetRepository datasets = new JdbcDatasetRepository(workspace.dataSource());
            JdbcDecisionDataset writer = new JdbcDecisionDataset(workspace.dataSource(), datasets,
                    new JdbcDatasetSink(workspace.dataSource()));
            String name = JdbcDecisionDataset.defaultName("Spring sale");
            assertThat(name).isEqualTo("decisions_spring_sale");
            DatasetInfo info = writer.write("spring", name, ProgressListener.none(), new CancellationToken());
            assertThat(info.rows()).isEqualTo(3);
            Frame f = new JdbcFrameReader(workspace.dataSource(), datasets).read(name, List.of("decision_id",
                    "user_id", "arm", "offer", "version", "cost", "clicked", "converted", "value"),
                    ProgressListener.none(), new CancellationToken());
            assertThat(f.texts("decision_id")).containsExactly("a", "b", "c");
            assertThat(f.column("user_id").asLabels()).containsExactly("u1", "u2", "u3");
            assertThat(f.column("offer").asLabels()).containsExactly("c10", "none", "c10");
            assertThat(f.column("arm").asLabels()).containsOnly("treatment");
            assertThat(f.numbers("cost")).containsExactly(0.03, 0.0, 0.03);
            assertThat(f.numbers("clicked")).containsExactly(1, 0, 1);
            assertThat(f.numbers("converted")).containsExactly(1, 0, 0);
            assertThat(f.numbers("value")).containsExactly(25.0, 0, 0);

            // written again, the snapshot replaces the earlier one
            assertThat(writer.write("spring", name, ProgressListener.none(), new CancellationToken()).rows())
                    .isEqualTo(3);
            assertThat(datasets.list().stream().filter(d -> d.name().equals(name))).hasSize(1);
            assertThatThrownBy(() -> writer.write("autumn", "x", ProgressListener.none(), new CancellationToken()))
                    .hasMessageContaining("campaign 'autumn' has logged no decision");
        }
    }
}
