package io.campaignlab.engine.recommend;

/**
 * A recommender that factorises the user × item matrix: {@link #factors()} latent values per user and per item,
 * fitted under an L2 penalty, with the loss and the seconds of each pass over the training data kept for the run's
 * report. ALS and BPR hold their factors here; how each fits, scores and explains is its own.
 */
public abstract class FactorRecommender implements ItemRecommender {

    protected int factors;
    protected double regularization;
    protected int users;
    protected int items;
    /** The user factors of the training rows, users × factors row-major; null for a model loaded from storage. */
    protected double[] userFactors;
    /** The item factors, items × factors row-major. */
    protected double[] itemFactors;
    protected double[] losses = new double[0];
    protected double[] seconds = new double[0];

    public int factors() {
        return factors;
    }

    public double regularization() {
        return regularization;
    }

    /** The training loss after each pass (ALS: NaN when not tracked; BPR: the mean ranking loss). */
    public double[] losses() {
        return losses.clone();
    }

    /** The seconds each pass took: an ALS sweep (users then items), a BPR epoch. */
    public double[] secondsPerPass() {
        return seconds.clone();
    }

    /** The item factors, items × factors row-major. */
    public double[] itemFactors() {
        return itemFactors.clone();
    }

    /** The user factors of the training rows, or null for a model loaded from stored item factors. */
    public double[] userFactors() {
        return userFactors == null ? null : userFactors.clone();
    }

    @Override
    public int itemCount() {
        return items;
    }
}
