package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.frames.Frame;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A targeting policy as an ordered list of rules: the first rule whose conditions all hold chooses the unit's arm;
 * a unit no rule matches gets the default. An arm may be a distribution, so a policy can be stochastic. Read from
 * JSON by {@link PolicyJson}.
 *
 * @param rules       the rules, in order
 * @param defaultArms the default's arm probabilities
 * @param audience    when not null, a unit outside it gets its control arm before any rule is read
 */
public record DecisionList(List<DecisionRule> rules, Map<String, Double> defaultArms, AudienceGate audience) {

    public DecisionList {
        rules = List.copyOf(rules);
        new DecisionRule(List.of(), defaultArms); // the default is a rule without conditions: same checks
        defaultArms = Map.copyOf(defaultArms);
    }

    /** A list for every unit (no audience). */
    public DecisionList(List<DecisionRule> rules, Map<String, Double> defaultArms) {
        this(rules, defaultArms, null);
    }

    /** The same list, giving the units outside {@code gate} its control arm. */
    public DecisionList within(AudienceGate gate) {
        return new DecisionList(rules, defaultArms, gate);
    }

    /** The dataset columns the rules (and the audience) read, without repeats. */
    public List<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        if (audience != null) {
            out.add(audience.userColumn());
        }
        rules.forEach(r -> r.when().forEach(c -> out.add(c.measure().column())));
        return List.copyOf(out);
    }

    /** Every arm the policy may choose. */
    public Set<String> armsNamed() {
        Set<String> out = new LinkedHashSet<>();
        rules.forEach(r -> out.addAll(r.arms().keySet()));
        out.addAll(defaultArms.keySet());
        return out;
    }

    /**
     * π(a | x_i) for every unit of the frame and every logged arm, {@code [unit][arm]} in the order of {@code arms}.
     *
     * @throws IllegalArgumentException naming the rule and what is wrong: a column the frame lacks, a comparison the
     *                                  column's type does not allow, or an arm that was never logged
     */
    public double[][] probabilities(Frame frame, List<String> arms) {
        for (int r = 0; r < rules.size(); r++) {
            try {
                rules.get(r).check(frame);
                checkArms(rules.get(r).arms(), arms);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("policy rule " + (r + 1) + ": " + e.getMessage(), e);
            }
        }
        try {
            checkArms(defaultArms, arms);
            if (audience != null) {
                checkArms(Map.of(audience.controlArm(), 1.0), arms);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy default: " + e.getMessage(), e);
        }
        double[][] out = new double[frame.rows()][];
        if (audience != null) {
            boolean[] admitted = audience.admits(frame);
            double[] outside = vector(Map.of(audience.controlArm(), 1.0), arms);
            for (int i = 0; i < out.length; i++) {
                out[i] = admitted[i] ? null : outside;
            }
        }
        for (DecisionRule rule : rules) {
            boolean[] match = rule.matches(frame);
            double[] pi = vector(rule.arms(), arms);
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null && match[i]) {
                    out[i] = pi;
                }
            }
        }
        double[] fallback = vector(defaultArms, arms);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = fallback;
            }
        }
        return out;
    }

    private static void checkArms(Map<String, Double> chosen, List<String> logged) {
        for (Map.Entry<String, Double> e : chosen.entrySet()) {
            if (e.getValue() > 0 && !logged.contains(e.getKey())) {
                throw new IllegalArgumentException("arm '" + e.getKey() + "' was never logged, so nothing tells what"
                        + " it would earn (logged arms: " + String.join(", ", logged) + ")");
            }
        }
    }

    private static double[] vector(Map<String, Double> chosen, List<String> arms) {
        double[] pi = new double[arms.size()];
        chosen.forEach((arm, p) -> {
            int a = arms.indexOf(arm);
            if (a >= 0) {
                pi[a] = p;
            }
        });
        return pi;
    }

    /** The share of units the policy sends to each arm (the mean of π over units). */
    public static double[] shares(double[][] target, int arms) {
        double[] out = new double[arms];
        for (double[] row : target) {
            for (int a = 0; a < arms; a++) {
                out[a] += row[a];
            }
        }
        for (int a = 0; a < arms; a++) {
            out[a] /= target.length;
        }
        return out;
    }
}
