package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.DeviceOption;
import io.campaignlab.app.command.TuneOptions;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.search.CtrSearchSpace;
import io.campaignlab.engine.models.search.CtrTuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code campaign-lab train --dataset D --label COL [--model ...]} */
@Command(name = "train", description = "Train a click or conversion model (LR, FM, DeepFM, DCN-v2, DNN, ESMM, BST or gradient-boosted trees) as a recorded run.")
public final class TrainCommand extends WorkspaceCommand {

    @Option(names = "--dataset", required = true, description = "The training dataset.")
    String dataset;

    @Option(names = "--label", description = "The 1/0 label column (the click for esmm). Default: the column with role label.")
    String label;

    @Option(names = "--model", defaultValue = "deepfm", description = "lr, fm, deepfm, dcn, dnn, esmm, bst or gbdt (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--features", description = "Comma-separated column[:cat|hash=N|std|log1p|quantiles=N|logsq[=N]|time|multi=N]. Default: every usable column by role. Given, no field's representation is searched.")
    String features;

    @Option(names = "--behaviour", paramLabel = "EVENTS", description = "Add leakage-free behavioural aggregates from this events dataset.")
    String behaviour;

    @Option(names = "--purchase-label", description = "esmm: the purchase label column.")
    String purchaseLabel;

    @Mixin
    SplitOptions split;

    @Option(names = "--epochs", description = "Most epochs (default 10).")
    Integer epochs;

    @Option(names = "--patience", description = "Epochs without a better validation AUC before stopping (default 2).")
    Integer patience;

    @Option(names = "--batch-size", description = "Rows per batch (default 2048).")
    Integer batchSize;

    @Option(names = "--lr", description = "Adam learning rate (default 0.002; 0.01 for lr). Given, it is not searched.")
    Double learningRate;

    @Option(names = "--embedding-dim", description = "Embedding size (default 16). Given, it is not searched.")
    Integer embeddingDim;

    @Option(names = "--hidden", description = "MLP widths, comma separated (default 64,32).")
    String hidden;

    @Option(names = "--dropout", description = "MLP dropout (default 0.1).")
    Double dropout;

    @Option(names = "--l2", description = "L2 on the embedding rows a batch uses (default 1e-6). Given, it is not searched.")
    Double l2;

    @Option(names = "--cross-rank", description = "dcn: rank of each cross layer's weight, 0 for full rank (default 64).")
    Integer crossRank;

    @Option(names = "--sequence-length", paramLabel = "L", description = "bst: how many of the user's last events (before each impression) the Transformer reads (default 10).")
    Integer sequenceLength;

    @Mixin
    TreeOptions trees;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of initialisation, dropout and shuffles (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    DeviceOption device;

    @Mixin
    TuneOptions tune;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        DatasetInfo info = services.datasets().require(dataset);
        String labelColumn = label != null ? info.column(label).orElseThrow(() -> new IllegalArgumentException(
                "dataset " + dataset + " has no column '" + label + "'")).name()
                : FeatureDefaults.label(info.columns()).orElseThrow(() -> new IllegalArgumentException(
                "dataset " + dataset + " has no column with role label; name one with --label"));
        ModelKind kind = ModelKind.parse(model);
        Hyperparameters params = hyperparameters(kind, info, labelColumn);
        List<String> labels = params.purchaseLabel() == null ? List.of(labelColumn)
                : List.of(labelColumn, params.purchaseLabel());
        List<String> notFeatures = new ArrayList<>(labels);
        if (split.column(info) != null) {
            notFeatures.add(split.column(info));
        }
        FeatureSpec featureSpec = FeatureArguments.parse(features, info, notFeatures, behaviour);
        if (kind.sequential()) {
            if (behaviour == null) {
                throw new IllegalArgumentException("--model " + kind.id() + " reads the user's behaviour sequence:"
                        + " name the events dataset with --behaviour EVENTS");
            }
            featureSpec = BehaviourSequences.withSequence(featureSpec,
                    sequenceLength != null ? sequenceLength : BehaviourSequences.DEFAULT_LENGTH);
        } else if (sequenceLength != null) {
            throw new IllegalArgumentException("--sequence-length applies to --model bst only");
        }
        TrainingRequest request = new TrainingRequest(info.name(), labelColumn, featureSpec,
                split.spec(info, services.datasets(), seed), kind, params, seed, device.device());
        CtrTuning tuning = tune.auto() ? CtrTuning.auto(tune.budgetOr(CtrSearchSpace.defaultBudget(kind)), fixed())
                : CtrTuning.OFF;
        TrainingOutcome outcome = RunJobs.train(this, services, request, tuning, !options.json());
        if (options.json()) {
            output.json(RunJson.Outcome.of(outcome, request.split()));
            return 0;
        }
        output.line("Run %d completed on %s in %.1f s (best epoch %d of %d).", outcome.runId(), outcome.device(),
                outcome.seconds(), outcome.bestEpoch(), outcome.epochs().size());
        if (outcome.search() != null) {
            SearchLines.print(output, outcome.search());
        }
        output.line("  validation: AUC %.4f, log loss %.4f", outcome.validation().auc(),
                outcome.validation().logLoss());
        output.line("  test:       AUC %s, log loss %.4f, ECE %.4f, PR-AUC %.4f", EvaluateCommand.auc(outcome.test()),
                outcome.test().logLoss(), outcome.test().expectedCalibrationError(), outcome.test().prAuc());
        return 0;
    }

