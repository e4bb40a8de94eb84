package io.campaignlab.views.testing;

import io.campaignlab.engine.browse.DatasetBrowser;
import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.browse.RowPage;
import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Pages, sorts and filters the fake tables in memory, with the engine's contract: nulls sort last, ties keep file
 * order, and a filter value the column cannot hold is an {@link IllegalArgumentException} that says why. Records
 * every page it serves.
 */
public final class FakeBrowser implements DatasetBrowser {

    /** One request for a page. */
    public record PageRequest(String dataset, long offset, int limit, RowSort sort, RowFilter filter) {
    }

    private final FakeWorkspace workspace;
    private final List<PageRequest> requests = new CopyOnWriteArrayList<>();

    FakeBrowser(FakeWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public long count(String dataset, RowFilter filter) {
        FakeTable table = workspace.table(dataset);
        return filter == null ? table.rowCount() : rows(table, filter).count();
    }

    @Override
    public RowPage page(String dataset, long offset, int limit, RowSort sort, RowFilter filter) {
        FakeTable table = workspace.table(dataset);
        requests.add(new PageRequest(dataset, offset, limit, sort, filter));
        IntStream rows = rows(table, filter);
        if (sort != null) {
            int column = index(table.info(), sort.column());
            Comparator<Object> values = Comparator.nullsLast(FakeBrowser::compare);
            Comparator<Integer> order = Comparator.comparing(i -> table.rows().apply(i).get(column),
                    sort.ascending() ? values : nullsLastReversed(values));
            rows = rows.boxed().sorted(order.thenComparing(i -> i)).mapToInt(i -> i);
        }
        List<List<Object>> page = new ArrayList<>();
        rows.skip(offset).limit(limit).forEach(i -> {
            List<Object> row = new ArrayList<>();
            row.add((long) i + 1);
            row.addAll(table.rows().apply(i));
            page.add(row);
        });
        List<String> columns = new ArrayList<>();
        columns.add("_row");
        table.info().columns().forEach(c -> columns.add(c.name()));
        return new RowPage(columns, page, offset);
    }

    /** Every page served, oldest first. */
    public List<PageRequest> requests() {
        return List.copyOf(requests);
    }

    private static IntStream rows(FakeTable table, RowFilter filter) {
        IntStream all = IntStream.range(0, table.rowCount());
        if (filter == null) {
            return all;
        }
        int column = index(table.info(), filter.column());
        Predicate<Object> test = predicate(table.info().columns().get(column), filter);
        return all.filter(i -> test.test(table.rows().apply(i).get(column)));
    }

    private static Predicate<Object> predicate(ColumnMeta column, RowFilter filter) {
        return switch (filter.op()) {
            case IS_NULL -> v -> v == null;
            case NOT_NULL -> v -> v != null;
            case CONTAINS -> v -> v != null && v.toString().toLowerCase(Locale.ROOT)
                    .contains(filter.value().toLowerCase(Locale.ROOT));
            default -> {
                Object wanted = typed(column, filter.value().trim());
                yield v -> v != null && holds(filter.op(), compare(v, wanted));
            }
        };
    }

    private static boolean holds(RowFilter.Op op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Object typed(ColumnMeta column, String text) {
        try {
            return switch (column.type()) {
                case INTEGER -> Long.parseLong(text);
                case DECIMAL -> Double.parseDouble(text);
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
                };
                case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
                case CATEGORY, TEXT -> text;
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("column '" + column.header() + "' is " + column.type().id()
                    + ": cannot read '" + text + "'");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Comparator<Object> nullsLastReversed(Comparator<Object> nullsLast) {
        return (a, b) -> a == null || b == null ? nullsLast.compare(a, b) : nullsLast.compare(b, a);
    }

    private static int index(DatasetInfo info, String column) {
        ColumnMeta meta = info.column(column).orElseThrow(() -> new IllegalArgumentException("dataset '"
                + info.name() + "' has no column '" + column + "'"));
        return info.columns().indexOf(meta);
    }
}
