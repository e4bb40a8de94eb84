package io.campaignlab.app.cli.datasets;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.simulate.DriftSpec;
import io.campaignlab.engine.simulate.PlantedDrift;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationResult;
import io.campaignlab.engine.simulate.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code campaign-lab simulate --users N --days D --seed S [--drift-after DAY [--drift device,price]]} */
@Command(name = "simulate", description = "Create demo datasets with planted truth: users, items, events, impressions, campaign_exposures, discount_test.")
public final class SimulateCommand extends WorkspaceCommand {

    @Option(names = "--users", description = "Users to simulate (default: ${DEFAULT-VALUE}).", defaultValue = "50000")
    int users;

    @Option(names = "--days", description = "Days of behaviour (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int days;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--prefix", description = "Prefix for the dataset names, e.g. 'sim2_' (default: none).", defaultValue = "")
    String prefix;

    @Option(names = "--drift-after", paramLabel = "DAY",
            description = "Plant drift in the impressions after day DAY: days 1..DAY are unchanged, and impressions"
                    + " from day DAY+1 on drift. At least 1 and below --days (default: no drift).")
    Integer driftAfter;

    @Option(names = "--drift", paramLabel = "WHAT", split = ",",
            description = "What drifts, comma-separated: 'device' (desktop and tablet impressions move to mobile),"
                    + " 'price' (item prices change). Needs --drift-after (default: device,price).")
    List<String> drift;

    @Option(names = "--drift-to-mobile", paramLabel = "SHARE",
            description = "Device drift: the share of desktop and tablet impressions shown on mobile instead, in"
                    + " (0, 1] (default: " + DriftSpec.DEFAULT_TO_MOBILE + ").")
    Double driftToMobile;

    @Option(names = "--drift-price-factor", paramLabel = "FACTOR",
            description = "Price drift: every price is multiplied by FACTOR, above 0 (default: "
                    + DriftSpec.DEFAULT_PRICE_FACTOR + ").")
    Double driftPriceFactor;

    @Option(names = "--drift-category-price", paramLabel = "CATEGORY=FACTOR", split = ",",
            description = "Price drift by category, e.g. laptops=0.8,phones=1.5, replacing --drift-price-factor for"
                    + " those categories (apparel, shoes, accessories, beauty, phones, laptops, audio, gaming).")
    Map<String, Double> driftCategoryPrice;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        SimulationSpec simulation = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed)
                .optDrift(driftSpec()).build();
        SimulationResult result = runJob(services, new SimulationJob(simulation, services.sink(), prefix));
        if (options.json()) {
            output.json(Simulated.of(users, days, seed, result));
        } else {
            output.line("Simulated %s users over %d days (seed %d) in %.1f s:", Output.count(users), days, seed,
                    result.seconds());
            for (DatasetInfo d : result.datasets()) {
                output.line("  %-22s %-12s %12s rows", d.name(), d.kind().id(), Output.count(d.rows()));
            }
            if (result.drift() != null) {
                output.line("Drift planted in %s from %s on: %s (%s)", result.drift().dataset(),
                        result.drift().from().toLocalDate(), String.join(", ", result.drift().columns()),
                        result.drift().spec().describe());
            }
        }
        return 0;
    }

    /** The drift the options ask for, or null; a bad value is a usage error naming the option. */
    private DriftSpec driftSpec() {
        if (driftAfter == null) {
            String stray = drift != null ? "--drift" : driftToMobile != null ? "--drift-to-mobile"
                    : driftPriceFactor != null ? "--drift-price-factor"
                    : driftCategoryPrice != null ? "--drift-category-price" : null;
            if (stray != null) {
                throw usage(stray + " needs --drift-after DAY");
            }
            return null;
        }
        if (driftAfter < 1 || driftAfter >= days) {
            throw usage("--drift-after must be at least 1 and below --days (" + days + "), was " + driftAfter);
        }
        Set<DriftSpec.Shift> shifts = EnumSet.noneOf(DriftSpec.Shift.class);
        try {
            if (drift == null) {
                shifts = EnumSet.allOf(DriftSpec.Shift.class);
            } else {
                for (String what : drift) {
                    shifts.add(DriftSpec.Shift.of(what));
                }
            }
            if (driftToMobile != null && !shifts.contains(DriftSpec.Shift.DEVICE)) {
                throw usage("--drift-to-mobile needs device in --drift");
            }
            if ((driftPriceFactor != null || driftCategoryPrice != null) && !shifts.contains(DriftSpec.Shift.PRICE)) {
                throw usage((driftPriceFactor != null ? "--drift-price-factor" : "--drift-category-price")
                        + " needs price in --drift");
            }
            return new DriftSpec(driftAfter, shifts,
                    driftToMobile != null ? driftToMobile : DriftSpec.DEFAULT_TO_MOBILE,
                    driftPriceFactor != null ? driftPriceFactor : DriftSpec.DEFAULT_PRICE_FACTOR,
                    driftCategoryPrice != null ? driftCategoryPrice : Map.of());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** {@code simulate --json}: what was simulated, the planted drift (when asked for) and the datasets made. */
    record Simulated(int users, int days, long seed, double seconds,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Drift drift, List<Made> datasets) {

        static Simulated of(int users, int days, long seed, SimulationResult result) {
            PlantedDrift planted = result.drift();
            return new Simulated(users, days, seed, Math.round(result.seconds() * 1000) / 1000.0, planted == null
                    ? null : new Drift(planted.dataset(), planted.spec().afterDays(), planted.from().toString(),
                    planted.columns(), planted.spec().describe()), result.datasets().stream()
                    .map(d -> new Made(d.name(), d.kind().id(), d.rows())).toList());
        }
    }

    record Drift(String dataset, int afterDays, String from, List<String> columns, String description) {
    }

    record Made(String name, String kind, long rows) {
    }
}
