package io.campaignlab.app.serve;

import java.net.URI;

/**
 * What {@link DriveJob} replays.
 *
 * @param users   simulated users of the campaign's audience to replay, each once, drawn without replacement
 * @param seed    the seed of the draw and of each user's planted outcome
 * @param url     the decision service's base URL, for example {@code http://127.0.0.1:8080}
 * @param key     its API key
 * @param clients concurrent HTTP clients
 */
public record DriveSpec(int users, long seed, URI url, String key, int clients) {

    public DriveSpec {
        if (users < 1) {
            throw new IllegalArgumentException("--users must be at least 1, was " + users);
        }
        if (clients < 1 || clients > 256) {
            throw new IllegalArgumentException("--clients must be 1 to 256, was " + clients);
        }
        if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("--url must be an http URL, for example http://127.0.0.1:8080; was "
                    + url);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the decision service's API key is needed");
        }
    }
}
