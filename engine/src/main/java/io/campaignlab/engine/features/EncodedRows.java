package io.campaignlab.engine.features;

/**
 * Examples encoded for a model: per example, {@code slots} global embedding rows and their multipliers, row-major.
 *
 * @param rows    examples
 * @param slots   slots per example
 * @param indices global embedding rows, {@code [row × slots + slot]}
 * @param values  multipliers, same layout
 */
public record EncodedRows(int rows, int slots, int[] indices, float[] values) {

    public EncodedRows {
        if (indices.length != (long) rows * slots || values.length != indices.length) {
            throw new IllegalArgumentException("encoded arrays do not match " + rows + " rows × " + slots + " slots");
        }
    }
}
