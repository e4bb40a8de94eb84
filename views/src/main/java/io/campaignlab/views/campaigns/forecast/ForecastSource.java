package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.workspace.WorkspaceContext;

/**
 * Makes the job that forecasts a campaign for the forecast panel. {@link StudyForecastSource} is the adapter on the
 * engine's targeting study and off-policy evaluation; a job that forecasts the stored campaign itself plugs in here.
 */
public interface ForecastSource {

    Job<ForecastFigures> forecast(WorkspaceContext workspace, String campaign);
}
