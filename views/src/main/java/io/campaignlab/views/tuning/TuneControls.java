package io.campaignlab.views.tuning;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The Tune: auto | off pills and the budget field of a train form, bound to a {@link TuneSettings}. */
public final class TuneControls extends HBox {

    /**
     * @param defaultBudget the family default, for the budget field's prompt (for example "12 trials, 360 s")
     */
    public TuneControls(TuneSettings settings, String defaultBudget) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        ToggleButton auto = new ToggleButton("auto");
        auto.setId("tune-auto");
        auto.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton off = new ToggleButton("off");
        off.setId("tune-off");
        off.getStyleClass().add(Styles.RIGHT_PILL);
        auto.setToggleGroup(group);
        off.setToggleGroup(group);
        auto.setSelected(settings.autoProperty().get());
        off.setSelected(!settings.autoProperty().get());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                settings.autoProperty().set(now == auto);
            }
        });
        settings.autoProperty().addListener((o, old, now) -> (now ? auto : off).setSelected(true));
        auto.setTooltip(new Tooltip("Choose the learning rate, L2, embedding size and each integer field's"
                + " representation by a seeded random search scored on the validation part only; the test part is"
                + " evaluated once, with the choice. A learning rate, L2 or embedding size changed from the"
                + " family's default is kept as given."));
        off.setTooltip(new Tooltip("Train once with the settings shown."));
        TextField budget = new TextField();
        budget.setId("tune-budget");
        budget.setPrefColumnCount(12);
        budget.setPromptText(defaultBudget);
        budget.textProperty().bindBidirectional(settings.budgetProperty());
        budget.disableProperty().bind(settings.autoProperty().not());
        budget.setTooltip(new Tooltip("Trials (12), time (10m, 90s) or both (12,10m); empty: the family's default."));
        Label caption = new Label("budget");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(new HBox(auto, off), caption, budget);
    }
}
