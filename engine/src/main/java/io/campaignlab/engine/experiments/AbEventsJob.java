package io.campaignlab.engine.experiments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An A/B readout of an assignment table (one row per unit: its id and arm, optionally when it was assigned) joined
 * to an events dataset by unit id: the metrics are {@link EventOutcomes} per unit. The spec's unit column is
 * required; its time column, when given, counts only the events at or after each unit's assignment.
 */
public final class AbEventsJob extends WorkspaceJob<AbReadout> {

    private final String assignments;
    private final String events;
    private final AbSpec spec;

    public AbEventsJob(WorkspaceContext workspace, String assignments, String events, AbSpec spec) {
        super("ab", workspace);
        this.assignments = assignments;
        this.events = events;
        this.spec = spec;
        if (spec.unitColumn() == null) {
            throw new IllegalArgumentException("joining events to assignments needs the unit id column (--unit)");
        }
        for (MetricSpec m : spec.metrics()) {
            if (m.isRatio() ? !EventOutcomes.METRICS.contains(m.column())
                    || !EventOutcomes.METRICS.contains(m.denominator()) : !EventOutcomes.METRICS.contains(m.column())) {
                throw new IllegalArgumentException("metric '" + m.name() + "' is not computed from events; choose from "
                        + EventOutcomes.METRICS + " (or a ratio of two of them)");
            }
        }
    }

    @Override
    public String title() {
        return "A/B readout of " + assignments + " with the events of " + events;
    }

    @Override
    public AbReadout run(ProgressListener progress, CancellationToken cancel) {
        DatasetInfo a = workspace.datasets().require(assignments);
        DatasetInfo e = workspace.datasets().require(events);
        List<String> aCols = new ArrayList<>(List.of(spec.groupColumn(), spec.unitColumn()));
        if (spec.timeColumn() != null) {
            aCols.add(spec.timeColumn());
        }
        aCols.forEach(a::requireColumn);
        String user = role(e, ColumnRole.USER_ID).orElseThrow(() -> new IllegalArgumentException("dataset " + events
                + " has no user id column to join on"));
        String type = role(e, ColumnRole.EVENT_TYPE).orElseThrow(() -> new IllegalArgumentException("dataset "
                + events + " has no event type column"));
        String time = role(e, ColumnRole.TIMESTAMP).orElseThrow(() -> new IllegalArgumentException("dataset "
                + events + " has no timestamp column"));
        Optional<String> amount = role(e, ColumnRole.REVENUE).or(() -> role(e, ColumnRole.PRICE));
        progress.message("Reading " + assignments);
        Frame units = workspace.frames().read(assignments, aCols, progress, cancel);
        List<String> eCols = new ArrayList<>(List.of(user, type, time));
        amount.ifPresent(eCols::add);
        progress.message("Reading " + events);
        Frame log = workspace.frames().read(events, eCols, progress, cancel);
        cancel.throwIfCancelled();
        progress.message("Outcomes per unit");
        Map<String, double[]> outcomes = EventOutcomes.perUnit(units.column(spec.unitColumn()).asLabels(),
                spec.timeColumn() == null ? null : units.times(spec.timeColumn()),
                log.column(user).asLabels(), log.column(type).asLabels(), log.times(time),
                amount.map(log::numbers).orElse(null));
        return AbAnalysis.analyse(assignments + " × " + events, spec,
                units.column(spec.groupColumn()).asLabels(), outcomes, units.column(spec.unitColumn()).asLabels(),
                spec.timeColumn() == null ? null : units.times(spec.timeColumn()));
    }

    private static Optional<String> role(DatasetInfo d, ColumnRole role) {
        return d.columnsWithRole(role).stream().map(ColumnMeta::name).findFirst();
    }
}