    /** The searchable settings given explicitly: each is fixed and taken out of the search. */
    private List<String> fixed() {
        List<String> fixed = new ArrayList<>();
        if (learningRate != null) {
            fixed.add(CtrSearchSpace.LEARNING_RATE);
        }
        if (l2 != null) {
            fixed.add(CtrSearchSpace.EMBEDDING_L2);
        }
        if (embeddingDim != null) {
            fixed.add(CtrSearchSpace.EMBEDDING_DIM);
        }
        if (features != null) {
            fixed.add(CtrSearchSpace.FIELDS);
        }
        return fixed;
    }

    private Hyperparameters hyperparameters(ModelKind kind, DatasetInfo info, String labelColumn) {
        Hyperparameters p = Hyperparameters.defaultsFor(kind);
        if (!kind.network()) {
            refuseNetworkOptions();
            return p.withGbdt(trees.settings());
        }
        trees.refuseUnless(kind);
        if (epochs != null) {
            p = p.withMaxEpochs(epochs);
        }
        if (patience != null) {
            p = p.withPatience(patience);
        }
        if (batchSize != null) {
            p = p.withBatchSize(batchSize);
        }
        if (learningRate != null) {
            p = p.withLearningRate(learningRate);
        }
        if (embeddingDim != null) {
            p = p.withEmbeddingDim(embeddingDim);
        }
        if (dropout != null) {
            p = p.withDropout(dropout);
        }
        if (l2 != null) {
            p = p.withEmbeddingL2(l2);
        }
        if (crossRank != null) {
            p = p.withCrossRank(crossRank);
        }
        if (hidden != null) {
            List<Integer> widths = new ArrayList<>();
            for (String w : hidden.split(",")) {
                widths.add(Integer.parseInt(w.trim()));
            }
            p = p.withHidden(widths);
        }
        if (kind.multiTask()) {
            String purchase = purchaseLabel != null ? purchaseLabel : info.columns().stream()
                    .filter(c -> c.role() == io.campaignlab.engine.datasets.ColumnRole.LABEL
                            && !c.name().equals(labelColumn)).map(c -> c.name()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("esmm needs --purchase-label: dataset "
                            + info.name() + " has no second label column"));
            p = p.withPurchaseLabel(info.column(purchase).orElseThrow(() -> new IllegalArgumentException(
                    "dataset " + info.name() + " has no column '" + purchase + "'")).name());
        }
        return p;
    }

    /** The network settings mean nothing to trees: a user who gives one has mistaken the model. */
    private void refuseNetworkOptions() {
        Object[][] given = {{"--epochs", epochs}, {"--patience", patience}, {"--batch-size", batchSize},
                {"--lr", learningRate}, {"--embedding-dim", embeddingDim}, {"--hidden", hidden},
                {"--dropout", dropout}, {"--l2", l2}, {"--cross-rank", crossRank}};
        for (Object[] option : given) {
            if (option[1] != null) {
                throw new IllegalArgumentException(option[0] + " sets a network; gbdt takes --rounds, --depth, --eta,"
                        + " --min-child-weight, --subsample, --lambda and --early-stopping");
            }
        }
    }
}
