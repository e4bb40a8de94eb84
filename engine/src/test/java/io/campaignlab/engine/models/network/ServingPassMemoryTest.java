package io.campaignlab.engine.models.network;

import ai.djl.Device;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision server scores every request with {@link NetworkSession#logitsOnePass}. Each call used to leave two
 * fresh direct buffers (DJL's copy of the heap inputs) for the garbage collector to free; at a few hundred requests a
 * second under ZGC they piled up by the ten thousand between collections and the process's native memory grew. Here
 * thousands of passes must allocate no direct buffer and leave no array attached to the model's manager, and reusing
 * the buffers must not mix one request's inputs into the next one's scores.
 */
class ServingPassMemoryTest {

    private static final int FIELDS = 8;
    private static final int VOCABULARY = 2000;
    private static final int ROWS = 20 * (1 + FIELDS) + 1;

    private static NetworkSession session;

    @BeforeAll
    static void open() {
        int[] slotField = new int[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            slotField[i] = i;
        }
        NetworkShape shape = new NetworkShape(ModelKind.DEEPFM, VOCABULARY, FIELDS, slotField,
                Hyperparameters.defaults());
        byte[] parameters;
        try (NetworkSession trained = NetworkSession.forTraining(shape, Device.cpu(), 7)) {
            parameters = trained.saveParameters();
        }
        session = NetworkSession.forScoring(shape, Device.cpu(), parameters);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void thousandsOfServingPassesAllocateNoDirectBufferAndAttachNoArray() {
        EncodedRows request = rows(1, ROWS);
        session.logitsOnePass(request);
        long buffersBefore = directBuffers();
        int attachedBefore = session.attachedArrays();
        for (int i = 0; i < 3000; i++) {
            session.logitsOnePass(request);
        }
        // DJL's heap-buffer copy made 6000 here (two per pass); only a collection could lower the count
        assertThat(directBuffers() - buffersBefore).isLessThanOrEqualTo(0);
        assertThat(session.attachedArrays()).isEqualTo(attachedBefore);
    }

    @Test
    void aRequestScoresTheSameWhateverWasScoredBeforeIt() {
        EncodedRows a = rows(2, ROWS);
        EncodedRows b = rows(3, ROWS / 2);
        EncodedRows bigger = rows(4, ROWS * 3);
        double[] first = session.logitsOnePass(a);
        session.logitsOnePass(b);
        session.logitsOnePass(bigger);
        assertThat(session.logitsOnePass(a)).containsExactly(first);
        int[] all = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            all[i] = i;
        }
        // the batch path (its own buffers) gives the same scores, and the rows differ from each other
        double[] batch = session.logits(a, all);
        for (int i = 0; i < ROWS; i++) {
            assertThat(first[i]).isCloseTo(batch[i], org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(java.util.Arrays.stream(first).distinct().count()).isGreaterThan(ROWS / 2);
    }

    private static EncodedRows rows(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] indices = new int[n * FIELDS];
        float[] values = new float[n * FIELDS];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = random.nextInt(VOCABULARY);
            values[i] = 0.5f + random.nextFloat();
        }
        return new EncodedRows(n, FIELDS, indices, values);
    }

    private static long directBuffers() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(p -> p.getName().equals("direct")).mapToLong(BufferPoolMXBean::getCount).sum();
    }
}
