package io.campaignlab.views.testing;

/**
 * The room a section's view gets in the workbench window, for layout tests of one view: the window less the left
 * navigation (190 px), the menu bar and top bar above and the status bar below.
 */
public final class WorkbenchSizes {

    /** Width of a section in a 1280 × 800 window. */
    public static final double SECTION_WIDTH_1280 = 1090;
    /** Height of a section in a 1280 × 800 window. */
    public static final double SECTION_HEIGHT_800 = 686;

    private WorkbenchSizes() {
    }
}
