package io.campaignlab.views.common;

import io.campaignlab.views.testing.RecordingDialogService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** An exception thrown in an event handler is logged once, said once, and the application keeps running. */
@ExtendWith(ApplicationExtension.class)
class LastResortHandlerTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private Button broken;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        broken = new Button("Broken");
        broken.setOnAction(e -> {
            throw new IllegalStateException("the list was empty");
        });
        stage.setScene(new Scene(new StackPane(broken), 200, 100));
        stage.show();
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler(new LastResortHandler(dialogs,
                (text, error) -> logged.add(text + ": " + error.getMessage())));
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void anExceptionInAnEventHandlerIsLoggedOnceAndShownOnceAndTheApplicationKeepsRunning() throws Exception {
        Platform.runLater(broken::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logged).singleElement().asString().contains("the list was empty");
        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo(LastResortHandler.TITLE);
            assertThat(shown.text()).isEqualTo("Something went wrong: the list was empty. The details are in the"
                    + " log; the workbench keeps running.");
        });

        AtomicBoolean alive = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> alive.set(broken.getScene().getWindow().isShowing()))
                .get(10, TimeUnit.SECONDS);
        assertThat(alive).as("the FX thread still runs events and the window is up").isTrue();

        Platform.runLater(broken::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logged).hasSize(2);
        assertThat(dialogs.shown("error")).hasSize(2);
    }

    @Test
    void anErrorOnAWorkerThreadIsShownOnTheFxThread() throws Exception {
        LastResortHandler handler = new LastResortHandler(dialogs, (text, error) -> logged.add(text));
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("no such column");
        }, "campaign-lab-job-test");
        worker.setUncaughtExceptionHandler(handler);
        worker.start();
        worker.join(10_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logged).containsExactly("Uncaught error on thread campaign-lab-job-test");
        assertThat(dialogs.shown("error")).singleElement().extracting(RecordingDialogService.Shown::text)
                .asString().startsWith("Something went wrong: no such column.");
    }
}
