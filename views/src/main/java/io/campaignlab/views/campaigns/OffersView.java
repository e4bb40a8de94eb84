package io.campaignlab.views.campaigns;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.views.common.Columns;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The designer's offers: a table (name, kind, terms, problems), Add by kind and Remove, and below the table the
 * fields of the offer selected.
 */
final class OffersView extends VBox {

    private final DesignerViewModel viewModel;
    private final TableView<OfferForm> table = new TableView<>();
    private final VBox editor = new VBox();

    OffersView(DesignerViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        DesignForm form = viewModel.form();
        table.setId("campaign-offers");
        table.setItems(form.offers());
        table.getColumns().setAll(
                Columns.unsorted(Columns.text("Offer", 110, o -> o.fields().name().get())),
                Columns.unsorted(Columns.text("Kind", 125, OfferForm::kindText)),
                Columns.unsorted(Columns.text("Terms", 150, OfferForm::summary)),
                Columns.unsorted(Columns.atLeast(Columns.text("Problems", 95, o -> problems(form.offers()
                        .indexOf(o))), 90)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(130);
        table.setMinHeight(100);
        table.setPlaceholder(new javafx.scene.control.Label("No offer: Add one by kind."));
        MenuButton add = new MenuButton("Add offer", new FontIcon(MaterialDesignP.PLUS));
        add.setId("campaign-add-offer");
        for (Offer.Kind kind : Offer.Kind.values()) {
            MenuItem item = new MenuItem(kind.id().replace('_', ' '));
            item.setOnAction(e -> table.getSelectionModel().select(form.addOffer(kind)));
            add.getItems().add(item);
        }
        Button remove = new Button("Remove", new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("campaign-remove-offer");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.offers().remove(table.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, add, remove, FieldRows.problem(viewModel.problemOnly("offers")));
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(FieldRows.heading("Offers"), table, buttons, editor);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> edit(b));
        form.offers().addListener((ListChangeListener<OfferForm>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated();
            }
            table.refresh();
            if (structural) {
                if (table.getSelectionModel().getSelectedItem() == null && !form.offers().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                edit(table.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.problems().addListener((ListChangeListener<String>) c -> table.refresh());
        if (!form.offers().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private String problems(int index) {
        String at = "offers[" + index + "]";
        long n = viewModel.problems().stream().filter(p -> p.startsWith(at + ":") || p.startsWith(at + ".")
                || p.startsWith(at + "[")).count();
        return n == 0 ? "" : n == 1 ? "1 problem" : n + " problems";
    }

    private void edit(OfferForm offer) {
        int index = viewModel.form().offers().indexOf(offer);
        if (offer == null || index < 0) {
            editor.getChildren().clear();
            return;
        }
        OfferEditor fields = new OfferEditor(offer, index, viewModel::problemAt, viewModel::problemOnly,
                viewModel::runsFor);
        editor.getChildren().setAll(FieldRows.heading("Offer " + (index + 1) + " · " + offer.fields().name().get()),
                fields);
        editor.getChildren().get(0).getStyleClass().add(Styles.TEXT_MUTED);
    }
}
