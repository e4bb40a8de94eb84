package io.campaignlab.views.campaigns.readout;

import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readout pane's state: the selected campaign's log is read out by the source's job; why it cannot be is said
 * in a sentence naming the campaign; another campaign chosen clears what was shown.
 */
class ReadoutViewModelTest {

    @Test
    void aCampaignThatCannotBeReadOutSaysWhyAndAnotherCampaignStartsAfresh() {
        FakeWorkspace workspace = new FakeWorkspace();
        List<String> asked = new ArrayList<>();
        ReadoutSource source = (ws, campaign) -> new Job<>() {
            @Override
            public String kind() {
                return "campaign-readout";
            }

            @Override
            public String title() {
                return "Read out " + campaign;
            }

            @Override
            public CampaignReadout run(ProgressListener progress, CancellationToken cancel) {
                asked.add(campaign);
                throw new IllegalArgumentException("campaign '" + campaign + "' was never published, so it has no"
                        + " decisions to read out");
            }
        };
        SimpleObjectProperty<String> campaign = new SimpleObjectProperty<>();
        ReadoutViewModel model = new ReadoutViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner),
                Runnable::run, source, campaign);
        model.read();
        assertThat(model.message().get()).isEqualTo("Select a campaign first.");
        assertThat(asked).isEmpty();

        campaign.set("Spring");
        model.read();
        assertThat(asked).containsExactly("Spring");
        assertThat(model.readout().get()).isNull();
        assertThat(model.message().get()).isEqualTo("No readout of 'Spring': campaign 'Spring' was never published,"
                + " so it has no decisions to read out");

        campaign.set("Autumn");
        assertThat(model.message().get()).isEqualTo(ReadoutViewModel.ASK);
    }
}
