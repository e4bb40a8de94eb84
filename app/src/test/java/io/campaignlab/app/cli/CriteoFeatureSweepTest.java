package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opt-in benchmark, not a check: a small sweep of Criteo-10k feature treatments for logistic regression (issue 4),
 * on the split of {@link CriteoCheckTest} (random 80/10/10, seed 42), choosing by validation AUC only. It prints a
 * table of validation and test AUC per setting, the setting validation picks, and DeepFM's test AUC with the
 * chosen features; it asserts nothing about the figures. Run it with
 * {@code mvn -B -o -pl app -am test -Dtest=CriteoFeatureSweepTest -Dgroups=slow -DexcludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * Stage one compares numeric treatments (deciles, the Criteo winners' ⌊ln(x)²⌋ categories, and those beside a
 * standardized log1p of the same count) and the categorical min count; stage two tries learning rate and L2 around
 * the stage-one winner.
 */
@Tag("slow")
class CriteoFeatureSweepTest {

    @TempDir
    Path dir;

    /** One swept setting. */
    record Setting(String name, String features, String rate, String l2) {
    }

    /** One result row. */
    record Result(Setting setting, double validationAuc, double testAuc, int bestEpoch) {
    }

    static String features(String numeric, int minCount) {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            fields.add("i" + i + ":" + numeric);
        }
        for (int i = 1; i <= 26; i++) {
            fields.add("c" + i + ":cat=" + minCount);
        }
        return String.join(",", fields);
    }

    /** Each count twice, as a standardized log1p and as ⌊ln(x)²⌋ categories: two fields of the same name. */
    static String both(int minCount) {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            fields.add("i" + i + ":log1p");
        }
        return String.join(",", fields) + "," + features("logsq", minCount);
    }

    Result train(String ws, String model, Setting s) {
        List<String> args = new ArrayList<>(List.of("train", "--tune", "off", "--workspace", ws, "--dataset", "criteo", "--label",
                "label", "--model", model, "--features", s.features(), "--split", "random", "--seed", "42",
                "--batch-size", "256", "--lr", s.rate(), "--epochs", "30", "--patience", "3", "--json"));
        if (s.l2() != null) {
            args.addAll(List.of("--l2", s.l2()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        Result r = new Result(s, json.get("metrics").get("val").get("auc").asDouble(),
                json.get("metrics").get("test").get("auc").asDouble(), json.get("best_epoch").asInt());
        System.out.printf(Locale.ROOT, "%-28s val %.4f  test %.4f  (best epoch %d)%n", model + " " + s.name(),
                r.validationAuc(), r.testAuc(), r.bestEpoch());
        return r;
    }

    @Test
    void sweep() {
        assumeTrue(Files.exists(CriteoCheckTest.data()),
                "criteo-10k is absent from ../shared/data; skipping the feature sweep");
        String ws = dir.resolve("ws").toString();
        CliRun imported = CliRun.of("import", CriteoCheckTest.data().toString(), "--workspace", ws, "--name",
                "criteo", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        List<Result> results = new ArrayList<>();
        for (Setting s : List.of(
                new Setting("quantiles=10 cat=5", features("quantiles=10", 5), "0.005", null),
                new Setting("logsq cat=2", features("logsq", 2), "0.005", null),
                new Setting("logsq cat=5", features("logsq", 5), "0.005", null),
                new Setting("logsq cat=10", features("logsq", 10), "0.005", null),
                new Setting("logsq cat=20", features("logsq", 20), "0.005", null),
                new Setting("logsq=1 cat=5", features("logsq=1", 5), "0.005", null),
                new Setting("log1p+logsq cat=5", both(5), "0.005", null),
                new Setting("log1p+logsq cat=10", both(10), "0.005", null))) {
            results.add(train(ws, "lr", s));
        }
        Setting stageOne = best(results).setting();
        for (String[] rl : new String[][]{{"0.002", null}, {"0.01", null}, {"0.005", "1e-5"}, {"0.005", "1e-4"},
                {"0.005", "1e-3"}, {"0.005", "1e-2"}}) {
            results.add(train(ws, "lr", new Setting(stageOne.name() + " lr " + rl[0] + (rl[1] == null ? ""
                    : " l2 " + rl[1]), stageOne.features(), rl[0], rl[1])));
        }
        Result chosen = best(results);

        System.out.println();
        System.out.println("| setting (LR) | val AUC | test AUC |");
        System.out.println("|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s%s | %.4f | %.4f |%n", r.setting().name(),
                    r.setting().l2() == null && !r.setting().name().contains(" lr ") ? " lr " + r.setting().rate()
                            : "", r.validationAuc(), r.testAuc());
        }
        System.out.printf(Locale.ROOT, "validation picks: %s (val %.4f, test %.4f)%n", chosen.setting().name(),
                chosen.validationAuc(), chosen.testAuc());
        Result deepFm = train(ws, "deepfm", new Setting(chosen.setting().name(), chosen.setting().features(),
                "0.002", null));
        System.out.printf(Locale.ROOT, "DeepFM with the chosen features, lr 0.002: val %.4f, test %.4f%n",
                deepFm.validationAuc(), deepFm.testAuc());
    }

    static Result best(List<Result> results) {
        return results.stream().max(Comparator.comparingDouble(Result::validationAuc)).orElseThrow();
    }
}
