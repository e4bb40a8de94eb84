package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job slot of a view model: one job at a time, stale results dropped, cancel, progress and ETA reaching it. */
class JobSlotTest {

    private final ManualJobExecutor executor = new ManualJobExecutor();
    private final JobSlot slot = new JobSlot(executor, Runnable::run);
    private final List<String> results = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    /** A job that reports through the listener it is given, as the body of {@code work} says. */
    private static Job<String> job(String title, Body body) {
        return Job.of("test", title, body::run);
    }

    private interface Body {
        String run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    @Test
    void aStartedJobRunsInTheSlotAndItsResultArrivesOnceItEnded() {
        assertThat(slot.start(job("a", (p, c) -> "A"), "Starting a…", results::add, failures::add)).isTrue();

        assertThat(slot.runningProperty().get()).isTrue();
        assertThat(slot.progressProperty().get()).isEqualTo(-1);
        assertThat(slot.messageProperty().get()).isEqualTo("Starting a…");
        assertThat(slot.start(job("b", (p, c) -> "B"), "Starting b…", results::add, failures::add))
                .as("a second job waits for the first to end").isFalse();
        assertThat(executor.started).hasSize(1);

        executor.job(0).run(ProgressListener.none());

        assertThat(results).containsExactly("A");
        assertThat(slot.runningProperty().get()).isFalse();
        assertThat(slot.progressProperty().get()).isZero();
    }

    @Test
    void theResultOfAReplacedJobIsDroppedAndTheReplacedJobIsCancelled() {
        slot.replace(job("first", (p, c) -> "first"), "first…", results::add, failures::add);
        slot.replace(job("second", (p, c) -> "second"), "second…", results::add, failures::add);

        assertThat(executor.<String>job(0).cancelled()).isTrue();
        executor.<String>job(0).succeed("first");
        executor.<String>job(0).fail(new CancelledException());

        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(slot.runningProperty().get()).as("the second job still runs").isTrue();
        assertThat(slot.messageProperty().get()).isEqualTo("second…");

        executor.<String>job(1).succeed("second");
        assertThat(results).containsExactly("second");
        assertThat(slot.runningProperty().get()).isFalse();
    }

    @Test
    void progressOfAReplacedJobIsDropped() {
        slot.replace(job("first", (p, c) -> {
            p.message("late line of the first job");
            p.progress(9, 10);
            return "first";
        }), "first…", results::add, failures::add);
        slot.replace(job("second", (p, c) -> "second"), "second…", results::add, failures::add);

        executor.<String>job(0).run(ProgressListener.none());

        assertThat(slot.messageProperty().get()).isEqualTo("second…");
        assertThat(slot.progressProperty().get()).isEqualTo(-1);
        assertThat(results).isEmpty();
    }

    @Test
    void cancelReachesTheJobAndTheFailureCallbackGetsTheCancel() {
        slot.start(job("long", (p, c) -> {
            c.throwIfCancelled();
            return "done";
        }), "Working…", results::add, failures::add);

        slot.cancel();

        assertThat(executor.<String>job(0).cancelled()).isTrue();
        assertThat(slot.messageProperty().get()).isEqualTo("Cancelling…");
        executor.<String>job(0).run(ProgressListener.none());
        assertThat(failures).singleElement().isInstanceOf(CancelledException.class);
        assertThat(results).isEmpty();
        assertThat(slot.runningProperty().get()).isFalse();
    }

    @Test
    void cancelWithNoJobRunningChangesNothing() {
        slot.say("Idle.");
        slot.cancel();
        assertThat(slot.messageProperty().get()).isEqualTo("Idle.");
    }

    @Test
    void progressMessagesAndTheEtaReachTheProperties() {
        List<String> seen = new ArrayList<>();
        slot.start(job("steps", (p, c) -> {
            p.message("step 1 of 4");
            Thread.sleep(30);
            p.progress(1, 4);
            seen.add(slot.progressProperty().get() + " | " + slot.messageProperty().get() + " | "
                    + slot.etaProperty().get());
            p.progress(4, 4);
            seen.add(slot.progressProperty().get() + " | " + slot.messageProperty().get() + " | "
                    + slot.etaProperty().get());
            return "ok";
        }), "Starting…", results::add, failures::add);

        List<String> forwarded = new ArrayList<>();
        executor.<String>job(0).run(new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                forwarded.add(done + "/" + total);
            }

            @Override
            public void message(String text) {
                forwarded.add(text);
            }
        });

