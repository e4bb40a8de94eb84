package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcDecisionLogTest {

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    static Decision decision(String id, String user, String offer, long cents) {
        DecisionTrace trace = new DecisionTrace("all", "thompson", 0.42, 0.1,
                List.of(new DecisionTrace.RuleCheck("c10", "country = 'FR'", true, "passed")),
                List.of(new DecisionTrace.CandidateScore("c10", 0.37, cents)), List.of(), "highest draw",
                offer == null ? "budget" : null);
        return new Decision(id, user, "spring", 2, "treatment", offer, offer == null ? null : 10.0,
                offer == null ? null : "percent", offer == null ? null : 0.37, cents,
                Instant.parse("2026-12-07T12:00:00Z"), List.of(), trace);
    }

    @Test
    void everyDecisionLoggedFromEightThreadsIsARowAfterClose() throws Exception {
        JdbcDecisionLog log = new JdbcDecisionLog(workspace.dataSource(),
                new JdbcDecisionReader(workspace.dataSource()), 256);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> acks = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    acks.add(log.log(decision("d" + thread + "-" + i, "u" + i, i % 2 == 0 ? "c10" : null, i % 2 == 0
                            ? 3 : 0)));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        log.log(new Feedback("d0-0", Feedback.Event.CONVERSION, 25.5, Instant.parse("2026-12-07T12:01:00Z")));
        log.close();
        assertThat(acks).hasSize(4000).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(count("SELECT COUNT(*) FROM decision")).isEqualTo(4000);
        assertThat(count("SELECT COUNT(*) FROM decision_feedback WHERE event_value = 25.5")).isEqualTo(1);
        // 8 threads × 250 granted decisions × 3 cents
        assertThat(count("SELECT SUM(cost_cents) FROM decision")).isEqualTo(6000);
        assertThat(log.written()).isEqualTo(4001);
        assertThat(log.failed()).isZero();
        assertThatThrownBy(() -> log.log(decision("late", "u", null, 0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFlushedDecisionIsReadBackWholeAndItsCostCountsTowardsTheSpend() {
        try (JdbcDecisionLog log = new JdbcDecisionLog(workspace.dataSource(),
                new JdbcDecisionReader(workspace.dataSource()))) {
            Decision d = decision("abc", "ユーザー🙂", "c10", 37);
            CompletableFuture<Void> ack = log.log(d);
            log.log(decision("def", "u2", null, 0));
            log.flush();
            assertThat(ack).isCompleted();
            assertThat(log.find("abc")).contains(d);
            assertThat(log.find("nope")).isEmpty();
            assertThat(log.spentCents("spring")).isEqualTo(37);
            assertThat(log.spentCents("other")).isZero();
        }
    }

    @Test
    void aBatchThatCannotBeWrittenFailsItsFuturesAndTheWriterGoesOn() {
        try (JdbcDecisionLog log = new JdbcDecisionLog(workspace.dataSource(),
                new JdbcDecisionReader(workspace.dataSource()))) {
            log.log(decision("dup", "u1", null, 0));
            log.flush();
            CompletableFuture<Void> duplicate = log.log(decision("dup", "u1", null, 0));
            log.flush();
            assertThat(duplicate).isCompletedExceptionally();
            CompletableFuture<Void> next = log.log(decision("fine", "u1", null, 0));
            log.flush();
            assertThat(next).isCompleted().isNotCompletedExceptionally();
            assertThat(log.failed()).isEqualTo(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = workspace.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
