package io.campaignlab.engine.device;

import ai.djl.Device;
import ai.djl.engine.Engine;

import java.util.Locale;

/** Chooses the device for training and scoring, and describes the deep-learning engine in use. */
public final class ComputeDevices {

    private ComputeDevices() {
    }

    /**
     * The device for a preference: {@code auto} picks the GPU when the engine sees one, else the CPU;
     * {@code gpu} fails clearly when none is present.
     */
    public static Device choose(String preference) {
        String p = preference == null ? "auto" : preference.toLowerCase(Locale.ROOT);
        int gpus = Engine.getInstance().getGpuCount();
        return switch (p) {
            case "auto" -> gpus > 0 ? Device.gpu() : Device.cpu();
            case "cpu" -> Device.cpu();
            case "gpu" -> {
                if (gpus == 0) {
                    throw new IllegalArgumentException("--device gpu was asked for, but the "
                            + Engine.getInstance().getEngineName() + " engine sees no GPU on this machine");
                }
                yield Device.gpu();
            }
            default -> throw new IllegalArgumentException("unknown device '" + preference + "'; use auto, cpu or gpu");
        };
    }

    /**
     * Whether embedding tables should take row-wise (lazy) Adam updates on this device. On the CPU the dense update,
     * which touches every row each step, is the bottleneck and the row-wise update is faster (DeepFM 71k against
     * 39k rows/s here). On a GPU the dense update is cheap and the row-wise one, done in Java, is the bottleneck
     * (DeepFM 330k against 109k rows/s on an H200), so the GPU keeps DJL's dense Adam.
     */
    public static boolean rowWiseUpdates(Device device) {
        return !device.isGpu();
    }

    /** What the engine reports about itself and this machine. */
    public static EngineInfo describe() {
        Engine engine = Engine.getInstance();
        int gpus = engine.getGpuCount();
        return new EngineInfo(engine.getEngineName(), engine.getVersion(), Engine.getDjlVersion(), gpus,
                (gpus > 0 ? Device.gpu() : Device.cpu()).toString());
    }

    /**
     * @param engine        the engine's name, e.g. PyTorch
     * @param engineVersion its native library's version
     * @param djlVersion    DJL's version
     * @param gpuCount      GPUs the engine sees
     * @param device        the device {@code auto} chooses
     */
    public record EngineInfo(String engine, String engineVersion, String djlVersion, int gpuCount, String device) {
    }
}
