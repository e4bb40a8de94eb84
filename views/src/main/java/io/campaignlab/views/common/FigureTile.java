package io.campaignlab.views.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One figure of a readout or a dashboard: its name, its value large, and a muted line under it (an interval, a
 * cap). Shows a dash until it has a value.
 */
public final class FigureTile extends VBox {

    private final Label value = new Label("–");
    private final Label detail = new Label("");

    /** @param id the node's id; the value label's is {@code ID-value}, the detail's {@code ID-detail} */
    public FigureTile(String name, String id) {
        Label title = new Label(name);
        title.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        value.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_BOLD);
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        value.setId(id + "-value");
        detail.setId(id + "-detail");
        setId(id);
        getChildren().addAll(title, value, detail);
        setSpacing(1);
        setPadding(new Insets(6, 10, 6, 10));
        setMinWidth(120);
        getStyleClass().add("figure-tile");
    }

    public void show(String valueText, String detailText) {
        value.setText(valueText);
        detail.setText(detailText == null ? "" : detailText);
    }

    /** Back to the dash. */
    public void clear() {
        show("–", "");
    }

    public String valueText() {
        return value.getText();
    }

    public String detailText() {
        return detail.getText();
    }
}
