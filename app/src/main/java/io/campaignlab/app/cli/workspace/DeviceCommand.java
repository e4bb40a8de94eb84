package io.campaignlab.app.cli.workspace;

import io.campaignlab.app.cli.CliCommand;
import io.campaignlab.app.cli.Output;
import io.campaignlab.engine.device.ComputeDevices;
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
            var node = Output.JSON.valueToTree(info);
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("load_seconds", Math.round(seconds * 1000) / 1000.0);
            output.json(node);
        } else {
            output.line("%s %s (DJL %s): %d GPU(s); models run on %s. Engine loaded in %.1f s.", info.engine(),
                    info.engineVersion(), info.djlVersion(), info.gpuCount(), info.device(), seconds);
        }
        return 0;
    }
}
