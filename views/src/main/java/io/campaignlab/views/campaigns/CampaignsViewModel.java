package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.Latest;
import io.campaignlab.views.segments.RuleBuilderViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * State of the Campaigns section: the campaign list (status, objective, audience size, offers, updated), the
 * selected campaign and the version of it shown (its draft, or a frozen version read-only) in the designer; New,
 * Duplicate, Import, Export and Delete (drafts only); Save draft, Publish and Stop. Reads and writes in the background
 * through the {@link CampaignStore}; asks before publishing, stopping and deleting. Never touches a node.
 */
public final class CampaignsViewModel {

    /** What the section says with no campaign yet. */
    public static final String NONE = "No campaign yet. New creates a draft to design; Import… reads a campaign"
            + " file (campaign-lab campaign export writes one).";
    private static final Logger LOG = LoggerFactory.getLogger(CampaignsViewModel.class);

    private final CampaignStore store;
    private final JobExecutor executor;
    private final DialogService dialogs;
    private final DesignerViewModel designer;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Page page = new Page(FXCollections.observableArrayList(), new SimpleObjectProperty<>(),
            new SimpleObjectProperty<>(), FXCollections.observableArrayList(), new SimpleObjectProperty<>(),
            message.getReadOnlyProperty(), busy.getReadOnlyProperty());
    private final Latest listing = new Latest();
    private final Latest sizes = new Latest();
    private final Latest reading = new Latest();
    private String wanted;
    private Integer wantedVersion;

