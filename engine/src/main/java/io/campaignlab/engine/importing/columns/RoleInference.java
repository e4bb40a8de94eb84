package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Assigns a role from a column's name where it is obvious; everything else is a {@code feature}. */
public final class RoleInference {

    private static final Map<ColumnRole, Set<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(ColumnRole.USER_ID, Set.of("userid", "user", "customerid", "customer", "clientid", "visitorid",
                "uid", "memberid", "accountid", "buyerid"));
        NAMES.put(ColumnRole.ITEM_ID, Set.of("itemid", "item", "productid", "product", "sku", "stockcode",
                "articleid", "adid", "offerid", "movieid"));
        NAMES.put(ColumnRole.SESSION_ID, Set.of("sessionid", "session", "visitid"));
        NAMES.put(ColumnRole.EVENT_TYPE, Set.of("eventtype", "event", "action", "actiontype", "behavior",
                "behaviour", "interaction"));
        NAMES.put(ColumnRole.TIMESTAMP, Set.of("timestamp", "time", "ts", "datetime", "eventtime", "invoicedate",
                "date", "createdat", "occurredat"));
        NAMES.put(ColumnRole.LABEL, Set.of("label", "click", "clicked", "isclick", "target", "y", "converted",
                "conversion", "rating"));
        NAMES.put(ColumnRole.TREATMENT, Set.of("treatment", "treated", "istreatment", "istreated"));
        NAMES.put(ColumnRole.GROUP, Set.of("group", "arm", "variant", "experimentgroup", "abgroup", "cohort"));
        NAMES.put(ColumnRole.PRICE, Set.of("price", "unitprice", "itemprice"));
        NAMES.put(ColumnRole.QUANTITY, Set.of("quantity", "qty", "units"));
        NAMES.put(ColumnRole.REVENUE, Set.of("revenue", "spend", "amount", "sales", "total", "value", "gmv"));
        NAMES.put(ColumnRole.CATEGORY, Set.of("category", "categoryid", "cat", "catid", "itemcategory",
                "productcategory"));
        NAMES.put(ColumnRole.DOMAIN, Set.of("domain"));
    }

    private RoleInference() {
    }

    public static ColumnRole infer(String header, ColumnType type) {
        Named named = named(header, type);
        if (named != null) {
            return named.role();
        }
        return type == ColumnType.TIMESTAMP ? ColumnRole.TIMESTAMP : ColumnRole.FEATURE;
    }

    /** The role a column's name gives it, with the reason, or null when its name names no role. */
    static Named named(String header, ColumnType type) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (Map.Entry<ColumnRole, Set<String>> entry : NAMES.entrySet()) {
            if (entry.getValue().contains(key)) {
                ColumnRole role = entry.getKey();
                if (role == ColumnRole.TIMESTAMP && type != ColumnType.TIMESTAMP) {
                    continue;
                }
                return new Named(role, "'" + header + "' is a usual name for the " + role.id().replace('_', ' ')
                        + " column");
            }
        }
        return null;
    }

    /** A role given by a column's name, and the reason in words. */
    record Named(ColumnRole role, String reason) {
    }
}
