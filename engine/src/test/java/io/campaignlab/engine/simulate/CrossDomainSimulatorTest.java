package io.campaignlab.engine.simulate;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.crossdomain.ColdStartSplit;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainAlsRecommender;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.ScoredItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's planted cross-domain taste: each fashion category shares a latent taste with one electronics
 * category ({@link ProductCategory}: apparel–gaming, shoes–audio, accessories–phones, beauty–laptops). Its events,
 * cut by the {@code domain} column into a fashion log (target) and an electronics log (source) over the same user
 * ids, under the cold-start protocol: users made cold in fashion keep only their electronics events.
 *
 * <p>What transfers here is the category: within a category the simulator picks items by popularity, so fashion
 * popularity is hard to beat item by item (the figures are printed, and popularity wins them). The check is that the
 * joint model's lists for cold users lean to the fashion partner of each user's main electronics category, which a
 * popularity list (the same for everyone) cannot do.
 */
class CrossDomainSimulatorTest {

    static final Map<String, String> PARTNER = Map.of("gaming", "apparel", "audio", "shoes", "phones",
            "accessories", "laptops", "beauty");

    static InteractionLog fashion;
    static InteractionLog electronics;
    static Map<String, String> categoryOf;

    @BeforeAll
    static void simulate() {
        InMemoryDatasetSink sink = new InMemoryDatasetSink();
        SimulationSpec spec = SimulationSpec.builder().setUsers(4_000).setDays(21).setSeed(77).build();
        new SimulationJob(spec, sink, "").run(ProgressListener.none(), new CancellationToken());
        InMemoryDatasetSink.Stored events = sink.dataset("events");
        categoryOf = new HashMap<>();
        for (Object[] row : events.rows()) {
            categoryOf.put(row[events.index("item_id")].toString(), (String) row[events.index("category")]);
        }
        fashion = log(events, "fashion");
        electronics = log(events, "electronics");
    }

    @Test
    void coldUsersListsLeanToThePartnerOfTheirElectronicsTaste() {
        ColdStartSplit cold = ColdStartSplit.of(fashion, electronics, EvaluationProtocol.coldStart(0.2, 10), 5);
        RecommenderSpec als = RecommenderSpec.defaults(RecommenderKind.CDR).withFactors(8).withIterations(10)
                .withAls(20, 5, 3).withThreads(2).withSeed(5);
        CrossDomainAlsRecommender joint = new CrossDomainAlsRecommender(1.0);
        joint.fit(cold.data(), als, ProgressListener.none(), new CancellationToken());
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(cold.split().train(), als, ProgressListener.none(), new CancellationToken());

        double[] jointShares = partnerShares(joint, cold);
        double[] popShares = partnerShares(pop, cold);
        double jointShare = mean(jointShares);
        double popShare = mean(popShares);
        // paired difference per user, and its standard error
        double[] diff = new double[jointShares.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = jointShares[i] - popShares[i];
        }
        double m = mean(diff);
        double var = 0;
        for (double x : diff) {
            var += (x - m) * (x - m);
        }
        double se = Math.sqrt(var / (diff.length - 1) / diff.length);
        RankingEvaluation j = RankingEvaluator.evaluate(joint, cold.split(), 2, ProgressListener.none(),
                new CancellationToken());
        RankingEvaluation p = RankingEvaluator.evaluate(pop, cold.split(), 2, ProgressListener.none(),
                new CancellationToken());
        System.out.printf("simulator fashion<-electronics cold-start: %d of %d shared users held out, %d fashion"
                        + " items%n  joint ALS   ndcg@10 %.4f recall@10 %.4f hit %.4f  partner-category share of"
                        + " top 10 %.3f%n  popularity  ndcg@10 %.4f recall@10 %.4f hit %.4f  partner-category share"
                        + " of top 10 %.3f%n  paired difference %.3f (standard error %.4f)%n", cold.heldOut(), cold.shared(),
                j.catalogue(), j.ndcg(), j.recall(), j.hitRate(), jointShare, p.ndcg(), p.recall(), p.hitRate(),
                popShare, m, se);
        assertThat(cold.heldOut()).isGreaterThan(100);
        assertThat(j.users()).isEqualTo(cold.heldOut());
        assertThat(m).isGreaterThan(4 * se);
    }

    /**
     * Per cold user, the share of their top 10 in the fashion partner of the electronics category they have the
     * most events in.
     */
    private static double[] partnerShares(ItemRecommender model, ColdStartSplit cold) {
        InteractionMatrix source = cold.data().source();
        InteractionMatrix target = cold.data().target();
        List<Double> shares = new ArrayList<>();
        for (int u = 0; u < target.users(); u++) {
            if (cold.split().targets()[u] == null) {
                continue;
            }
            Map<String, Double> byCategory = new HashMap<>();
            for (int k = source.rowStart(u); k < source.rowEnd(u); k++) {
                byCategory.merge(categoryOf.get(electronics.itemId(source.column(k))), (double) source.value(k),
                        Double::sum);
            }
            String main = byCategory.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<ScoredItem> top = model.recommend(u, target.rowItems(u), target.rowValues(u), 10, null);
            long inPartner = top.stream().filter(s -> PARTNER.get(main).equals(categoryOf.get(fashion.itemId(s.item()))))
                    .count();
            shares.add(inPartner / (double) top.size());
        }
        return shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** The events of one domain as a log; user and item ids as text, times in epoch milliseconds. */
    private static InteractionLog log(InMemoryDatasetSink.Stored events, String domain) {
        int d = events.index("domain");
        int u = events.index("user_id");
        int i = events.index("item_id");
        int t = events.index("event_type");
        int ts = events.index("ts");
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : events.rows()) {
            if (domain.equals(row[d])) {
                rows.add(row);
            }
        }
        String[] users = new String[rows.size()];
        String[] items = new String[rows.size()];
        String[] types = new String[rows.size()];
        long[] times = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            users[r] = row[u].toString();
            items[r] = row[i].toString();
            types[r] = (String) row[t];
            times[r] = ((LocalDateTime) row[ts]).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        return InteractionLog.of(users, items, types, times, EventWeights.defaults());
    }
}
