package io.campaignlab.views.models;

import io.campaignlab.views.common.ParamField;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.CategoricalEncoding;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FieldKind;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The train form's defaults, checks and the request it builds; plain JUnit, no screen. */
class ModelsTrainFormViewModelTest {

    private final FakeWorkspace workspace = ModelsFixtures.workspace(new FakeRunRepository());
    private final TrainFormViewModel form = new TrainFormViewModel();

    @BeforeEach
    void listDatasets() {
        List<DatasetInfo> datasets = workspace.datasets().list();
        form.setDatasets(datasets);
    }

    @Test
    void prefillsFromTheImpressionsDatasetAndItsRoles() {
        assertThat(form.settings().dataset().get().name()).isEqualTo(ModelsFixtures.IMPRESSIONS);
        assertThat(form.settings().label().get()).isEqualTo("clicked");
        assertThat(form.choices().labels()).containsExactly("position", "clicked", "purchased");
        assertThat(form.features()).extracting(FeatureRow::column).doesNotContain("true_ctr")
                .contains("impression_id", "user_id", "clicked");
        assertThat(inputs()).isEqualTo(defaults()).contains("ts", "placement", "device", "price", "purchased");
        assertThat(row("clicked").isLocked()).isTrue();
        assertThat(row("clicked").detailBinding().get()).isEqualTo("the label");
        assertThat(row("price").input().treatment().get()).isEqualTo(FieldTreatment.LOG1P);
        assertThat(row("user_id").detailBinding().get()).isEqualTo("hash(65536)");
        assertThat(form.readout().featureSummary().get()).isEqualTo(defaults().size() + " of 10 columns as inputs");
        assertThat(form.settings().model().get()).isEqualTo(ModelKind.DEEPFM);
        assertThat(form.settings().eventsDataset().get()).isEqualTo(ModelsFixtures.EVENTS);
        assertThat(form.readout().problem().get()).isEmpty();
    }

    @Test
    void theRequestCarriesEveryChoice() {
        row("purchased").input().included().set(false);
        row("price").input().treatment().set(FieldTreatment.QUANTILES);
        row("device").input().treatment().set(FieldTreatment.HASHING);
        form.settings().behaviour().set(true);
        form.settings().lastN().set("3");
        form.param("learningRate").entry().text().set("0.01");
        form.param("hidden").entry().text().set("128, 64, 32");
        form.settings().split().set(SplitKind.TIME);
        form.settings().seed().set("7");
        form.settings().device().set("cpu");

        TrainingRequest request = form.request();

        assertThat(request.dataset()).isEqualTo(ModelsFixtures.IMPRESSIONS);
        assertThat(request.label()).isEqualTo("clicked");
        List<String> expected = new java.util.ArrayList<>(defaults());
        expected.remove("purchased");
        expected.addAll(FeatureDefaults.behaviourFields(request.features().behaviour()).stream()
                .map(FieldSpec::column).toList());
        assertThat(request.features().fields()).extracting(FieldSpec::column).isEqualTo(expected);
        assertThat(request.features().fields()).extracting(FieldSpec::column)
                .contains("bh_user_ctr", "bh_user_last_categories");
        assertThat(form.readout().featureSummary().get()).endsWith(", plus 9 behavioural aggregates");
        FieldSpec price = field(request, "price");
        assertThat(price.kind()).isEqualTo(FieldKind.NUMERIC);
        assertThat(price.transform()).isEqualTo(NumericTransform.QUANTILE_BUCKETS);
        assertThat(field(request, "device").encoding()).isEqualTo(CategoricalEncoding.HASHING);
        assertThat(request.features().behaviour().eventsDataset()).isEqualTo(ModelsFixtures.EVENTS);
        assertThat(request.features().behaviour().lastN()).isEqualTo(3);
        assertThat(request.params().learningRate()).isEqualTo(0.01);
        assertThat(request.params().hidden()).containsExactly(128, 64, 32);
        assertThat(request.params().embeddingL2()).isEqualTo(Hyperparameters.defaults().embeddingL2());
        assertThat(request.split().kind()).isEqualTo(SplitKind.TIME);
        assertThat(request.split().seed()).isEqualTo(7);
        assertThat(request.seed()).isEqualTo(7);
        assertThat(request.device()).isEqualTo("cpu");
        assertThat(request.model()).isEqualTo(ModelKind.DEEPFM);
    }

    @Test
    void treesShowTheirOwnSettingsAndTheRequestCarriesThem() {
        assertThat(form.shown(form.param("rounds"))).isFalse();
        assertThat(form.shown(form.param("hidden"))).isTrue();
        form.settings().model().set(ModelKind.GBDT);
        assertThat(form.shown(form.param("rounds"))).isTrue();
        assertThat(form.shown(form.param("learningRate"))).isFalse();
        assertThat(form.param("eta").help()).startsWith(io.campaignlab.engine.models.gbdt.GbdtSettings.HELP.get("eta"));
        form.param("hidden").entry().text().set("not read by trees");
        form.param("subsample").entry().text().set("1.5");
        assertThat(form.readout().problem().get()).isEqualTo("Subsample must be above 0 and at most 1.");
        form.param("subsample").entry().text().set("0.5");
        form.param("maxDepth").entry().text().set("3");
        assertThat(form.readout().valid().get()).isTrue();
        var request = form.request();
        assertThat(request.model()).isEqualTo(ModelKind.GBDT);
        assertThat(request.params().gbdt().subsample()).isEqualTo(0.5);
        assertThat(request.params().gbdt().maxDepth()).isEqualTo(3);
        assertThat(request.params().gbdt().rounds())
                .isEqualTo(io.campaignlab.engine.models.gbdt.GbdtSettings.defaults().rounds());
    }

