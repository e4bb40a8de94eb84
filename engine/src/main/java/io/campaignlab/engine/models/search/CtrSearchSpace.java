package io.campaignlab.engine.models.search;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldKind;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.tuning.Dimension;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchSpace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings a CTR search varies, per family, and how a point of the grid becomes a training request.
 * <p>
 * Chosen on the simulator and criteo-10k only: the Adam learning rate around the family default (LR takes larger
 * steps), the L2 on the embedding rows, the embedding size (not for LR, which has none), and each integer field's
 * representation (numeric, as quantile buckets, or categorical, as a vocabulary). The first value of every
 * dimension is the request's own setting, so trial 0 is exactly the run the user would get with {@code --tune off}.
 */
public final class CtrSearchSpace {

    public static final String LEARNING_RATE = "learningRate";
    public static final String EMBEDDING_L2 = "embeddingL2";
    public static final String EMBEDDING_DIM = "embeddingDim";
    /** A field's representation: {@code field:COLUMN}, {@link #NUMERIC} or {@link #CATEGORICAL}. */
    public static final String FIELD_PREFIX = "field:";
    /** In {@link CtrTuning#fixed}: every field's representation is fixed (the user listed the features). */
    public static final String FIELDS = "fields";
    public static final String NUMERIC = "numeric";
    public static final String CATEGORICAL = "categorical";

    private static final List<Object> LR_RATES = List.of(0.003, 0.01, 0.03);
    private static final List<Object> DEEP_RATES = List.of(0.001, 0.002, 0.005);
    private static final List<Object> L2 = List.of(0.0, 1e-6, 1e-5, 1e-4);
    private static final List<Object> DIMS = List.of(8, 16, 32);

    private CtrSearchSpace() {
    }

    /**
     * The family's space for this request, without the settings the user fixed.
     *
     * @param columns the dataset's columns, to find the integer fields
     */
    public static SearchSpace of(TrainingRequest request, List<ColumnMeta> columns, Collection<String> fixed) {
        Hyperparameters p = request.params();
        List<Dimension> dims = new ArrayList<>();
        boolean lr = request.model() == ModelKind.LR;
        dims.add(dimension(LEARNING_RATE, p.learningRate(), lr ? LR_RATES : DEEP_RATES));
        dims.add(dimension(EMBEDDING_L2, p.embeddingL2(), L2));
        if (!lr) {
            dims.add(dimension(EMBEDDING_DIM, p.embeddingDim(), DIMS));
        }
        if (!fixed.contains(FIELDS)) {
            for (FieldSpec field : request.features().fields()) {
                if (isInteger(field.column(), columns)
                        && (field.kind() == FieldKind.NUMERIC || field.kind() == FieldKind.CATEGORICAL)) {
                    boolean numeric = field.kind() == FieldKind.NUMERIC;
                    dims.add(Dimension.of(FIELD_PREFIX + field.column(), numeric ? NUMERIC : CATEGORICAL,
                            numeric ? CATEGORICAL : NUMERIC));
                }
            }
        }
        return new SearchSpace(dims).without(Set.copyOf(fixed));
    }

    /**
     * The family's default budget: 12 trials and 3 minutes for LR, 12 trials and 6 minutes for the embedding
     * families; on criteo-10k (8,000 training rows) an auto run of either stays within its clock on 2 CPU cores.
     */
    public static SearchBudget defaultBudget(ModelKind kind) {
        return new SearchBudget(12, kind == ModelKind.LR ? 180 : 360);
    }

