package io.campaignlab.app.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The API key a call must carry, as {@code Authorization: Bearer KEY} or {@code X-Api-Key: KEY}. */
final class ApiKeyCheck {

    private final byte[] key;

    ApiKeyCheck(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws a 401 unless one of the headers carries the key (compared in constant time). */
    void require(String authorization, String apiKeyHeader) {
        String given = apiKeyHeader;
        if (given == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        }
        if (given == null) {
            throw new ApiError(401, "missing API key: send Authorization: Bearer KEY or X-Api-Key: KEY");
        }
        if (!MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "wrong API key");
        }
    }
}