        assertThat(seen.get(0)).as("a quarter done after 30 ms leaves about 90 ms: rounded up to a second")
                .isEqualTo("0.25 | step 1 of 4 | 1s");
        assertThat(seen.get(1)).as("no ETA once done").isEqualTo("1.0 | step 1 of 4 | ");
        assertThat(forwarded).as("the job runner's listener still gets everything")
                .containsExactly("step 1 of 4", "1/4", "4/4");
        assertThat(results).containsExactly("ok");
        assertThat(slot.etaProperty().get()).isEmpty();
        assertThat(slot.messageProperty().get()).isEqualTo("step 1 of 4");
    }

    @Test
    void whoeverWatchesRunningSeesTheOutcomeTheCallbackSaid() {
        List<String> whenStopped = new ArrayList<>();
        slot.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                whenStopped.add(slot.messageProperty().get());
            }
        });
        slot.start(job("bad", (p, c) -> {
            p.progress(1, 2);
            throw new IllegalStateException("no model");
        }), "Working…", results::add, error -> {
            failures.add(error);
            assertThat(slot.progressProperty().get()).as("the job has ended").isZero();
            slot.say("Failed: " + error.getMessage());
        });

        executor.<String>job(0).run(ProgressListener.none());

        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("no model");
        assertThat(whenStopped).containsExactly("Failed: no model");
        assertThat(slot.runningProperty().get()).isFalse();
        slot.cancel();
        assertThat(slot.messageProperty().get()).as("nothing left to cancel").isEqualTo("Failed: no model");
    }

    @Test
    void aSlotWithADialogShowsAFailureOnceAndACancelNot() {
        io.campaignlab.views.testing.RecordingDialogService dialogs =
                new io.campaignlab.views.testing.RecordingDialogService();
        JobSlot shown = new JobSlot(executor, Runnable::run, dialogs, "Training failed");
        shown.start(job("bad", (p, c) -> "x"), "Working…", results::add, failures::add);
        executor.<String>job(0).fail(new IllegalStateException("the label has one class only"));
        shown.start(job("cancelled", (p, c) -> "x"), "Working…", results::add, failures::add);
        executor.<String>job(1).fail(new CancelledException());

        assertThat(dialogs.shown("error")).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Training failed");
            assertThat(d.text()).isEqualTo("the label has one class only");
        });
        assertThat(failures).hasSize(2);
    }

    @Test
    void aSlotWordsAFailureWithTheFunctionItWasGiven() {
        io.campaignlab.views.testing.RecordingDialogService dialogs =
                new io.campaignlab.views.testing.RecordingDialogService();
        JobSlot shown = new JobSlot(executor, Runnable::run, dialogs, "Import failed",
                error -> "In words: " + error.getMessage());
        shown.start(job("bad", (p, c) -> "x"), "Working…", results::add, failures::add);
        executor.<String>job(0).fail(new IllegalStateException("line 7 is bad"));

        assertThat(dialogs.shown("error")).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Import failed");
            assertThat(d.text()).isEqualTo("In words: line 7 is bad");
        });
        assertThat(shown.runningProperty().get()).isFalse();
    }

    @Test
    void theLatestTicketDropsAnswersToEarlierRequests() {
        Latest latest = new Latest();
        List<String> answers = new ArrayList<>();
        Latest.Ticket first = latest.next();
        Latest.Ticket second = latest.next();
        first.<String>ifCurrent(answers::add).accept("first");
        second.<String>ifCurrent(answers::add).accept("second");
        latest.invalidate();
        second.<String>ifCurrent(answers::add).accept("second again");

        assertThat(answers).containsExactly("second");
        assertThat(latest.current().isCurrent()).isTrue();
    }
}
