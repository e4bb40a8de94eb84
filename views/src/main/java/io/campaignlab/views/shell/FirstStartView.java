package io.campaignlab.views.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The first start, with no data yet: create the demo workspace, open a folder, or import a file. */
public final class FirstStartView extends VBox {

    public FirstStartView(Runnable createDemo, Runnable openFolder, Runnable importFile) {
        setSpacing(24);
        setPadding(new Insets(64));
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label("Welcome to Campaign Lab");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Design campaigns on real behaviour data, with models you can inspect. How do you"
                + " want to start?");
        subtitle.setWrapText(true);
        subtitle.getStyleClass().add("text-muted");
        HBox cards = new HBox(20,
                card("demo", MaterialDesignR.ROCKET_LAUNCH_OUTLINE, "Create the demo workspace",
                        "Simulated shoppers, events, ad impressions and a coupon test with planted truth,"
                                + " then a first click model. About 2 million rows, data in under a minute.",
                        createDemo),
                card("open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open a folder",
                        "Open an existing Campaign Lab workspace, or make a new one in an empty folder.", openFolder),
                card("import", MaterialDesignF.FILE_UPLOAD_OUTLINE, "Import a file",
                        "CSV, TSV, semicolon or space-aligned text (plain or gzip) and Excel workbooks."
                                + " Bad rows are listed, never lost.", importFile));
        cards.setAlignment(Pos.CENTER);
        getChildren().addAll(title, subtitle, cards);
    }

    private static VBox card(String id, Ikon ikon, String heading, String text, Runnable action) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon-36");
        icon.getStyleClass().add("placeholder-icon");
        Label h = new Label(heading);
        h.getStyleClass().add("title-4");
        h.setWrapText(true);
        Label t = new Label(text);
        t.setWrapText(true);
        t.getStyleClass().add("text-muted");
        VBox card = new VBox(icon, h, t);
        card.setId("first-start-" + id);
        card.getStyleClass().add("first-start-card");
        card.setPrefWidth(260);
        card.setMinHeight(190);
        card.setOnMouseClicked(e -> action.run());
        return card;
    }
}
