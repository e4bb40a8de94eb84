package io.campaignlab.engine.device;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A DJL block's parameters as bytes, in DJL's own format: the best epoch's weights kept in memory, and the weights a
 * model artifact stores. One way for every network (the CTR families and GRU4Rec).
 */
public final class ParameterBytes {

    private ParameterBytes() {
    }

    /** The block's parameters, serialised by DJL. */
    public static byte[] save(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Loads parameters saved by {@link #save} into the block.
     *
     * @param network says which network the parameters should fit ("the network", "a GRU4Rec network of …"), for
     *                the message when they do not
     */
    public static void load(Block block, NDManager manager, byte[] parameters, Supplier<String> network) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
            block.loadParameters(manager, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedModelException e) {
            throw new IllegalStateException("the stored parameters do not fit " + network.get() + ": "
                    + e.getMessage(), e);
        }
    }
}