    /**
     * @param ui        runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param debouncer when the designer counts the audience after an edit
     */
    public CampaignsViewModel(CampaignStore store, JobExecutor executor, Executor ui, DialogService dialogs,
                              RuleBuilderViewModel.Debouncer debouncer) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.designer = new DesignerViewModel(store, executor, ui, debouncer);
        page.selected().addListener((o, old, now) -> {
            boolean same = old != null && now != null && old.name().equals(now.name())
                    && old.record().equals(now.record());
            if (!same) {
                read(now);
            }
        });
        page.version().addListener((o, old, now) -> showVersion(now));
    }

    /** Lists the campaigns, segments and datasets again, keeping the selection (else the first campaign). */
    public void refresh() {
        busy.set(true);
        listing.background(executor, () -> new Listing(store.list(), store.datasets(), store.segments(),
                        store.runs()),
                this::listed, error -> failed("list the campaigns", error));
    }

    /** What one refresh read. */
    private record Listing(List<CampaignRecord> campaigns, List<DatasetInfo> datasets,
                           List<CampaignStore.SegmentChoice> segments, List<RunChoice> runs) {
    }

    private void listed(Listing l) {
        busy.set(false);
        designer.choices(l.datasets(), l.segments());
        designer.runs(l.runs());
        Map<String, String> counted = new LinkedHashMap<>();
        page.rows().forEach(r -> counted.put(r.name(), r.audience()));
        String keep = wanted != null ? wanted : page.campaign().get();
        wanted = null;
        page.rows().setAll(l.campaigns().stream().map(r -> new CampaignRow(r, counted.getOrDefault(r.name(), "")))
                .toList());
        Optional<CampaignRow> chosen = page.rows().stream().filter(r -> r.name().equals(keep)).findFirst()
                .or(() -> page.rows().stream().findFirst());
        page.selected().set(chosen.orElse(null));
        if (page.rows().isEmpty()) {
            message.set(NONE);
        }
        countAudiences(l.campaigns());
    }

    /** Counts every listed campaign's audience, in one background pass, for the list's column. */
    private void countAudiences(List<CampaignRecord> campaigns) {
        sizes.background(executor, () -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (CampaignRecord r : campaigns) {
                Audience a = r.current() == null ? null : r.current().audience();
                try {
                    out.put(r.name(), a == null ? "" : String.format(java.util.Locale.ROOT, "%,d",
                            store.count(a).size()));
                } catch (RuntimeException e) {
                    out.put(r.name(), "not countable");
                }
            }
            return out;
        }, counted -> page.rows().replaceAll(r -> r.withAudience(counted.getOrDefault(r.name(), r.audience()))),
                error -> LOG.warn("Could not count the campaign audiences", error));
    }

    private void read(CampaignRow row) {
        page.campaign().set(row == null ? null : row.name());
        if (row == null) {
            reading.invalidate();
            page.versions().clear();
            designer.clear();
            return;
        }
        CampaignRecord r = row.record();
        reading.background(executor, () -> store.versions(r.name()), list -> {
            VersionChoice was = page.version().get();
            int keep = wantedVersion != null ? wantedVersion : was == null ? -1 : was.version();
            wantedVersion = null;
            page.versions().setAll(VersionChoice.of(r, list));
            VersionChoice chosen = page.versions().stream().filter(v -> v.version() == keep).findFirst()
                    .orElse(page.versions().isEmpty() ? null : page.versions().get(0));
            if (chosen != null && chosen.equals(page.version().get())) {
                showVersion(chosen);
            } else {
                page.version().set(chosen);
            }
        }, error -> failed("read the versions of '" + r.name() + "'", error));
    }

    private void showVersion(VersionChoice v) {
        if (v == null) {
            designer.clear();
        } else {
            designer.show(v.design(), v.editable());
        }
    }

    /** Selects a campaign by name once listed (the snapshot command's {@code --campaign}). */
    public void select(String name) {
        Optional<CampaignRow> found = page.rows().stream().filter(r -> r.name().equals(name)).findFirst();
        if (found.isPresent() && !busy.get()) {
            page.selected().set(found.get());
            return;
        }
        wanted = name;
        refresh();
    }

    /** Asks for a name and creates a draft to design, with a rule audience and a 10 % coupon to start from. */
    public void newCampaign() {
        dialogs.ask("New campaign", "Name of the new campaign:", "").map(String::strip).filter(n -> !n.isEmpty())
                .ifPresent(name -> create(starting(name, designer.eventDatasets(), designer.userDatasets()),
                        "Created the draft '" + name + "'. Design it below, then Save draft."));
    }

    /** The design a new campaign starts from. */
    static Campaign starting(String name, List<String> events, List<String> users) {
        String ev = events.contains("events") ? "events" : events.stream().filter(e -> !AudienceForm.NONE.equals(e))
                .findFirst().orElse("events");
        String us = users.contains("users") ? "users" : null;
        return new Campaign(name, Objective.CONVERSIONS, Audience.ofRule("purchases_30d >= 1", ev, us),
                List.of(Offer.couponPercent("coupon_10pct", 10)), null,
                new Constraints(null, null, 0.1, null, null, null));
    }

    /** Stores a copy of the selected campaign's design under a new name. */
    public void duplicate() {
        VersionChoice shown = page.version().get();
        if (shown == null) {
            return;
        }
        String from = page.selected().get().name();
        dialogs.ask("Duplicate campaign", "Name of the copy of '" + from + "':", from + " copy").map(String::strip)
                .filter(n -> !n.isEmpty()).ifPresent(name -> create(shown.design().withName(name),
                        "Created '" + name + "', a draft copy of '" + from + "'."));
    }

    private void create(Campaign design, String done) {
        work("create '" + design.name() + "'", () -> store.create(design), r -> {
            message.set(done);
            reselect(r.name());
        });
    }

    /** Reads a campaign file as the CLI's {@code campaign import} does: a new draft, or the draft of that name. */
    public void importFile() {
        dialogs.chooseFile("Import a campaign file").ifPresent(file -> work("import " + file.getFileName(), () -> {
            Campaign design = CampaignJson.read(store.read(file), file.getFileName().toString());
            boolean exists = store.list().stream().anyMatch(r -> r.name().equals(design.name()));
            CampaignRecord r = exists ? store.saveDraft(design) : store.create(design);
            return new Imported(r, exists);
        }, done -> {
            CampaignRecord r = done.record();
            message.set(done.replaced() ? "Replaced the draft of '" + r.name() + "'" + (r.version() == 0 ? "."
                    : "; version " + r.version() + " serves until you publish.")
                    : "Imported '" + r.name() + "' as a draft.");
            reselect(r.name());
        }));
    }

    private record Imported(CampaignRecord record, boolean replaced) {
    }

    /** Writes the design shown (the stored draft or a frozen version) as a campaign file. */
    public void exportFile() {
        VersionChoice shown = page.version().get();
        if (shown == null) {
            return;
        }
        String name = page.selected().get().name();
        String what = shown.version() == 0 ? "the draft" : "version " + shown.version();
        dialogs.chooseSaveFile("Export " + what + " of '" + name + "'", name.replace(' ', '_') + ".json")
                .ifPresent(file -> work("export '" + name + "'", () -> {
                    store.write(file, CampaignJson.write(shown.design()) + System.lineSeparator());
                    return file;
                }, (Path written) -> message.set("Wrote " + what + " of '" + name + "' to " + written
                        + (designer.dirtyProperty().get() ? " (as stored: save to include your edits)." : "."))));
    }

    /** Deletes the selected campaign, a draft never published, after asking. */
    public void delete() {
        CampaignRow row = page.selected().get();
        if (row == null || !row.deletable()) {
            return;
        }
        if (dialogs.confirm("Delete campaign", "Delete the draft '" + row.name() + "'? It was never published;"
                + " its design is lost.")) {
            work("delete '" + row.name() + "'", () -> {
                store.delete(row.name());
                return row.name();
            }, name -> {
                message.set("Deleted the draft '" + name + "'.");
                page.campaign().set(null);
                refresh();
            });
        }
    }

    /** Stores the designer's fields as the selected campaign's draft. */
    public void save() {
        saveThen(null, null);
    }

    /**
     * Saves the draft, then shows a campaign and version.
     *
     * @param next        the campaign to show after, or null for the one saved
     * @param nextVersion the version of it to show, or null for its first
     * @return whether the save started (the design had no problem)
     */
    private boolean saveThen(String next, Integer nextVersion) {
        return saveThen(next, nextVersion, () -> { });
    }

    /** As {@link #saveThen(String, Integer)}, running {@code after} once the save succeeded (not when it failed). */
    private boolean saveThen(String next, Integer nextVersion, Runnable after) {
        Optional<Campaign> valid = designIfValid("save");
        valid.ifPresent(design -> work("save the draft of '" + design.name() + "'", () -> store.saveDraft(design),
                r -> {
                    designer.saved();
                    message.set("Saved the draft of '" + r.name() + "'.");
                    wantedVersion = nextVersion;
                    reselect(next == null ? r.name() : next);
                    after.run();
                }));
        return valid.isPresent();
    }

    /** Whether the designer holds edits of a draft not saved yet. */
    public boolean unsaved() {
        return designer.shownProperty().get() && designer.editableProperty().get()
                && designer.dirtyProperty().get();
    }

    /**
     * The user chose another campaign in the list: with edits not saved, asks first whether to save them, discard
     * them or stay.
     *
     * @return whether the choice goes ahead (false: the list selects the shown campaign again)
     */
    public boolean choose(CampaignRow row) {
        CampaignRow shown = page.selected().get();
        if (row == null || row == shown) {
            return true;
        }
        return switch (askUnsaved("before showing '" + row.name() + "'")) {
            case SAVE -> saveThen(row.name(), null);
            case DISCARD -> {
                page.selected().set(row);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** The user chose another version of the campaign: asks first about edits not saved, as {@link #choose}. */
    public boolean chooseVersion(VersionChoice v) {
        if (v == null || v.equals(page.version().get())) {
            return true;
        }
        return switch (askUnsaved("before showing " + v.brief())) {
            case SAVE -> saveThen(page.campaign().get(), v.version());
            case DISCARD -> {
                page.version().set(v);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Asked before the section is left: as {@link #choose}; a save goes on in the background. */
    public boolean mayLeave() {
        return switch (askUnsaved("before leaving Campaigns")) {
            case SAVE -> saveThen(null, null);
            case DISCARD -> {
                showVersion(page.version().get());
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Asked before another workspace is opened: as {@link #mayLeave}, but the switch ({@code proceed}) waits for the
     * save to finish in this workspace, and does not happen when the save fails or the user cancels.
     */
    public void beforeSwitching(Runnable proceed) {
        switch (askUnsaved("before opening another workspace")) {
            case SAVE -> saveThen(null, null, proceed);
            case DISCARD -> {
                showVersion(page.version().get());
                proceed.run();
            }
            case CANCEL -> { }
        }
    }

    /** DISCARD without asking when nothing is unsaved. */
    private DialogService.Unsaved askUnsaved(String when) {
        if (!unsaved()) {
            return DialogService.Unsaved.DISCARD;
        }
        return dialogs.askUnsaved("Unsaved edits", "The draft of '" + page.campaign().get() + "' has edits not"
                + " saved. Save them " + when + ", discard them, or cancel to keep editing?");
    }

    /** Publishes the draft as the next frozen version (saving edits first), after asking. */
    public void publish() {
        CampaignRow row = page.selected().get();
        if (row == null || row.record().status() == CampaignStatus.STOPPED) {
            return;
        }
        boolean edited = designer.dirtyProperty().get() && designer.editableProperty().get();
        if (!edited && !row.record().hasDraft()) {
            message.set("Nothing new to publish: version " + row.record().version() + " serves unchanged. Edit the"
                    + " draft first.");
            return;
        }
        Optional<Campaign> design = edited ? designIfValid("publish") : Optional.of(row.record().draft());
        int next = row.record().version() + 1;
        if (design.isEmpty() || !dialogs.confirm("Publish campaign", "Publish '" + row.name() + "' as version "
                + next + "?" + (edited ? " Your edits are saved first." : "") + " The version is frozen, and the"
                + " decision API serves it from its next load.")) {
            return;
        }
        work("publish '" + row.name() + "'", () -> {
            if (edited) {
                store.saveDraft(design.get());
            }
            return store.publish(row.name());
        }, (CampaignVersion v) -> {
            designer.saved();
            message.set("Published '" + v.name() + "' as version " + v.version() + ".");
            reselect(v.name());
        });
    }

    /** Stops the selected published campaign, after asking. */
    public void stop() {
        CampaignRow row = page.selected().get();
        if (row == null || row.record().status() != CampaignStatus.PUBLISHED) {
            return;
        }
        if (dialogs.confirm("Stop campaign", "Stop '" + row.name() + "'? Version " + row.record().version()
                + " stops serving, and the campaign cannot be published again.")) {
            work("stop '" + row.name() + "'", () -> store.stop(row.name()), r -> {
                message.set("Stopped '" + r.name() + "'; version " + r.version() + " no longer serves.");
                reselect(r.name());
            });
        }
    }

    private Optional<Campaign> designIfValid(String action) {
        DesignForm.Built built = designer.built();
        if (built == null || !designer.editableProperty().get()) {
            return Optional.empty();
        }
        if (!built.problems().isEmpty()) {
            int n = built.problems().size();
            message.set("Cannot " + action + ": " + (n == 1 ? "1 problem" : n + " problems") + " in the design,"
                    + " marked beside the fields. First: " + built.problems().get(0).message());
            return Optional.empty();
        }
        return Optional.of(built.campaign());
    }

    private <T> void work(String what, Callable<T> io, Consumer<T> done) {
        busy.set(true);
        executor.background(io, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> failed(what, error));
    }

    private void failed(String what, Throwable error) {
        busy.set(false);
        LOG.warn("Could not {}", what, error);
        message.set("Could not " + what + ": " + error.getMessage());
    }

    private void reselect(String name) {
        wanted = name;
        page.version().set(null);
        refresh();
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        wanted = null;
        page.rows().clear();
        page.selected().set(null);
        refresh();
    }

    public DesignerViewModel designer() {
        return designer;
    }

    /** The list and the page, as the view shows them. */
    public Page page() {
        return page;
    }

    /**
     * The campaign list and the page: the rows, the selected one, its name (null when none is selected; the Forecast,
     * Serve and Replay panes follow it), its draft and frozen versions, the version shown in the designer, what the
     * last action did or why it could not, and whether the section reads or writes in the background.
     */
    public record Page(ObservableList<CampaignRow> rows, ObjectProperty<CampaignRow> selected,
                       ObjectProperty<String> campaign, ObservableList<VersionChoice> versions,
                       ObjectProperty<VersionChoice> version, ReadOnlyStringProperty message,
                       ReadOnlyBooleanProperty busy) {
    }

    /** Whether the selected campaign is a draft never published. */
    public BooleanBinding canDelete() {
        ObjectProperty<CampaignRow> selected = page.selected();
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().deletable(), selected);
    }

    /** Whether the selected campaign is published (it can be stopped). */
    public BooleanBinding canStop() {
        ObjectProperty<CampaignRow> selected = page.selected();
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().record().status() == CampaignStatus.PUBLISHED, selected);
    }

    /** Whether the designer shows an editable draft (it can be saved and published). */
    public BooleanBinding canEdit() {
        return designer.editableProperty().and(designer.shownProperty());
    }
}
