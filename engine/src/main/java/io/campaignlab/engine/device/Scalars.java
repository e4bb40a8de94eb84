package io.campaignlab.engine.device;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant, through a scalar tensor that owns its storage.
 * <p>
 * DJL's {@code NDArray.mul(Number)} (and {@code div}, {@code pow}, {@code maximum}, ...) wraps the number with
 * {@code manager.create}, which on the CPU makes a tensor over a Java direct buffer ({@code torch.from_blob}), and
 * closes it as soon as the call returns. Autograd keeps that tensor for the backward pass, since the gradient of
 * {@code x * c} is {@code c}, but nothing keeps the buffer: once the garbage collector frees it, the backward pass
 * reads freed memory. Training then depended on when the collector ran, and diverged with a NaN loss when the freed
 * memory had been reused for NaNs. The scalar made here comes from {@code full}, whose storage PyTorch allocates and
 * reference-counts. An architecture test forbids the {@code Number} forms.
 */
public final class Scalars {

    private Scalars() {
    }

    /** A 0-dimensional tensor holding {@code value}, with x's type, on x's device, attached to x's manager. */
    public static NDArray like(NDArray x, double value) {
        NDArray scalar = x.getManager().full(new Shape(), (float) value, x.getDataType());
        return scalar.getDevice().equals(x.getDevice()) ? scalar : scalar.toDevice(x.getDevice(), false);
    }

    /**
     * x + addend. DJL's {@code add(Number)} is safe for autograd (the gradient of x + c does not read c), but makes
     * its scalar over a fresh direct buffer, which only the collector frees: once per forward pass of every decision
     * served.
     */
    public static NDArray plus(NDArray x, double addend) {
        return x.add(like(x, addend));
    }

    /** x × factor. */
    public static NDArray times(NDArray x, double factor) {
        return x.mul(like(x, factor));
    }

    /** x ÷ divisor. */
    public static NDArray dividedBy(NDArray x, double divisor) {
        return x.div(like(x, divisor));
    }
}
