package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Items by name: reads an items dataset (by default the one named {@code items}) whose id column has the name of the
 * run's item column (or, failing that, the item id role), and gives each item its name and category. The name is a
 * column called name, title, item_name or product_name; without one, the brand. The category is the column with the
 * category role, or called category.
 */
public final class ItemCatalog {

    /** The dataset looked for when none is named. */
    public static final String DEFAULT = "items";

    private static final List<String> NAMES = List.of("name", "title", "item_name", "product_name", "brand");

    private final Map<String, UserRecommendations.ItemInfo> byId;

    private ItemCatalog(Map<String, UserRecommendations.ItemInfo> byId) {
        this.byId = byId;
    }

    /** A catalogue of the given items (for tests and callers that have the names at hand). */
    public static ItemCatalog of(Map<String, UserRecommendations.ItemInfo> byId) {
        return new ItemCatalog(Map.copyOf(byId));
    }

    /** No names. */
    public static ItemCatalog empty() {
        return new ItemCatalog(Map.of());
    }

    /**
     * @param dataset    the items dataset, or null for {@value #DEFAULT} when there is one (no names when not)
     * @param itemColumn the run's item column
     * @throws IllegalArgumentException when a named dataset is missing or has no id column to match
     */
    public static ItemCatalog load(WorkspaceContext workspace, String dataset, String itemColumn,
                                   CancellationToken cancel) {
        Optional<DatasetInfo> found = workspace.datasets().findByName(dataset == null ? DEFAULT : dataset);
        if (found.isEmpty()) {
            if (dataset == null) {
                return empty();
            }
            throw new IllegalArgumentException("there is no items dataset named '" + dataset + "'");
        }
        DatasetInfo info = found.get();
        Optional<ColumnMeta> id = info.column(itemColumn).or(() -> info.columnsWithRole(ColumnRole.ITEM_ID).stream()
                .findFirst());
        if (id.isEmpty()) {
            if (dataset == null) {
                return empty();
            }
            throw new IllegalArgumentException("items dataset '" + dataset + "' has no column " + itemColumn
                    + " (the run's item column) and no item id column, so its rows cannot be matched to items");
        }
        String name = info.columns().stream().map(ColumnMeta::name).filter(n -> NAMES.contains(n.toLowerCase(
                Locale.ROOT))).min((a, b) -> NAMES.indexOf(a.toLowerCase(Locale.ROOT)) - NAMES.indexOf(
                b.toLowerCase(Locale.ROOT))).orElse(null);
        String category = info.columnsWithRole(ColumnRole.CATEGORY).stream().map(ColumnMeta::name).findFirst()
                .or(() -> info.column("category").map(ColumnMeta::name)).orElse(null);
        List<String> columns = new ArrayList<>(List.of(id.get().name()));
        for (String c : new String[]{name, category}) {
            if (c != null && !columns.contains(c)) {
                columns.add(c);
            }
        }
        Frame frame = workspace.frames().read(info.name(), columns, ProgressListener.none(), cancel);
        String[] ids = frame.column(id.get().name()).asLabels();
        String[] names = name == null ? null : frame.column(name).asLabels();
        String[] categories = category == null ? null : frame.column(category).asLabels();
        Map<String, UserRecommendations.ItemInfo> byId = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                byId.putIfAbsent(ids[i].strip(), new UserRecommendations.ItemInfo(names == null ? null : names[i],
                        categories == null ? null : categories[i]));
            }
        }
        return new ItemCatalog(byId);
    }

    public Optional<UserRecommendations.ItemInfo> find(String item) {
        return Optional.ofNullable(byId.get(item));
    }

    /** Whether the catalogue files the item under the category (case-insensitive). */
    public boolean inCategory(String item, String category) {
        UserRecommendations.ItemInfo info = byId.get(item);
        return info != null && info.category() != null && info.category().equalsIgnoreCase(category.strip());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The names of the items a list shows: its history, recommendations and their reasons. */
    public Map<String, UserRecommendations.ItemInfo> of(UserRecommendations recs) {
        Set<String> shown = new java.util.HashSet<>();
        recs.history().forEach(e -> shown.add(e.item()));
        recs.skippedItems().forEach(shown::add);
        for (UserRecommendations.Recommendation r : recs.recommendations()) {
            shown.add(r.item());
            r.because().forEach(b -> shown.add(b.item()));
        }
        Map<String, UserRecommendations.ItemInfo> out = new HashMap<>();
        for (String item : shown) {
            UserRecommendations.ItemInfo info = byId.get(item);
            if (info != null) {
                out.put(item, info);
            }
        }
        return out;
    }
}
