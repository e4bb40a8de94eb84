package io.campaignlab.views.shell;

import io.campaignlab.views.common.Formats;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.IntegerExpression;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The bottom bar: running jobs and memory in use. Clicking it toggles the jobs panel. */
public final class StatusBar extends HBox {

    private final Label jobs = new Label();
    private final Label memory = new Label();
    private final Label message = new Label();

    public StatusBar(IntegerExpression runningJobs, Runnable onClick) {
        getStyleClass().add("status-bar");
        jobs.setGraphic(new FontIcon(MaterialDesignC.COG_OUTLINE));
        jobs.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> runningJobs.get() + (runningJobs.get() == 1 ? " job running" : " jobs running"), runningJobs));
        memory.setGraphic(new FontIcon(MaterialDesignM.MEMORY));
        // the counters keep their width; a long message gives way (ellipsis) instead
        jobs.setMinWidth(Region.USE_PREF_SIZE);
        memory.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, jobs, memory);
        setOnMouseClicked(e -> onClick.run());
        updateMemory();
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(2), e -> updateMemory()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    public void showMessage(String text) {
        message.setText(text);
    }

    private void updateMemory() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        memory.setText("memory " + Formats.bytes(used) + " of " + Formats.bytes(rt.maxMemory()));
    }
}
