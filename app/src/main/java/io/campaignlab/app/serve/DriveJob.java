package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Replays simulated users of a published campaign's audience through a running decision service over HTTP, and
 * answers each decision as the user's planted response would ({@link DrivePlan} picks it: the coupon test's,
 * {@link SimulatedUsers}, or the discount test's, {@link SimulatedShoppers}, whose product price and unit cost go in
 * the request's context): {@code POST /v1/decide} for
 * the user, then, when the user converts (with the discount served, or without one in the holdout or a fallback),
 * {@code POST /v1/feedback} with the conversion and its value. Several clients send at once; each user's outcome is
 * drawn from a stream seeded by the seed and the user, so it does not depend on which client sent it.
 */
public final class DriveJob implements Job<DriveSummary> {

    private static final int PROGRESS_EVERY_MS = 200;
    private static final int KEPT_ERRORS = 5;

    private final WorkspaceServices services;
    private final String campaign;
    private final DriveSpec spec;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong treated = new AtomicLong();
    private final AtomicLong holdout = new AtomicLong();
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong convertedTreated = new AtomicLong();
    private final AtomicLong convertedHoldout = new AtomicLong();
    private final DoubleAdder value = new DoubleAdder();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

    public DriveJob(WorkspaceServices services, String campaign, DriveSpec spec) {
        this.services = services;
        this.campaign = campaign;
        this.spec = spec;
    }

    @Override
    public String kind() {
        return "campaign-drive";
    }

    @Override
    public String title() {
        return "Drive " + spec.users() + " simulated users through campaign " + campaign;
    }

    @Override
    public DriveSummary run(ProgressListener progress, CancellationToken cancel) throws Exception {
        CampaignRecord record = services.campaigns().require(campaign);
        if (record.live() == null) {
            throw new IllegalArgumentException("campaign '" + campaign + "' was never published; publish it first");
        }
        DrivePlan plan = DrivePlan.of(record.live());
        PlantedUsers truth = plan == DrivePlan.COUPON_TEST
                ? SimulatedUsers.read(services.frames(), ProgressListener.none(), cancel)
                : SimulatedShoppers.read(services.frames(), ProgressListener.none(), cancel);
        int[] users = draw(new ArrayList<>(new java.util.TreeSet<>(services.campaignAudience().members(
                record.live().audience()))), truth);
        List<String> ids = new ArrayList<>(truth.index().keySet());
        String[] idOf = new String[truth.index().size()];
        ids.forEach(id -> idOf[truth.index().get(id)] = id);
        progress.message("Driving " + users.length + " users through " + spec.url());
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(spec.clients());
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < spec.clients(); c++) {
                clients.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < users.length && !cancel.isCancelled();
                         k = next.getAndIncrement()) {
                        replay(users[k], idOf[users[k]], truth);
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                while (!f.isDone()) {
                    progress.progress(Math.min(next.get(), users.length), users.length);
                    Thread.sleep(PROGRESS_EVERY_MS);
                }
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (cancel.isCancelled()) {
            throw new CancelledException();
        }
        progress.progress(users.length, users.length);
        return new DriveSummary(campaign, plan == DrivePlan.COUPON_TEST ? SimulatedUsers.EXPOSURES
                : SimulatedShoppers.DISCOUNT_TEST, users.length, requests.get(), retries.get(), errors.get(), treated.get(),
                holdout.get(),
                offered.get(), convertedTreated.get(), convertedHoldout.get(), value.sum(),
                (System.nanoTime() - started) / 1e9, firstErrors);
    }

    /** The first {@code users} of the audience's simulated users in a seeded shuffle. */
    private int[] draw(List<String> audience, PlantedUsers truth) {
        int[] known = audience.stream().map(truth.index()::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        if (known.length < spec.users()) {
            throw new IllegalArgumentException("campaign '" + campaign + "' has " + audience.size()
                    + " audience users, " + known.length + " of them simulated users; cannot replay "
                    + spec.users() + " (each user is replayed once)");
        }
        java.util.Arrays.sort(known);
        SplittableRandom rng = new SplittableRandom(spec.seed());
        for (int i = known.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = known[i];
            known[i] = known[j];
            known[j] = t;
        }
        return java.util.Arrays.copyOf(known, spec.users());
    }

    private void replay(int user, String id, PlantedUsers truth) {
        JsonNode decision = post("/v1/decide", Map.of("user_id", id, "campaign", campaign, "context",
                truth.context(user)));
        if (decision == null) {
            return;
        }
        boolean inHoldout = "holdout".equals(decision.path("arm").asText());
        (inHoldout ? holdout : treated).incrementAndGet();
        boolean percent = "percent".equals(decision.path("discount_unit").asText(null));
        if (!decision.path("offer").isNull() && !decision.path("offer").isMissingNode()) {
            offered.incrementAndGet();
            if (!percent) {
                throw new IllegalArgumentException("offer " + decision.path("offer").asText() + " is not a percentage"
                        + " discount; the simulator planted responses to percentages only");
            }
        }
        double coupon = percent ? decision.path("discount").asDouble() : 0;
        SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + user);
        double orderValue = truth.outcome(user, coupon, random);
        if (orderValue > 0) {
            (inHoldout ? convertedHoldout : convertedTreated).incrementAndGet();
            value.add(orderValue);
            post("/v1/feedback", Map.of("decision_id", decision.path("decision_id").asText(), "event", "conversion",
                    "value", orderValue));
        }
    }

    /**
     * The answer's JSON, or null after counting the failure. A request whose connection failed before any answer
     * (a pooled connection the server had just closed) is sent once more on a fresh one, and counted as a retry.
     */
    private JsonNode post(String path, Map<String, Object> body) {
        requests.incrementAndGet();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(spec.url().toString().replaceAll("/+$", "")
                            + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + spec.key())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body))).build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException first) {
                retries.incrementAndGet();
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 200) {
                return failed(path + " answered " + response.statusCode() + ": " + response.body().strip());
            }
            return Json.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            return failed(path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(path + ": interrupted");
        }
    }

    private JsonNode failed(String message) {
        errors.incrementAndGet();
        if (firstErrors.size() < KEPT_ERRORS) {
            firstErrors.add(message);
        }
        return null;
    }
}
