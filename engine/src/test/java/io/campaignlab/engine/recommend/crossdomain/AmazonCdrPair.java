package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The CDRIB Amazon pair in {@code ../shared/data/amazon-cdr}, read for a cross-domain test: {@code game_video/} holds
 * domain A (game = Toys&amp;Games, the target here) and {@code video_game/} domain B (video = Video Games, the
 * source). Files are {@code user<TAB>item} without a header. Raw user ids {@code 0..common-1} are the same person in
 * both domains; ids {@code >= common} are domain-local, so a source-local id {@code r} becomes user
 * {@code targetUsers + r - common} here. Item ids are per domain.
 *
 * @param data        the training matrices (target: game train.txt, source: video train.txt), all values 1
 * @param test        per user the sorted game items of game_video/test.txt, or null
 * @param valid       per user the sorted game items of game_video/valid.txt, or null
 * @param common      the number of shared users
 * @param targetUsers raw target user ids span 0..targetUsers-1
 */
record AmazonCdrPair(CrossDomainData data, int[][] test, int[][] valid, int common, int targetUsers) {

    static final Path DIR = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"), "amazon-cdr");

    static boolean present() {
        for (String f : List.of("game_video/train.txt", "game_video/test.txt", "game_video/valid.txt",
                "video_game/train.txt")) {
            if (!Files.isRegularFile(DIR.resolve(f))) {
                return false;
            }
        }
        return true;
    }

    /** One file's (user, item) pairs. */
    record Pairs(int[] users, int[] items) {
        int maxUser() {
            int m = -1;
            for (int u : users) {
                m = Math.max(m, u);
            }
            return m;
        }

        int maxItem() {
            int m = -1;
            for (int i : items) {
                m = Math.max(m, i);
            }
            return m;
        }

        TreeSet<Integer> distinctUsers() {
            TreeSet<Integer> s = new TreeSet<>();
            for (int u : users) {
                s.add(u);
            }
            return s;
        }
    }

    static Pairs read(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file));
        List<int[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IOException(file + ": expected user<TAB>item, got '" + line + "'");
            }
            rows.add(new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())});
        }
        int[] u = new int[rows.size()];
        int[] i = new int[rows.size()];
        for (int r = 0; r < u.length; r++) {
            u[r] = rows.get(r)[0];
            i[r] = rows.get(r)[1];
        }
        return new Pairs(u, i);
    }

    static AmazonCdrPair load(int common) throws IOException {
        Pairs gameTrain = read("game_video/train.txt");
        Pairs gameTest = read("game_video/test.txt");
        Pairs gameValid = read("game_video/valid.txt");
        Pairs videoTrain = read("video_game/train.txt");
        int targetUsers = Math.max(gameTrain.maxUser(), Math.max(gameTest.maxUser(), gameValid.maxUser())) + 1;
        int gameItems = Math.max(gameTrain.maxItem(), Math.max(gameTest.maxItem(), gameValid.maxItem())) + 1;
        int videoItems = videoTrain.maxItem() + 1;
        int users = targetUsers + Math.max(0, videoTrain.maxUser() + 1 - common);
        int[] sourceUsers = new int[videoTrain.users().length];
        for (int r = 0; r < sourceUsers.length; r++) {
            int raw = videoTrain.users()[r];
            sourceUsers[r] = raw < common ? raw : targetUsers + raw - common;
        }
        InteractionMatrix target = InteractionMatrix.of(users, gameItems, gameTrain.users(), gameTrain.items(),
                ones(gameTrain.users().length));
        InteractionMatrix source = InteractionMatrix.of(users, videoItems, sourceUsers, videoTrain.items(),
                ones(sourceUsers.length));
        return new AmazonCdrPair(new CrossDomainData(target, source), targets(users, gameTest),
                targets(users, gameValid), common, targetUsers);
    }

    private static float[] ones(int n) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, 1f);
        return v;
    }

    private static int[][] targets(int users, Pairs pairs) {
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            sets.add(null);
        }
        for (int r = 0; r < pairs.users().length; r++) {
            int u = pairs.users()[r];
            if (sets.get(u) == null) {
                sets.set(u, new TreeSet<>());
            }
            sets.get(u).add(pairs.items()[r]);
        }
        int[][] out = new int[users][];
        for (int u = 0; u < users; u++) {
            if (sets.get(u) != null) {
                out[u] = sets.get(u).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return out;
    }

    /** The evaluation split of held-out game items: ranking over every game item not in the user's game training row. */
    EvaluationSplit split(int[][] targets, int k) {
        int held = 0;
        for (int u = 0; u < common; u++) {
            if (test[u] != null || valid[u] != null) {
                held++;
            }
        }
        return new EvaluationSplit(EvaluationProtocol.coldStart((double) held / common, k), data.target(), targets,
                0);
    }
}
