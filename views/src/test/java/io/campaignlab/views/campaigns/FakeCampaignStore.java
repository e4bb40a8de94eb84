package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.AudienceSize;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignCheck;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.views.testing.FakeWorkspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Campaigns held in memory, with the repository's rules (checked designs, numbered frozen versions, no edits once
 * stopped, only drafts deleted); every call fails on the JavaFX thread, as the real workspace's do. The audience
 * count is {@code 1000 × the number of rule conditions} less {@code 10 × excluded segments}, and each audience
 * counted is recorded.
 */
final class FakeCampaignStore implements CampaignStore {

    private final Map<String, CampaignRecord> campaigns = new TreeMap<>();
    private final Map<String, List<CampaignVersion>> versions = new TreeMap<>();
    final List<Audience> counted = new CopyOnWriteArrayList<>();
    /** The runs offers can name: a recommender run and two model runs. */
    final List<RunChoice> runs = new CopyOnWriteArrayList<>(List.of(
            new RunChoice(9, "#9 rec-als on events", RunChoice.Use.RECOMMENDER),
            new RunChoice(8, "#8 deepfm on impressions", RunChoice.Use.MODEL),
            new RunChoice(3, "#3 logistic on impressions", RunChoice.Use.MODEL)));
    private long nextId = 1;

    @Override
    public synchronized List<CampaignRecord> list() {
        FakeWorkspace.requireWorkerThread();
        return List.copyOf(campaigns.values());
    }

    @Override
    public synchronized List<CampaignVersion> versions(String name) {
        FakeWorkspace.requireWorkerThread();
        return List.copyOf(versions.getOrDefault(name, List.of()));
    }

    @Override
    public synchronized CampaignRecord create(Campaign draft) {
        FakeWorkspace.requireWorkerThread();
        check(draft);
        if (campaigns.containsKey(draft.name())) {
            throw new IllegalArgumentException("a campaign named '" + draft.name() + "' exists already");
        }
        Instant now = Instant.now();
        CampaignRecord r = new CampaignRecord(nextId++, draft.name(), CampaignStatus.DRAFT, 0, draft, null, now, now);
        campaigns.put(draft.name(), r);
        return r;
    }

    @Override
    public synchronized CampaignRecord saveDraft(Campaign draft) {
        FakeWorkspace.requireWorkerThread();
        check(draft);
        CampaignRecord r = require(draft.name());
        if (r.status() == CampaignStatus.STOPPED) {
            throw new IllegalStateException("campaign '" + r.name() + "' is stopped");
        }
        return put(new CampaignRecord(r.id(), r.name(), r.status(), r.version(), draft, r.live(), r.createdAt(),
                Instant.now()));
    }

    @Override
    public synchronized CampaignVersion publish(String name) {
        FakeWorkspace.requireWorkerThread();
        CampaignRecord r = require(name);
        if (r.draft() == null || r.status() == CampaignStatus.STOPPED) {
            throw new IllegalStateException("campaign '" + name + "' has no draft to publish");
        }
        Instant now = Instant.now();
        List<CampaignVersion> list = versions.computeIfAbsent(name, n -> new ArrayList<>());
        list.replaceAll(v -> v.endedAt() == null ? new CampaignVersion(v.campaignId(), v.name(), v.version(),
                v.campaign(), v.json(), v.publishedAt(), now) : v);
        CampaignVersion v = new CampaignVersion(r.id(), name, r.version() + 1, r.draft(),
                CampaignJson.write(r.draft()), now, null);
        list.add(v);
        put(new CampaignRecord(r.id(), name, CampaignStatus.PUBLISHED, v.version(), null, r.draft(), r.createdAt(),
                now));
        return v;
    }

    @Override
    public synchronized CampaignRecord stop(String name) {
        FakeWorkspace.requireWorkerThread();
        CampaignRecord r = require(name);
        if (r.status() != CampaignStatus.PUBLISHED) {
            throw new IllegalStateException("campaign '" + name + "' is not published");
        }
        Instant now = Instant.now();
        versions.get(name).replaceAll(v -> v.endedAt() == null ? new CampaignVersion(v.campaignId(), v.name(),
                v.version(), v.campaign(), v.json(), v.publishedAt(), now) : v);
        return put(new CampaignRecord(r.id(), name, CampaignStatus.STOPPED, r.version(), r.draft(), r.live(),
                r.createdAt(), now));
    }

    @Override
    public synchronized void delete(String name) {
        FakeWorkspace.requireWorkerThread();
        if (require(name).status() != CampaignStatus.DRAFT) {
            throw new IllegalStateException("campaign '" + name + "' was published, so it stays");
        }
        campaigns.remove(name);
    }

    @Override
    public AudienceSize count(Audience audience) {
        FakeWorkspace.requireWorkerThread();
        counted.add(audience);
        long targeted = audience.rule() == null ? 500 : 1000L * audience.rule().split(" AND ").length;
        long excluded = 10L * audience.excludeSegments().size();
        return new AudienceSize(targeted, excluded, targeted - excluded);
    }

    @Override
    public List<SegmentChoice> segments() {
        FakeWorkspace.requireWorkerThread();
        return List.of(new SegmentChoice(3, "3 · RFM of events › Champions (120)"),
                new SegmentChoice(4, "4 · RFM of events › At risk (300)"));
    }

    @Override
    public List<RunChoice> runs() {
        FakeWorkspace.requireWorkerThread();
        return runs;
    }

    @Override
    public List<DatasetInfo> datasets() {
        FakeWorkspace.requireWorkerThread();
        Instant at = Instant.parse("2025-03-01T09:30:00Z");
        return List.of(
                new DatasetInfo(1, "events", DatasetKind.EVENTS, "/data/events.csv", "sha", 100, 0, at, List.of(
                        ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
                        ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP))),
                new DatasetInfo(2, "users", DatasetKind.TABLE, "/data/users.csv", "sha", 10, 0, at, List.of(
                        ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
                        ColumnMeta.of("age_band", ColumnType.TEXT, ColumnRole.FEATURE))));
    }

    /** Stores a campaign as it is, for a test's setup (on any thread). */
    synchronized void seed(CampaignRecord r) {
        campaigns.put(r.name(), r);
    }

    synchronized CampaignRecord stored(String name) {
        return require(name);
    }

    private CampaignRecord require(String name) {
        CampaignRecord r = campaigns.get(name);
        if (r == null) {
            throw new NoSuchElementException("there is no campaign '" + name + "'");
        }
        return r;
    }

    private CampaignRecord put(CampaignRecord r) {
        campaigns.put(r.name(), r);
        return r;
    }

    private static void check(Campaign c) {
        List<FieldProblem> problems = CampaignCheck.problems(c);
        if (!problems.isEmpty()) {
            throw new CampaignFileException("campaign '" + c.name() + "'", problems);
        }
    }
}
