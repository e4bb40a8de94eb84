package io.campaignlab.engine.tuning;

import java.util.Locale;

/**
 * How much searching is allowed: at most {@code trials} trials and, when {@code seconds > 0}, no new trial started
 * after that many seconds. At least one trial (the defaults) always runs.
 *
 * @param trials  the most trials, at least 1
 * @param seconds wall-clock seconds after which no new trial starts, or 0 for no time limit
 */
public record SearchBudget(int trials, long seconds) {

    public SearchBudget {
        if (trials < 1 || seconds < 0) {
            throw new IllegalArgumentException("a search budget needs at least 1 trial and no negative time");
        }
    }

    public static SearchBudget trials(int trials) {
        return new SearchBudget(trials, 0);
    }

    /**
     * Reads {@code 12} (trials), {@code 10m} or {@code 90s} (time, with at most 1,000 trials), or {@code 12,10m}
     * (both).
     */
    public static SearchBudget parse(String text) {
        int trials = 0;
        long seconds = 0;
        for (String part : text.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
            try {
                if (part.endsWith("m")) {
                    seconds = Math.round(Double.parseDouble(part.substring(0, part.length() - 1)) * 60);
                } else if (part.endsWith("s")) {
                    seconds = Math.round(Double.parseDouble(part.substring(0, part.length() - 1)));
                } else {
                    trials = Integer.parseInt(part);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("budget '" + text + "': expected a trial count (12), a time (10m,"
                        + " 90s) or both (12,10m)");
            }
        }
        if (trials == 0 && seconds == 0) {
            throw new IllegalArgumentException("budget '" + text + "' allows no trial");
        }
        return new SearchBudget(trials == 0 ? 1000 : trials, seconds);
    }

    /** Whether a trial may start after {@code done} trials and {@code elapsedSeconds}. */
    public boolean allowsAnother(int done, double elapsedSeconds) {
        if (done == 0) {
            return true;
        }
        return done < trials && (seconds == 0 || elapsedSeconds < seconds);
    }

    @Override
    public String toString() {
        return trials + " trials" + (seconds > 0 ? ", " + seconds + " s" : "");
    }
}
