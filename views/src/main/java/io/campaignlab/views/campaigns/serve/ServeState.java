package io.campaignlab.views.campaigns.serve;

/**
 * Whether the decision server runs, and where.
 *
 * @param running   whether it listens
 * @param bind      the address it listens on
 * @param port      its port (0 when stopped)
 * @param campaigns the published campaigns it serves
 * @param apiKey    the workspace's API key (null when stopped)
 */
public record ServeState(boolean running, String bind, int port, int campaigns, String apiKey) {

    public static final ServeState STOPPED = new ServeState(false, null, 0, 0, null);

    /** The API's base address, or null when stopped. */
    public String url() {
        return running ? "http://" + bind + ":" + port + "/v1/" : null;
    }
}
