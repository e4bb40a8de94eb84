package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A stored user × item recommendation run held open: its model (SHA-256 checked), the whole interaction log of its
 * dataset with its matrix, the popularity fallback's counts and the items dataset that names items, all read once.
 * {@link #forUser} then folds a user in and ranks every item the user has not interacted with (bought items stay
 * excluded unless the run's protocol allows repurchase); a user the model cannot rank for (unknown, or with no history
 * it knows) gets the most popular items instead, within a category when given, marked as the fallback. This is what
 * {@code recommend for} answers with, and what the decision engine holds warm for a recommendation offer. Thread-safe
 * once open.
 */
public final class StoredRecommender {

    private final RunRecord run;
    private final DatasetInfo dataset;
    private final RecommenderArtifact saved;
    private final InteractionLog log;
    private final InteractionMatrix matrix;
    private final Map<String, Integer> modelIndex;
    private final ColdStart coldStart;
    private final ItemCatalog catalog;

    private StoredRecommender(RunRecord run, DatasetInfo dataset, RecommenderArtifact saved, InteractionLog log,
                              ItemCatalog catalog) {
        this.run = run;
        this.dataset = dataset;
        this.saved = saved;
        this.log = log;
        this.matrix = log.matrix();
        this.modelIndex = ServedRuns.itemIndex(saved.itemIds());
        this.coldStart = new ColdStart(log, matrix);
        this.catalog = catalog;
    }

    /**
     * The run, checked to be a recommender.
     *
     * @throws IllegalArgumentException when it is another kind of run
     */
    public static RunRecord requireRecommender(WorkspaceContext workspace, long runId) {
        RunRecord run = workspace.runs().require(runId);
        String kind = run.spec().modelKind();
        if (!kind.startsWith("rec-") && !kind.equals(RecommenderKind.CDR.runKind())) {
            throw new IllegalArgumentException("run " + runId + " is a " + kind + " run, not a recommender");
        }
        return run;
    }

    /** Whether the run is a user × item model this class holds (not a session or cross-domain model). */
    public static boolean holds(RunRecord run) {
        String kind = run.spec().modelKind();
        return !kind.equals(RecommenderKind.CDR.runKind()) && !kind.equals(RecommenderKind.GRU4REC.runKind())
                && !kind.equals(RecommenderKind.SASREC.runKind());
    }

    /**
     * Opens a stored run with the items named from an items dataset.
     *
     * @param itemsDataset the items dataset to name items from, or null for the one named {@code items} if any
     * @throws IllegalArgumentException when the run is not a user × item recommender, or the items dataset is unusable
     * @throws IOException              when the saved model cannot be read or has changed since the run saved it
     */
    public static StoredRecommender open(WorkspaceContext workspace, long runId, String itemsDataset,
                                         ProgressListener progress, CancellationToken cancel) throws IOException {
        RunRecord run = requireRecommender(workspace, runId);
        if (!holds(run)) {
            throw new IllegalArgumentException("run " + runId + " is a " + run.spec().modelKind() + " run: only user"
                    + " × item recommenders (" + userItemKinds() + ") are held open");
        }
        DatasetInfo dataset = workspace.datasets().require(run.spec().datasetName());
        ItemCatalog catalog = ItemCatalog.load(workspace, itemsDataset, InteractionLog.Columns.of(dataset).item(),
                cancel);
        RecommenderArtifact saved = RecommenderArtifact.read(ServedRuns.artifact(workspace, run, ".rec.zip",
                "recommender"));
        InteractionLog log = InteractionLog.read(workspace.frames(), dataset, saved.request().weights(), progress,
                cancel);
        return new StoredRecommender(run, dataset, saved, log, catalog);
    }

    private static String userItemKinds() {
        return String.join(", ", Arrays.stream(RecommenderKind.values())
                .filter(k -> k != RecommenderKind.CDR && !k.session()).map(RecommenderKind::id)
                .toList());
    }

