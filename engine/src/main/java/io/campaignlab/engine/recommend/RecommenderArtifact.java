package io.campaignlab.engine.recommend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.recommend.als.AlsRecommender;
import io.campaignlab.engine.recommend.bpr.BprRecommender;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainAlsRecommender;
import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A fitted recommender saved under the workspace's {@code models/} folder: one zip with {@code model.json} (kind,
 * settings, protocol, event weights, raw item ids in model order) and {@code state.bin} (popularity scores,
 * neighbour lists, ALS item factors, or BPR item factors and biases; users are folded in when served). Written to a
 * temporary file and moved into place.
 *
 * @param request the request it was trained with
 * @param itemIds the raw item ids, in the model's item order
 * @param model   the fitted model
 */
public record RecommenderArtifact(RecommendRequest request, List<String> itemIds, ItemRecommender model) {

    public static final ObjectMapper JSON = io.campaignlab.engine.json.Json.mapper();

    /** The file name of a run's artifact. */
    public static String fileName(long runId) {
        return "run-" + runId + ".rec.zip";
    }

    /** Writes the artifact and returns its SHA-256. */
    public String write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                zip.putNextEntry(new ZipEntry("model.json"));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Meta(request, itemIds)));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("state.bin"));
                DataOutputStream out = new DataOutputStream(zip);
                writeState(out);
                out.flush();
                zip.closeEntry();
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return sha256(file);
    }

    private void writeState(DataOutputStream out) throws IOException {
        if (model instanceof PopularityRecommender pop) {
            double[] p = pop.popularity();
            out.writeInt(p.length);
            for (double v : p) {
                out.writeDouble(v);
            }
        } else if (model instanceof ItemKnnRecommender knn) {
            out.writeInt(knn.itemCount());
            for (int i = 0; i < knn.itemCount(); i++) {
                int[] nb = knn.neighbours(i);
                float[] s = knn.similarities(i);
                out.writeInt(nb.length);
                for (int t = 0; t < nb.length; t++) {
                    out.writeInt(nb[t]);
                    out.writeFloat(s[t]);
                }
            }
        } else if (model instanceof AlsRecommender als) {
            double[] y = als.itemFactors();
            out.writeInt(als.factors());
            out.writeDouble(als.regularization());
            out.writeDouble(als.alpha());
            out.writeInt(y.length);
            for (double v : y) {
                out.writeDouble(v);
            }
        } else if (model instanceof CrossDomainAlsRecommender cdr) {
            // target items then source items in itemIds; the joint factors cover both
            out.writeDouble(cdr.sourceWeight());
            out.writeInt(cdr.targetItems());
            writeAls(out, cdr.joint());
        } else if (model instanceof BprRecommender bpr) {
            double[] y = bpr.itemFactors();
            double[] bias = bpr.itemBias();
            out.writeInt(bpr.factors());
            out.writeDouble(bpr.regularization());
            out.writeInt(bias.length);
            for (double v : y) {
                out.writeDouble(v);
            }
            for (double v : bias) {
                out.writeDouble(v);
            }
        } else {
            throw new IllegalArgumentException("cannot save a " + model.getClass().getSimpleName());
        }
    }

    private static void writeAls(DataOutputStream out, AlsRecommender als) throws IOException {
        double[] y = als.itemFactors();
        out.writeInt(als.factors());
        out.writeDouble(als.regularization());
        out.writeDouble(als.alpha());
        out.writeInt(y.length);
        for (double v : y) {
            out.writeDouble(v);
        }
    }

    public static RecommenderArtifact read(Path file) throws IOException {
        Entries entries = entries(file);
        Meta meta = entries.meta();
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(entries.state()));
        RecommenderKind kind = meta.request().spec().kind();
        ItemRecommender model = switch (kind) {
            case POP, RECENT -> PopularityRecommender.of(kind == RecommenderKind.RECENT, doubles(in, in.readInt()));
            case ITEMKNN -> readItemKnn(in);
            case CDR -> readCrossDomain(in);
            case BPR -> readBpr(in);
            default -> readAls(in);
        };
        return new RecommenderArtifact(meta.request(), meta.itemIds(), model);
    }

    /** The two entries of an artifact: its metadata and its model's state. */
    private record Entries(Meta meta, byte[] state) {
    }

    private static Entries entries(Path file) throws IOException {
        Meta meta = null;
        byte[] state = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                if (e.getName().equals("model.json")) {
                    meta = JSON.readValue(bytes.toByteArray(), Meta.class);
                } else if (e.getName().equals("state.bin")) {
                    state = bytes.toByteArray();
                }
            }
        }
        if (meta == null || state == null) {
            throw new IOException(file + " is not a complete recommender artifact");
        }
        return new Entries(meta, state);
    }

    private static ItemRecommender readItemKnn(DataInputStream in) throws IOException {
        int items = in.readInt();
        int[][] nb = new int[items][];
        float[][] sim = new float[items][];
        for (int i = 0; i < items; i++) {
            int n = in.readInt();
            nb[i] = new int[n];
            sim[i] = new float[n];
            for (int t = 0; t < n; t++) {
                nb[i][t] = in.readInt();
                sim[i][t] = in.readFloat();
            }
        }
        return ItemKnnRecommender.of(nb, sim);
    }

    private static ItemRecommender readCrossDomain(DataInputStream in) throws IOException {
        double sourceWeight = in.readDouble();
        int targetItems = in.readInt();
        int f = in.readInt();
        double reg = in.readDouble();
        double alpha = in.readDouble();
        return CrossDomainAlsRecommender.of(sourceWeight, targetItems, f, reg, alpha, doubles(in, in.readInt()));
    }

    private static ItemRecommender readBpr(DataInputStream in) throws IOException {
        int f = in.readInt();
        double reg = in.readDouble();
        int items = in.readInt();
        double[] y = doubles(in, items * f);
        return BprRecommender.of(f, reg, y, doubles(in, items));
    }

    private static ItemRecommender readAls(DataInputStream in) throws IOException {
        int f = in.readInt();
        double reg = in.readDouble();
        double alpha = in.readDouble();
        return AlsRecommender.of(f, reg, alpha, doubles(in, in.readInt()));
    }

    private static double[] doubles(DataInputStream in, int n) throws IOException {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    /** The metadata entry. */
    record Meta(RecommendRequest request, List<String> itemIds) {
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