    @Test
    void hyperParametersStartAtTheDefaultsWithHelpAndOnlyTheModelsOwnAreChecked() {
        Hyperparameters defaults = Hyperparameters.defaults();
        assertThat(form.param("embeddingL2").entry().text().get()).isEqualTo("1e-6");
        assertThat(form.param("learningRate").entry().text().get()).isEqualTo("0.002");
        assertThat(form.param("hidden").entry().text().get()).isEqualTo("64, 32");
        assertThat(form.param("batchSize").entry().text().get()).isEqualTo(String.valueOf(defaults.batchSize()));
        assertThat(form.param("dropout").help()).startsWith(Hyperparameters.HELP.get("dropout"));
        assertThat(form.params()).extracting(ParamField::key).containsExactly("embeddingDim", "hidden", "dropout",
                "crossLayers", "crossRank", "sequenceLength", "learningRate", "embeddingL2", "batchSize", "maxEpochs",
                "patience", "rounds", "maxDepth", "eta", "minChildWeight", "subsample", "lambda", "earlyStopping");

        form.param("crossLayers").entry().text().set("two");
        assertThat(form.param("crossLayers").entry().relevant().get()).isFalse();
        assertThat(form.readout().valid().get()).isTrue();
        assertThat(form.request().params().crossLayers()).isEqualTo(defaults.crossLayers());

        form.settings().model().set(ModelKind.DCN);
        assertThat(form.readout().problem().get()).isEqualTo("Cross layers must be a whole number.");
        assertThat(form.readout().valid().get()).isFalse();

        form.param("crossLayers").entry().text().set("3");
        form.param("dropout").entry().text().set("1.5");
        assertThat(form.readout().problem().get()).isEqualTo("Dropout must be at least 0 and below 1.");
        form.param("dropout").entry().text().set("0.2");
        form.param("hidden").entry().text().set("64, 0");
        assertThat(form.readout().problem().get()).isEqualTo("MLP layers: every layer needs at least 1 unit.");
        form.param("hidden").entry().text().set("64");
        form.settings().seed().set("x");
        assertThat(form.readout().problem().get()).isEqualTo("The seed must be a whole number.");
        form.settings().seed().set("1");
        assertThat(form.request().params().crossLayers()).isEqualTo(3);
        assertThatThrownBy(() -> {
            form.settings().seed().set("");
            form.request();
        }).isInstanceOf(IllegalStateException.class).hasMessage("The seed must be a whole number.");
    }

    @Test
    void bstNeedsBehaviourEventsAndEndsTheFeaturesWithTheSequenceOfTheChosenLength() {
        form.settings().model().set(ModelKind.BST);
        assertThat(form.readout().problem().get()).startsWith("BST (behaviour sequence) reads the user's last events");
        assertThat(form.param("sequenceLength").entry().relevant().get()).isTrue();

        form.settings().behaviour().set(true);
        form.param("sequenceLength").entry().text().set("0");
        assertThat(form.readout().valid().get()).isFalse();
        form.param("sequenceLength").entry().text().set("7");

        assertThat(form.readout().problem().get()).isEmpty();
        TrainingRequest request = form.request();
        assertThat(request.model()).isEqualTo(ModelKind.BST);
        assertThat(BehaviourSequences.endsWithSequence(request.features())).isTrue();
        assertThat(BehaviourSequences.length(request.features())).isEqualTo(7);

        form.settings().model().set(ModelKind.DEEPFM);
        assertThat(form.param("sequenceLength").entry().relevant().get()).isFalse();
        assertThat(BehaviourSequences.length(form.request().features())).isZero();
    }

    @Test
    void esmmNeedsAPurchaseLabelWhichThenLeavesTheFeatures() {
        form.settings().model().set(ModelKind.ESMM);
        assertThat(form.readout().purchaseNeeded().get()).isTrue();
        assertThat(form.readout().problem().get()).startsWith("ESMM needs a purchase label");

        form.settings().purchaseLabel().set("purchased");

        assertThat(form.readout().problem().get()).isEmpty();
        assertThat(row("purchased").input().lockedBy().get()).isEqualTo("purchase label");
        TrainingRequest request = form.request();
        assertThat(request.params().purchaseLabel()).isEqualTo("purchased");
        assertThat(request.features().fields()).extracting(FieldSpec::column).doesNotContain("purchased", "clicked");

        form.settings().model().set(ModelKind.LR);
        assertThat(row("purchased").isLocked()).isFalse();
        assertThat(form.request().params().purchaseLabel()).isNull();
        assertThat(form.param("embeddingDim").entry().relevant().get()).isFalse();
    }

