package io.campaignlab.views.models;

/**
 * One colour per overlaid run, the same in every chart and beside the run's id in the table (Tableau 10, which
 * reads on light and dark backgrounds). Colours are hex strings, so the table needs no {@code java.awt}.
 */
public final class RunPalette {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
            "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};

    private RunPalette() {
    }

    /** The colour of the {@code index}-th overlaid run, cycling after ten. */
    public static String hex(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
