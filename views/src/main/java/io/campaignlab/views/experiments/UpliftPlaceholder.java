package io.campaignlab.views.experiments;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The uplift tab until the engine's uplift models are in: says so, and what it will hold. */
final class UpliftPlaceholder {

    private UpliftPlaceholder() {
    }

    static Node create() {
        Label title = new Label("Uplift models: not yet");
        title.setId("uplift-not-yet");
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("This tab is not built yet. It will fit S-, T-, X- and class-transformation learners"
                + " on an experiment and draw Qini and uplift curves against the random line, the uplift by decile"
                + " and the coefficients.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, title, text);
        box.setPadding(new Insets(24));
        return box;
    }
}
