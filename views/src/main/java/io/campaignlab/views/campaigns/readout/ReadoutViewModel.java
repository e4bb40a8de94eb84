package io.campaignlab.views.campaigns.readout;

import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.experiments.Readable;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The readout pane's state: the selected campaign, its readout (the decisions log against the holdout, net of the
 * offer's cost) computed as a job, and what the pane says before one or when it cannot be made. A readout of a
 * campaign since deselected is dropped. Never touches a node.
 */
public final class ReadoutViewModel {

    /** What the pane says before a readout. */
    public static final String ASK = "Read out compares the treated users with the holdout in the decisions log:"
            + " conversion and value per decision, then net of the offer's cost, as campaign-lab ab does.";

    private final Supplier<WorkspaceContext> workspace;
    private final ReadoutSource source;
    private final ObjectProperty<String> campaign;
    private final JobSlot slot;
    private final ReadOnlyObjectWrapper<CampaignReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", ASK);
    private boolean follow;

    /** @param ui runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests */
    public ReadoutViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, Executor ui, ReadoutSource source,
                            ObjectProperty<String> campaign) {
        this.workspace = workspace;
        this.source = source;
        this.campaign = campaign;
        this.slot = new JobSlot(jobs, ui);
        campaign.addListener((o, old, now) -> {
            slot.cancel();
            readout.set(null);
            message.set(ASK);
            if (follow && now != null) {
                read();
            }
        });
    }

    /** Reads the selected campaign out now, and each campaign selected after it (a tab shown by name). */
    public void readAndFollow() {
        follow = true;
        read();
    }

    /** Reads the selected campaign's log out. */
    public void read() {
        String name = campaign.get();
        WorkspaceContext ws = workspace.get();
        if (name == null || ws == null) {
            message.set(ws == null ? "Open a workspace first." : "Select a campaign first.");
            return;
        }
        message.set("Reading out '" + name + "'…");
        slot.replace(source.readout(ws, name), "Reading the decisions log…", r -> {
            readout.set(r);
            message.set("");
            slot.say("");
        }, error -> {
            readout.set(null);
            message.set(error instanceof CancelledException ? ASK : "No readout of '" + name + "': "
                    + error.getMessage());
        });
    }

    /** "1,234 treated · 140 holdout" for the tile under the cost. */
    public static String arms(CampaignReadout r) {
        return String.format(Locale.ROOT, "%,d treated · %,d holdout decisions", r.treated(), r.holdout());
    }

    /** The total cost, readable. */
    public static String cost(CampaignReadout r) {
        return Readable.amount(r.cost());
    }

    /** "−18%", or "n/a" when nothing cost anything. */
    public static String roi(CampaignReadout r) {
        return Double.isNaN(r.roi()) ? "n/a" : String.format(Locale.ROOT, "%+.0f%%", 100 * r.roi());
    }

    public ReadOnlyObjectProperty<CampaignReadout> readout() {
        return readout.getReadOnlyProperty();
    }

    /** What the pane says instead of a readout, or empty. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public JobSlot slot() {
        return slot;
    }

    public ObjectProperty<String> campaign() {
        return campaign;
    }
}
