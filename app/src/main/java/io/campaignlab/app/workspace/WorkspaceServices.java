package io.campaignlab.app.workspace;

import io.campaignlab.engine.campaigns.readout.CampaignReadoutJob;
import io.campaignlab.persistence.campaigns.JdbcDecisionDataset;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.RejectionRepository;
import io.campaignlab.engine.jobs.JobRepository;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.engine.profiling.DatasetProfiler;
import io.campaignlab.engine.runs.RunRepository;
import io.campaignlab.engine.segments.rules.SegmentAudience;
import io.campaignlab.engine.segments.SegmentRepository;
import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.persistence.frames.JdbcFrameReader;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.importing.JdbcRejectionRepository;
import io.campaignlab.persistence.jobs.JdbcJobRepository;
import io.campaignlab.persistence.profiling.JdbcDatasetProfiler;
import io.campaignlab.persistence.runs.JdbcRunRepository;
import io.campaignlab.persistence.segments.JdbcSegmentAudience;
import io.campaignlab.persistence.segments.JdbcSegmentRepository;
import io.campaignlab.persistence.workspace.H2Settings;
import io.campaignlab.persistence.workspace.Workspace;
import io.campaignlab.persistence.browse.JdbcDatasetBrowser;
import io.campaignlab.engine.browse.DatasetBrowser;
import io.campaignlab.engine.campaigns.CampaignAudience;
import io.campaignlab.engine.campaigns.CampaignRepository;
import io.campaignlab.engine.campaigns.CampaignWorkspace;
import io.campaignlab.persistence.campaigns.JdbcCampaignAudience;
import io.campaignlab.persistence.campaigns.JdbcCampaignRepository;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.nio.file.Path;

/** One open workspace, wired to the engine's ports. The only place where persistence meets the engine. */
public final class WorkspaceServices implements WorkspaceContext, CampaignWorkspace {

    private final Workspace workspace;
    private final DatasetRepository datasets;
    private final DatasetSink sink;
    private final RejectionRepository rejections;
    private final JobRepository jobs;
    private final DatasetProfiler profiler;
    private final JobRunner runner;
    private final DatasetBrowser browser;
    private final FrameReader frames;
    private final RunRepository runs;
    private final SegmentRepository segments;
    private final SegmentAudience audience;
    private final CampaignRepository campaigns;
    private final CampaignAudience campaignAudience;

    private WorkspaceServices(Workspace workspace) {
        this.workspace = workspace;
        this.datasets = new JdbcDatasetRepository(workspace.dataSource());
        this.sink = new JdbcDatasetSink(workspace.dataSource());
        this.rejections = new JdbcRejectionRepository(workspace.dataSource(), datasets);
        this.jobs = new JdbcJobRepository(workspace.dataSource());
        this.profiler = new JdbcDatasetProfiler(workspace.dataSource(), datasets);
        this.runner = new JobRunner(jobs);
        this.browser = new JdbcDatasetBrowser(workspace.dataSource(), datasets);
        this.frames = new JdbcFrameReader(workspace.dataSource(), datasets);
        this.runs = new JdbcRunRepository(workspace.dataSource());
        this.segments = new JdbcSegmentRepository(workspace.dataSource());
        JdbcSegmentAudience rules = new JdbcSegmentAudience(workspace.dataSource(), datasets);
        this.audience = rules;
        this.campaigns = new JdbcCampaignRepository(workspace.dataSource());
        this.campaignAudience = new JdbcCampaignAudience(workspace.dataSource(), rules, campaigns,
                new io.campaignlab.persistence.segments.JdbcUserScores(workspace.dataSource(), datasets));
    }

    public static WorkspaceServices open(Path folder) {
        return new WorkspaceServices(Workspace.open(folder));
    }

    /** Opens a workspace whose every connection first runs {@code connectionGuard}. */
    public static WorkspaceServices open(Path folder, Runnable connectionGuard) {
        return new WorkspaceServices(Workspace.open(folder, H2Settings.forThisJvm(), connectionGuard));
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Path folder() {
        return workspace.folder();
    }

    @Override
    public DatasetBrowser browser() {
        return browser;
    }

    @Override
    public DatasetRepository datasets() {
        return datasets;
    }

    @Override
    public DatasetSink sink() {
        return sink;
    }

    @Override
    public RejectionRepository rejections() {
        return rejections;
    }

    @Override
    public JobRepository jobs() {
        return jobs;
    }

    @Override
    public DatasetProfiler profiler() {
        return profiler;
    }

    @Override
    public FrameReader frames() {
        return frames;
    }

    @Override
    public RunRepository runs() {
        return runs;
    }

    @Override
    public SegmentRepository segments() {
        return segments;
    }

    @Override
    public SegmentAudience audience() {
        return audience;
    }

    /**
     * Campaigns, their drafts and frozen versions. Not a port of the engine's {@code WorkspaceContext}: the campaign
     * jobs use the workspace, so the workspace cannot depend on campaigns (the architecture's no-cycle rule).
     */
    @Override
    public CampaignRepository campaigns() {
        return campaigns;
    }

    /** Counts campaign audiences, exclusions subtracted, in the database. */
    @Override
    public CampaignAudience campaignAudience() {
        return campaignAudience;
    }

    /**
     * The job that reads a campaign's decisions log out against its holdout, writing the log as the dataset
     * {@code decisions_NAME} first (as {@code campaign log-dataset} does).
     */
    public CampaignReadoutJob campaignReadout(String campaign) {
        JdbcDecisionDataset log =
                new JdbcDecisionDataset(workspace().dataSource(), datasets(),
                        sink());
        return new CampaignReadoutJob(this, campaigns(),
                (name, progress, cancel) -> log.write(name,
                        JdbcDecisionDataset.defaultName(name), progress, cancel),
                campaign);
    }

    @Override
    public JobRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
