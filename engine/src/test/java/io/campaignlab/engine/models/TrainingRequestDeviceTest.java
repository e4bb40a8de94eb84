package io.campaignlab.engine.models;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Row-wise embedding updates are a CPU optimisation; a GPU run keeps dense updates and records that. */
class TrainingRequestDeviceTest {

    @Test
    void keepsRowWiseUpdatesOnTheCpu() {
        TrainingRequest request = CtrTrainingTest.request(ModelKind.DEEPFM, 1);
        assertThat(request.params().sparseEmbeddings()).isTrue();

        assertThat(request.onDevice(Device.cpu())).isSameAs(request);
    }

    @Test
    void switchesToDenseUpdatesOnAGpuAndChangesNothingElse() {
        TrainingRequest request = CtrTrainingTest.request(ModelKind.DEEPFM, 1);

        TrainingRequest onGpu = request.onDevice(Device.gpu());

        assertThat(onGpu.params().sparseEmbeddings()).isFalse();
        assertThat(onGpu.params().withSparseEmbeddings(true)).isEqualTo(request.params());
        assertThat(onGpu.features()).isEqualTo(request.features());
        assertThat(onGpu.seed()).isEqualTo(request.seed());
    }

    @Test
    void leavesAnExplicitDenseRequestAlone() {
        TrainingRequest request = CtrTrainingTest.request(ModelKind.DNN, 1);
        TrainingRequest dense = new TrainingRequest(request.dataset(), request.label(), request.features(),
                request.split(), request.model(), request.params().withSparseEmbeddings(false), 1, "cpu");

        assertThat(dense.onDevice(Device.cpu()).params().sparseEmbeddings()).isFalse();
        assertThat(dense.onDevice(Device.gpu())).isSameAs(dense);
    }
}
