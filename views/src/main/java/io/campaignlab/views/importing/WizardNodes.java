package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Small building blocks the wizard's steps share: bound messages, labelled fields, enum names. */
final class WizardNodes {

    private WizardNodes() {
    }

    /** A wrapping label that shows a bound text and takes no space while the text is empty. */
    static Label message(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A caption above a control. */
    static VBox field(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    /** Shows values by a name, such as an enum's lower-case id; never parses. */
    static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choose a value from the list");
            }
        };
    }
}
