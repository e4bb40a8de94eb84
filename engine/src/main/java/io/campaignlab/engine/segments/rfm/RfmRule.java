package io.campaignlab.engine.segments.rfm;

/**
 * One named segment of the RFM grid: a rectangle of recency and frequency scores, both bounds included.
 *
 * @param name        for example {@code Champions}
 * @param description who they are, in a sentence
 */
public record RfmRule(String name, String description, int recencyMin, int recencyMax, int frequencyMin,
                      int frequencyMax) {

    public RfmRule {
        if (recencyMin < 1 || recencyMax > 5 || recencyMin > recencyMax || frequencyMin < 1 || frequencyMax > 5
                || frequencyMin > frequencyMax) {
            throw new IllegalArgumentException("an RFM rule needs scores 1 to 5, lower bound first: " + name);
        }
    }

    public boolean matches(int recencyScore, int frequencyScore) {
        return recencyScore >= recencyMin && recencyScore <= recencyMax && frequencyScore >= frequencyMin
                && frequencyScore <= frequencyMax;
    }

    /** The rule as people read it, for example {@code R 4-5 and F 2-3}. */
    public String text() {
        return "R " + recencyText() + " and F " + frequencyText();
    }

    /** Its recency scores as text, for example {@code 4-5}. */
    public String recencyText() {
        return range(recencyMin, recencyMax);
    }

    /** Its frequency scores as text. */
    public String frequencyText() {
        return range(frequencyMin, frequencyMax);
    }

    private static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
