package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

import java.net.URI;

/** The decision service driven: another process's, or by default the workspace's own. */
final class DriveServiceOptions {
    @Option(names = "--url", paramLabel = "URL", description = "A running decision service, for example"
            + " http://127.0.0.1:8080 (default: start the workspace's own).")
    URI url;

    @Option(names = "--key", paramLabel = "KEY", description = "The service's API key (default: the workspace's,"
            + " from serve-keys.properties).")
    String key;
}
