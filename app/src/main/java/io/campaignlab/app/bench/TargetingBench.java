package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.engine.campaigns.forecast.BudgetPoint;
import io.campaignlab.engine.campaigns.forecast.CampaignForecast;
import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.engine.campaigns.forecast.OfferTerms;
import io.campaignlab.engine.campaigns.forecast.StrategyOutcome;
import io.campaignlab.engine.campaigns.forecast.TargetingReport;
import io.campaignlab.engine.campaigns.forecast.TargetingSpec;
import io.campaignlab.engine.campaigns.forecast.TargetingStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/** {@code campaign-lab bench targeting}: pCTR, pCVR, uplift and random targeting at one budget, on planted truth. */
@Command(name = "targeting", description = "Simulate users, fit click, response and uplift models (LR) on half of"
        + " them, and let pCTR, pCVR, uplift and random targeting spend the same budget on the other half; print each"
        + " strategy's true incremental conversions (planted uplift), the uplift strategy's forecast with 95%%"
        + " intervals, and the budget curve at the budget and where the marginal ROI falls below 1.")
public final class TargetingBench extends CliCommand {

    @Mixin
    Simulation simulation;

    @Option(names = "--budget", defaultValue = "0", description = "Money each strategy may spend (default: a fifth"
            + " of granting every held-out user).")
    double budget;

    @Option(names = "--arm", defaultValue = "coupon_20", description = "The coupon: coupon_20 or coupon_10"
            + " (default: ${DEFAULT-VALUE}).")
    String arm;

    @Mixin
    GrantTermsOptions grant;

    @Option(names = "--model-replicates", defaultValue = "10", description = "Uplift refits on bootstrap resamples"
            + " of the training users, for the forecast's model uncertainty; 0 resamples users only (default:"
            + " ${DEFAULT-VALUE}).")
    int modelReplicates;

    @Override
    public Integer call() throws Exception {
        double share = arm.equals("coupon_10") ? 0.1 : 0.2;
        TargetingSpec spec = new TargetingSpec(simulation.users, 1, simulation.seed, arm, grant.terms(share), budget,
                modelReplicates);
        long started = System.nanoTime();
        TargetingReport r = runWork((progress, cancel) -> {
            progress.message("Simulating " + simulation.users + " users and fitting the models");
            return TargetingStudy.run(spec, cancel);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        Output output = new Output(out());
        if (json()) {
            output.json(new Result(r.users(), r.heldOut(), r.seed(), r.arm(), r.terms(), r.orderValue(), r.budget(),
                    r.outcomes(), r.upliftForecast(), r.upliftTruth(), r.atBudget(), r.breakEven(), seconds));
            return 0;
        }
        output.line("%s on %,d held-out of %,d simulated users (seed %d), order value %.2f, budget %.2f each:",
                r.arm(), r.heldOut(), r.users(), r.seed(), r.orderValue(), r.budget());
        for (StrategyOutcome o : r.outcomes()) {
            output.line("  %-7s %,6d users  spend %10.2f  true incremental conversions %8.2f", o.strategy().id(),
                    o.users(), o.spend(), o.trueIncrementalConversions());
        }
        CampaignForecast f = r.upliftForecast();
        output.line("uplift strategy's forecast (%s):", f.uncertainty());
        output.line("  reach %,d; incremental conversions %s (true %.2f)", f.reach(),
                text(f.incrementalConversions()), r.upliftTruth());
        output.line("  incremental revenue %s, margin %s", text(f.incrementalRevenue()), text(f.incrementalMargin()));
        output.line("  cost %s, ROI %s", text(f.cost()), text(f.roi()));
        output.line("budget curve (held-out users by predicted margin per cost): at the budget %s", text(r.atBudget()));
        output.line("  marginal ROI falls below 1 after %s", text(r.breakEven()));
        output.line("%.1f s", seconds);
        return 0;
    }

    private static String text(Interval i) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", i.estimate(), i.ciLow(), i.ciHigh());
    }

    private static String text(BudgetPoint p) {
        return String.format(Locale.ROOT, "%,d users, spend %.2f, incremental conversions %.2f, margin"
                + " %.2f (ROI %.2f)", p.users(), p.spend(), p.incrementalConversions(), p.incrementalMargin(), p.roi());
    }

    /** The report as {@code --json} prints it, with the seconds it took. */
    record Result(int users, int heldOut, long seed, String arm, OfferTerms terms, double orderValue, double budget,
                  List<StrategyOutcome> strategies, CampaignForecast upliftForecast,
                  double upliftTrueIncrementalConversions, BudgetPoint atBudget, BudgetPoint marginalRoiBelowOne,
                  double seconds) {
    }

    /** The simulated users: how many, and the simulator's seed. */
    static final class Simulation {
        @Option(names = "--users", defaultValue = "20000", description = "Simulated users (default: ${DEFAULT-VALUE}).")
        int users;

        @Option(names = "--seed", defaultValue = "42", description = "Simulator seed (default: ${DEFAULT-VALUE}).")
        long seed;
    }
}
