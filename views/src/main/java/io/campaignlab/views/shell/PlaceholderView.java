package io.campaignlab.views.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A section that later work fills: it says what it will hold, so it is never a blank pane. */
public final class PlaceholderView extends VBox {

    public PlaceholderView(Section section) {
        setSpacing(12);
        setPadding(new Insets(48));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(720);
        FontIcon icon = new FontIcon(section.icon());
        icon.getStyleClass().add("icon-48");
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(section.title());
        title.getStyleClass().add("title-1");
        Label summary = new Label(section.summary());
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        Label coming = new Label("Coming next. This section will hold:");
        coming.getStyleClass().add("text-muted");
        getChildren().addAll(icon, title, summary, coming);
        for (String item : section.planned()) {
            Label bullet = new Label("•  " + item);
            bullet.setWrapText(true);
            getChildren().add(bullet);
        }
    }
}
