package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.RecommenderArtifact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A trained session model under the workspace's {@code models/} folder: one zip with {@code model.json} (the
 * request, the settings and the raw item ids in model order) and {@code parameters.bin} (DJL's parameter
 * serialisation). Written to a temporary file and moved into place.
 *
 * @param request    what it was trained with
 * @param itemIds    the raw item ids in the model's item order
 * @param parameters the network's parameters
 */
public record SessionModelArtifact(SessionRequest request, List<String> itemIds, byte[] parameters) {

    /** The file name of a run's artifact. */
    public static String fileName(long runId) {
        return "run-" + runId + ".gru4rec.zip";
    }

    /** Writes the artifact and returns its SHA-256. */
    public String write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                zip.putNextEntry(new ZipEntry("model.json"));
                zip.write(RecommenderArtifact.JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new Meta(request, itemIds)));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("parameters.bin"));
                zip.write(parameters);
                zip.closeEntry();
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return RecommenderArtifact.sha256(file);
    }

    public static SessionModelArtifact read(Path file) throws IOException {
        Meta meta = null;
        byte[] parameters = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                if (e.getName().equals("model.json")) {
                    meta = RecommenderArtifact.JSON.readValue(bytes.toByteArray(), Meta.class);
                } else if (e.getName().equals("parameters.bin")) {
                    parameters = bytes.toByteArray();
                }
            }
        }
        if (meta == null || parameters == null) {
            throw new IOException(file + " is not a complete session-model artifact (model.json and parameters.bin)");
        }
        return new SessionModelArtifact(meta.request(), meta.itemIds(), parameters);
    }

    /** A scorer with the stored parameters; close it when done. */
    public Gru4RecModel load() {
        return Gru4RecModel.load(request.spec(), itemIds.size(), parameters);
    }

    /** The metadata entry. */
    record Meta(SessionRequest request, List<String> itemIds) {
    }
}
