package io.campaignlab.views.campaigns.serve;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Supplier;

/**
 * The serve pane's state: the server's address fields, whether it runs, its key (masked unless shown), and the
 * latest poll. Start, stop and every poll run off the JavaFX thread; a poll is skipped while the last one is still
 * out, and the poll that answers after the server stopped is dropped.
 */
public final class ServeViewModel {

    private static final int MASK_SHOWN = 4;

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor jobs;
    private final ServeControl control;
    private final ObjectProperty<String> campaign;
    private final StringProperty bind = new SimpleStringProperty(this, "bind", "127.0.0.1");
    private final StringProperty port = new SimpleStringProperty(this, "port", "8080");
    private final BooleanProperty keyShown = new SimpleBooleanProperty(this, "keyShown", false);
    private final ReadOnlyObjectWrapper<ServeState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ServeState.STOPPED);
    private final ReadOnlyObjectWrapper<ServeSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "The decision server is stopped.");
    private final ReadOnlyStringWrapper key = new ReadOnlyStringWrapper(this, "key", "");
    private boolean polling;

    public ServeViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, ServeControl control,
                          ObjectProperty<String> campaign) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.control = control;
        this.campaign = campaign;
        state.addListener((o, old, now) -> updateKey());
        keyShown.addListener((o, old, now) -> updateKey());
        campaign.addListener((o, old, now) -> snapshot.set(null));
        jobs.background(control::state, this::showState, error -> { });
    }

    /** Starts the server on the address fields, unless it runs or a start or stop is under way. */
    public void start() {
        WorkspaceContext ws = workspace.get();
        if (busy.get() || state.get().running()) {
            return;
        }
        if (ws == null) {
            message.set("Open a workspace first.");
            return;
        }
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65_535) {
            message.set("Port must be a whole number from 0 to 65535, was '" + port.get() + "'.");
            return;
        }
        int chosen = number;
        String address = bind.get().strip();
        busy.set(true);
        message.set("Starting the decision server…");
        jobs.background(() -> control.start(ws, address, chosen), s -> {
            busy.set(false);
            showState(s);
            poll(); // the first figures now, not a poll period later
        }, error -> {
            busy.set(false);
            message.set("The decision server did not start: " + error.getMessage());
        });
    }

    /** Stops the server; its decision log is flushed first. */
    public void stop() {
        if (busy.get() || !state.get().running()) {
            return;
        }
        busy.set(true);
        message.set("Stopping the decision server and flushing its log…");
        jobs.background(control::stop, s -> {
            busy.set(false);
            showState(s);
            snapshot.set(null);
        }, error -> {
            busy.set(false);
            message.set("The decision server did not stop cleanly: " + error.getMessage());
        });
    }

    /** Reads the server's figures once, unless it is stopped or the last poll is still out. */
    public void poll() {
        if (polling || !state.get().running()) {
            return;
        }
        polling = true;
        jobs.background(() -> control.snapshot(campaign.get()), s -> {
            polling = false;
            if (state.get().running()) {
                snapshot.set(s);
            }
        }, error -> {
            polling = false;
            message.set("The dashboard could not read the server: " + error.getMessage());
        });
    }

    private void showState(ServeState s) {
        state.set(s);
        message.set(s.running() ? String.format("Serving %d published campaign(s) on %s", s.campaigns(), s.url())
                : "The decision server is stopped.");
    }

    private void updateKey() {
        String k = state.get().apiKey();
        if (k == null) {
            key.set("");
        } else if (keyShown.get() || k.length() <= MASK_SHOWN) {
            key.set(k);
        } else {
            key.set("•".repeat(Math.min(24, k.length() - MASK_SHOWN)) + k.substring(k.length() - MASK_SHOWN));
        }
    }

    /** The API key as shown: masked but for its last characters, unless {@link #keyShown()}; empty when stopped. */
    public ReadOnlyStringProperty key() {
        return key.getReadOnlyProperty();
    }

    /** The whole key, for the copy button; null when stopped. */
    public String fullKey() {
        return state.get().apiKey();
    }

    public BooleanProperty keyShown() {
        return keyShown;
    }

    public StringProperty bind() {
        return bind;
    }

    public StringProperty port() {
        return port;
    }

    public ReadOnlyObjectProperty<ServeState> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServeSnapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<String> campaign() {
        return campaign;
    }
}
