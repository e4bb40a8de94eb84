package io.campaignlab.engine.campaigns.decide.rank;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.decide.AdRanker;
import io.campaignlab.engine.campaigns.decide.AdRankers;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.BehaviourProbes;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opens an ad offer's ranker from the workspace: the CTR run's model (SHA-256 checked) in {@code sessions} scoring
 * sessions, the items table holding the creatives (their features, names and categories) and the users table holding
 * the user features the run reads, both found by the run dataset's item and user id columns (a table of kind
 * {@code table} with that id column; the one named {@code items} or {@code users} first). Creatives are item ids.
 * A run trained with behavioural aggregates gets them for every (stored user, creative) pair and for a user with no
 * history, computed once at load from its dataset and events as the batch path does, as of that moment.
 */
public final class CtrAdRankers implements AdRankers {

    /** Column names taken as an item's name, first present wins. */
    static final List<String> NAME_COLUMNS = List.of("name", "title", "item_name", "product_name");

    private final WorkspaceContext workspace;
    private final Clock clock;
    private final int sessions;

    /** @param sessions scoring sessions per model: how many requests score at once */
    public CtrAdRankers(WorkspaceContext workspace, Clock clock, int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be at least 1, was " + sessions);
        }
        this.workspace = workspace;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    public AdRanker open(Offer offer) {
        if (offer.run() == null || offer.creatives().isEmpty()) {
            throw new IllegalArgumentException("ad offer '" + offer.name() + "' needs a CTR run and creatives");
        }
        LoadedModel model;
        try {
            model = LoadedModel.load(workspace, offer.run());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ad offer '" + offer.name() + "': run " + offer.run()
                    + " cannot be served: " + e.getMessage(), e);
        }
        DatasetInfo trained = workspace.datasets().require(model.run().spec().datasetName());
        String itemKey = key(trained, ColumnRole.ITEM_ID, offer);
        String userKey = trained.columnsWithRole(ColumnRole.USER_ID).stream().map(ColumnMeta::name).findFirst()
                .orElse(null);
        FeaturePipeline pipeline = model.artifact().pipeline();
        List<String> wanted = new ArrayList<>(pipeline.columns());
        EntityTable items = EntityTable.find(workspace, trained.name(), itemKey, ColumnRole.ITEM_ID, "items")
                .map(t -> EntityTable.load(workspace, t, itemKey, withLabels(t, wanted))).orElse(null);
        EntityTable users = userKey == null ? null : EntityTable.find(workspace, trained.name(), userKey,
                ColumnRole.USER_ID, "users").map(t -> EntityTable.load(workspace, t, userKey, wanted)).orElse(null);
        Set<String> aggregates = new HashSet<>();
        if (BehaviourProbes.reads(model)) {
            pipeline.columns().stream().filter(BehaviourAggregates::isAggregate).forEach(aggregates::add);
        }
        FieldLayout layout = FieldLayout.of(pipeline, columns(items, itemKey), columns(users, userKey), aggregates);
        return new CtrAdRanker(parts(offer, model, layout, items, itemKey, users, userKey), clock);
    }

    private RankerParts parts(Offer offer, LoadedModel model, FieldLayout layout, EntityTable items, String itemKey,
                              EntityTable users, String userKey) {
        List<String> creatives = offer.creatives();
        int[] rows = new int[creatives.size()];
        List<String> names = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        String nameColumn = items == null ? null : NAME_COLUMNS.stream().filter(items::has).findFirst().orElse(null);
        String categoryColumn = items == null ? null : categoryColumn(items);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = items == null ? -1 : items.row(creatives.get(i));
            names.add(items == null ? null : items.label(nameColumn, rows[i]));
            categories.add(items == null ? null : items.label(categoryColumn, rows[i]));
        }
        Map<String, FrameColumn> itemColumns = new HashMap<>();
        for (String c : layout.item().columns()) {
            itemColumns.put(c, c.equals(itemKey) || items == null || !items.has(c)
                    ? FieldValues.column(layout.kinds().get(c), c, creatives.toArray(), Instant.EPOCH)
                    : EntityTable.pick(items.frame().column(c), rows));
        }
        SlotGroup.Compact creativeRows = layout.item().encode(itemColumns, rows.length);
        SlotGroup.Compact userRows = null;
        if (users != null) {
            Map<String, FrameColumn> userColumns = new HashMap<>();
            for (String c : layout.user().columns()) {
                userColumns.put(c, users.frame().column(c.equals(userKey) ? users.keyColumn() : c));
            }
            userRows = layout.user().encode(userColumns, users.frame().rows());
        }
        ScoringPool pool = new ScoringPool(model, sessions);
        return new RankerParts(offer.name(), model.run().id(), model.artifact().shape().kind().id(), layout, pool,
                creatives, names, categories, creativeRows, users, userKey, userRows, layout.baseline(),
                BehaviourProbes.reads(model) ? pairRows(model, layout, users, creatives, categories) : null);
    }

    /**
     * A behaviour-trained run's aggregates for every stored user with every creative, then for a user with no history
     * with every creative, as of now (load time), as the batch path computes them ({@link BehaviourProbes}).
     */
    private SlotGroup.Compact pairRows(LoadedModel model, FieldLayout layout, EntityTable users,
                                       List<String> creatives, List<String> categories) {
        String[] ids = users == null ? new String[0] : users.frame().column(users.keyColumn()).asLabels();
        List<BehaviourProbes.Probe> probes = new ArrayList<>((ids.length + 1) * creatives.size());
        for (int u = 0; u <= ids.length; u++) {
            for (int c = 0; c < creatives.size(); c++) {
                probes.add(new BehaviourProbes.Probe(u < ids.length ? ids[u] : null, creatives.get(c),
                        categories.get(c)));
            }
        }
        Frame probed = BehaviourProbes.at(workspace, model, probes, clock.millis(), new CancellationToken());
        Map<String, FrameColumn> columns = new HashMap<>();
        layout.pair().columns().forEach(c -> columns.put(c, probed.column(c)));
        return layout.pair().encode(columns, probes.size());
    }

    private static String key(DatasetInfo trained, ColumnRole role, Offer offer) {
        return trained.columnsWithRole(role).stream().map(ColumnMeta::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("ad offer '" + offer.name() + "': run " + offer.run()
                        + " was trained on " + trained.name() + ", which has no item id column; an ad offer's"
                        + " creatives are item ids"));
    }

    private static List<String> withLabels(DatasetInfo table, List<String> wanted) {
        List<String> out = new ArrayList<>(wanted);
        NAME_COLUMNS.forEach(out::add);
        table.columnsWithRole(ColumnRole.CATEGORY).forEach(c -> out.add(c.name()));
        return out;
    }

    private static String categoryColumn(EntityTable items) {
        return items.has("category") ? "category" : null;
    }

    private static Set<String> columns(EntityTable table, String key) {
        Set<String> out = new HashSet<>();
        if (key != null) {
            out.add(key);
        }
        if (table != null) {
            out.addAll(table.frame().columns().keySet());
        }
        return out;
    }
}
