package io.campaignlab.engine.campaigns.policy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Holdout assignment by a keyed hash: u = HMAC-SHA256(key, user, campaign, version) read as a number in [0, 1), and
 * the user is held out when u &lt; the holdout share. The same user and campaign version always land in the same
 * arm; a new version draws afresh. Thread-safe (one {@link Mac} per thread).
 * <p>
 * The message is each of user and campaign as a 4-byte big-endian length followed by its UTF-8 bytes, then the
 * version as a 4-byte big-endian int, so that no two different triples give the same message. u is the first 8
 * bytes of the digest, big-endian, shifted right by 11 bits and times 2^-53.
 */
public final class HoldoutAssigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final double UNIT = 0x1.0p-53;

    private final ThreadLocal<Mac> macs;

    public HoldoutAssigner(HoldoutKey key) {
        SecretKeySpec spec = new SecretKeySpec(key.bytes(), ALGORITHM);
        macs = ThreadLocal.withInitial(() -> newMac(spec));
        macs.get(); // fail here, not on the first request, if the JDK lacks the algorithm
    }

    /** The user's arm for this campaign version, given the share of users held out (in [0, 1]). */
    public Arm arm(String user, String campaign, int version, double holdoutShare) {
        if (!(holdoutShare >= 0 && holdoutShare <= 1)) {
            throw new IllegalArgumentException("holdout share must be in [0, 1], was " + holdoutShare);
        }
        return unit(user, campaign, version) < holdoutShare ? Arm.HOLDOUT : Arm.TREATMENT;
    }

    /** The keyed hash of (user, campaign, version) as a number in [0, 1). */
    public double unit(String user, String campaign, int version) {
        byte[] digest = macs.get().doFinal(message(user, campaign, version));
        return (ByteBuffer.wrap(digest).getLong() >>> 11) * UNIT;
    }

    static byte[] message(String user, String campaign, int version) {
        byte[] u = user.getBytes(StandardCharsets.UTF_8);
        byte[] c = campaign.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + u.length + 4 + c.length + 4)
                .putInt(u.length).put(u).putInt(c.length).put(c).putInt(version).array();
    }

    private static Mac newMac(SecretKeySpec spec) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(spec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable: " + e.getMessage(), e);
        }
    }
}
