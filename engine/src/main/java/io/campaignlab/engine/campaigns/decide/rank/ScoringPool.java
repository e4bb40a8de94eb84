package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.models.network.ScoringSession;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A few scoring sessions of one model, each used by one request at a time (a session is not thread-safe): a request
 * waits for a free one. Closing frees their native memory.
 */
final class ScoringPool implements AutoCloseable {

    private static final int WAIT_SECONDS = 5;

    private final BlockingQueue<ScoringSession> free;
    private final List<ScoringSession> all = new ArrayList<>();
    private volatile boolean closed;

    ScoringPool(LoadedModel model, int sessions) {
        free = new ArrayBlockingQueue<>(sessions);
        try {
            for (int i = 0; i < sessions; i++) {
                ScoringSession s = ScoringSession.open(model.artifact().shape(), model.artifact().pipeline(),
                        ComputeDevices.choose("auto"), model.artifact().parameters());
                all.add(s);
                free.add(s);
            }
        } catch (RuntimeException e) {
            all.forEach(ScoringSession::close);
            throw e;
        }
    }

    /** The main output's logits of every row, in one forward pass. */
    double[] logits(EncodedRows rows) {
        if (closed) {
            throw new IllegalStateException("the model was unloaded");
        }
        ScoringSession session;
        try {
            session = free.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a scoring session", e);
        }
        if (session == null) {
            throw new IllegalStateException("no scoring session came free within " + WAIT_SECONDS + " s");
        }
        try {
            return session.logitsOnePass(rows);
        } finally {
            free.add(session);
        }
    }

    /** Closes the sessions once every one is back (waits for requests in flight). */
    @Override
    public void close() {
        closed = true;
        for (int i = 0; i < all.size(); i++) {
            try {
                free.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        all.forEach(ScoringSession::close);
    }
}
