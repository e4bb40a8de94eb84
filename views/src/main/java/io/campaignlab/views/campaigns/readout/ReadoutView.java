package io.campaignlab.views.campaigns.readout;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.experiments.Readable;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.ComputedWhenShown;
import io.campaignlab.views.common.FigureTile;
import io.campaignlab.views.jobs.JobControls;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/**
 * The Readout tab: Read out (a job with progress and cancel), then the cost spent, the ROI and the arms' sizes, every
 * offer served priced against the holdout with the total, and the readout in plain words as {@code ab} prints it.
 * Thin code-behind over {@link ReadoutViewModel}.
 */
public final class ReadoutView extends ScrollPane implements ComputedWhenShown {

    private final ReadoutViewModel model;
    private final FigureTile cost = new FigureTile("Cost of the treated arm", "readout-cost");
    private final FigureTile roi = new FigureTile("ROI, net of cost", "readout-roi");
    private final VBox sentences = new VBox(6);
    private final javafx.scene.control.TableView<io.campaignlab.engine.campaigns.readout.OfferReadout> offers =
            OfferReadoutTable.create();

    /** The pane as the Campaigns section shows it. */
    public static ReadoutView create(Supplier<WorkspaceContext> workspace, JobExecutor jobs, ReadoutSource source,
                                     ObjectProperty<String> campaign) {
        return new ReadoutView(new ReadoutViewModel(workspace, jobs, Platform::runLater, source, campaign));
    }

    public ReadoutView(ReadoutViewModel model) {
        this.model = model;
        setId("campaign-readout-pane");
        setFitToWidth(true);
        Button read = new Button("Read out");
        read.setId("readout-run");
        read.getStyleClass().add(Styles.ACCENT);
        read.setOnAction(e -> model.read());
        read.disableProperty().bind(model.campaign().isNull());
        Label message = new Label();
        message.setId("readout-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label heading = new Label("In plain words");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        sentences.setId("readout-sentences");
        FlowPane tiles = new FlowPane(12, 8, cost, roi);
        Label perOffer = new Label("Per offer, against the holdout (an offer's row compares the users given it with the"
                + " whole holdout; the total is the randomized comparison)");
        perOffer.getStyleClass().add(Styles.TEXT_BOLD);
        perOffer.setWrapText(true);
        VBox result = new VBox(10, tiles, perOffer, offers, heading, sentences);
        result.visibleProperty().bind(model.readout().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        VBox content = new VBox(10, JobControls.of(model.slot(), "readout").withStart(read), message, result);
        content.setPadding(new Insets(12));
        content.setAlignment(Pos.TOP_LEFT);
        setContent(content);
        model.readout().addListener((o, old, now) -> show(now));
    }

    private void show(CampaignReadout r) {
        sentences.getChildren().clear();
        if (r == null) {
            cost.clear();
            roi.clear();
            OfferReadoutTable.show(offers, java.util.List.of());
            return;
        }
        OfferReadoutTable.show(offers, r.offers());
        cost.show(ReadoutViewModel.cost(r), ReadoutViewModel.arms(r));
        roi.show(ReadoutViewModel.roi(r), r.net().isEmpty() ? "" : "net value per treated decision "
                + Readable.amount(r.net().get(0).net().diff()) + " · version " + r.version() + " · " + r.dataset());
        for (String s : r.sentences()) {
            Label line = new Label(s);
            line.setWrapText(true);
            line.getStyleClass().add("readout-sentence");
            sentences.getChildren().add(line);
        }
    }

    /** Reads the selected campaign out, as Read out would, and the campaign selected next (a snapshot's). */
    @Override
    public void computeWhenShown() {
        model.readAndFollow();
    }

    public ReadoutViewModel viewModel() {
        return model;
    }
}
