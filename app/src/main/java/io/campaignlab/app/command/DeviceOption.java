package io.campaignlab.app.command;

import picocli.CommandLine.Option;

/** {@code --device}: where a DJL model trains, {@code auto} (the GPU when there is one), {@code cpu} or {@code gpu}. */
public final class DeviceOption {

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu (default ${DEFAULT-VALUE}).")
    String device;

    public String device() {
        return device;
    }
}
