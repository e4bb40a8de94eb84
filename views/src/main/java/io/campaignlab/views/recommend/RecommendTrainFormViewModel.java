package io.campaignlab.views.recommend;

import io.campaignlab.views.common.ParamField;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.recommend.search.Tuning;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Recommend train form: an events dataset, a recommender (every {@link RecommenderKind}), the evaluation
 * protocol (kind, target, K, chronological cut) and the hyper-parameters the chosen recommender reads; Train starts
 * {@code RecommendTrainingJob} as a job with progress and cancel, and hands the finished run on. Never touches a node.
 */
public final class RecommendTrainFormViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendTrainFormViewModel.class);

    private final Supplier<WorkspaceContext> workspace;
    private final JobExecutor executor;
    private final RecommendJobs jobs;
    private final Consumer<RecommendOutcome> trained;
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<RecommenderKind> kinds = FXCollections.observableArrayList(RecommenderKind.values());
    private final ObjectProperty<RecommenderKind> kind = new SimpleObjectProperty<>(this, "kind",
            RecommenderKind.values()[0]);
    private final ObjectProperty<EvaluationProtocol.Kind> protocol = new SimpleObjectProperty<>(this, "protocol",
            EvaluationProtocol.Kind.LEAVE_LAST_OUT);
    private final ObjectProperty<EvaluationProtocol.Target> target = new SimpleObjectProperty<>(this, "target",
            EvaluationProtocol.Target.PURCHASE);
    private final ParamField<RecommenderKind> k = param("k", "K", "The cut-off of recall@K, NDCG@K, MRR@K, hit rate"
            + " and coverage (the curve goes on to K = 50 or K, whichever is larger)", true, 1, Set.of("*"), "20");
    private final ParamField<RecommenderKind> cut = param("cut", "Cut", "Chronological: the share of events (by"
            + " time) before the cut; later ones are the test", false, 0.01, Set.of("*"), "0.8");
    private final List<ParamField<RecommenderKind>> params;
    private final java.util.Map<String, String> initial = new java.util.HashMap<>();
    private final ObjectProperty<TuneMode> tune = new SimpleObjectProperty<>(this, "tune", TuneMode.AUTO);
    private final javafx.beans.property.StringProperty budget = new javafx.beans.property.SimpleStringProperty(this,
            "budget", "");

    /** Whether the settings are searched on validation (auto, the default) or taken as they stand (off). */
    public enum TuneMode { AUTO, OFF;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The form's settings and the names the search calls them. */
    private static final java.util.Map<String, String> SEARCHED = java.util.Map.of(
            "factors", RecommenderSearchSpace.FACTORS, "regularization", RecommenderSearchSpace.REGULARIZATION,
            "alpha", RecommenderSearchSpace.ALPHA, "neighbours", RecommenderSearchSpace.NEIGHBOURS,
            "shrinkage", RecommenderSearchSpace.SHRINKAGE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final JobSlot training;
    private final BooleanBinding canTrain;

    /**
     * @param ui      runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param trained called on the UI thread with each finished run
     */
    public RecommendTrainFormViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                                       RecommendJobs jobs, Consumer<RecommendOutcome> trained) {
        this.workspace = workspace;
        this.executor = executor;
        this.training = new JobSlot(executor, ui);
        this.jobs = jobs;
        this.trained = trained;
        RecommenderSpec d = RecommenderSpec.defaults(RecommenderKind.values()[0]);
        params = List.of(
                param("factors", "Factors", "Latent factors per user and item: more fit finer taste,"
                        + " cost more and overfit sooner", true, 1, Set.of("*factor"), String.valueOf(d.factors())),
                param("iterations", "Iterations", "Training sweeps over the data (ALS: users then"
                        + " items)", true, 0, Set.of("*factor"), String.valueOf(d.iterations())),
                param("regularization", "λ", "L2 regularisation of both factor matrices: larger is"
                        + " smoother, less overfit", false, 0, Set.of("*factor"), number(d.regularization())),
                param("alpha", "α", "ALS confidence 1 + α·r of an observed interaction: how much more"
                        + " an interaction counts than a missing one", false, 0, Set.of("als"), number(d.alpha())),
                param("neighbours", "Neighbours", "Item-kNN: the most similar items kept per item"
                        + " (top-M)", true, 1, Set.of("itemknn"), String.valueOf(d.neighbours())),
                param("shrinkage", "Shrinkage", "Item-kNN: h in cos(i, j) = i·j / (|i| |j| + h); damps"
                        + " similarities resting on few co-occurrences", false, 0, Set.of("itemknn"),
                        number(d.shrinkage())),
                param("recentDays", "Recent days", "Recent popularity: the window before the latest"
                        + " training event", true, 1, Set.of("recent"), String.valueOf(d.recentDays())),
                param("seed", "Seed", "The seed of every random choice (initialisation, sampling)",
                        true, 0, Set.of("*"), String.valueOf(d.seed())));
        params.forEach(p -> initial.put(p.key(), p.entry().text().get()));
        // the errors, not the texts: a text's own validation runs after invalidation listeners on the text
        List<Observable> watched = new ArrayList<>(List.of(dataset, kind, protocol, target, tune, budget,
                training.runningProperty(),
                k.entry().error(), cut.entry().error(), cut.entry().text()));
        params.forEach(p -> watched.add(p.entry().error()));
        canTrain = Bindings.createBooleanBinding(() -> whyNot().isEmpty() && !training.runningProperty().get(),
                watched.toArray(Observable[]::new));
        for (Observable o : watched) {
            o.addListener(x -> problem.set(whyNot()));
        }
        problem.set(whyNot());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
    }

    /** Lists the events datasets again (those with user, item and timestamp columns), keeping the choice. */
    public void refresh() {
        if (workspace.get() == null) {
            return;
        }
        executor.background(() -> workspace.get().datasets().list().stream().filter(RecommendTrainFormViewModel::events)
                .map(DatasetInfo::name).toList(), names -> {
                    datasets.setAll(names);
                    if (dataset.get() == null || !names.contains(dataset.get())) {
                        dataset.set(names.contains("events") ? "events" : names.isEmpty() ? null : names.get(0));
                    }
                }, error -> LOG.warn("Could not list the datasets", error));
    }

    /** Whether a dataset has what a recommender reads: user, item and timestamp columns. */
    static boolean events(DatasetInfo info) {
        return !info.columnsWithRole(ColumnRole.USER_ID).isEmpty() && !info.columnsWithRole(ColumnRole.ITEM_ID)
                .isEmpty() && !info.columnsWithRole(ColumnRole.TIMESTAMP).isEmpty();
    }

    /** Why Train cannot start; empty when it can. */
    private String whyNot() {
        if (dataset.get() == null) {
            return datasets.isEmpty() ? "No events dataset (user, item and timestamp columns) to train on."
                    : "Choose an events dataset.";
        }
        if (kind.get() == null) {
            return "Choose a recommender.";
        }
        if (!k.entry().error().get().isEmpty()) {
            return k.entry().error().get();
        }
        if (protocol.get() == EvaluationProtocol.Kind.CHRONOLOGICAL) {
            if (!cut.entry().error().get().isEmpty()) {
                return cut.entry().error().get();
            }
            try {
                if (cut.doubleValue() >= 1) {
                    return "Cut must lie below 1";
                }
            } catch (NumberFormatException e) {
                return "Cut must be a number";
            }
        }
        for (ParamField<RecommenderKind> p : params) {
            if (p.usedBy(kind.get()) && !p.entry().error().get().isEmpty()) {
                return p.entry().error().get();
            }
        }
        if (tune.get() == TuneMode.AUTO && !budget.get().isBlank()) {
            try {
                SearchBudget.parse(budget.get());
            } catch (IllegalArgumentException e) {
                return "Budget: " + e.getMessage();
            }
        }
        return "";
    }

    /**
     * The search the form asks for: off, or auto with the budget given (blank: the family's) and, fixed, every
     * searched setting whose field was changed from its default.
     */
    public Tuning tuning() {
        if (tune.get() != TuneMode.AUTO) {
            return Tuning.off();
        }
        Set<String> fixed = new java.util.HashSet<>();
        for (ParamField<RecommenderKind> p : params) {
            String name = SEARCHED.get(p.key());
            if (name != null && p.usedBy(kind.get()) && changed(p)) {
                fixed.add(name);
            }
        }
        return Tuning.auto(budget.get().isBlank() ? null : SearchBudget.parse(budget.get()), fixed);
    }

    private boolean changed(ParamField<RecommenderKind> p) {
        try {
            return p.doubleValue() != Double.parseDouble(initial.get(p.key()));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The request the form describes; the settings a recommender does not read keep their defaults. */
    public RecommendRequest request() {
        String why = whyNot();
        if (!why.isEmpty()) {
            throw new IllegalStateException(why);
        }
        RecommenderKind chosen = kind.get();
        RecommenderSpec spec = RecommenderSpec.defaults(chosen);
        if (param("factors").usedBy(chosen)) {
            spec = spec.withFactors(param("factors").intValue()).withIterations(param("iterations").intValue());
        }
        if (param("regularization").usedBy(chosen)) {
            spec = spec.withAls(param("regularization").doubleValue(), param("alpha").usedBy(chosen)
                    ? param("alpha").doubleValue() : spec.alpha(), spec.cgSteps());
        }
        if (param("neighbours").usedBy(chosen)) {
            spec = spec.withKnn(param("neighbours").intValue(), param("shrinkage").doubleValue());
        }
        if (param("recentDays").usedBy(chosen)) {
            spec = spec.withRecentDays(param("recentDays").intValue());
        }
        spec = spec.withSeed(param("seed").longValue());
        double cutShare = protocol.get() == EvaluationProtocol.Kind.CHRONOLOGICAL ? cut.doubleValue() : 0.8;
        EvaluationProtocol p = new EvaluationProtocol(protocol.get(), target.get(), cutShare, k.intValue(), false);
        return new RecommendRequest(dataset.get(), spec, p, EventWeights.defaults());
    }

    /** Starts training as a job; the finished run goes to the callback given at construction. */
    public void train() {
        if (!canTrain.get() || workspace.get() == null) {
            problem.set(whyNot());
            return;
        }
        RecommendRequest request = request();
        Tuning tuning = tuning();
        training.start(jobs.train(workspace.get(), request, tuning), (RecommenderSearch.searches(
                request.spec().kind(), tuning) ? "Searching the settings of " : "Training ")
                + request.spec().kind().label() + " on "
                + request.dataset() + "…", outcome -> {
            training.say(String.format(Locale.ROOT, "Run %d: recall@%d %.4f (%s).", outcome.runId(),
                    outcome.evaluation().k(), outcome.evaluation().recall(),
                    RecommendFormats.protocol(outcome.evaluation().protocol())));
            trained.accept(outcome);
        }, error -> {
            training.say(error instanceof CancelledException ? "Training was cancelled."
                    : "Training failed: " + error.getMessage());
            trained.accept(null);
        });
    }

    /** Recommenders that read no factor settings. */
    private static final Set<String> NOT_FACTOR = Set.of("pop", "recent", "itemknn");

    /**
     * A setting read by the recommenders named (by id; {@code *} for every one; {@code *factor} for every one that
     * is not popularity or item-kNN, as factor models such as ALS and BPR read factors and iterations).
     */
    private static ParamField<RecommenderKind> param(String key, String label, String help, boolean whole, double min,
                                                     Set<String> models, String initial) {
        return new ParamField<>(key, label, help, ParamField.atLeast(whole, min), kind -> models.contains("*")
                || models.contains(kind.id()) || models.contains("*factor") && !NOT_FACTOR.contains(kind.id()),
                initial);
    }

    /** The setting with this key. */
    public ParamField<RecommenderKind> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + key));
    }

    /** The hyper-parameters, in form order. */
    public List<ParamField<RecommenderKind>> params() {
        return params;
    }

    public ParamField<RecommenderKind> kParam() {
        return k;
    }

    public ParamField<RecommenderKind> cutParam() {
        return cut;
    }

    public ObservableList<String> datasets() {
        return datasets;
    }

    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    /** Every recommender this build knows. */
    public ObservableList<RecommenderKind> kinds() {
        return kinds;
    }

    public ObjectProperty<RecommenderKind> kindProperty() {
        return kind;
    }

    /** Auto (the settings searched on validation) or off. */
    public ObjectProperty<TuneMode> tuneProperty() {
        return tune;
    }

    /** The search budget: trials (10), time (5m) or both (10,5m); blank for the model's default. */
    public javafx.beans.property.StringProperty budgetProperty() {
        return budget;
    }

    public ObjectProperty<EvaluationProtocol.Kind> protocolProperty() {
        return protocol;
    }

    public ObjectProperty<EvaluationProtocol.Target> targetProperty() {
        return target;
    }

    public BooleanBinding canTrainBinding() {
        return canTrain;
    }

    /** Why Train cannot start; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The training job: running, progress, what it is doing or how it ended, cancel. */
    public JobSlot training() {
        return training;
    }
}
