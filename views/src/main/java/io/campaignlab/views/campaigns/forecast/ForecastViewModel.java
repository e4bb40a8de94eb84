package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.policy.BanditComparison;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.jobs.JobSlot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The forecast panel's state: the campaign shown, its forecast (a job in one slot) and the policies' regret (a job
 * in another). A forecast of another campaign than the one now chosen is dropped.
 */
public final class ForecastViewModel {

    private final Supplier<WorkspaceContext> workspace;
    private final ForecastSource source;
    private final ObjectProperty<String> campaign;
    private final JobSlot forecastSlot;
    private final JobSlot policySlot;
    private final ReadOnlyObjectWrapper<ForecastFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyObjectWrapper<BanditComparison.Result> regret = new ReadOnlyObjectWrapper<>(this, "regret");
    private final RegretJob regretJob;

    public ForecastViewModel(Supplier<WorkspaceContext> workspace, JobExecutor jobs, Executor ui,
                             ForecastSource source, ObjectProperty<String> campaign, RegretJob regretJob) {
        this.workspace = workspace;
        this.source = source;
        this.campaign = campaign;
        this.regretJob = regretJob;
        this.forecastSlot = new JobSlot(jobs, ui);
        this.policySlot = new JobSlot(jobs, ui);
        forecastSlot.say("Choose a campaign, then Forecast.");
        policySlot.say("Simulate the policies on a stream of decisions to compare their regret.");
        campaign.addListener((o, old, now) -> {
            figures.set(null);
            forecastSlot.say(now == null ? "Choose a campaign, then Forecast." : "Forecast " + now + ".");
        });
    }

    /** Forecasts the chosen campaign, replacing a forecast still running. */
    public void forecast() {
        String name = campaign.get();
        WorkspaceContext ws = workspace.get();
        if (name == null || ws == null) {
            forecastSlot.say(ws == null ? "Open a workspace first." : "Choose a campaign first.");
            return;
        }
        forecastSlot.replace(source.forecast(ws, name), "Forecasting " + name + "…", result -> {
            if (name.equals(campaign.get())) {
                figures.set(result);
                forecastSlot.say("Forecast of " + name + " ready.");
            }
        }, error -> forecastSlot.say(error instanceof CancelledException ? "Forecast cancelled."
                : "Forecast failed: " + error.getMessage()));
    }

    /** Runs the bandit policies through the simulated streams. */
    public void simulatePolicies() {
        policySlot.start(regretJob, "Simulating the policies…", result -> {
            regret.set(result);
            policySlot.say(String.format(java.util.Locale.ROOT, "Thompson sampling ends at a regret of %.1f.",
                    result.policies().get(0).checkpoints().get(3).medianRegret()));
        }, error -> policySlot.say(error instanceof CancelledException ? "Cancelled."
                : "The simulation failed: " + error.getMessage()));
    }

    public BooleanBinding canForecast() {
        return Bindings.createBooleanBinding(() -> campaign.get() != null && !forecastSlot.runningProperty().get(),
                campaign, forecastSlot.runningProperty());
    }

    public ObjectProperty<String> campaign() {
        return campaign;
    }

    public ReadOnlyObjectProperty<ForecastFigures> figures() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BanditComparison.Result> regret() {
        return regret.getReadOnlyProperty();
    }

    public JobSlot forecastSlot() {
        return forecastSlot;
    }

    public JobSlot policySlot() {
        return policySlot;
    }
}
