package io.campaignlab.views.testing;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writes what a scene shows to {@code target/snapshots/NAME.png}, for people to look at. */
public final class SceneSnapshots {

    private SceneSnapshots() {
    }

    public static Path write(Scene scene, String name)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path folder = Files.createDirectories(Path.of("target", "snapshots"));
        Path file = folder.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
