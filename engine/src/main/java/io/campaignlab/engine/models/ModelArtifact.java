package io.campaignlab.engine.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FeatureSpec;

import io.campaignlab.engine.models.network.NetworkShape;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A saved model: one zip under the workspace's {@code models/} folder holding {@code model.json} (network shape,
 * labels, feature spec), {@code pipeline.json} (the fitted pipeline) and {@code parameters.bin} (DJL's parameter
 * format). Written to a temporary file and moved into place, so a crash never leaves half an artifact.
 *
 * @param shape         the network's sizes
 * @param features      the feature spec (behavioural aggregates included)
 * @param pipeline      the fitted pipeline
 * @param label         the label column
 * @param purchaseLabel ESMM's purchase label, or null
 * @param parameters    the parameters
 */
public record ModelArtifact(NetworkShape shape, FeatureSpec features, FeaturePipeline pipeline, String label,
                            String purchaseLabel, byte[] parameters) {

    /** The file name of a run's artifact. */
    public static String fileName(long runId) {
        return "run-" + runId + ".model.zip";
    }

    /** Writes the artifact and returns its SHA-256. */
    public String write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                ObjectNode model = ModelJson.MAPPER.createObjectNode();
                model.set("shape", ModelJson.MAPPER.valueToTree(shape));
                model.set("features", ModelJson.MAPPER.valueToTree(features));
                model.put("label", label);
                model.put("purchase_label", purchaseLabel);
                entry(zip, "model.json", ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(model));
                entry(zip, "pipeline.json", ModelJson.MAPPER.writeValueAsBytes(pipeline));
                entry(zip, "parameters.bin", parameters);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return sha256(file);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    public static ModelArtifact read(Path file) throws IOException {
        JsonNode model = null;
        FeaturePipeline pipeline = null;
        byte[] parameters = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = readAll(zip);
                switch (e.getName()) {
                    case "model.json" -> model = ModelJson.MAPPER.readTree(bytes);
                    case "pipeline.json" -> pipeline = ModelJson.MAPPER.readValue(bytes, FeaturePipeline.class);
                    case "parameters.bin" -> parameters = bytes;
                    default -> {
                    }
                }
            }
        }
        if (model == null || pipeline == null || parameters == null) {
            throw new IOException(file + " is not a complete model artifact");
        }
        return new ModelArtifact(ModelJson.MAPPER.treeToValue(model.get("shape"), NetworkShape.class),
                ModelJson.MAPPER.treeToValue(model.get("features"), FeatureSpec.class), pipeline,
                model.get("label").asText(), model.path("purchase_label").isNull() ? null
                : model.path("purchase_label").asText(null), parameters);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
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
