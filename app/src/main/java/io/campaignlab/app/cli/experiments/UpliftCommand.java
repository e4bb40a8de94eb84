package io.campaignlab.app.cli.experiments;

import io.campaignlab.app.command.DeviceOption;
import io.campaignlab.app.command.SeedOption;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import io.campaignlab.engine.uplift.UpliftCurves;
import io.campaignlab.engine.uplift.UpliftJob;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.uplift.UpliftBootstrap;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.engine.uplift.UpliftSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code campaign-lab uplift DATASET --treatment COL=VALUE --control VALUE --outcome COL --learner s|t|x|ct}. */
@Command(name = "uplift", description = "Fit an uplift model (S-, T-, X-learner or class transformation on LR or the"
        + " DNN) on an experiment, evaluate it on held-out units (normalised Qini and AUUC, uplift@k by group), record"
        + " the run and write every unit's uplift to uplift_runN_<dataset>.")
public final class UpliftCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "An experiment dataset: one row per unit.")
    String dataset;

    @Option(names = "--treatment", required = true, paramLabel = "COL=VALUE", description = "The arm column and the"
            + " treated arm's value, for example segment=Womens E-Mail.")
    String treatment;

    @Option(names = "--control", required = true, description = "The control arm's value.")
    String control;

    @Option(names = "--outcome", required = true, description = "A 0/1 outcome column.")
    String outcome;

    @Option(names = "--learner", defaultValue = "t", description = "s, t, x or ct (default ${DEFAULT-VALUE}).")
    String learner;

    @Option(names = "--base", defaultValue = "lr", description = "lr or dnn (default ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--features", split = ",", description = "Pre-treatment feature columns (default: every usable"
            + " column except labels, revenue, times, ids, the arm and planted truth).")
    List<String> features;

    @Option(names = "--test-share", defaultValue = "0.3", description = "Held-out share (default ${DEFAULT-VALUE}).")
    double testShare;

    @Option(names = "--truth", paramLabel = "COL", description = "A planted per-unit uplift to correlate with.")
    String truth;

    @Mixin
    SeedOption seed;

    @Mixin
    DeviceOption device;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        int eq = treatment.indexOf('=');
        if (eq <= 0 || eq == treatment.length() - 1) {
            throw new IllegalArgumentException("--treatment must be COLUMN=VALUE, was '" + treatment + "'");
        }
        UpliftSpec spec = new UpliftSpec(dataset, treatment.substring(0, eq), treatment.substring(eq + 1), control,
                outcome, features, MetaLearner.parse(learner), BaseLearner.parse(base), testShare, seed.seed(),
                truth, device.device());
        UpliftResult r = runJob(services, new UpliftJob(services, spec));
        UpliftBootstrap intervals = services.runs().report(r.runId(), UpliftBootstrap.KIND, "")
                .map(report -> ReportJson.read(report.json(), UpliftBootstrap.class)).orElse(null);
        if (options().json()) {
            output.json(UpliftJson.of(r, intervals));
            return 0;
        }
        output.line("Run %d: %s-learner on %s, %s vs %s on %s; %,d units fitted, %,d held out", r.runId(),
                spec.learner().id().toUpperCase(java.util.Locale.ROOT), spec.base().id().toUpperCase(
                        java.util.Locale.ROOT), spec.treatmentValue(), spec.controlValue(), spec.outcome(),
                r.trainUnits(), r.testUnits());
        output.line("Qini %.4f  AUUC %.4f  (normalised: 0 random, 1 perfect)  uplift@30%% %.4f  observed ATE %.4f",
                r.qini(), r.auuc(), r.upliftAt30(), r.observedAte());
        if (intervals != null) {
            output.line("Qini %s, AUUC %s: bootstrap over the test units, B = %d, seed %d",
                    intervals.qini().describe(), intervals.auuc().describe(), intervals.resamples(), intervals.seed());
        }
        if (!Double.isNaN(r.truthCorrelation())) {
            output.line("Correlation with the planted uplift: %.3f", r.truthCorrelation());
        }
        output.line("%-7s %9s %9s %10s %10s %10s", "DECILE", "TREATED", "CONTROL", "RATE T", "RATE C", "UPLIFT");
        for (UpliftCurves.DecileUplift d : r.deciles()) {
            output.line("%-7d %9d %9d %10.4f %10.4f %10.4f", d.decile(), d.treated(), d.control(), d.rateTreated(),
                    d.rateControl(), d.observedUplift());
        }
        r.warnings().forEach(w -> output.line("Warning: %s", w));
        output.line("Scores: %s", r.scoresDataset());
        return 0;
    }
}
