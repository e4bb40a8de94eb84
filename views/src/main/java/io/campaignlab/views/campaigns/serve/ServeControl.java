package io.campaignlab.views.campaigns.serve;

import io.campaignlab.engine.workspace.WorkspaceContext;

/**
 * Starts, stops and reads the decision server of the open workspace. The app implements it (the server lives
 * there); every method may do I/O, so the pane calls them off the JavaFX thread.
 */
public interface ServeControl {

    /** For a window without the app's server: says so on start. */
    ServeControl UNAVAILABLE = new ServeControl() {
        @Override
        public ServeState start(WorkspaceContext workspace, String bind, int port) {
            throw new IllegalStateException("this window cannot run the decision server; run campaign-lab serve");
        }

        @Override
        public ServeState stop() {
            return ServeState.STOPPED;
        }

        @Override
        public ServeState state() {
            return ServeState.STOPPED;
        }

        @Override
        public ServeSnapshot snapshot(String campaign) {
            throw new IllegalStateException("the decision server is not running");
        }

        @Override
        public ServeState reload() {
            return ServeState.STOPPED;
        }
    };

    /** Loads the workspace's published campaigns and listens; fails when it already runs or the port is taken. */
    ServeState start(WorkspaceContext workspace, String bind, int port) throws Exception;

    /** Stops the server and flushes its decision log; does nothing when it is stopped. */
    ServeState stop();

    ServeState state();

    /**
     * Loads the published campaigns again, after a publish or a stop while the server runs; does nothing when it is
     * stopped.
     */
    ServeState reload();

    /**
     * Polls the running server.
     *
     * @param campaign the campaign whose counts and posteriors to read, or null for the first one served
     */
    ServeSnapshot snapshot(String campaign) throws Exception;
}
