package io.campaignlab.app.command;

import io.campaignlab.engine.tuning.SearchBudget;
import picocli.CommandLine.Option;

/**
 * {@code --tune auto|off} and {@code --budget}: whether a new run's settings are chosen by a search on the validation
 * part, and how much searching is allowed. Shared by every command that trains a model with searchable settings.
 */
public final class TuneOptions {

    /** Whether the settings are searched. */
    public enum Tune { AUTO, OFF }

    @Option(names = "--tune", defaultValue = "auto", converter = TuneConverter.class,
            description = "auto: choose the settings that matter by a seeded random search scored on the validation"
                    + " part only, then evaluate the test part once; off: train once with the defaults and the flags"
                    + " given (default ${DEFAULT-VALUE}). A flag given explicitly fixes its setting and takes it out"
                    + " of the search. The text lists the trials from 1 (trial 1: the defaults), as the workbench"
                    + " does; in --json a trial's index counts from 0.")
    Tune tune;

    @Option(names = "--budget", paramLabel = "TRIALS|TIME",
            description = "Search budget: a trial count (12), a time (10m, 90s) or both (12,10m); no new trial"
                    + " starts once it is spent. Default: the model family's.")
    String budget;

    public boolean auto() {
        return tune == Tune.AUTO;
    }

    /** The budget given, or the family's default. */
    public SearchBudget budgetOr(SearchBudget familyDefault) {
        return budget == null ? familyDefault : SearchBudget.parse(budget);
    }

    static final class TuneConverter implements picocli.CommandLine.ITypeConverter<Tune> {
        @Override
        public Tune convert(String value) {
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "auto", "on" -> Tune.AUTO;
                case "off", "none" -> Tune.OFF;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "--tune takes auto or off, not '" + value + "'");
            };
        }
    }
}
