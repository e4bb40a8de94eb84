package io.campaignlab.views.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The header line of a section: its name, what it does in a few words, then whatever the section adds. */
public final class SectionHeader {

    private SectionHeader() {
    }

    /**
     * @param title   the section's name, never shortened
     * @param summary what the section does, or null
     * @param bottom  the room below the header
     * @param after   what follows the summary on the line
     */
    public static HBox of(String title, String summary, double bottom, Node... after) {
        Label name = new Label(title);
        name.getStyleClass().add(Styles.TITLE_3);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label subtitle = new Label(summary == null ? "" : summary);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setMinWidth(0);
        HBox header = new HBox(14, name, subtitle);
        header.getChildren().addAll(after);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.setPadding(new Insets(10, 12, bottom, 12));
        return header;
    }

    /** A small muted line at the right end of the header, bound to a view model's text. */
    public static Node[] right(Label line) {
        line.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        line.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new Node[]{spacer, line};
    }
}
