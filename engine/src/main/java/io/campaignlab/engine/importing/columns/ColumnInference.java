package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a column's type and role together, from its name and its sample values, with a reason for each. On top
 * of {@link TypeInference} and {@link RoleInference}, which look at one side each, it knows the cases that need both:
 * <ul>
 *   <li>a row id becomes role {@code ignore}, as a model can learn nothing from it: a name such as {@code id},
 *   {@code row_id}, {@code index} or none, with at least {@value #UNIQUE_SHARE} of the sample's values distinct, or a
 *   name ending in {@code _id} with every sample value distinct;</li>
 *   <li>integer codes (a name such as {@code c1}, {@code *_id}, {@code *_pos}, {@code *_type}, {@code *_code}) of a
 *   plain feature become a category, unless nearly every value is distinct;</li>
 *   <li>an amount (a numeric name ending in {@code value} or {@code amount}, or holding {@code revenue} or
 *   {@code sales}) becomes revenue.</li>
 * </ul>
 */
public final class ColumnInference {

    /** A share of distinct values at or above which a column is "unique per row". */
    static final double UNIQUE_SHARE = 0.95;
    /** Below this many sample values, uniqueness says little, and no column is ignored for it. */
    static final int MIN_VALUES_FOR_UNIQUE = 20;

    private static final Pattern ANONYMOUS_CODE = Pattern.compile("c_?\\d+");
    private static final Set<String> CODE_WORDS = Set.of("id", "pos", "position", "type", "code", "codes", "cat",
            "kind", "class", "zip", "zipcode", "postcode");
    private static final Set<String> ROW_ID_NAMES = Set.of("id", "row_id", "rowid", "row", "index", "idx", "row_number",
            "record_id", "unnamed_0");

    private ColumnInference() {
    }

    /**
     * @param header the column's name in the file (a blank name counts as an unnamed index column)
     * @param sample the column's sample values, empty ones included
     */
    public static InferredColumn infer(String header, List<String> sample) {
        InferredType inferred = TypeInference.infer(header, sample);
        List<String> values = sample.stream().filter(v -> !ValueParser.isNull(v)).map(String::trim).toList();
        long distinct = new HashSet<>(values).size();
        String name = ColumnNames.sanitize(header, 1);
        RoleInference.Named named = RoleInference.named(header, inferred.type());
        if (named != null) {
            return new InferredColumn(inferred.type(), inferred.format(), named.role(), inferred.evidence(),
                    named.reason());
        }
        boolean rowIdName = ROW_ID_NAMES.contains(name) || header.isBlank();
        boolean unique = rowIdName ? distinct >= UNIQUE_SHARE * values.size()
                : lastWord(name).equals("id") && distinct == values.size();
        if (unique && values.size() >= MIN_VALUES_FOR_UNIQUE && inferred.type() != ColumnType.TIMESTAMP) {
            return new InferredColumn(inferred.type(), inferred.format(), ColumnRole.IGNORE, inferred.evidence(),
                    String.format(Locale.ROOT, "named like a row id ('%s') and %,d of %,d sample values are distinct:"
                            + " an id of each row carries nothing a model can learn", header, distinct, values.size()));
        }
        if (inferred.type().isNumeric() && amountName(name)) {
            return new InferredColumn(inferred.type(), inferred.format(), ColumnRole.REVENUE, inferred.evidence(),
                    "a numeric column named like an amount ('" + header + "')");
        }
        if (inferred.type() == ColumnType.INTEGER && codeName(name)
                && distinct < UNIQUE_SHARE * values.size() && distinct <= TypeInference.CATEGORY_MAX_DISTINCT) {
            String why = String.format(Locale.ROOT, "integer codes: the name '%s' %s, and the sample has %,d distinct"
                    + " values in %,d rows (a code's size means nothing)", header, codeNameReason(name), distinct,
                    values.size());
            return new InferredColumn(ColumnType.CATEGORY, null, ColumnRole.FEATURE, why,
                    "no name of a special role; a feature");
        }
        ColumnRole role = inferred.type() == ColumnType.TIMESTAMP ? ColumnRole.TIMESTAMP : ColumnRole.FEATURE;
        return new InferredColumn(inferred.type(), inferred.format(), role, inferred.evidence(),
                role == ColumnRole.TIMESTAMP ? "the only kind of time column; the event time"
                        : "no name of a special role; a feature");
    }

    static boolean codeName(String name) {
        return ANONYMOUS_CODE.matcher(name).matches() || CODE_WORDS.contains(lastWord(name)) || name.endsWith("code");
    }

    private static String codeNameReason(String name) {
        if (ANONYMOUS_CODE.matcher(name).matches()) {
            return "is an anonymised field (c1, c2, …)";
        }
        String last = lastWord(name);
        return CODE_WORDS.contains(last) ? "ends in '" + last + "'" : "ends in 'code'";
    }

    static boolean amountName(String name) {
        String key = name.replace("_", "");
        return key.endsWith("value") || key.endsWith("amount") || key.contains("revenue") || key.contains("sales");
    }

    private static String lastWord(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? name : name.substring(underscore + 1);
    }
}
