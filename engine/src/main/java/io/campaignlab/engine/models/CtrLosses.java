package io.campaignlab.engine.models;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Numerically stable losses on logits. */
final class CtrLosses {

    static final float EPS = 1e-7f;

    private CtrLosses() {
    }

    /** Mean binary cross-entropy of logits x against labels y: max(x,0) − x·y + log(1 + e^−|x|). */
    static NDArray binaryCrossEntropy(NDArray logits, NDArray labels) {
        return Activation.relu(logits).sub(logits.mul(labels)).add(Activation.softPlus(logits.abs().neg())).mean();
    }

    /** log σ(x) = −softplus(−x). */
    static NDArray logSigmoid(NDArray x) {
        return Activation.softPlus(x.neg()).neg();
    }

    /**
     * ESMM's loss: click cross-entropy of pCTR plus click-and-purchase cross-entropy of pCTCVR = pCTR × pCVR over
     * all impressions, so pCVR is learned over the whole impression space (no sample selection bias).
     */
    static NDArray esmm(NDArray ctrLogits, NDArray cvrLogits, NDArray clicks, NDArray clickAndPurchase) {
        NDArray ctr = binaryCrossEntropy(ctrLogits, clicks);
        NDArray logP = logSigmoid(ctrLogits).add(logSigmoid(cvrLogits));
        NDArray p = logP.exp().clip(EPS, 1 - EPS);
        NDArray ctcvr = clickAndPurchase.mul(p.log()).add(clickAndPurchase.neg().add(1).mul(p.neg().add(1).log()))
                .mean().neg();
        return ctr.add(ctcvr);
    }
}
