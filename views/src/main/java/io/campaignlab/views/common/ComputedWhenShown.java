package io.campaignlab.views.common;

/**
 * A pane whose figures are computed on demand (a button), and which computes them when it is shown by name, as the
 * snapshot's {@code --tab} shows it: once what it needs is chosen, if it is not chosen yet.
 */
public interface ComputedWhenShown {

    void computeWhenShown();
}
