package io.campaignlab.persistence.segments;

import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.persistence.workspace.Workspace;
import io.campaignlab.persistence.workspace.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Segmentations on the real schema (all migrations) in a temporary workspace. */
class JdbcSegmentRepositoryTest {

    static final String SHA = "cd".repeat(32);
    static final SegmentProvenance PROVENANCE = new SegmentProvenance("retail", SHA, 541_909, "/data/retail.csv.gz",
            Map.of("java", "17"));

    @TempDir
    Path dir;

    static NewSegmentation rfm(List<NewSegment> segments) {
        return new NewSegmentation("RFM of retail as of 2011-12-10", SegmentKind.RFM, PROVENANCE,
                LocalDate.of(2011, 12, 10), "{\"dataset\":\"retail\"}", "{\"k\":0}", segments);
    }

    @Test
    void aSegmentationComesBackWithItsSegmentsSizesAndMembers() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 12_345; i++) {
            many.add("u" + i);
        }
        try (Workspace ws = Workspace.open(dir)) {
            JdbcSegmentRepository repo = new JdbcSegmentRepository(ws.dataSource());
            SegmentationRecord saved = repo.save(rfm(List.of(
                    new NewSegment("Champions", "{\"text\":\"R 5 and F 4-5\"}", List.of("17850", "12346", "13047")),
                    new NewSegment("Empty", "{}", List.of()),
                    new NewSegment("Many", "{}", many))));
            SegmentationRecord other = repo.save(new NewSegmentation("k-means (k = 2) of retail", SegmentKind.KMEANS,
                    PROVENANCE, null, "{}", null, List.of(new NewSegment("Cluster 1", "{\"c\":0}", List.of("a")))));

            assertThat(repo.list()).extracting(SegmentationRecord::id).containsExactly(other.id(), saved.id());
            SegmentationRecord back = repo.require(saved.id());
            assertThat(back).isEqualTo(saved);
            assertThat(back.kind()).isEqualTo(SegmentKind.RFM);
            assertThat(back.snapshotDate()).isEqualTo(LocalDate.of(2011, 12, 10));
            assertThat(back.provenance()).isEqualTo(PROVENANCE);
            assertThat(back.segments()).extracting(SegmentRecord::name).containsExactly("Champions", "Empty", "Many");
            assertThat(back.segments()).extracting(SegmentRecord::members).containsExactly(3L, 0L, 12_345L);
            assertThat(back.segments()).extracting(SegmentRecord::position).containsExactly(0, 1, 2);
            assertThat(back.members()).isEqualTo(12_348);
            SegmentRecord champions = back.segments().get(0);
            assertThat(repo.segment(champions.id())).contains(champions);
            assertThat(champions.definitionJson()).isEqualTo("{\"text\":\"R 5 and F 4-5\"}");
            assertThat(repo.members(champions.id())).containsExactly("12346", "13047", "17850");
            assertThat(repo.members(back.segments().get(2).id())).hasSize(12_345).isSorted();
            assertThat(repo.report(saved.id())).contains("{\"k\":0}");
            assertThat(repo.report(other.id())).isEmpty();
            assertThat(repo.require(other.id()).snapshotDate()).isNull();
            assertThatThrownBy(() -> repo.members(999_999)).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void aFailureHalfwayLeavesNothing() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcSegmentRepository repo = new JdbcSegmentRepository(ws.dataSource());
            List<String> fine = new ArrayList<>();
            for (int i = 0; i < 7_000; i++) {
                fine.add("ok" + i);
            }
            // the third segment repeats a member: its primary key fails after two segments and 7,003 members went in
            NewSegmentation broken = rfm(List.of(new NewSegment("A", "{}", fine),
                    new NewSegment("B", "{}", List.of("x", "y", "z")),
                    new NewSegment("C", "{}", List.of("dup", "dup"))));
            assertThatThrownBy(() -> repo.save(broken)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("nothing of it was kept");
            assertThat(repo.list()).isEmpty();
            assertThat(count(ws, "segmentation")).isZero();
            assertThat(count(ws, "segment")).isZero();
            assertThat(count(ws, "segment_member")).isZero();

            // the connection went back to the pool in auto-commit, and the next save works
            SegmentationRecord ok = repo.save(rfm(List.of(new NewSegment("A", "{}", List.of("1", "2")))));
            assertThat(repo.require(ok.id()).members()).isEqualTo(2);
            assertThat(count(ws, "segment_member")).isEqualTo(2);
        }
    }

    @Test
    void deletingASegmentationRemovesItsSegmentsAndMembers() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcSegmentRepository repo = new JdbcSegmentRepository(ws.dataSource());
            long id = repo.save(rfm(List.of(new NewSegment("A", "{}", List.of("1", "2"))))).id();
            repo.delete(id);
            assertThat(repo.find(id)).isEmpty();
            assertThat(count(ws, "segment")).isZero();
            assertThat(count(ws, "segment_member")).isZero();
            assertThatThrownBy(() -> repo.delete(id)).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void onlyKnownKindsAreStored() throws SQLException {
        try (Workspace ws = Workspace.open(dir); Connection c = ws.dataSource().getConnection();
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO segmentation (name, kind, dataset_name, dataset_sha256,"
                    + " params_json, provenance_json, created_at) VALUES ('x', 'magic', 'd', '" + SHA + "', '{}', '{}',"
                    + " CURRENT_TIMESTAMP)")).isInstanceOf(SQLException.class);
        }
    }

    static long count(Workspace ws, String table) throws SQLException {
        try (Connection c = ws.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
