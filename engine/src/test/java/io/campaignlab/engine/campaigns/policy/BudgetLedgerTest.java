package io.campaignlab.engine.campaigns.policy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget under 8 racing threads: never a cent over the cap, and every granted cent accounted for. */
class BudgetLedgerTest {

    private static final int THREADS = 8;

    @Test
    void trySpendFillsTheCapExactlyUnderEightRacingThreads() throws Exception {
        long cap = 50_000;
        BudgetLedger ledger = new BudgetLedger(cap);
        List<long[]> granted = race(THREADS, thread -> {
            // grants of 1 to 7 cents until a 1-cent grant is refused, which happens only when nothing is left
            SplittableRandom random = new SplittableRandom(thread);
            long sum = 0;
            long count = 0;
            while (true) {
                long cents = 1 + random.nextInt(7);
                if (ledger.trySpend(cents)) {
                    sum += cents;
                    count++;
                } else if (!ledger.trySpend(1)) {
                    return new long[]{sum, count};
                } else {
                    sum += 1;
                    count++;
                }
            }
        });
        long total = granted.stream().mapToLong(g -> g[0]).sum();
        assertThat(total).isEqualTo(cap);
        assertThat(ledger.committed()).isEqualTo(cap);
        assertThat(ledger.snapshot()).isEqualTo(new BudgetSnapshot(cap, cap, 0, 0));
        // the grants the threads counted are the ones the ledger committed: none lost, none doubled
        assertThat(granted.stream().mapToLong(g -> g[1]).sum()).isPositive();
        assertThat(ledger.trySpend(1)).isFalse();
        assertThat(ledger.trySpend(0)).isTrue();
    }

    @Test
    void reserveCommitAndReleaseNeverPassTheCapAndReturnWhatIsUnused() throws Exception {
        long cap = 20_000;
        BudgetLedger ledger = new BudgetLedger(cap);
        List<long[]> results = race(THREADS, thread -> {
            // reserve 5 cents; commit 3 (two go back), commit all 5, or release, in turn; stop after 200 refusals
            long spent = 0;
            int refusals = 0;
            for (int i = 0; refusals < 200; i++) {
                Optional<Reservation> reservation = ledger.reserve(5);
                if (reservation.isEmpty()) {
                    refusals++;
                    continue;
                }
                assertThat(ledger.snapshot().committed()).isLessThanOrEqualTo(cap);
                switch (i % 3) {
                    case 0 -> {
                        assertThat(ledger.commit(reservation.get(), 3)).isTrue();
                        spent += 3;
                    }
                    case 1 -> {
                        assertThat(ledger.commit(reservation.get(), 5)).isTrue();
                        spent += 5;
                    }
                    default -> assertThat(ledger.release(reservation.get())).isTrue();
                }
                assertThat(ledger.release(reservation.get())).as("settled once only").isFalse();
            }
            return new long[]{spent};
        });
        long spent = results.stream().mapToLong(r -> r[0]).sum();
        BudgetSnapshot end = ledger.snapshot();
        assertThat(end.committed()).isEqualTo(spent).isLessThanOrEqualTo(cap);
        assertThat(end.reserved()).isZero();
        assertThat(end.remaining()).isEqualTo(cap - spent).isLessThan(5); // refused only when fewer than 5 were left
    }

    @Test
    void aSingleThreadSeesTheArithmetic() {
        BudgetLedger ledger = new BudgetLedger(1_000);
        Reservation held = ledger.reserve(600).orElseThrow();
        assertThat(ledger.trySpend(401)).isFalse();
        assertThat(ledger.snapshot()).isEqualTo(new BudgetSnapshot(1_000, 0, 600, 400));
        assertThat(ledger.commit(held, 250)).isTrue();
        assertThat(ledger.snapshot()).isEqualTo(new BudgetSnapshot(1_000, 250, 0, 750));
        assertThat(ledger.commit(held, 250)).isFalse();
        assertThat(ledger.trySpend(750)).isTrue();
        assertThat(ledger.trySpend(1)).isFalse();
        assertThat(ledger.reserve(0)).isPresent();
        assertThatThrownBy(() -> ledger.trySpend(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> ledger.commit(new Reservation(99, 10), 11)).hasMessageContaining("0 to 10 cents");
        assertThat(ledger.release(new Reservation(99, 10))).as("not this ledger's").isFalse();
    }

    private interface Worker {
        long[] work(int thread) throws Exception;
    }

    /** Starts the workers together on a latch and returns what each reported. */
    private static List<long[]> race(int threads, Worker worker) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return worker.work(thread);
                }));
            }
            start.countDown();
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
