package io.campaignlab.app.cli.experiments;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.ope.DecisionList;
import io.campaignlab.engine.campaigns.ope.OffPolicyEstimate;
import io.campaignlab.engine.campaigns.ope.OpeJob;
import io.campaignlab.engine.campaigns.ope.OpeResult;
import io.campaignlab.engine.campaigns.ope.OpeSpec;
import io.campaignlab.engine.campaigns.ope.PolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code campaign-lab ope --dataset D --arm-column COL --outcome COL --policy FILE}: off-policy evaluation of a
 * decision-list policy on logged randomized data.
 */
@Command(name = "ope", description = "Off-policy evaluation: estimate what a targeting policy (a JSON decision list,"
        + " or a stored campaign)"
        + " would earn per unit, from a logged randomized test, by IPS, self-normalised IPS and doubly robust"
        + " estimation, each with a 95%% interval.",
        footer = {"", "Policy file: {\"rules\": [{\"when\": \"recency_days > 90\", \"arm\": \"coupon_20\"},"
                + " {\"when\": [\"history_orders <= 1\", \"device = mobile\"], \"arm\": {\"coupon_10\": 0.5,"
                + " \"control\": 0.5}}], \"default\": \"control\"}. The first rule whose conditions all hold"
                + " chooses; conditions compare a column with a number (>=, >, <=, <, =, !=) or a text (=, !=)."})
public final class OpeCommand extends WorkspaceCommand {

    @Option(names = "--dataset", required = true, description = "The logged test: one row per unit.")
    String dataset;

    @Option(names = "--arm-column", required = true, paramLabel = "COL", description = "The column naming each"
            + " unit's logged arm.")
    String armColumn;

    @Option(names = "--outcome", required = true, paramLabel = "COL", description = "The reward column (0/1 or a"
            + " number).")
    String outcome;

    @Option(names = "--policy", required = true, paramLabel = "FILE|CAMPAIGN", description = "The policy: a JSON"
            + " decision list (see below), or the name of a stored campaign, evaluated as the decision engine's greedy"
            + " choice among its coupon offers (eligibility conditions, posterior means from its serving version's"
            + " log, holdout share to the control arm).")
    String policy;

    @Option(names = "--control-arm", paramLabel = "ARM", defaultValue = "control", description = "With a campaign"
            + " policy: the logged arm that stands for no offer (default ${DEFAULT-VALUE}); each offer is the logged"
            + " arm of its name.")
    String controlArm;

    @Option(names = "--propensity-column", paramLabel = "COL", description = "Each unit's logging propensity"
            + " (default: --propensities, else 1/K for K arms).")
    String propensityColumn;

    @Option(names = "--propensities", split = ",", paramLabel = "ARM=P", description = "The design's probability"
            + " of each arm, for example control=0.5,coupon=0.5.")
    Map<String, Double> propensities;

    @Option(names = "--features", split = ",", description = "The outcome model's pre-treatment feature columns"
            + " (default: every usable column except labels, revenue, times, ids, the arm and planted truth).")
    List<String> features;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-fitting folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the folds (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        Path file = Path.of(policy);
        boolean isFile = Files.exists(file) || services.campaigns().find(policy).isEmpty();
        DecisionList list = isFile ? readPolicy(file) : CampaignPolicies.read(services, policy, controlArm,
                dataset);
        String name = isFile ? String.valueOf(file.getFileName()) : "campaign " + policy;
        OpeSpec spec = new OpeSpec(dataset, armColumn, outcome, list, name, propensityColumn, propensities, features,
                folds, seed);
        OpeResult r = runJob(services, new OpeJob(services, spec));
        if (options().json()) {
            output.json(OpeJson.of(r));
            return 0;
        }
        output.line("Policy %s on %s: %,d units, arms %s; propensities %s", spec.policyName(), spec.dataset(),
                r.units(), String.join(", ", r.arms()), r.propensitySource());
        output.line("Logged mean %s %.4f; the policy sends %s", spec.outcome(), r.loggedMean(), shares(r));
        output.line("%-6s %10s %10s %10s %10s", "METHOD", "ESTIMATE", "SE", "CI LOW", "CI HIGH");
        line(output, "IPS", r.estimates().ips());
        line(output, "SNIPS", r.estimates().snips());
        line(output, "DR", r.estimates().dr());
        output.line("Direct method %.4f; effective units %.0f; outcome model: %s", r.estimates().directMethod(),
                r.estimates().effectiveSampleSize(), r.outcomeModel());
        r.warnings().forEach(w -> output.line("Warning: %s", w));
        return 0;
    }

    private static DecisionList readPolicy(Path policy) throws java.io.IOException {
        try {
            return PolicyJson.parse(Files.readString(policy));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--policy: there is no policy file " + policy + " and no campaign of"
                    + " that name (campaign-lab campaign list shows them)", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(policy.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String shares(OpeResult r) {
        StringBuilder s = new StringBuilder();
        double[] shares = r.estimates().policyShares();
        for (int a = 0; a < shares.length; a++) {
            s.append(a == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.1f%% to %s", 100 * shares[a],
                    r.arms().get(a)));
        }
        return s.toString();
    }

    private static void line(Output output, String name, OffPolicyEstimate e) {
        output.line("%-6s %10.4f %10.4f %10.4f %10.4f", name, e.estimate(), e.standardError(), e.ciLow(), e.ciHigh());
    }
}
