package io.campaignlab.views.charts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.Optional;
import java.util.function.Function;

/**
 * A titled chart that is never blank: it shows either a chart or one sentence saying why there is none. The chart
 * is drawn in the theme's text colour and redrawn when the theme changes.
 */
public final class ChartPane extends BorderPane {

    private static final Color FALLBACK_TEXT = Color.GRAY;

    private String title;
    private final Label heading = new Label();
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label message = new Label();
    private Function<Color, JFreeChart> render;

    public ChartPane(String title, String id, Node... controls) {
        this.title = title;
        getStyleClass().add("chart-pane");
        setId(id);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        // a narrow pane elides a long title; the whole of it on hover
        heading.setTooltip(new Tooltip());
        heading.textProperty().addListener((o, old, now) -> heading.getTooltip().setText(now));
        heading.setText(title);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, heading, spacer);
        header.getChildren().addAll(controls);
        for (Node control : controls) {
            if (control instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        heading.setMinWidth(0);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 2, 10));
        header.setMinHeight(36);
        header.setPrefHeight(36);
        header.setMaxHeight(36);
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "chart-message");
        message.setWrapText(true);
        message.setMaxWidth(320);
        message.setAlignment(Pos.CENTER);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        viewer.getStyleClass().add("chart-viewer");
        StackPane body = new StackPane(viewer, message);
        body.setMinSize(180, 160);
        setTop(header);
        setCenter(body);
        heading.textFillProperty().addListener((o, old, fill) -> redraw());
        showMessage("");
    }

    /** Renames the pane (and the title of an exported chart). */
    public void title(String text) {
        title = text;
        heading.setText(text);
    }

    /** Draws a chart, now and again whenever the theme's text colour changes. */
    public void show(Function<Color, JFreeChart> chart) {
        render = chart;
        redraw();
        viewer.setVisible(true);
        message.setVisible(false);
    }

    /** Shows a sentence instead of a chart. */
    public void showMessage(String text) {
        render = null;
        viewer.setVisible(false);
        message.setText(text);
        message.setVisible(true);
    }

    private void redraw() {
        if (render != null) {
            viewer.setChart(render.apply(textColour()));
        }
    }

    /** The chart on screen, if any (for tests). */
    public Optional<JFreeChart> shown() {
        return viewer.isVisible() ? Optional.ofNullable(viewer.getChart()) : Optional.empty();
    }

    /** A copy of the chart for a file: titled, dark text on white. */
    public Optional<JFreeChart> forExport() {
        return render == null ? Optional.empty() : Optional.of(ChartExport.titled(render.apply(Color.web("#1f2328")),
                title));
    }

    /** What the pane says instead of a chart (empty while it shows one). */
    public String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    public ChartViewer viewer() {
        return viewer;
    }

    private Color textColour() {
        return heading.getTextFill() instanceof Color colour ? colour : FALLBACK_TEXT;
    }
}
