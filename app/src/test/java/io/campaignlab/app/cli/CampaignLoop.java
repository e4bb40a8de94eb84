package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop through the command line, as a marketer runs it: simulate a workspace; fit a T-learner uplift run of
 * coupon_20 against control on {@code campaign_exposures}; design a 20% coupon campaign on a rule segment (every
 * region but the islands) with a 10% holdout and a budget; forecast it; publish it; drive simulated users through
 * the decision API over HTTP with feedback from their planted response; write the decisions log as a dataset and
 * read it out with {@code ab}, treatment against holdout.
 */
final class CampaignLoop {

    static final String CAMPAIGN = "Loop coupon";

    /**
     * The figures of one seed.
     *
     * @param forecastRate     the forecast's expected incremental conversion rate per reached user, with its
     *                         confidence interval
     * @param predicted        the predicted readout difference with its 95% prediction interval
     * @param measured         the readout's measured rate difference, treatment − holdout
     * @param readoutCi        the readout's own 95% interval of that difference
     * @param treated          users in the readout's treatment arm
     * @param holdout          users in its holdout
     * @param binomialHalfWidth 1.96 × the binomial standard error of the measured difference, from the readout's own
     *                         arm rates and counts: the least a prediction interval's half-width can honestly be
     * @param seconds          the whole loop's wall time
     */
    record Figures(long seed, double[] forecastRate, double[] predicted, double measured, double[] readoutCi,
                   long treated, long holdout, double binomialHalfWidth, double seconds) {

        /** The prediction interval's half-width over the readout's binomial half-width. */
        double widthRatio() {
            return (predicted[2] - predicted[1]) / 2 / binomialHalfWidth;
        }

        boolean inside() {
            return measured >= predicted[1] && measured <= predicted[2];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "seed %d: forecast rate %.4f [%.4f, %.4f]; predicted readout %.4f"
                            + " [%.4f, %.4f]; measured %.4f (readout CI [%.4f, %.4f]) on %d treated / %d holdout;"
                            + " %s; interval %.2f x the binomial half-width; %.0f s", seed, forecastRate[0],
                    forecastRate[1], forecastRate[2], predicted[0], predicted[1], predicted[2], measured, readoutCi[0],
                    readoutCi[1], treated, holdout, inside() ? "inside" : "OUTSIDE", widthRatio(), seconds);
        }
    }

    private CampaignLoop() {
    }

    /**
     * @param simulated       users the workspace simulates
     * @param driven          users driven through the API (each once)
     * @param modelReplicates refits for the forecast's model uncertainty
     * @param bootstrap       bootstrap replicates over users
     */
    static Figures run(Path dir, long seed, int simulated, int driven, int modelReplicates, int bootstrap)
            throws Exception {
        long started = System.nanoTime();
        String ws = dir.resolve("ws-" + seed).toString();
        ok(CliRun.of("simulate", "--workspace", ws, "--users", String.valueOf(simulated), "--days", "1", "--seed",
                String.valueOf(seed), "--json"));
        // a fixed holdout key per seed, so that which users land in the holdout (and the SRM check) is reproducible
        ok(CliRun.of("serve-keys", "--workspace", ws, "--holdout-key", holdoutKey(seed), "--json"));
        JsonNode uplift = ok(CliRun.of("uplift", "campaign_exposures", "--workspace", ws, "--treatment",
                "group=coupon_20", "--control", "control", "--outcome", "converted", "--learner", "t", "--base", "lr",
                "--seed", String.valueOf(seed), "--device", "cpu", "--json")).json();
        long run = uplift.get("run").asLong();
        Path design = dir.resolve("loop-" + seed + ".json");
        Files.writeString(design, "{\"name\": \"" + CAMPAIGN + "\", \"objective\": \"conversions\", \"audience\":"
                + " {\"rule\": \"region != 'islands'\", \"users\": \"users\"}, \"offers\": [{\"name\": \"coupon_20\","
                + " \"kind\": \"coupon\", \"percent\": 20, \"cost\": {\"per_grant\": 0.05}}], \"constraints\":"
                + " {\"budget\": 5000, \"holdout\": 0.1}}");
        ok(CliRun.of("campaign", "create", "--workspace", ws, "--from", design.toString(), "--json"));
        JsonNode forecast = ok(CliRun.of("campaign", "forecast", CAMPAIGN, "--workspace", ws, "--uplift-run",
                String.valueOf(run), "--model-replicates", String.valueOf(modelReplicates), "--replicates",
                String.valueOf(bootstrap), "--readout-users", String.valueOf(driven), "--seed", String.valueOf(seed),
                "--device", "cpu", "--json")).json();
        ok(CliRun.of("campaign", "publish", CAMPAIGN, "--workspace", ws, "--json"));
        JsonNode drive = ok(CliRun.of("campaign", "drive", CAMPAIGN, "--workspace", ws, "--users",
                String.valueOf(driven), "--seed", String.valueOf(seed), "--json")).json();
        assertThat(drive.get("errors").asLong()).as(drive.toString()).isZero();
        assertThat(drive.get("treated").asLong() + drive.get("holdout").asLong()).isEqualTo(driven);
        JsonNode log = ok(CliRun.of("campaign", "log-dataset", CAMPAIGN, "--workspace", ws, "--json")).json();
        long rows = log.get("rows").asLong();
        assertThat(rows).isBetween((long) driven, driven + drive.get("retries").asLong());
        JsonNode ab = ok(CliRun.of("ab", log.get("dataset").asText(), "--workspace", ws, "--group", "arm",
                "--control", "holdout", "--metrics", "converted", "--allocation", "treatment=0.9,holdout=0.1",
                "--unit", "user_id", "--json")).json();
        JsonNode result = ab.get("results").get(0);
        assertThat(result.get("arm").asText()).isEqualTo("treatment");
        assertThat(result.get("n_treatment").asLong() + result.get("n_control").asLong()).isEqualTo(rows);
        assertThat(ab.get("health").get("srm_mismatch").asBoolean()).as(ab.toString()).isFalse();
        double pt = result.get("mean_treatment").asDouble();
        double pc = result.get("mean_control").asDouble();
        double binomialHalf = 1.959964 * Math.sqrt(pt * (1 - pt) / result.get("n_treatment").asLong()
                + pc * (1 - pc) / result.get("n_control").asLong());
        JsonNode rate = forecast.get("incremental_rate_per_reached_user");
        JsonNode predicted = forecast.get("readout").get("difference");
        return new Figures(seed, triple(rate), triple(predicted), result.get("diff").asDouble(),
                new double[]{result.get("ci_low").asDouble(), result.get("ci_high").asDouble()},
                result.get("n_treatment").asLong(), result.get("n_control").asLong(), binomialHalf,
                (System.nanoTime() - started) / 1e9);
    }

    /** The seed's holdout key: 32 bytes, each the seed plus its index. */
    static String holdoutKey(long seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed + i);
        }
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** Deletes the workspace of a seed. */
    static void delete(Path dir, long seed) throws java.io.IOException {
        try (var files = Files.walk(dir.resolve("ws-" + seed))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double[] triple(JsonNode interval) {
        return new double[]{interval.get("estimate").asDouble(), interval.get("ci_low").asDouble(),
                interval.get("ci_high").asDouble()};
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return run;
    }
}