    /** The request with one grid point's settings applied. */
    public static TrainingRequest apply(TrainingRequest request, Map<String, Object> settings) {
        Hyperparameters p = request.params();
        FeatureSpec features = request.features();
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            switch (name) {
                case LEARNING_RATE -> p = p.withLearningRate(((Number) value).doubleValue());
                case EMBEDDING_L2 -> p = p.withEmbeddingL2(((Number) value).doubleValue());
                case EMBEDDING_DIM -> p = p.withEmbeddingDim(((Number) value).intValue());
                default -> {
                    if (!name.startsWith(FIELD_PREFIX)) {
                        throw new IllegalArgumentException("a CTR search has no setting '" + name + "'");
                    }
                    features = represent(features, name.substring(FIELD_PREFIX.length()), String.valueOf(value));
                }
            }
        }
        return new TrainingRequest(request.dataset(), request.label(), features, request.split(), request.model(),
                p, request.seed(), request.device());
    }

    /** The features with one field numeric (quantile buckets) or categorical (a vocabulary). */
    static FeatureSpec represent(FeatureSpec features, String column, String representation) {
        List<FieldSpec> fields = new ArrayList<>();
        boolean found = false;
        for (FieldSpec f : features.fields()) {
            if (!f.column().equals(column)) {
                fields.add(f);
                continue;
            }
            found = true;
            boolean wantNumeric = NUMERIC.equals(representation);
            if (!wantNumeric && !CATEGORICAL.equals(representation)) {
                throw new IllegalArgumentException("field " + column + ": representation '" + representation
                        + "' is neither numeric nor categorical");
            }
            boolean isNumeric = f.kind() == FieldKind.NUMERIC;
            fields.add(wantNumeric == isNumeric ? f : wantNumeric
                    ? FieldSpec.numeric(column, NumericTransform.QUANTILE_BUCKETS) : FieldSpec.categorical(column));
        }
        if (!found) {
            throw new IllegalArgumentException("the search varies field " + column + ", which the model does not use");
        }
        return new FeatureSpec(fields, features.behaviour());
    }

    /**
     * A trial's settings in one short line, for tables: {@code lr 0.01 · L2 1e-06 · dim 16 · categorical: i2, i5}
     * (fields not listed as categorical are numeric; "all numeric" when none is).
     */
    public static String describe(Map<String, Object> settings) {
        List<String> parts = new ArrayList<>();
        for (String[] name : new String[][]{{LEARNING_RATE, "lr"}, {EMBEDDING_L2, "L2"}, {EMBEDDING_DIM, "dim"}}) {
            if (settings.containsKey(name[0])) {
                parts.add(name[1] + " " + number(settings.get(name[0])));
            }
        }
        List<String> categorical = settings.entrySet().stream()
                .filter(e -> e.getKey().startsWith(FIELD_PREFIX) && CATEGORICAL.equals(e.getValue()))
                .map(e -> e.getKey().substring(FIELD_PREFIX.length()))
                .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(String::compareTo))
                .toList();
        boolean anyField = settings.keySet().stream().anyMatch(k -> k.startsWith(FIELD_PREFIX));
        if (anyField) {
            parts.add(categorical.isEmpty() ? "all numeric" : "categorical: " + String.join(", ", categorical));
        }
        return String.join(" · ", parts);
    }

    private static String number(Object value) {
        if (value instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue())) {
            return String.format(java.util.Locale.ROOT, "%.3g", n.doubleValue()).replaceAll("0+(e|$)", "$1")
                    .replaceAll("\\.(e|$)", "$1");
        }
        return value instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(value);
    }

    private static boolean isInteger(String column, List<ColumnMeta> columns) {
        return columns.stream().anyMatch(c -> c.name().equals(column) && c.type() == ColumnType.INTEGER);
    }

    /** A dimension whose first value is the request's own, then the family's grid in order. */
    private static Dimension dimension(String name, Object current, List<Object> grid) {
        Set<Object> values = new LinkedHashSet<>();
        values.add(current);
        for (Object v : grid) {
            if (!sameNumber(v, current)) {
                values.add(v);
            }
        }
        return new Dimension(name, List.copyOf(values));
    }

    private static boolean sameNumber(Object a, Object b) {
        return a instanceof Number x && b instanceof Number y ? x.doubleValue() == y.doubleValue() : a.equals(b);
    }
}
