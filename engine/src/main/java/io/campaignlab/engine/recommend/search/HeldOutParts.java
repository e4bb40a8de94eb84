package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.crossdomain.ColdStartSplit;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;

import java.util.function.Supplier;

/**
 * A run's validation and test parts. The validation part is the same protocol applied again to the training part
 * alone, so it never holds a test event: with leave-last-out, each user's last relevant event is the test and the
 * relevant event before it (the last one left in training) the validation; with chronological, the validation cut
 * is the same quantile of the training events' times; with cold start (cdr), a further share of the users in both
 * domains, drawn with seed + 1 from those not held out for the test, loses its target events. Trials train on what
 * precedes the validation part; the chosen settings then train on the whole training part (train + validation) and
 * the test part is read once.
 *
 * <p>{@link #test()} counts its reads and refuses a second one, so a run cannot peek at the test part twice.
 *
 * @param <S> the split type: {@link EvaluationSplit} or {@link ColdStartSplit}
 */
public final class HeldOutParts<S> {

    private final S test;
    private final Supplier<S> validationMaker;
    private final int testUsers;
    private S validation;
    private int testReads;

    private HeldOutParts(S test, int testUsers, Supplier<S> validationMaker) {
        this.test = test;
        this.testUsers = testUsers;
        this.validationMaker = validationMaker;
    }

    /** Leave-last-out or chronological on one log. */
    public static HeldOutParts<EvaluationSplit> of(InteractionLog log, EvaluationProtocol protocol) {
        EvaluationSplit test = EvaluationSplit.of(log, protocol);
        return new HeldOutParts<>(test, test.evaluatedUsers(), () -> EvaluationSplit.of(
                log.restrict(EvaluationSplit.trainingEvents(log, protocol)), protocol));
    }

    /** Cross-domain cold start: the validation users are drawn (seed + 1) among those the test leaves warm. */
    public static HeldOutParts<ColdStartSplit> coldStart(InteractionLog target, InteractionLog source,
                                                         EvaluationProtocol protocol, long seed) {
        ColdStartSplit test = ColdStartSplit.of(target, source, protocol, seed);
        return new HeldOutParts<>(test, test.heldOut(), () -> {
            boolean[] keep = new boolean[target.events()];
            for (int u = 0; u < target.users(); u++) {
                boolean cold = test.split().targets()[u] != null;
                for (int e = target.start(u); e < target.end(u); e++) {
                    keep[e] = !cold;
                }
            }
            return ColdStartSplit.of(target.restrict(keep), source, protocol, seed + 1);
        });
    }

    /** The validation part (made on first use); reading it as often as needed never touches the test part. */
    public synchronized S validation() {
        if (validation == null) {
            validation = validationMaker.get();
        }
        return validation;
    }

    /** The test part, for the one evaluation of the chosen settings. A second read fails. */
    public synchronized S test() {
        testReads++;
        if (testReads > 1) {
            throw new IllegalStateException("the test part is read once per run; this is read " + testReads);
        }
        return test;
    }

    /** How many times {@link #test()} was called. */
    public synchronized int testReads() {
        return testReads;
    }

    /** How many users the test part evaluates: its size, not its content (so that an empty test fails early). */
    public int testUsers() {
        return testUsers;
    }
}
