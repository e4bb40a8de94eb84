package io.campaignlab.app.serve;

import io.campaignlab.engine.campaigns.decide.DecideException;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionEngine;
import io.campaignlab.engine.campaigns.decide.DecisionJson;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.engine.campaigns.policy.BudgetSnapshot;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The decision service's HTTP server. Every call but {@code GET /v1/health} needs the API key; every refusal is a
 * 4xx with {@code {"error": "one line"}}. {@link #stop()} stops taking requests, lets those in flight finish, then
 * runs the given shutdown step (closing the decision log, which flushes it).
 */
public final class DecisionServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionServer.class);

    /** The longest a durable call waits for the log's commit. */
    static final int DURABLE_WAIT_SECONDS = 30;

    private final DecisionEngine engine;
    private final ApiKeyCheck key;
    private final Clock clock;
    private final Runnable afterStop;
    private final ServeMetrics metrics = new ServeMetrics();
    private final long startedMillis;
    private Javalin app;
    /** Held (shared) by each decide and feedback call while it runs; {@link #stop()} takes it whole to wait for them. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    /** @param afterStop runs once the server has stopped (e.g. closing the decision log) */
    public DecisionServer(DecisionEngine engine, String apiKey, Clock clock, Runnable afterStop) {
        this.engine = engine;
        this.key = new ApiKeyCheck(apiKey);
        this.clock = clock;
        this.afterStop = afterStop;
        this.startedMillis = clock.millis();
    }

    /** Starts listening on {@code bind}:{@code port} (0 picks a free port; see {@link #port()}). */
    public synchronized DecisionServer start(String bind, int port) {
        app = Javalin.create(this::configure).start(bind, port);
        return this;
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = ApiBodies.MAX_DRAINED;
        config.routes.get("/v1/health", ctx -> json(ctx, 200, Map.of("status", "ok", "campaigns", engine.loaded())));
        config.routes.post("/v1/decide", ctx -> admitted(ctx, this::decide));
        config.routes.post("/v1/feedback", ctx -> admitted(ctx, this::feedback));
        config.routes.get("/v1/metrics", this::metrics);
        config.routes.exception(ApiError.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
        config.routes.exception(DecideException.class, (e, ctx) -> refuse(ctx, status(e), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("decision service: {} {} failed", ctx.method(), ctx.path(), e);
            json(ctx, 500, Map.of("error", "internal error: " + e.getClass().getSimpleName()));
        });
    }

    /**
     * Runs a call that decides or records feedback, unless the server is stopping (503): so that every decision served
     * is still logged when {@link #stop()} closes the log.
     */
    private void admitted(Context ctx, Handler handler) throws Exception {
        if (stopping || !inFlight.readLock().tryLock()) {
            throw new ApiError(503, "the decision service is stopping");
        }
        try {
            // checked again under the lock: a call that read "not stopping" just before stop() began may get the lock
            // only after the stop has finished and the log is closed; it must not decide then
            if (stopping) {
                throw new ApiError(503, "the decision service is stopping");
            }
            handler.handle(ctx);
        } finally {
            inFlight.readLock().unlock();
        }
    }

    private void decide(Context ctx) {
        long start = System.nanoTime();
        key.require(ctx.header("Authorization"), ctx.header("X-Api-Key"));
        ApiBodies.DecideBody body = ApiBodies.decide(ctx.bodyInputStream());
        DecisionEngine.Acknowledged served = engine.serve(new DecisionRequest(body.userId(), body.context(),
                body.campaign()));
        if (durable(ctx)) {
            awaitLogged(served.logged(), "decision " + served.decision().decisionId());
        }
        ctx.status(200).contentType("application/json").result(DecisionJson.write(served.decision()));
        metrics.decision(System.nanoTime() - start, clock.millis());
    }

    private void feedback(Context ctx) {
        key.require(ctx.header("Authorization"), ctx.header("X-Api-Key"));
        ApiBodies.FeedbackBody body = ApiBodies.parse(ctx.bodyInputStream(), ApiBodies.FeedbackBody.class);
        if (body.event() == null) {
            throw new ApiError(400, "event must be click or conversion");
        }
        Feedback feedback = new Feedback(body.decisionId(), Feedback.Event.parse(body.event()),
                body.value() == null ? 0 : body.value(), clock.instant());
        DecisionEngine.Acknowledged ack = engine.acknowledgedFeedback(feedback);
        if (durable(ctx)) {
            awaitLogged(ack.logged(), "feedback on " + feedback.decisionId());
        }
        Decision decision = ack.decision();
        metrics.feedback();
        json(ctx, 200, Map.of("decision_id", decision.decisionId(), "recorded", feedback.event().id()));
    }

    /**
     * Whether the caller asked for a durable answer ({@code ?durable=true}): then a 200 means the record is committed
     * to the decision log (and checkpointed to the workspace file), so it survives a kill -9 of this process.
     */
    private static boolean durable(Context ctx) {
        String value = ctx.queryParam("durable");
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ApiError(400, "durable must be true or false, was '" + value + "'");
    }

    private static void awaitLogged(CompletableFuture<Void> logged, String what) {
        try {
            logged.get(DURABLE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, what + " was served but the wait for the log was interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiError(503, what + " was served but is not logged: " + (e instanceof TimeoutException
                    ? "the log did not commit within " + DURABLE_WAIT_SECONDS + " s" : e.getCause().getMessage()));
        }
    }

    private void metrics(Context ctx) {
        key.require(ctx.header("Authorization"), ctx.header("X-Api-Key"));
        long now = clock.millis();
        Map<String, Long> spent = new TreeMap<>();
        Map<String, Long> caps = new TreeMap<>();
        engine.loaded().keySet().forEach(name -> engine.budget(name).ifPresent((BudgetSnapshot b) -> {
            spent.put(name, b.committed());
            caps.put(name, b.cap());
        }));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decisions", engine.served());
        out.put("decisions_per_second", metrics.rate(now));
        out.put("p50_ms", finite(metrics.quantileMillis(0.50)));
        out.put("p99_ms", finite(metrics.quantileMillis(0.99)));
        out.put("fallbacks", engine.fallbacks());
        out.put("cold_starts", engine.coldStarts());
        out.put("feedback", metrics.feedbackCount());
        out.put("refused", metrics.rejectedCount());
        out.put("budget_spent_cents", spent);
        out.put("budget_cap_cents", caps);
        out.put("uptime_s", (now - startedMillis) / 1000);
        json(ctx, 200, out);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static int status(DecideException e) {
        switch (e.reason()) {
            case UNKNOWN_CAMPAIGN:
            case UNKNOWN_DECISION:
                return 404;
            case NOT_SERVING:
                return 409;
            default:
                return 400;
        }
    }

    private void refuse(Context ctx, int status, String message) {
        metrics.rejected();
        json(ctx, status, Map.of("error", ApiError.oneLine(message)));
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(DecisionJson.write(body));
    }

    /** The port listened on. */
    public synchronized int port() {
        return app.port();
    }

    /**
     * Refuses new decide and feedback calls, waits for those in flight to finish (their decisions reach the log's
     * queue), stops the server, then runs the shutdown step; safe to call twice.
     */
    public synchronized void stop() {
        if (app != null) {
            stopping = true;
            inFlight.writeLock().lock();
            try {
                app.stop();
            } finally {
                inFlight.writeLock().unlock();
            }
            app = null;
            afterStop.run();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
