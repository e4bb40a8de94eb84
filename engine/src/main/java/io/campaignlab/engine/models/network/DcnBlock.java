package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.XavierInitializer;

import io.campaignlab.engine.models.Hyperparameters;
import java.util.ArrayList;
import java.util.List;

/**
 * DCN-v2: Linear(concat(cross(x0), MLP(x0))) with crosses x_{l+1} = x0 ⊙ (W_l x_l + b_l) + x_l, W_l full rank or,
 * by default, the paper's low-rank U_l V_lᵀ (Wang et al. 2021, parallel form).
 */
final class DcnBlock extends CtrNetwork {

    private final List<Parameter> crossWeights = new ArrayList<>();
    private final List<Parameter> crossDown = new ArrayList<>();
    private final List<Parameter> crossBiases = new ArrayList<>();
    private final SequentialBlock deep;
    private final Linear head;

    DcnBlock(NetworkShape shape) {
        super(shape, false, true);
        Hyperparameters p = shape.params();
        int width = shape.flatWidth();
        boolean lowRank = p.crossRank() > 0 && p.crossRank() < width;
        for (int l = 0; l < p.crossLayers(); l++) {
            if (lowRank) {
                crossDown.add(addParameter(Parameter.builder().setName("cross_v" + l)
                        .setType(Parameter.Type.WEIGHT).optShape(new Shape(width, p.crossRank()))
                        .optInitializer(new XavierInitializer()).build()));
                crossWeights.add(addParameter(Parameter.builder().setName("cross_u" + l)
                        .setType(Parameter.Type.WEIGHT).optShape(new Shape(p.crossRank(), width))
                        .optInitializer(new XavierInitializer()).build()));
            } else {
                crossWeights.add(addParameter(Parameter.builder().setName("cross_w" + l)
                        .setType(Parameter.Type.WEIGHT).optShape(new Shape(width, width))
                        .optInitializer(new XavierInitializer()).build()));
            }
            crossBiases.add(addParameter(Parameter.builder().setName("cross_b" + l)
                    .setType(Parameter.Type.BIAS).optShape(new Shape(width))
                    .optInitializer(new ConstantInitializer(0)).build()));
        }
        deep = addChildBlock("deep", mlp(p, false));
        head = addChildBlock("head", Linear.builder().setUnits(1).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape flat = flatShape(inputShapes);
        deep.initialize(manager, dataType, flat);
        Shape deepOut = deep.getOutputShapes(new Shape[]{flat})[0];
        head.initialize(manager, dataType, new Shape(flat.get(0), flat.get(1) + deepOut.get(1)));
    }

    @Override
    protected NDList logits(ParameterStore store, NDArray linearLogit, NDArray embedded, NDArray flat,
                            Device device, boolean training) {
        NDArray x = flat;
        for (int l = 0; l < crossWeights.size(); l++) {
            NDArray projected = crossDown.isEmpty() ? x
                    : x.matMul(store.getValue(crossDown.get(l), device, training));
            NDArray wx = projected.matMul(store.getValue(crossWeights.get(l), device, training))
                    .add(store.getValue(crossBiases.get(l), device, training));
            x = flat.mul(wx).add(x);
        }
        NDArray d = deep.forward(store, new NDList(flat), training).head();
        return new NDList(head.forward(store, new NDList(x.concat(d, 1)), training).head());
    }
}
