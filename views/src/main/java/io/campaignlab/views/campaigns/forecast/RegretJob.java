package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.policy.BanditComparison;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.List;
import java.util.Locale;

/**
 * Runs the bandit policies through simulated streams ({@link BanditComparison}, as {@code bench bandits} does) for
 * the regret chart: fewer rounds and seeds than the bench, so that it takes about a second.
 *
 * @param rates  the planted response rate of each offer
 * @param rounds rounds per stream
 * @param seeds  streams, seeds 1..N
 */
public record RegretJob(List<Double> rates, int rounds, int seeds) implements Job<BanditComparison.Result> {

    /** The bench's five offers, 50,000 rounds, 5 seeds. */
    public static RegretJob defaults() {
        return new RegretJob(BanditComparison.DEFAULT_RATES, 50_000, 5);
    }

    @Override
    public String kind() {
        return "bandits";
    }

    @Override
    public String title() {
        return String.format(Locale.ROOT, "Bandit policies on %d simulated streams of %,d rounds", seeds, rounds);
    }

    @Override
    public BanditComparison.Result run(ProgressListener progress, CancellationToken cancel) {
        progress.message(title());
        cancel.throwIfCancelled();
        return BanditComparison.run(rates, rounds, seeds, 1);
    }
}
