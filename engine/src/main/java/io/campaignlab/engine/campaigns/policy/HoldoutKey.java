package io.campaignlab.engine.campaigns.policy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The per-workspace secret of the holdout hash: 32 random bytes, generated once and stored with the workspace
 * (as Base64). Whoever lacks it cannot predict which users are held out.
 */
public final class HoldoutKey {

    /** The length of a generated key, the HMAC-SHA256 block-size-friendly 256 bits. */
    public static final int BYTES = 32;
    /** The shortest key accepted (128 bits). */
    public static final int MIN_BYTES = 16;

    private final byte[] bytes;

    private HoldoutKey(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("a holdout key needs at least " + MIN_BYTES + " bytes, had "
                    + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static HoldoutKey generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new HoldoutKey(bytes);
    }

    public static HoldoutKey of(byte[] bytes) {
        return new HoldoutKey(bytes);
    }

    /** Reads a key written by {@link #base64()}. */
    public static HoldoutKey fromBase64(String text) {
        return new HoldoutKey(Base64.getDecoder().decode(text.strip()));
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HoldoutKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the key itself, so that it cannot leak into a log. */
    @Override
    public String toString() {
        return "HoldoutKey[" + bytes.length + " bytes]";
    }
}
