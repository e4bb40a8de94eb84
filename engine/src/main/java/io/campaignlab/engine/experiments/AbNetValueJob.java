package io.campaignlab.engine.experiments;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Reads an experiment dataset's arm, revenue and conversion columns and computes each arm's {@link NetValue}. */
public final class AbNetValueJob extends WorkspaceJob<List<NetValue>> {

    private final String dataset;
    private final String group;
    private final String control;
    private final AbCosts costs;
    private final double alpha;

    public AbNetValueJob(WorkspaceContext workspace, String dataset, String group, String control, AbCosts costs,
                         double alpha) {
        super("ab-net", workspace);
        this.dataset = dataset;
        this.group = group;
        this.control = control;
        this.costs = costs;
        this.alpha = alpha;
    }

    /**
     * The job for a dataset's own revenue and conversion columns (those with the revenue and label roles), resolved
     * when it runs.
     */
    public static WorkspaceJob<List<NetValue>> withRoleColumns(WorkspaceContext workspace, String dataset,
                                                               String group, String control, double perUnit,
                                                               double perConversion, double alpha) {
        return new WorkspaceJob<>("ab-net", workspace) {
            @Override
            public String title() {
                return "A/B readout of " + dataset + " net of cost";
            }

            @Override
            public List<NetValue> run(ProgressListener progress, CancellationToken cancel) {
                AbCosts costs = AbCosts.resolve(workspace.datasets().require(dataset), perUnit, perConversion, null,
                        null);
                return new AbNetValueJob(workspace, dataset, group, control, costs, alpha).run(progress, cancel);
            }
        };
    }

    @Override
    public String title() {
        return "A/B readout of " + dataset + " net of cost";
    }

    @Override
    public List<NetValue> run(ProgressListener progress, CancellationToken cancel) {
        List<String> columns = new ArrayList<>(List.of(group, costs.revenue()));
        if (costs.conversion() != null) {
            columns.add(costs.conversion());
        }
        Frame frame = workspace.frames().read(dataset, columns, progress, cancel);
        cancel.throwIfCancelled();
        return of(frame.column(group).asLabels(), control, numbers(frame, costs.revenue()),
                costs.conversion() == null ? null : numbers(frame, costs.conversion()), costs, alpha);
    }

    /**
     * Each treatment arm (by name) against control, net of cost. Units with a missing revenue (or a missing
     * conversion, when conversions cost) are left out, as the readout leaves out missing values.
     *
     * @param converted 0/1 per unit, or null when conversions cost nothing
     */
    public static List<NetValue> of(String[] groups, String control, double[] revenue, double[] converted,
                                    AbCosts costs, double alpha) {
        double[] cost = new double[groups.length];
        for (int i = 0; i < cost.length; i++) {
            double conv = converted == null ? 0 : converted[i];
            if (costs.perConversion() > 0 && !Double.isNaN(conv) && conv != 0 && conv != 1) {
                throw new IllegalArgumentException("conversion column " + costs.conversion() + " must hold 0/1;"
                        + " unit " + (i + 1) + " holds " + conv);
            }
            cost[i] = costs.perConversion() > 0 && Double.isNaN(conv) ? Double.NaN : costs.of(true, conv);
        }
        return withCosts(groups, control, revenue, cost, costs, alpha);
    }

    /**
     * Each treatment arm against control, net of what each treated unit actually cost (control units cost nothing,
     * whatever {@code cost} holds for them). Units with a missing revenue or cost are left out.
     *
     * @param cost  each unit's cost were it treated (a unit not granted the offer costs 0)
     * @param costs the cost model the costs came from, as the readout words it
     */
    public static List<NetValue> withCosts(String[] groups, String control, double[] revenue, double[] cost,
                                           AbCosts costs, double alpha) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] != null && !groups[i].isBlank()) {
                rows.computeIfAbsent(groups[i].strip(), k -> new ArrayList<>()).add(i);
            }
        }
        if (!rows.containsKey(control)) {
            throw new IllegalArgumentException("control arm '" + control + "' is not a value of the arm column; its"
                    + " values are " + new TreeSet<>(rows.keySet()));
        }
        MeanStats c = MeanStats.of(values(rows.get(control), revenue, cost, false, true));
        List<NetValue> out = new ArrayList<>();
        for (String arm : new TreeSet<>(rows.keySet())) {
            if (arm.equals(control)) {
                continue;
            }
            List<Integer> r = rows.get(arm);
            MeanStats value = MeanStats.of(values(r, revenue, cost, true, true));
            MeanStats rev = MeanStats.of(values(r, revenue, cost, true, false));
            double spent = rev.mean() - value.mean();
            Comparison net = TwoSample.welch(arm, "revenue net of cost", value, c, alpha);
            double incremental = rev.mean() - c.mean();
            out.add(new NetValue(arm, costs, spent, incremental, net, spent > 0 ? net.diff() / spent : Double.NaN));
        }
        return out;
    }

    /** Per unit: revenue less its cost when treated (or revenue alone); NaN when a value it needs is missing. */
    private static double[] values(List<Integer> rows, double[] revenue, double[] cost, boolean treated,
                                   boolean lessCost) {
        double[] out = new double[rows.size()];
        for (int k = 0; k < out.length; k++) {
            int i = rows.get(k);
            double c = treated || Double.isNaN(cost[i]) ? cost[i] : 0;
            boolean missing = Double.isNaN(revenue[i]) || Double.isNaN(c);
            out[k] = missing ? Double.NaN : lessCost ? revenue[i] - c : revenue[i];
        }
        return out;
    }

    private double[] numbers(Frame frame, String column) {
        if (frame.column(column) instanceof FrameColumn.Numbers n) {
            return n.values();
        }
        throw new IllegalArgumentException("column '" + column + "' of " + dataset + " is not numeric; revenue and"
                + " conversions must be numbers (0/1 for conversions)");
    }
}
