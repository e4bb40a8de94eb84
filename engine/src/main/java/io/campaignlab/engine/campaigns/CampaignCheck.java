package io.campaignlab.engine.campaigns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.campaignlab.engine.campaigns.FileTypes.number;

/**
 * Checks a campaign design field by field and names every problem with its path, as a marketer reads it:
 * {@code offers[1].discount_menu[2]: 95 is not a percentage between 0 and 90}. Offers are checked by
 * {@link OfferCheck}. Only the design itself is checked here; whether the segments, runs and datasets it names
 * exist is found when the audience is counted.
 */
public final class CampaignCheck {

    /** Campaign names and exclusion groups. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");
    static final String NAME_RULE = "use letters, digits, spaces and . _ -, up to 100 characters, starting with a"
            + " letter or digit";

    private CampaignCheck() {
    }

    /** Every problem of the design, in the file's order; empty when it can be stored. */
    public static List<FieldProblem> problems(Campaign c) {
        List<FieldProblem> out = new ArrayList<>();
        name(c.name(), "name", "give the campaign a name", out);
        if (c.objective() == null) {
            out.add(new FieldProblem("objective", "give one of clicks, conversions, revenue, margin"));
        }
        if (c.audience() == null) {
            out.add(new FieldProblem("audience", "give a segment or a rule"));
        } else {
            audience(c.audience(), c.name(), out);
        }
        OfferCheck.offers(c.offers(), out);
        if (c.policy() != null) {
            policy(c.policy(), out);
        }
        if (c.constraints() != null) {
            constraints(c.constraints(), out);
        }
        return out;
    }

    /** Checks a name: present and of the allowed characters. */
    static void name(String name, String path, String missing, List<FieldProblem> out) {
        if (name == null || name.isBlank()) {
            out.add(new FieldProblem(path, missing));
        } else if (!NAME.matcher(name).matches()) {
            out.add(new FieldProblem(path, "'" + name + "' cannot be a name: " + NAME_RULE));
        }
    }

    private static void audience(Audience a, String campaign, List<FieldProblem> out) {
        if (a.segment() != null && a.rule() != null) {
            out.add(new FieldProblem("audience", "give a segment or a rule, not both"));
        } else if (a.segment() == null && a.rule() == null) {
            out.add(new FieldProblem("audience", "give a segment (a stored segment's id) or a rule (conditions"
                    + " joined with AND)"));
        } else if (a.segment() != null) {
            segmentAudience(a, out);
        } else {
            rule(a, out);
        }
        Set<Long> segments = new HashSet<>();
        for (int i = 0; i < a.excludeSegments().size(); i++) {
            Long s = a.excludeSegments().get(i);
            String path = "audience.exclude_segments[" + i + "]";
            if (s == null || s < 1) {
                out.add(new FieldProblem(path, s + " is not a segment id (ids are positive; campaign-lab segments"
                        + " lists them)"));
            } else if (s.equals(a.segment())) {
                out.add(new FieldProblem(path, "segment " + s + " is the audience itself"));
            } else if (!segments.add(s)) {
                out.add(new FieldProblem(path, "segment " + s + " is listed twice"));
            }
        }
        Set<String> campaigns = new HashSet<>();
        for (int i = 0; i < a.excludeCampaigns().size(); i++) {
            String other = a.excludeCampaigns().get(i);
            String path = "audience.exclude_campaigns[" + i + "]";
            name(other, path, "give the name of a campaign to exclude", out);
            if (other != null && other.equals(campaign)) {
                out.add(new FieldProblem(path, "a campaign cannot exclude itself"));
            } else if (other != null && !campaigns.add(other)) {
                out.add(new FieldProblem(path, "campaign '" + other + "' is listed twice"));
            }
        }
    }

    private static void segmentAudience(Audience a, List<FieldProblem> out) {
        if (a.segment() < 1) {
            out.add(new FieldProblem("audience.segment", a.segment() + " is not a segment id (ids are positive;"
                    + " campaign-lab segments lists them)"));
        }
        String brings = "a segment brings its members; only a rule audience reads ";
        if (a.events() != null) {
            out.add(new FieldProblem("audience.events", brings + "an events dataset"));
        }
        if (a.users() != null) {
            out.add(new FieldProblem("audience.users", brings + "a users dataset"));
        }
        if (a.snapshot() != null) {
            out.add(new FieldProblem("audience.snapshot", brings + "a snapshot day"));
        }
    }

    private static void rule(Audience a, List<FieldProblem> out) {
        if (a.events() != null && a.events().isBlank()) {
            out.add(new FieldProblem("audience.events", "give the events dataset's name, or leave the field out"));
            return;
        }
        if (a.users() != null && a.users().isBlank()) {
            out.add(new FieldProblem("audience.users", "give the users dataset's name, or leave the field out"));
            return;
        }
        if (a.events() == null && a.users() == null) {
            out.add(new FieldProblem("audience", "a rule needs an events dataset (events), a users dataset (users)"
                    + " or both"));
            return;
        }
        try {
            AudienceRules.toSegmentRule(a);
        } catch (IllegalArgumentException e) {
            out.add(new FieldProblem("audience.rule", e.getMessage()));
        }
    }

    private static void policy(Policy p, List<FieldProblem> out) {
        if (p.kind() == null) {
            out.add(new FieldProblem("policy.kind", "give one of greedy, epsilon_greedy, thompson"));
        } else if (p.kind() == Policy.Kind.EPSILON_GREEDY) {
            if (p.epsilon() == null) {
                out.add(new FieldProblem("policy.epsilon", "epsilon_greedy needs an epsilon, the share of random"
                        + " choices, e.g. 0.1"));
            } else if (!(p.epsilon() > 0 && p.epsilon() <= 1)) {
                out.add(new FieldProblem("policy.epsilon", number(p.epsilon()) + " is not a share above 0 and at"
                        + " most 1"));
            }
        } else if (p.epsilon() != null) {
            out.add(new FieldProblem("policy.epsilon", "only epsilon_greedy takes an epsilon, not "
                    + p.kind().id()));
        }
    }

    private static void constraints(Constraints c, List<FieldProblem> out) {
        if (c.budget() != null && !(c.budget() > 0 && Double.isFinite(c.budget()))) {
            out.add(new FieldProblem("constraints.budget", number(c.budget()) + " is not a positive amount of"
                    + " money"));
        }
        Constraints.FrequencyCap cap = c.frequencyCap();
        if (cap != null && (cap.max() == null || cap.max() < 1)) {
            out.add(new FieldProblem("constraints.frequency_cap.max", (cap.max() == null ? "give" : cap.max()
                    + " is not") + " a number of offers per user of at least 1"));
        }
        if (cap != null && cap.per() == null) {
            out.add(new FieldProblem("constraints.frequency_cap.per", "give day or week"));
        }
        if (c.holdout() != null && !(c.holdout() >= 0 && c.holdout() <= 0.5)) {
            out.add(new FieldProblem("constraints.holdout", number(c.holdout()) + " is not a share between 0 and"
                    + " 0.5"));
        }
        if (c.exclusionGroup() != null) {
            name(c.exclusionGroup(), "constraints.exclusion_group", "give the group's name, or leave the field out",
                    out);
        }
        if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
            out.add(new FieldProblem("constraints.end", c.end() + " is before the start, " + c.start()));
        }
    }
}
