package io.campaignlab.engine.models;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training must not depend on when the garbage collector runs. DJL's {@code NDArray.mul(Number)} made CPU scalar
 * tensors over direct buffers that autograd kept after the buffers became collectable (see
 * {@code engine.device.Scalars}); a collection between the forward and the backward pass then fed freed memory into
 * the gradient. Here a second thread forces collections and fills freshly allocated direct memory with NaNs while a
 * model trains: with the borrowed scalars the loss became NaN within the first epoch; with owned ones the model is
 * the one trained without the disturbance.
 */
class FreedMemoryTrainingTest {

    @Test
    void aModelTrainedWhileTheCollectorFreesAndPoisonsDirectMemoryIsTheUndisturbedModel() throws Exception {
        CtrTrainingTest.generate();
        TrainedModel undisturbed = CtrTrainingTest.train(ModelKind.DEEPFM, 3);
        AtomicBoolean stop = new AtomicBoolean();
        Thread poisoner = new Thread(() -> {
            ArrayDeque<ByteBuffer> recent = new ArrayDeque<>();
            long allocations = 0;
            while (!stop.get()) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 14).order(ByteOrder.nativeOrder());
                while (buffer.remaining() >= Float.BYTES) {
                    buffer.putFloat(Float.NaN);
                }
                recent.add(buffer);
                if (recent.size() > 32) {
                    recent.poll();
                }
                if (++allocations % 64 == 0) {
                    // paced: a full collection in a JVM that earlier tests filled can take long, and back-to-back
                    // ones stopped the training for minutes; after each one, wait twice as long as it took
                    long started = System.nanoTime();
                    System.gc();
                    long pauseMillis = (System.nanoTime() - started) / 1_000_000;
                    try {
                        Thread.sleep(Math.max(1, 2 * pauseMillis));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "direct-memory-poisoner");
        poisoner.setDaemon(true);
        poisoner.start();
        TrainedModel disturbed;
        try {
            disturbed = CtrTrainingTest.train(ModelKind.DEEPFM, 3);
        } finally {
            stop.set(true);
            poisoner.join();
        }
        assertThat(disturbed.testScores()).containsExactly(undisturbed.testScores());
    }
}
