package io.campaignlab.engine.campaigns.policy;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Holdout assignment: known HMAC values, determinism, the holdout share and independence across versions, each
 * against a binomial 99.9% interval worked by hand (mean ± 3.29 sd, sd = √(n p (1 − p))).
 */
class HoldoutAssignerTest {

    /** The bytes 0, 1, ..., 31, as in the Python check. */
    private static final HoldoutKey KEY = HoldoutKey.of(bytes0To31());
    private static final int USERS = 100_000;

    private static byte[] bytes0To31() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void theUnitIsTheHmacAsPythonComputesIt() {
        // python3: key = bytes(range(32)); msg = len(u) u len(c) c version, each length and the version 4-byte
        // big-endian; d = hmac.new(key, msg, hashlib.sha256).digest(); (int.from_bytes(d[:8], 'big') >> 11) * 2**-53
        HoldoutAssigner assigner = new HoldoutAssigner(KEY);
        assertThat(assigner.unit("u-42", "spring-sale", 3)).isEqualTo(0.9721573204919198); // digest f8df4d5a...
        assertThat(assigner.unit("u-42", "spring-sale", 4)).isEqualTo(0.09925529342964978); // digest 1968cb7f...
        assertThat(assigner.unit("ü-7", "spring-sale", 3)).isEqualTo(0.41061393951606395); // UTF-8 id
        assertThat(assigner.arm("u-42", "spring-sale", 3, 0.10)).isEqualTo(Arm.TREATMENT);
        assertThat(assigner.arm("u-42", "spring-sale", 4, 0.10)).isEqualTo(Arm.HOLDOUT);
    }

    @Test
    void theSameUserAndVersionAlwaysLandInTheSameArm() throws InterruptedException {
        HoldoutAssigner first = new HoldoutAssigner(KEY);
        HoldoutAssigner reloaded = new HoldoutAssigner(HoldoutKey.fromBase64(KEY.base64()));
        Arm[] arms = new Arm[10_000];
        for (int i = 0; i < arms.length; i++) {
            arms[i] = first.arm("user-" + i, "c1", 2, 0.3);
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < arms.length; i++) {
                assertThat(reloaded.arm("user-" + i, "c1", 2, 0.3)).isEqualTo(arms[i]);
            }
        }
        // eight threads at once, each with its own Mac, agree with the sequential answers
        Thread[] threads = new Thread[8];
        int[] mismatches = new int[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < arms.length; i++) {
                    mismatches[me] += first.arm("user-" + i, "c1", 2, 0.3) == arms[i] ? 0 : 1;
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(mismatches).containsOnly(0);
    }

    @Test
    void theHoldoutShareOf100kUsersIsWithinItsBinomialInterval() {
        // n = 100,000, p = 0.10: mean 10,000, sd = √(100000 · 0.1 · 0.9) = √9000 = 94.87, 3.29 sd = 312.1
        // → [9,688, 10,312]; p = 0.5: sd = √25000 = 158.1, 3.29 sd = 520.2 → [49,480, 50,520]
        HoldoutAssigner assigner = new HoldoutAssigner(KEY);
        assertThat(holdouts(assigner, "spring-sale", 1, 0.10)).isBetween(9_688, 10_312);
        assertThat(holdouts(assigner, "spring-sale", 1, 0.50)).isBetween(49_480, 50_520);
        assertThat(holdouts(assigner, "spring-sale", 1, 0.0)).isZero();
        assertThat(holdouts(assigner, "spring-sale", 1, 1.0)).isEqualTo(USERS);
    }

    @Test
    void versionsAndCampaignsDrawIndependently() {
        // held out in both of two independent draws: p = 0.1 · 0.1 = 0.01, n = 100,000: mean 1,000,
        // sd = √(100000 · .01 · .99) = 31.46, 3.29 sd = 103.5 → [897, 1,103] (identical draws would give ~10,000)
        HoldoutAssigner assigner = new HoldoutAssigner(KEY);
        assertThat(bothHeldOut(assigner, "spring-sale", 1, "spring-sale", 2)).isBetween(897, 1_103);
        assertThat(bothHeldOut(assigner, "spring-sale", 1, "winter-sale", 1)).isBetween(897, 1_103);
    }

    @Test
    void anotherKeyGivesOtherArmsAndTheMessageIsUnambiguous() {
        HoldoutAssigner ours = new HoldoutAssigner(KEY);
        HoldoutAssigner theirs = new HoldoutAssigner(HoldoutKey.generate(new SecureRandom()));
        // two independent 10% draws agree on holdout for ~1% of users, not ~10%: same interval as above
        int both = 0;
        for (int i = 0; i < USERS; i++) {
            both += ours.arm("u" + i, "c", 1, 0.1) == Arm.HOLDOUT && theirs.arm("u" + i, "c", 1, 0.1) == Arm.HOLDOUT
                    ? 1 : 0;
        }
        assertThat(both).isBetween(897, 1_103);
        assertThat(ours.unit("ab", "c", 1)).isNotEqualTo(ours.unit("a", "bc", 1));
        assertThat(HoldoutKey.fromBase64(KEY.base64())).isEqualTo(KEY);
        assertThat(KEY.toString()).doesNotContain(KEY.base64());
        assertThatThrownBy(() -> HoldoutKey.of(new byte[8])).hasMessageContaining("at least 16 bytes");
        assertThatThrownBy(() -> ours.arm("u", "c", 1, 1.5)).hasMessageContaining("holdout share");
    }

    private static int holdouts(HoldoutAssigner assigner, String campaign, int version, double share) {
        int held = 0;
        for (int i = 0; i < USERS; i++) {
            held += assigner.arm("user-" + i, campaign, version, share) == Arm.HOLDOUT ? 1 : 0;
        }
        return held;
    }

    private static int bothHeldOut(HoldoutAssigner assigner, String c1, int v1, String c2, int v2) {
        int both = 0;
        for (int i = 0; i < USERS; i++) {
            String user = "user-" + i;
            both += assigner.arm(user, c1, v1, 0.1) == Arm.HOLDOUT && assigner.arm(user, c2, v2, 0.1) == Arm.HOLDOUT
                    ? 1 : 0;
        }
        return both;
    }
}
