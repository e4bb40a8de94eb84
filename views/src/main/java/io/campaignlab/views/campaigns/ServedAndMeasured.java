package io.campaignlab.views.campaigns;

import io.campaignlab.views.common.ComputedWhenShown;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Serve tab: the decision server's dashboard at the height it needs, and below it the readout of what serving
 * measured (the decisions log against the holdout, net of cost), scrolled to when the window is short. Shown by name,
 * it computes both.
 */
final class ServedAndMeasured extends ScrollPane implements ComputedWhenShown {

    /** The dashboard's height: its figures and its three charts. */
    static final double DASHBOARD = 440;

    private final Node serve;
    private final Node readout;

    ServedAndMeasured(Node serve, Node readout) {
        this.serve = serve;
        this.readout = readout;
        if (serve instanceof Region r) {
            r.setMinHeight(DASHBOARD);
            r.setPrefHeight(DASHBOARD);
        }
        VBox both = new VBox(serve, readout);
        setContent(both);
        setFitToWidth(true);
        getStyleClass().add("campaign-served-measured");
    }

    @Override
    public void computeWhenShown() {
        for (Node pane : new Node[]{serve, readout}) {
            if (pane instanceof ComputedWhenShown computed) {
                computed.computeWhenShown();
            }
        }
    }
}
