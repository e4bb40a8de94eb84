package io.campaignlab.app.cli.workspace;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.engine.device.ComputeDevices;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import picocli.CommandLine.Command;

/** {@code campaign-lab device}: which deep-learning engine and device models will use. */
@Command(name = "device", description = "Show the deep-learning engine and the device (GPU or CPU) models will use.")
public final class DeviceCommand extends CliCommand {

    @Override
    public Integer call() {
        long started = System.nanoTime();
        ComputeDevices.EngineInfo info = ComputeDevices.describe();
        double seconds = (System.nanoTime() - started) / 1e9;
        Output output = new Output(out());
        if (options.json()) {
            output.json(new Device(info, Math.round(seconds * 1000) / 1000.0));
        } else {
            output.line("%s %s (DJL %s): %d GPU(s); models run on %s. Engine loaded in %.1f s.", info.engine(),
                    info.engineVersion(), info.djlVersion(), info.gpuCount(), info.device(), seconds);
        }
        return 0;
    }

    /** {@code device --json}: the engine, its devices and how long it took to load. */
    record Device(@JsonUnwrapped ComputeDevices.EngineInfo engine, double loadSeconds) {
    }
}
