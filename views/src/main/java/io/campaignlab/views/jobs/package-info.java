/**
 * The one job mechanism, seen from the UI: engine jobs run on worker threads as {@code javafx.concurrent.Task}s,
 * with progress, rate, ETA and cancel, listed in the jobs panel; callbacks come back on the JavaFX thread. A view
 * model holds a {@code JobSlot} per kind of job and a {@code Latest} per kind of background read (so a late answer
 * is dropped), and picks its run with a {@code RunPicker} filtered by {@code RunKinds}.
 */
package io.campaignlab.views.jobs;