    /**
     * A user's top {@code k} items, named.
     *
     * @param historyShown how many of the user's recent events to list
     * @param category     for the fallback: only items of this category, or null
     * @param reasons      whether to list the history items behind each recommendation (three at most)
     */
    public UserRecommendations forUser(String rawUser, int k, int historyShown, String category, boolean reasons) {
        int user = log.user(rawUser);
        UserRow row = user < 0 ? null : UserRow.of(log, matrix, user, saved, modelIndex);
        List<String> skipped = row == null ? List.of() : row.skipped();
        List<UserRecommendations.Event> history = user < 0 ? List.of()
                : ServedRuns.recentEvents(log, user, historyShown);
        UserRecommendations recs;
        if (row == null || row.items().length == 0) {
            recs = new UserRecommendations(run.id(), run.spec().modelKind(), rawUser, history,
                    coldStart.popular(user, k, category, catalog), ServedRuns.changedWarning(dataset, run),
                    ColdStart.label(category), skipped, Map.of());
        } else {
            recs = new UserRecommendations(run.id(), run.spec().modelKind(), rawUser, history,
                    recommendations(row, k, reasons), ServedRuns.changedWarning(dataset, run), null, skipped,
                    Map.of());
        }
        return recs.withItems(catalog.of(recs));
    }

    public long runId() {
        return run.id();
    }

    /** The run's model kind, e.g. {@code rec-als}. */
    public String model() {
        return run.spec().modelKind();
    }

    /** The items dataset's names and categories (empty without one). */
    public ItemCatalog catalog() {
        return catalog;
    }

    /** The top {@code k} items for the user's row, each with the history items behind it when asked. */
    private List<UserRecommendations.Recommendation> recommendations(UserRow row, int k, boolean reasons) {
        ItemRecommender model = saved.model();
        List<UserRecommendations.Recommendation> recs = new ArrayList<>();
        for (ScoredItem s : model.recommend(-1, row.items(), row.values(), k, row.exclude())) {
            List<UserRecommendations.Because> because = new ArrayList<>();
            if (reasons) {
                for (ItemRecommender.Reason r : model.explain(-1, row.items(), row.values(), s.item(), 3)) {
                    if (r.contribution() > 0) {
                        because.add(new UserRecommendations.Because(saved.itemIds().get(r.item()), r.contribution()));
                    }
                }
            }
            recs.add(new UserRecommendations.Recommendation(saved.itemIds().get(s.item()), s.score(), because));
        }
        return recs;
    }

    /**
     * A user's interactions in the model's item order, ascending (as fold-in wants them), with the items to leave
     * out of the recommendations: every one, or every one not bought when the protocol allows repurchase.
     */
    private record UserRow(int[] items, float[] values, BitSet exclude, List<String> skipped) {

        static UserRow of(InteractionLog log, InteractionMatrix all, int user, RecommenderArtifact saved,
                          Map<String, Integer> modelIndex) {
            List<Integer> items = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            BitSet exclude = new BitSet(saved.itemIds().size());
            boolean repurchase = saved.request().protocol().allowRepurchase();
            List<String> skipped = new ArrayList<>();
            for (int c = all.rowStart(user); c < all.rowEnd(user); c++) {
                Integer m = modelIndex.get(log.itemId(all.column(c)));
                if (m == null) {
                    skipped.add(log.itemId(all.column(c)));
                    continue;
                }
                items.add(m);
                values.add(all.value(c));
                if (!(repurchase && all.bought(c))) {
                    exclude.set(m);
                }
            }
            Integer[] boxed = new Integer[items.size()];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.comparingInt(items::get));
            int[] hist = new int[boxed.length];
            float[] vals = new float[boxed.length];
            for (int i = 0; i < hist.length; i++) {
                hist[i] = items.get(boxed[i]);
                vals[i] = values.get(boxed[i]);
            }
            return new UserRow(hist, vals, exclude, skipped);
        }
    }
}
