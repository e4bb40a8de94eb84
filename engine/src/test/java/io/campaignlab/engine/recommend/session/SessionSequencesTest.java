package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.InteractionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grouping clicks into ordered sessions, and restricting a test file to the training catalogue. */
class SessionSequencesTest {

    @Test
    void clicksAreGroupedByTimeAndSessionsOrderedByTheirStart(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, "SessionId\tItemId\tTime\n"
                + "7\tB\t20.5\n7\tA\t10.0\n3\tC\t5.0\n3\tA\t6.0\n7\tC\t30.0\n");
        SessionSequences s = SessionRecFiles.read(train, null);
        assertThat(s.itemIds()).containsExactly("B", "A", "C");
        assertThat(s.sessionIds()).containsExactly("3", "7");
        assertThat(s.sessions()[0]).containsExactly(2, 1);      // C then A
        assertThat(s.sessions()[1]).containsExactly(1, 0, 2);   // A (10 s), B (20.5 s), C (30 s)
        assertThat(s.startTimes()).containsExactly(5_000L, 10_000L);
        assertThat(s.clicks()).isEqualTo(5);

        Path test = dir.resolve("test.txt");
        Files.writeString(test, "SessionId\tItemId\tTime\n9\tA\t40\n9\tZ\t41\n9\tB\t42\n8\tZ\t50\n8\tC\t51\n");
        SessionSequences t = SessionRecFiles.read(test, s.itemIds());
        assertThat(t.itemIds()).isEqualTo(s.itemIds());
        assertThat(t.sessions()[0]).containsExactly(1, 0);      // Z is not a training item
        assertThat(t.sessions()[1]).containsExactly(2);
        assertThat(t.atLeast(2).size()).isEqualTo(1);
    }

    @Test
    void aMissingColumnIsNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "SessionId\tItem\tTime\n1\tA\t1\n");
        assertThatThrownBy(() -> SessionRecFiles.read(f, null)).hasMessageContaining("no ItemId column");
    }

    @Test
    void sessionItemMatrixHasOneCellPerDistinctItem() {
        SessionSequences s = new SessionSequences(List.of("a", "b", "c"), List.of("x", "y"),
                new int[][]{{0, 1, 0}, {2}}, new long[2]);
        InteractionMatrix m = s.sessionItemMatrix();
        assertThat(m.rowItems(0)).containsExactly(0, 1);
        assertThat(m.rowValues(0)).containsExactly(1f, 1f);
        assertThat(m.rowItems(1)).containsExactly(2);
    }
}
