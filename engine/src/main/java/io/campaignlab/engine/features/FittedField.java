package io.campaignlab.engine.features;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.campaignlab.engine.frames.FrameColumn;

/**
 * One input field after fitting on the training split: it owns {@link #size()} consecutive embedding rows and
 * {@link #slots()} input slots per example, and writes each row's local row index (0..size−1) and value into them.
 * Local row 0 is always "missing"; categorical fields keep row 1 for values never seen in training (OOV).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FittedFields.Vocabulary.class, name = "vocabulary"),
        @JsonSubTypes.Type(value = FittedFields.Hashed.class, name = "hashed"),
        @JsonSubTypes.Type(value = FittedFields.Scaled.class, name = "scaled"),
        @JsonSubTypes.Type(value = FittedFields.Buckets.class, name = "buckets"),
        @JsonSubTypes.Type(value = FittedFields.LogSquared.class, name = "logsq"),
        @JsonSubTypes.Type(value = FittedFields.HourOfDay.class, name = "hour"),
        @JsonSubTypes.Type(value = FittedFields.DayOfWeek.class, name = "weekday"),
        @JsonSubTypes.Type(value = FittedFields.MultiVocabulary.class, name = "multi")})
public sealed interface FittedField permits FittedFields.Vocabulary, FittedFields.Hashed, FittedFields.Scaled,
        FittedFields.Buckets, FittedFields.LogSquared, FittedFields.HourOfDay, FittedFields.DayOfWeek, FittedFields.MultiVocabulary {

    /** The field's name, for example {@code device} or {@code ts_hour}. */
    String name();

    /** The column it reads. */
    String column();

    /** Embedding rows it owns. */
    int size();

    /** Input slots it fills per example: 1, or the kept values of a multi-valued field. */
    default int slots() {
        return 1;
    }

    /**
     * Encodes every row of a column.
     *
     * @param column     the column, row-aligned with the output
     * @param offset     the field's first global embedding row
     * @param firstSlot  the field's first slot
     * @param totalSlots slots per example
     * @param indices    output: global embedding rows, row-major {@code [row × totalSlots + slot]}
     * @param values     output: the multiplier of each slot's embedding
     */
    void encode(FrameColumn column, int offset, int firstSlot, int totalSlots, int[] indices, float[] values);
}
