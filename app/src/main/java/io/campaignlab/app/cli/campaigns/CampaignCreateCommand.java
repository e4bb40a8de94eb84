package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignCheck;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code campaign-lab campaign create --from FILE.json | --name N [--objective O] [--segment ID | --rule EXPR …]
 * [offers] [policy] [constraints]}: a new draft campaign.
 */
@Command(name = "create", description = "Create a draft campaign from a JSON file, or from options for a campaign"
        + " with coupon or dynamic-discount offers (a file can hold every kind of offer).", footer = {"",
        "Example: campaign-lab campaign create --name \"Spring coupons\" --segment 12 --coupon-percent 20"
                + " --budget 5000 --holdout 0.1 --cap 2/week"})
public final class CampaignCreateCommand extends CampaignWorkCommand {

    private static final Pattern CAP = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(day|week)\\s*");
    private static final Set<String> NOT_DESIGN = Set.of("--from", "--workspace", "--json");
    /** Which option sets which field, to name both in a refusal. */
    private static final String[][] FLAGS = {{"audience.exclude_segments", "--exclude-segment"},
            {"audience.exclude_campaigns", "--exclude-campaign"}, {"audience.events", "--events"},
            {"audience.users", "--users"}, {"audience.rule", "--rule"}, {"audience.segment", "--segment"},
            {".percent", "--coupon-percent"}, {".amount", "--coupon-amount"}, {".discount_menu", "--discount-menu"},
            {".min_margin", "--min-margin"}, {".max_average_discount", "--max-average-discount"},
            {"policy.epsilon", "--epsilon"}, {"policy", "--policy"}, {"constraints.budget", "--budget"},
            {"constraints.frequency_cap", "--cap"}, {"constraints.holdout", "--holdout"},
            {"constraints.exclusion_group", "--exclusion-group"}, {"constraints.start", "--start"},
            {"constraints.end", "--end"}, {"objective", "--objective"}, {"name", "--name"}};

    @Option(names = "--from", paramLabel = "FILE", description = "A campaign JSON file (campaign export writes one).")
    Path from;
    @Option(names = "--name", paramLabel = "NAME", description = "The campaign's unique name.")
    String name;
    @Option(names = "--objective", paramLabel = "O", defaultValue = "conversions",
            description = "clicks, conversions, revenue or margin (default: ${DEFAULT-VALUE}).")
    String objective;
    @Option(names = "--segment", paramLabel = "ID", description = "Address a stored segment's members.")
    Long segment;
    @Mixin
    AudienceRuleOptions rule;
    @Mixin
    ExclusionOptions exclusions;
    @Mixin
    CouponOptions coupons;
    @Mixin
    DynamicDiscountOptions dynamic;
    @Mixin
    PolicyOptions policy;
    @Mixin
    LimitOptions limits;
    @Mixin
    HoldoutOptions holdout;
    @Mixin
    ScheduleOptions schedule;

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        Campaign design = from != null ? fromFile() : fromOptions();
        CampaignRecord r = services.campaigns().create(design);
        if (json()) {
            output.json(CampaignViews.Summary.of(r));
            return 0;
        }
        output.line("Created the campaign '%s' as a draft (%s; %d offer%s). campaign-lab campaign show '%s' counts"
                + " its audience; campaign-lab campaign publish '%s' freezes it.", r.name(), CampaignViews.audience(
                design.audience()), design.offers().size(), design.offers().size() == 1 ? "" : "s", r.name(),
                r.name());
        return 0;
    }

    /** A campaign file's text, or a sentence naming the file that cannot be read. */
    static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("there is no file " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Campaign fromFile() {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(o -> o.longestName()).filter(n -> !NOT_DESIGN.contains(n)).toList();
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("give --from FILE or the design options, not both (the file holds the"
                    + " whole design; also given: " + String.join(", ", others) + ")");
        }
        return CampaignJson.read(readFile(from), from.getFileName().toString());
    }

    private Campaign fromOptions() {
        if (name == null) {
            throw new IllegalArgumentException("give --from FILE, or --name NAME with an audience (--segment ID or"
                    + " --rule EXPR) and an offer (--coupon-percent, --coupon-amount or --discount-menu)");
        }
        Campaign design = new Campaign(name, choice("--objective", () -> Objective.parse(objective)),
                new Audience(segment, rule.rule, rule.events, rule.users, null, exclusions.segments,
                        exclusions.campaigns), offers(), policy.policy(), constraints());
        List<FieldProblem> problems = CampaignCheck.problems(design);
        if (!problems.isEmpty()) {
            throw new CampaignFileException("campaign '" + name + "'", problems.stream().map(p ->
                    new FieldProblem(flag(p.path()), p.reason())).toList());
        }
        return design;
    }

    private List<Offer> offers() {
        List<Offer> offers = new ArrayList<>();
        if (coupons.percent != null) {
            offers.add(Offer.couponPercent("coupon_" + CampaignViews.number(coupons.percent) + "pct", coupons.percent));
        }
        if (coupons.amount != null) {
            offers.add(Offer.couponAmount("coupon_" + CampaignViews.number(coupons.amount) + "_off", coupons.amount));
        }
        if (dynamic.given()) {
            offers.add(Offer.dynamicDiscount("dynamic_discount", dynamic.menu, dynamic.minMargin, dynamic.maxAverage));
        }
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("give an offer: --coupon-percent P, --coupon-amount A or"
                    + " --discount-menu LEVELS (a --from FILE can hold recommendation and ad offers too)");
        }
        return offers;
    }

    private Constraints constraints() {
        Constraints.FrequencyCap frequency = null;
        String cap = limits.cap;
        if (cap != null) {
            Matcher m = CAP.matcher(cap);
            if (!m.matches()) {
                throw new IllegalArgumentException("--cap: write it as N/day or N/week, e.g. 2/week, not '" + cap
                        + "'");
            }
            frequency = new Constraints.FrequencyCap(Integer.parseInt(m.group(1)),
                    Constraints.Period.parse(m.group(2)));
        }
        Constraints c = new Constraints(limits.budget, frequency, holdout.share, holdout.exclusionGroup,
                day("--start", schedule.start), day("--end", schedule.end));
        return c.equals(Constraints.none()) ? null : c;
    }

    private static LocalDate day(String option, String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a day written YYYY-MM-DD", e);
        }
    }

    static <T> T choice(String option, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static String flag(String path) {
        for (String[] f : FLAGS) {
            if (path.startsWith(f[0]) || f[0].startsWith(".") && path.contains(f[0])) {
                return f[1] + " (" + path + ")";
            }
        }
        return path;
    }
}
