package io.campaignlab.engine.explain.importance;

/**
 * One player's permutation importance.
 *
 * @param player   the player's name
 * @param meanDrop the mean AUC drop over the repeats (baseline AUC − AUC with the player permuted)
 * @param lower    the 95% interval's lower end: mean − t(0.975, repeats − 1) · sd / √repeats
 * @param upper    its upper end
 * @param drops    the AUC drop of each repeat
 */
public record PlayerImportance(String player, double meanDrop, double lower, double upper, double[] drops) {

    public PlayerImportance {
        drops = drops.clone();
    }

    @Override
    public double[] drops() {
        return drops.clone();
    }
}
