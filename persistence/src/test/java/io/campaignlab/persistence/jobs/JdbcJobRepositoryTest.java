package io.campaignlab.persistence.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcJobRepositoryTest {

    @TempDir
    Path dir;

    static Job<String> job(String title, Runnable body) {
        return new Job<>() {
            @Override
            public String kind() {
                return "test";
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public String run(ProgressListener progress, CancellationToken cancel) {
                body.run();
                return "ok";
            }
        };
    }

    @Test
    void theRunnerRecordsCompletedFailedAndCancelledJobs() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            JdbcJobRepository jobs = new JdbcJobRepository(ws.dataSource());
            JobRunner runner = new JobRunner(jobs);

            runner.run(job("fine", () -> { }), ProgressListener.none(), new CancellationToken());
            assertThatThrownBy(() -> runner.run(job("broken", () -> {
                throw new IllegalStateException("disk full");
            }), ProgressListener.none(), new CancellationToken())).hasMessage("disk full");
            assertThatThrownBy(() -> runner.run(job("stopped", () -> {
                throw new CancelledException();
            }), ProgressListener.none(), new CancellationToken())).isInstanceOf(CancelledException.class);

            List<JobRecord> recent = jobs.recent(10);
            assertThat(recent).extracting(JobRecord::title).containsExactly("stopped", "broken", "fine");
            assertThat(recent).extracting(JobRecord::status)
                    .containsExactly(JobStatus.CANCELLED, JobStatus.FAILED, JobStatus.COMPLETED);
            assertThat(recent.get(1).errorMessage()).isEqualTo("disk full");
            assertThat(recent.get(2).progress()).isEqualTo(1.0);
            assertThat(recent).allSatisfy(r -> assertThat(r.finishedAt()).isAfterOrEqualTo(r.startedAt()));
        }
    }

    @Test
    void aJobRunningWhenTheProcessDiedIsInterruptedOnTheNextOpen() {
        try (Workspace ws = Workspace.open(dir)) {
            new JdbcJobRepository(ws.dataSource()).started("import", "big file");
        }
        try (Workspace ws = Workspace.open(dir)) {
            JobRecord record = new JdbcJobRepository(ws.dataSource()).recent(1).get(0);
            assertThat(record.status()).isEqualTo(JobStatus.INTERRUPTED);
            assertThat(record.finishedAt()).isNotNull();
        }
    }
}
