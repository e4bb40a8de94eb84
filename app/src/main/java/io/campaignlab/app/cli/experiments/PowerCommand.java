package io.campaignlab.app.cli.experiments;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.experiments.SampleSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code campaign-lab power --base 0.106 --mde 0.01}: units per arm to detect a change in a conversion rate. */
@Command(name = "power", description = "Sample size for a conversion-rate test: units per arm to detect an absolute"
        + " change MDE from a base rate (two-sided), and the days needed at a given traffic.")
public final class PowerCommand extends CliCommand {

    @Option(names = "--base", required = true, description = "Control conversion rate, for example 0.106.")
    double base;

    @Option(names = "--mde", required = true, description = "Absolute change to detect, for example 0.01.")
    double mde;

    @Mixin
    ErrorRateOptions errors;

    @Option(names = "--ratio", defaultValue = "1", description = "Treatment units per control unit (default ${DEFAULT-VALUE}).")
    double ratio;

    @Option(names = "--traffic", description = "Units entering the experiment per day, for the duration.")
    Double traffic;

    @Override
    public Integer call() {
        Output output = new Output(out());
        double alpha = errors.alpha;
        double power = errors.power;
        SampleSize s = SampleSize.forProportions(base, mde, alpha, power, ratio);
        if (options.json()) {
            output.json(new Planned(base, mde, alpha, power, ratio, s.control(), s.treatment(),
                    Math.max(s.control(), s.treatment()), traffic != null ? s.days(traffic) : null));
            return 0;
        }
        output.line("Base %.4f → %.4f (MDE %+.4f), alpha %.3f two-sided, power %.2f, ratio %.2f", base, base + mde,
                mde, alpha, power, ratio);
        output.line("Units: control %,d, treatment %,d (total %,d)", s.control(), s.treatment(),
                s.control() + s.treatment());
        if (traffic != null) {
            output.line("Days at %,.0f units/day: %.1f", traffic, s.days(traffic));
        }
        return 0;
    }

    /** {@code power --json}; days only with {@code --traffic}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Planned(double base, double mde, double alpha, double power, double ratio, long control, long treatment,
                   long perArm, Double days) {
    }
}