    @Test
    void aNewLabelIsLockedOutOfTheFeaturesAndTheOldOneIsOffered() {
        form.settings().label().set("purchased");

        assertThat(row("purchased").isLocked()).isTrue();
        assertThat(row("clicked").isLocked()).isFalse();
        assertThat(form.request().features().fields()).extracting(FieldSpec::column).doesNotContain("purchased");
    }

    @Test
    void sayWhatIsMissing() {
        for (FeatureRow row : form.features()) {
            row.input().included().set(false);
        }
        assertThat(form.readout().problem().get()).isEqualTo("Include at least one feature.");
        form.settings().behaviour().set(true);
        assertThat(form.readout().problem().get()).isEmpty();
        form.settings().lastN().set("0");
        assertThat(form.readout().problem().get()).startsWith("The number of last categories");

        form.setDatasets(List.of());
        assertThat(form.readout().problem().get()).startsWith("The workspace has no datasets yet");
        assertThat(form.features()).isEmpty();
    }

    @Test
    void behaviouralAggregatesNeedUserItemAndTimeColumns() {
        workspace.add("survey", io.campaignlab.engine.datasets.DatasetKind.TABLE, List.of(
                io.campaignlab.engine.datasets.ColumnMeta.of("user_id", io.campaignlab.engine.datasets.ColumnType.INTEGER,
                        io.campaignlab.engine.datasets.ColumnRole.USER_ID),
                io.campaignlab.engine.datasets.ColumnMeta.of("answered", io.campaignlab.engine.datasets.ColumnType.BOOLEAN,
                        io.campaignlab.engine.datasets.ColumnRole.LABEL),
                io.campaignlab.engine.datasets.ColumnMeta.of("age_band", io.campaignlab.engine.datasets.ColumnType.CATEGORY,
                        io.campaignlab.engine.datasets.ColumnRole.FEATURE)),
                List.of(), List.of());
        form.setDatasets(workspace.datasets().list());
        form.settings().dataset().set(workspace.datasets().require("survey"));
        assertThat(form.readout().problem().get()).isEmpty();

        form.settings().behaviour().set(true);

        assertThat(form.readout().problem().get()).isEqualTo("Behavioural aggregates need item_id, timestamp columns in"
                + " 'survey', which has none with those roles.");
        form.settings().dataset().set(workspace.datasets().require(ModelsFixtures.IMPRESSIONS));
        assertThat(form.readout().problem().get()).isEmpty();
    }

    @Test
    void aTableWithoutALabelColumnSaysSo() {
        form.settings().dataset().set(workspace.datasets().require(ModelsFixtures.EVENTS));

        assertThat(form.settings().label().get()).isNull();
        assertThat(form.readout().problem().get()).isEqualTo("'events' has no 1/0 column to use as a label.");
    }

    @Test
    void keepsTheChosenDatasetWhenTheListIsReloaded() {
        form.settings().dataset().set(workspace.datasets().require(ModelsFixtures.USERS));
        row("age_band").input().included().set(false);

        form.setDatasets(workspace.datasets().list());

        assertThat(form.settings().dataset().get().name()).isEqualTo(ModelsFixtures.USERS);
        assertThat(row("age_band").input().included().get()).isFalse();
    }

    /** The engine's own suggestion for the impressions columns, the click being the label. */
    private static List<String> defaults() {
        return FeatureDefaults.fields(ModelsFixtures.impressionColumns(), List.of("clicked")).stream()
                .map(FieldSpec::column).toList();
    }

    private List<String> inputs() {
        return form.features().stream().filter(FeatureRow::isInput).map(FeatureRow::column).toList();
    }

    private FeatureRow row(String column) {
        return form.features().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    private static FieldSpec field(TrainingRequest request, String column) {
        return request.features().fields().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }

    @Test
    void tuneIsAutoByDefaultAChangedRateIsFixedAndABadBudgetIsNamed() {
        TrainingRequest defaults = form.request();
        io.campaignlab.engine.models.search.CtrTuning auto = form.tuning(defaults);
        assertThat(auto.auto()).isTrue();
        assertThat(auto.fixed()).isEmpty();
        assertThat(auto.budget()).isEqualTo(io.campaignlab.engine.models.search.CtrSearchSpace
                .defaultBudget(ModelKind.DEEPFM));

        form.param("learningRate").entry().text().set("0.01");
        form.tune().budgetProperty().set("5,2m");
        io.campaignlab.engine.models.search.CtrTuning fixed = form.tuning(form.request());
        assertThat(fixed.fixed()).containsExactly("learningRate");
        assertThat(fixed.budget()).isEqualTo(new io.campaignlab.engine.tuning.SearchBudget(5, 120));

        form.tune().budgetProperty().set("lots");
        assertThat(form.readout().problem().get()).startsWith("Budget: budget 'lots'");
        form.tune().autoProperty().set(false);
        assertThat(form.readout().problem().get()).isEmpty();
        assertThat(form.tuning(form.request()).auto()).isFalse();
    }
}
