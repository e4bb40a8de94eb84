package io.campaignlab.views.campaigns;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The designer's field rows: a caption of fixed width, the control, and below it the field's problems (as the file
 * check names them), shown only while there are any.
 */
final class FieldRows {

    static final double CAPTION = 148;

    private FieldRows() {
    }

    /** A caption, its control and the problems at {@code problems}. */
    static VBox row(String caption, Node control, ObservableStringValue problems) {
        Label label = new Label(caption);
        label.getStyleClass().add("campaign-caption");
        label.setMinWidth(CAPTION);
        label.setPrefWidth(CAPTION);
        HBox line = new HBox(8, label, control);
        line.setAlignment(Pos.CENTER_LEFT);
        if (control instanceof Region r && !(control instanceof HBox)) {
            r.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(r, Priority.SOMETIMES);
        }
        return new VBox(2, line, problem(problems));
    }

    /** The problems of a field, in the danger colour, indented under the control. */
    static Label problem(ObservableStringValue problems) {
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "campaign-problem");
        problem.setWrapText(true);
        problem.setPadding(new Insets(0, 0, 0, CAPTION + 8));
        problem.textProperty().bind(problems);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /** A text field of so many columns, with a prompt. */
    static TextField text(String id, int columns, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setPromptText(prompt);
        return field;
    }

    /** Several controls on one line. */
    static HBox inline(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A choice box whose items are written by {@code name}. */
    static <T> javafx.scene.control.ChoiceBox<T> choice(String id, java.util.function.Function<T, String> name,
                                                        java.util.List<T> items) {
        javafx.scene.control.ChoiceBox<T> box = new javafx.scene.control.ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(i -> toString(i).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    /** A bold heading of a part of the designer. */
    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "campaign-heading");
        return heading;
    }
}
