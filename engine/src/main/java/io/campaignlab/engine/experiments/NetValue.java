package io.campaignlab.engine.experiments;

/**
 * One treatment arm read net of its cost: each unit's value is its revenue less what treating it cost (nothing in
 * control), and the arms' mean values are compared by Welch's t, as any continuous metric.
 *
 * @param arm                the treatment arm
 * @param costs              the costs given
 * @param costPerTreated     the arm's mean cost per unit (unit cost + conversion cost × its conversion rate)
 * @param incrementalRevenue the arm's mean revenue per unit less control's (before cost)
 * @param net                the comparison of value per unit (revenue − cost) against control
 * @param roi                (incremental revenue − cost) / cost per treated unit: net.diff / costPerTreated
 */
public record NetValue(String arm, AbCosts costs, double costPerTreated, double incrementalRevenue, Comparison net,
                       double roi) {
}
