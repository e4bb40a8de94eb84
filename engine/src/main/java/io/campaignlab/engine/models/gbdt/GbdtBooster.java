package io.campaignlab.engine.models.gbdt;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** XGBoost's parameters for a run, the saved form of a booster, and the bundled library's version. */
public final class GbdtBooster {

    /** The booster attribute XGBoost's early stopping writes: the 0-based best round. */
    static final String BEST_ITERATION = "best_iteration";

    private GbdtBooster() {
    }

    /**
     * The training parameters: binary logistic loss, the {@code hist} tree method, the settings and the seed.
     *
     * @param cuda whether to grow the trees on the GPU ({@code device=cuda})
     */
    static Map<String, Object> params(GbdtSettings settings, long seed, boolean cuda) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("objective", "binary:logistic");
        params.put("tree_method", "hist");
        params.put("device", cuda ? "cuda" : "cpu");
        params.put("max_depth", settings.maxDepth());
        params.put("eta", settings.eta());
        params.put("min_child_weight", settings.minChildWeight());
        params.put("subsample", settings.subsample());
        params.put("lambda", settings.lambda());
        params.put("seed", seed);
        params.put("nthread", threads());
        params.put("verbosity", 1);
        return params;
    }

    /** Threads XGBoost may use: the cores this JVM sees. */
    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The booster in XGBoost's own binary model format (UBJSON), best round attribute included. */
    static byte[] save(Booster booster) throws XGBoostError {
        return booster.toByteArray("ubj");
    }

    /** Trees up to the best validation round (XGBoost's tree limit), or 0 (all) when none was recorded. */
    static int bestTrees(Booster booster) throws XGBoostError {
        String best = booster.getAttr(BEST_ITERATION);
        return best == null ? 0 : Integer.parseInt(best) + 1;
    }

    /** The version of the bundled XGBoost library. */
    public static String version() {
        try (InputStream in = Booster.class.getResourceAsStream("/xgboost4j-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
