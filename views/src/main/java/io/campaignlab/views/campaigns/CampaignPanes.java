package io.campaignlab.views.campaigns;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Makes the campaign page's Forecast, Serve, Replay and Readout tabs. Each pane follows the selected campaign's name (null
 * when none is selected) and is made once, when the section is.
 */
public interface CampaignPanes {

    /** Forecast, budget curve, targeting comparison and off-policy estimates of the campaign. */
    Node forecast(ObjectProperty<String> campaign);

    /** The decision server's controls and live dashboard. */
    Node serve(ObjectProperty<String> campaign);

    /** One decision's trace and explanation. */
    Node replay(ObjectProperty<String> campaign);

    /** The decisions log read out against the holdout, in plain words, with cost and ROI. */
    default Node readout(ObjectProperty<String> campaign) {
        return placeholder("campaign-readout-pane", "Readout", "The decisions log read out as an A/B test of the"
                + " treated users against the holdout, net of the offer's cost. campaign-lab campaign readout NAME"
                + " computes it.", campaign);
    }

    /** Panes that say what each tab will hold, for a workbench built without them. */
    static CampaignPanes placeholders() {
        return new CampaignPanes() {
            @Override
            public Node forecast(ObjectProperty<String> campaign) {
                return placeholder("campaign-forecast-pane", "Forecast", "Reach, incremental conversions, revenue and"
                        + " margin with 95% intervals, cost and ROI; the budget curve; targeting by pCTR, pCVR, uplift"
                        + " and random; off-policy estimates. campaign-lab campaign forecast NAME computes them.",
                        campaign);
            }

            @Override
            public Node serve(ObjectProperty<String> campaign) {
                return placeholder("campaign-serve-pane", "Serve", "The decision API's status, key and live"
                        + " dashboard. campaign-lab serve starts it.", campaign);
            }

            @Override
            public Node replay(ObjectProperty<String> campaign) {
                return placeholder("campaign-replay-pane", "Replay", "A decision's trace and explanation."
                        + " campaign-lab decision ID shows one.", campaign);
            }
        };
    }

    private static Node placeholder(String id, String title, String text, ObjectProperty<String> campaign) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(campaign.map(c -> title + " · " + c).orElse(title));
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, heading, body);
        box.setId(id);
        box.setPadding(new Insets(16));
        return box;
    }
}
