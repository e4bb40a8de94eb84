package io.campaignlab.views.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.Optional;

/**
 * What a laid-out control actually shows, as against the text it was given: a label squeezed below its preferred
 * width shows "Det" or "a…", and one that parses mnemonics drops the first underscore. Call on the JavaFX thread,
 * after a layout pass.
 */
public final class RenderedText {

    private RenderedText() {
    }

    /** The text of the control's rendered text node; empty when it has none (no skin yet, or no text). */
    public static Optional<String> of(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the skin's LabeledText; an icon graphic (ikonli's FontIcon) is a Text too, and is skipped
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return Optional.of(text.getText());
            }
        }
        return Optional.empty();
    }

    /** True when the control shows its whole text: the rendered text is the text, and it has its preferred width. */
    public static boolean whole(Labeled labeled) {
        String shown = of(labeled).orElse("");
        return shown.equals(labeled.getText()) && labeled.getWidth() + 0.5 >= labeled.prefWidth(-1);
    }

    /** Describes a control for an assertion message: its text, what it shows and its widths. */
    public static String describe(Labeled labeled) {
        return String.format("'%s' shows '%s' at %.1f px of %.1f preferred", labeled.getText(),
                of(labeled).orElse(""), labeled.getWidth(), labeled.prefWidth(-1));
    }

    /** Lays out a scene graph now, so that widths and rendered text are current. */
    public static void layout(Parent root) {
        root.applyCss();
        root.layout();
    }
}
