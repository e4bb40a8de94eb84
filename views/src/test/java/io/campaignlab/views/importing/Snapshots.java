package io.campaignlab.views.importing;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writes PNG pictures of scenes to {@code target/snapshots}, for people to look at what the tests saw. */
public final class Snapshots {

    private static final Path FOLDER = Path.of("target", "snapshots");

    private Snapshots() {
    }

    /** Renders the scene on the JavaFX thread and writes it as {@code target/snapshots/NAME.png}. */
    public static Path write(Scene scene, String name) throws InterruptedException, ExecutionException,
            TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
