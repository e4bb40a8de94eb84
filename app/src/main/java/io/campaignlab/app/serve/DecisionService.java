package io.campaignlab.app.serve;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.decide.DecisionEngine;
import io.campaignlab.engine.campaigns.decide.rank.CtrAdRankers;
import io.campaignlab.engine.campaigns.policy.HoldoutAssigner;
import io.campaignlab.persistence.campaigns.JdbcDecisionLog;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;
import io.campaignlab.persistence.campaigns.ServeKeys;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The decision service wired on an open workspace: its keys ({@link ServeKeys}), its decision log, the engine with
 * every published campaign's serving version loaded, and the HTTP server. Stopping it stops the server and then
 * closes the log, which writes every decision served.
 */
public final class DecisionService implements AutoCloseable {

    /** Scoring sessions per ad offer's model: requests that can score at once. */
    static final int SCORING_SESSIONS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final WorkspaceServices services;
    private final ServeKeys keys;
    private final JdbcDecisionLog log;
    private final DecisionEngine engine;
    private final DecisionServer server;

    private DecisionService(WorkspaceServices services, Clock clock, long seed) {
        this.services = services;
        this.keys = ServeKeys.loadOrCreate(services.folder(), new SecureRandom());
        this.log = new JdbcDecisionLog(services.workspace().dataSource(),
                new JdbcDecisionReader(services.workspace().dataSource()));
        this.engine = new DecisionEngine(new HoldoutAssigner(keys.holdoutKey()), clock, log, seed,
                new CtrAdRankers(services, clock, SCORING_SESSIONS));
        this.server = new DecisionServer(engine, keys.apiKey(), clock, log::close);
    }

    /**
     * Loads the published campaigns and starts listening.
     *
     * @param port 0 for any free port
     * @param seed the engine's randomness; tests fix it
     */
    public static DecisionService start(WorkspaceServices services, String bind, int port, Clock clock, long seed) {
        DecisionService service = new DecisionService(services, clock, seed);
        service.reload();
        service.server.start(bind, port);
        return service;
    }

    /**
     * Loads every published campaign's serving version again (after a publish or a stop in this process), with its
     * audience's members and its dynamic discounts' response scores read now from the workspace and held warm
     * ({@link ServingInputs}).
     *
     * @throws IllegalArgumentException when a campaign's audience cannot be computed (naming the campaign and why)
     */
    public int reload() {
        int loaded = 0;
        for (CampaignRecord record : services.campaigns().list()) {
            if (record.status() != CampaignStatus.PUBLISHED) {
                engine.unload(record.name());
                continue;
            }
            CampaignVersion serving = services.campaigns().version(record.name(), record.version()).orElseThrow();
            Integer held = engine.loaded().get(record.name());
            if (held == null || held != serving.version()) {
                ServingInputs inputs = ServingInputs.read(services, serving);
                engine.load(serving, inputs.audience(), inputs.responses());
            }
            loaded++;
        }
        return loaded;
    }

    public int port() {
        return server.port();
    }

    public String apiKey() {
        return keys.apiKey();
    }

    public DecisionEngine engine() {
        return engine;
    }

    public JdbcDecisionLog log() {
        return log;
    }

    /** Stops the server, then flushes and closes the decision log; the workspace stays open. */
    public void stop() {
        server.stop();
        engine.close();
    }

    @Override
    public void close() {
        stop();
    }
}
