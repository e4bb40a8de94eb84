package io.campaignlab.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Campaign Lab " + (version != null ? version : "development") + ", Java "
                + System.getProperty("java.version")};
    }
}
