package io.campaignlab.engine.campaigns.pricing;

/**
 * The product each user of an audience would be offered: its list price and unit cost, by position.
 *
 * @param listPrice the price before any discount
 * @param unitCost  what one unit costs the shop
 */
public record PricedAudience(double[] listPrice, double[] unitCost) {

    public PricedAudience {
        if (listPrice.length != unitCost.length) {
            throw new IllegalArgumentException("list prices (" + listPrice.length + ") and unit costs ("
                    + unitCost.length + ") must come one per user");
        }
    }

    public int size() {
        return listPrice.length;
    }

    /** The margin of one order by this user at the given discount (a fraction): price × (1 − d) − unit cost. */
    public double margin(int user, double discount) {
        return listPrice[user] * (1.0 - discount) - unitCost[user];
    }
}
