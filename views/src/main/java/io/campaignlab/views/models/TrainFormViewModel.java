package io.campaignlab.views.models;

import io.campaignlab.views.common.ParamField;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.gbdt.GbdtSettings;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.search.CtrSearchSpace;
import io.campaignlab.engine.models.search.CtrTuning;
import io.campaignlab.views.tuning.TuneSettings;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The train form: dataset and label, the feature list prefilled from the columns' roles, behavioural aggregates,
 * the model with its hyper-parameters, the split, seed and device; each checked as it changes, with the first
 * problem in one sentence. {@link #request()} freezes it into a {@link TrainingRequest}. Never touches a node and
 * does no I/O: the dataset list comes in through {@link #setDatasets}.
 */
public final class TrainFormViewModel {

    /** The devices the form offers. */
    public static final List<String> DEVICES = List.of("auto", "cpu", "gpu");
    /** The model chosen first. */
    public static final ModelKind DEFAULT_MODEL = ModelKind.DEEPFM;
    /** How many fields the behavioural aggregates add (their number does not depend on the spec). */
    static final int BEHAVIOUR_FIELDS = FeatureDefaults.behaviourFields(
            new BehaviourSpec("events", BehaviourSpec.DEFAULT_LAST_N)).size();
    /** The seed the form starts with. */
    public static final long DEFAULT_SEED = 42;

    private static final Set<ModelKind> ALL = EnumSet.complementOf(EnumSet.of(ModelKind.GBDT));
    private static final Set<ModelKind> EMBEDDINGS = EnumSet.complementOf(EnumSet.of(ModelKind.LR, ModelKind.GBDT));
    private static final Set<ModelKind> TREES = EnumSet.of(ModelKind.GBDT);
    private static final Set<ModelKind> MLP = EnumSet.of(ModelKind.DEEPFM, ModelKind.DCN, ModelKind.DNN,
            ModelKind.ESMM, ModelKind.BST);

    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<String> labelChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> label = new SimpleObjectProperty<>(this, "label");
    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList(
            row -> new Observable[]{row.input().included(), row.input().treatment()});
    private final ReadOnlyStringWrapper featureSummary = new ReadOnlyStringWrapper(this, "featureSummary", "");

    private final BooleanProperty behaviour = new SimpleBooleanProperty(this, "behaviour", false);
    private final ObservableList<String> eventDatasets = FXCollections.observableArrayList();
    private final ObjectProperty<String> eventsDataset = new SimpleObjectProperty<>(this, "eventsDataset");
    private final StringProperty lastN = new SimpleStringProperty(this, "lastN",
            String.valueOf(BehaviourSpec.DEFAULT_LAST_N));

    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(this, "model", DEFAULT_MODEL);
    private final ReadOnlyStringWrapper modelDescription = new ReadOnlyStringWrapper(this, "modelDescription", "");
    private final ObservableList<String> purchaseChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> purchaseLabel = new SimpleObjectProperty<>(this, "purchaseLabel");
    private final BooleanBinding purchaseNeeded = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> model.get() != null && model.get().multiTask(), model);
    private final List<ParamField<ModelKind>> params;

    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(this, "split", SplitKind.RANDOM);
    private final SplitChoice splitChoice = new SplitChoice();
    private final StringProperty seed = new SimpleStringProperty(this, "seed", String.valueOf(DEFAULT_SEED));
    private final ObjectProperty<String> device = new SimpleObjectProperty<>(this, "device", "auto");

    private final TuneSettings tune = new TuneSettings();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding valid = problem.isEmpty();
    private final TrainChoices choices = new TrainChoices(datasets, labelChoices, eventDatasets, purchaseChoices);
    private final TrainSettings settings = new TrainSettings(dataset, label, behaviour, eventsDataset, lastN, model,
            purchaseLabel, split, seed, device);
    private final TrainReadout readout = new TrainReadout(featureSummary.getReadOnlyProperty(),
            modelDescription.getReadOnlyProperty(), purchaseNeeded, problem.getReadOnlyProperty(), valid);

    public TrainFormViewModel() {
        Hyperparameters d = Hyperparameters.defaultsFor(DEFAULT_MODEL);
        GbdtSettings trees = GbdtSettings.defaults();
        params = List.of(
                param("embeddingDim", "Embedding size", ParamKind.POSITIVE_INT, EMBEDDINGS,
                        String.valueOf(d.embeddingDim())),
                param("hidden", "MLP layers", ParamKind.WIDTHS, MLP, widths(d.hidden())),
                param("dropout", "Dropout", ParamKind.SHARE, MLP, ParamField.number(d.dropout())),
                param("crossLayers", "Cross layers", ParamKind.COUNT, EnumSet.of(ModelKind.DCN),
                        String.valueOf(d.crossLayers())),
                param("crossRank", "Cross rank", ParamKind.COUNT, EnumSet.of(ModelKind.DCN),
                        String.valueOf(d.crossRank())),
                param("sequenceLength", "Sequence length", ParamKind.POSITIVE_INT, EnumSet.of(ModelKind.BST),
                        String.valueOf(BehaviourSequences.DEFAULT_LENGTH)),
                param("learningRate", "Learning rate", ParamKind.POSITIVE, ALL,
                        ParamField.number(d.learningRate())),
                param("embeddingL2", "Embedding L2", ParamKind.NON_NEGATIVE, ALL,
                        ParamField.number(d.embeddingL2())),
                param("batchSize", "Batch size", ParamKind.POSITIVE_INT, ALL, String.valueOf(d.batchSize())),
                param("maxEpochs", "Max epochs", ParamKind.POSITIVE_INT, ALL, String.valueOf(d.maxEpochs())),
                param("patience", "Patience", ParamKind.POSITIVE_INT, ALL, String.valueOf(d.patience())),
                tree("rounds", "Rounds", ParamKind.POSITIVE_INT, String.valueOf(trees.rounds())),
                tree("maxDepth", "Tree depth", ParamKind.POSITIVE_INT, String.valueOf(trees.maxDepth())),
                tree("eta", "Eta", ParamKind.FRACTION, ParamField.number(trees.eta())),
                tree("minChildWeight", "Min child weight", ParamKind.NON_NEGATIVE,
                        ParamField.number(trees.minChildWeight())),
                tree("subsample", "Subsample", ParamKind.FRACTION, ParamField.number(trees.subsample())),
                tree("lambda", "Lambda (L2)", ParamKind.NON_NEGATIVE, ParamField.number(trees.lambda())),
                tree("earlyStopping", "Early stopping", ParamKind.POSITIVE_INT,
                        String.valueOf(trees.earlyStopping())));
        dataset.addListener((o, old, now) -> datasetChanged(now));
        label.addListener((o, old, now) -> labelsChanged());
        purchaseLabel.addListener((o, old, now) -> labelsChanged());
        model.addListener((o, old, now) -> modelChanged(old));
        features.addListener((ListChangeListener<FeatureRow>) change -> validate());
        for (Observable watched : new Observable[]{behaviour, eventsDataset, lastN, seed, device,
                tune.autoProperty(), tune.budgetProperty()}) {
            watched.addListener(o -> validate());
        }
        split.addListener(o -> labelsChanged());
        splitChoice.column().addListener(o -> labelsChanged());
        for (Observable watched : splitChoice.watched()) {
            watched.addListener(o -> validate());
        }
        params.forEach(p -> p.entry().error().addListener(o -> validate()));
        params.forEach(p -> p.entry().relevant().addListener(o -> validate()));
        modelChanged(null);
    }

    private static ParamField<ModelKind> param(String key, String label, ParamKind kind, Set<ModelKind> models,
                                               String initial) {
        String help = Hyperparameters.HELP.getOrDefault(key, label);
        String used = models.equals(ALL) ? "" : " Used by " + models.stream().map(ModelKind::label)
                .reduce((a, b) -> a + ", " + b).orElse("") + ".";
        return new ParamField<>(key, label, help + used, kind, EnumSet.copyOf(models)::contains, initial);
    }

    private static ParamField<ModelKind> tree(String key, String label, ParamKind kind, String initial) {
        return new ParamField<>(key, label, GbdtSettings.HELP.getOrDefault(key, label) + " Used by "
                + ModelKind.GBDT.label() + ".", kind, TREES::contains, initial);
    }

    /**
     * Whether the form shows a setting for the chosen model: the trees' settings for trees, the networks' for a
     * network (greyed there when that network does not read it).
     */
    public boolean shown(ParamField<ModelKind> p) {
        ModelKind kind = model.get();
        return kind == null || GbdtSettings.HELP.containsKey(p.key()) == (kind == ModelKind.GBDT);
    }

    private static String widths(List<Integer> widths) {
        return String.join(", ", widths.stream().map(String::valueOf).toList());
    }

    /**
     * The workspace's datasets, as listed in the background. Keeps the chosen dataset when it is still there;
     * otherwise chooses the first with a label column, impressions first.
     */
    public void setDatasets(List<DatasetInfo> list) {
        String keep = dataset.get() == null ? null : dataset.get().name();
        String keepEvents = eventsDataset.get();
        datasets.setAll(list);
        splitChoice.setDatasets(list);
        eventDatasets.setAll(list.stream().filter(d -> d.kind() == DatasetKind.EVENTS).map(DatasetInfo::name)
                .toList());
        eventsDataset.set(eventDatasets.contains(keepEvents) ? keepEvents
                : eventDatasets.isEmpty() ? null : eventDatasets.get(0));
        Optional<DatasetInfo> same = list.stream().filter(d -> d.name().equals(keep)).findFirst();
        if (same.isPresent() && same.get().equals(dataset.get())) {
            validate();
            return;
        }
        dataset.set(same.orElseGet(() -> preferred(list)));
        validate();
    }

    private static DatasetInfo preferred(List<DatasetInfo> list) {
        return list.stream().filter(d -> d.kind() == DatasetKind.IMPRESSIONS)
                .filter(d -> FeatureDefaults.label(d.columns()).isPresent()).findFirst()
                .or(() -> list.stream().filter(d -> FeatureDefaults.label(d.columns()).isPresent()).findFirst())
                .orElse(list.isEmpty() ? null : list.get(0));
    }

    private void datasetChanged(DatasetInfo now) {
        List<ColumnMeta> columns = now == null ? List.of() : now.columns();
        List<String> candidates = columns.stream().filter(TrainFormViewModel::labelLike).map(ColumnMeta::name)
                .toList();
        labelChoices.setAll(candidates);
        purchaseChoices.setAll(candidates);
        String chosen = FeatureDefaults.label(columns).orElse(candidates.isEmpty() ? null : candidates.get(0));
        List<String> labels = chosen == null ? List.of() : List.of(chosen);
        splitChoice.trainingChanged(now);
        List<FieldSpec> defaults = FeatureDefaults.fields(columns, labels);
        List<FeatureRow> rows = new ArrayList<>();
        for (ColumnMeta column : columns) {
            if (column.groundTruth()) {
                continue;
            }
            Optional<FieldSpec> prefilled = defaults.stream().filter(f -> f.column().equals(column.name()))
                    .findFirst();
            rows.add(new FeatureRow(column, prefilled.orElseGet(() -> guess(column)), prefilled.isPresent()));
        }
        features.setAll(rows);
        purchaseLabel.set(null);
        if (Objects.equals(label.get(), chosen)) {
            labelsChanged();
        } else {
            label.set(chosen);
        }
    }

    /** A 1/0 column: booleans, whole numbers, and anything with the label role; never hidden truth. */
    private static boolean labelLike(ColumnMeta column) {
        return !column.groundTruth() && (column.role() == ColumnRole.LABEL || column.type() == ColumnType.BOOLEAN
                || column.type() == ColumnType.INTEGER && column.role() != ColumnRole.USER_ID
                && column.role() != ColumnRole.ITEM_ID && column.role() != ColumnRole.SESSION_ID
                && !column.name().endsWith("_id"));
    }

    /** A field for a column the defaults leave out, offered unticked. */
    private static FieldSpec guess(ColumnMeta column) {
        boolean idLike = column.name().toLowerCase(Locale.ROOT).endsWith("_id")
                || column.role() == ColumnRole.SESSION_ID || column.role() == ColumnRole.USER_ID
                || column.role() == ColumnRole.ITEM_ID;
        return switch (column.type()) {
            case INTEGER, DECIMAL -> idLike ? FieldSpec.hashed(column.name(), 1 << 16)
                    : FieldSpec.numeric(column.name(), NumericTransform.STANDARDIZE);
            case TIMESTAMP -> FieldSpec.timestamp(column.name());
            case TEXT -> FieldSpec.hashed(column.name(), FieldSpec.DEFAULT_HASH_BUCKETS);
            case CATEGORY, BOOLEAN -> idLike ? FieldSpec.hashed(column.name(), FieldSpec.DEFAULT_HASH_BUCKETS)
                    : FieldSpec.categorical(column.name());
        };
    }

    private void labelsChanged() {
        if (purchaseLabel.get() != null && purchaseLabel.get().equals(label.get())) {
            purchaseLabel.set(null);
            return;
        }
        String splitColumn = splitChoice.columnInUse(split.get());
        for (FeatureRow row : features) {
            row.lock(row.column().equals(label.get()) ? "label"
                    : purchaseNeeded.get() && row.column().equals(purchaseLabel.get()) ? "purchase label"
                    : row.column().equals(splitColumn) ? "split column" : null);
        }
        validate();
    }

    private void modelChanged(ModelKind previous) {
        ModelKind kind = model.get();
        if (kind != null && previous != null) {
            // a learning rate still at the old model's default follows the new model's default
            ParamField<ModelKind> rate = param("learningRate");
            if (rate.entry().text().get().equals(ParamField.number(Hyperparameters.defaultsFor(previous).learningRate()))) {
                rate.entry().text().set(ParamField.number(Hyperparameters.defaultsFor(kind).learningRate()));
            }
        }
        modelDescription.set(kind == null ? "" : kind.description());
        params.forEach(p -> p.modelChanged(kind));
        labelsChanged();
    }

    private void validate() {
        featureSummary.set(summary());
        problem.set(firstProblem());
    }

    private String summary() {
        long inputs = features.stream().filter(FeatureRow::isInput).count();
        String text = inputs + " of " + features.size() + (features.size() == 1 ? " column" : " columns")
                + " as inputs";
        return behaviour.get() ? text + ", plus " + BEHAVIOUR_FIELDS + " behavioural aggregates" : text;
    }

    private String firstProblem() {
        if (dataset.get() == null) {
            return datasets.isEmpty() ? "The workspace has no datasets yet: import one or create the demo data."
                    : "Choose a dataset to train on.";
        }
        if (label.get() == null) {
            return labelChoices.isEmpty() ? "'" + dataset.get().name() + "' has no 1/0 column to use as a label."
                    : "Choose the label column (1 = positive).";
        }
        if (model.get() == null) {
            return "Choose a model.";
        }
        if (purchaseNeeded.get() && purchaseLabel.get() == null) {
            return "ESMM needs a purchase label: the 1/0 column saying the impression led to a purchase.";
        }
        if (model.get().sequential() && !behaviour.get()) {
            return model.get().label() + " reads the user's last events: turn on behavioural aggregates and choose"
                    + " the events dataset.";
        }
        if (features.stream().noneMatch(FeatureRow::isInput) && !behaviour.get()) {
            return "Include at least one feature.";
        }
        if (behaviour.get()) {
            if (eventsDataset.get() == null) {
                return "Behavioural aggregates need an events dataset; the workspace has none.";
            }
            List<String> lacking = new ArrayList<>();
            for (ColumnRole role : List.of(ColumnRole.USER_ID, ColumnRole.ITEM_ID, ColumnRole.TIMESTAMP)) {
                if (dataset.get().columnsWithRole(role).isEmpty()) {
                    lacking.add(role.id());
                }
            }
            if (!lacking.isEmpty()) {
                return "Behavioural aggregates need " + String.join(", ", lacking) + " columns in '"
                        + dataset.get().name() + "', which has none with " + (lacking.size() == 1 ? "that role."
                        : "those roles.");
            }
            String n = lastN.get() == null ? "" : lastN.get().trim();
            if (!n.matches("\\d{1,4}") || Integer.parseInt(n) < 1) {
                return "The number of last categories must be a whole number, at least 1.";
            }
        }
        for (ParamField<ModelKind> p : params) {
            if (p.blocks()) {
                return p.entry().error().get();
            }
        }
        if (split.get() == null) {
            return "Choose how rows are split.";
        }
        List<String> read = new ArrayList<>(features.stream().filter(FeatureRow::isInput).map(FeatureRow::column)
                .toList());
        read.add(label.get());
        if (purchaseNeeded.get()) {
            read.add(purchaseLabel.get());
        }
        String splitProblem = splitChoice.problem(split.get(), dataset.get(), label.get(), read);
        if (!splitProblem.isEmpty()) {
            return splitProblem;
        }
        if (!seed.get().trim().matches("-?\\d{1,18}")) {
            return "The seed must be a whole number.";
        }
        if (device.get() == null) {
            return "Choose a device.";
        }
        return tune.problem();
    }

    /**
     * The request the form describes.
     *
     * @throws IllegalStateException while the form has a problem
     */
    public TrainingRequest request() {
        validate();
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        List<FieldSpec> fields = new ArrayList<>(features.stream().filter(FeatureRow::isInput).map(FeatureRow::spec)
                .toList());
        BehaviourSpec behaviourSpec = behaviour.get()
                ? new BehaviourSpec(eventsDataset.get(), Integer.parseInt(lastN.get().trim())) : null;
        if (behaviourSpec != null) {
            for (FieldSpec aggregate : FeatureDefaults.behaviourFields(behaviourSpec)) {
                if (fields.stream().noneMatch(f -> f.column().equals(aggregate.column()))) {
                    fields.add(aggregate);
                }
            }
        }
        Hyperparameters hp = model.get() == ModelKind.GBDT
                ? Hyperparameters.defaultsFor(ModelKind.GBDT).withGbdt(treeSettings()) : networkSettings();
        long seedValue = Long.parseLong(seed.get().trim());
        FeatureSpec featureSpec = new FeatureSpec(fields, behaviourSpec);
        if (model.get().sequential()) {
            featureSpec = BehaviourSequences.withSequence(featureSpec, param("sequenceLength").intValue());
        }
        return new TrainingRequest(dataset.get().name(), label.get(), featureSpec,
                splitChoice.spec(split.get(), seedValue), model.get(), hp, seedValue, device.get());
    }

    /**
     * How the run chooses its settings: with Tune auto, a search whose learning rate, L2 or embedding size is fixed
     * where the form's value differs from the family's default (as a flag given on the command line).
     */
    public CtrTuning tuning(TrainingRequest request) {
        if (!tune.autoProperty().get()) {
            return CtrTuning.OFF;
        }
        Hyperparameters family = Hyperparameters.defaultsFor(request.model());
        Hyperparameters given = request.params();
        List<String> fixed = new ArrayList<>();
        if (given.learningRate() != family.learningRate()) {
            fixed.add(CtrSearchSpace.LEARNING_RATE);
        }
        if (given.embeddingL2() != family.embeddingL2()) {
            fixed.add(CtrSearchSpace.EMBEDDING_L2);
        }
        if (given.embeddingDim() != family.embeddingDim()) {
            fixed.add(CtrSearchSpace.EMBEDDING_DIM);
        }
        return CtrTuning.auto(tune.budgetOr(CtrSearchSpace.defaultBudget(request.model())), fixed);
    }

    /** The Tune choice and budget. */
    public TuneSettings tune() {
        return tune;
    }

    private Hyperparameters networkSettings() {
        Hyperparameters defaults = Hyperparameters.defaults();
        return new Hyperparameters(param("embeddingDim").intValue(), param("hidden").widths(),
                param("dropout").doubleValue(), param("crossLayers").intValue(), param("learningRate").doubleValue(),
                param("embeddingL2").doubleValue(), param("batchSize").intValue(), param("maxEpochs").intValue(),
                param("patience").intValue(), purchaseNeeded.get() ? purchaseLabel.get() : defaults.purchaseLabel(),
                defaults.sparseEmbeddings(), param("crossRank").intValue());
    }

    private GbdtSettings treeSettings() {
        return new GbdtSettings(param("rounds").intValue(), param("maxDepth").intValue(), param("eta").doubleValue(),
                param("minChildWeight").doubleValue(), param("subsample").doubleValue(),
                param("lambda").doubleValue(), param("earlyStopping").intValue());
    }

    /** The field with this {@code Hyperparameters} (or {@code GbdtSettings}) component name. */
    public ParamField<ModelKind> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hyper-parameter " + key));
    }

    /** What each split kind means, for the form's help text. */
    public static String describe(SplitKind kind) {
        return switch (kind) {
            case RANDOM -> "Shuffled with the seed, stratified by label; 80 / 10 / 10.";
            case TIME -> "Earliest 80% of rows train, later ones validate and test: no peeking at the future.";
            case USER -> "Each user's rows go to one part only, so the test has unseen users; 80 / 10 / 10.";
            case COLUMN -> "Each row's value in the split column says train, valid (or validation, val) or test:"
                    + " a published split, reproduced exactly.";
        };
    }

    /** The split column and the supplied test and validation datasets. */
    public SplitChoice splitChoice() {
        return splitChoice;
    }

    /** What the pickers offer. */
    public TrainChoices choices() {
        return choices;
    }

    /** The person's choices other than the features and the hyper-parameters. */
    public TrainSettings settings() {
        return settings;
    }

    /** One row per column of the dataset (hidden truth left out), prefilled from the roles. */
    public ObservableList<FeatureRow> features() {
        return features;
    }

    /** The hyper-parameters, in the order the form shows them. */
    public List<ParamField<ModelKind>> params() {
        return params;
    }

    /** What the form says back: the feature count, the model's description, and what to fix. */
    public TrainReadout readout() {
        return readout;
    }

    /**
     * What the pickers offer.
     *
     * @param labels         the 1/0 columns of the dataset
     * @param eventDatasets  the workspace's events datasets
     * @param purchaseLabels the 1/0 columns a multi-task model can use as its purchase label
     */
    public record TrainChoices(ObservableList<DatasetInfo> datasets, ObservableList<String> labels,
                               ObservableList<String> eventDatasets, ObservableList<String> purchaseLabels) {
    }

    /**
     * The person's choices.
     *
     * @param device {@code auto}, {@code cpu} or {@code gpu}
     */
    public record TrainSettings(ObjectProperty<DatasetInfo> dataset, ObjectProperty<String> label,
                                BooleanProperty behaviour, ObjectProperty<String> eventsDataset, StringProperty lastN,
                                ObjectProperty<ModelKind> model, ObjectProperty<String> purchaseLabel,
                                ObjectProperty<SplitKind> split, StringProperty seed, ObjectProperty<String> device) {
    }

    /**
     * What the form says back.
     *
     * @param featureSummary  "9 of 16 columns as inputs"
     * @param purchaseNeeded  true for multi-task models, which need the purchase label
     * @param problem         empty when the form can start a run; else the first thing to fix, in one sentence
     * @param valid           true when the problem is empty
     */
    public record TrainReadout(ReadOnlyStringProperty featureSummary, ReadOnlyStringProperty modelDescription,
                               BooleanBinding purchaseNeeded, ReadOnlyStringProperty problem, BooleanBinding valid) {
    }
}
