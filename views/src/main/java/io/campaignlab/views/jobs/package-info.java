/**
 * The one job mechanism, seen from the UI: engine jobs run on worker threads as {@code javafx.concurrent.Task}s,
 * with progress, rate, ETA and cancel, listed in the jobs panel; callbacks come back on the JavaFX thread. A view
 * model holds a {@code JobSlot} per kind of job and a {@code Latest} per kind of background read (so a late answer
 * is dropped), exposed as {@code job()} (or a name by role) rather than through forwarding getters, and picks its
 * run, or a table's several runs, with a {@code RunPicker} filtered by {@code RunKinds}. A view shows a slot with
 * {@code JobControls}: Cancel, the progress bar and the message beside its start button.
 */
package io.campaignlab.views.jobs;
