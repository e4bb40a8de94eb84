package io.campaignlab.views.campaigns;

import io.campaignlab.views.common.ComputedWhenShown;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The Serve tab: the decision server's dashboard above, and below it the readout of what serving measured (the
 * decisions log against the holdout, net of cost). Shown by name, it computes both.
 */
final class ServedAndMeasured extends SplitPane implements ComputedWhenShown {

    private final Node serve;
    private final Node readout;

    ServedAndMeasured(Node serve, Node readout) {
        super(serve, readout);
        this.serve = serve;
        this.readout = readout;
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.64);
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
