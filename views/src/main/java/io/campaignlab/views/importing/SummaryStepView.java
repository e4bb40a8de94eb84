package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.function.Consumer;

/** Step 4: what the import did, with a link to the rejected rows when there are any. */
final class SummaryStepView extends VBox {

    /**
     * @param showRejections called with the dataset's name when the person asks to see its rejections
     */
    SummaryStepView(ImportWizardViewModel viewModel, Consumer<String> showRejections) {
        super(12);
        Label title = new Label("", new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        title.getStyleClass().addAll(Styles.TITLE_4, Styles.SUCCESS);
        Label details = new Label();
        details.setId("summary");
        details.setWrapText(true);
        Label lines = new Label();
        lines.setId("summary-lines");
        lines.setWrapText(true);
        lines.getStyleClass().add(Styles.TEXT_MUTED);
        Hyperlink rejections = new Hyperlink("Show rejections");
        rejections.setId("show-rejections");
        Label noRejections = new Label("No rows were rejected.");
        noRejections.getStyleClass().add(Styles.TEXT_MUTED);
        viewModel.progress().summary().addListener((obs, old, summary) -> {
            title.setText("Imported '" + summary.dataset() + "'");
            details.setText(summary.text());
            lines.setText(summary.linesText());
            rejections.setVisible(summary.rejected() > 0);
            noRejections.setVisible(summary.rejected() == 0);
            rejections.setOnAction(e -> showRejections.accept(summary.dataset()));
        });
        rejections.managedProperty().bind(rejections.visibleProperty());
        noRejections.managedProperty().bind(noRejections.visibleProperty());
        getChildren().addAll(title, details, lines, rejections, noRejections);
    }
}
