package io.campaignlab.engine.models.network;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Numerically stable losses on logits. */
final class CtrLosses {

    private CtrLosses() {
    }

    /** Mean binary cross-entropy of logits x against labels y: max(x,0) − x·y + log(1 + e^−|x|). */
    static NDArray binaryCrossEntropy(NDArray logits, NDArray labels) {
        return Activation.relu(logits).sub(logits.mul(labels)).add(Activation.softPlus(logits.abs().neg())).mean();
    }

    /** log σ(x) = −softplus(−x), with PyTorch's thresholded softplus: finite for any finite x. */
    static NDArray logSigmoid(NDArray x) {
        return Activation.softPlus(x.neg()).neg();
    }

    /** log(e^u + e^v) = max(u, v) + softplus(−|u − v|), without overflow. */
    static NDArray logAddExp(NDArray u, NDArray v) {
        return u.maximum(v).add(Activation.softPlus(u.sub(v).abs().neg()));
    }

    /**
     * ESMM's loss: click cross-entropy of pCTR plus click-and-purchase cross-entropy of pCTCVR = pCTR × pCVR over
     * all impressions, so pCVR is learned over the whole impression space (no sample selection bias). Computed in
     * log space: log p = log σ(a) + log σ(c), and log(1 − p) = log(σ(−a) + σ(a) σ(−c)) by log-add-exp, so that
     * neither a certain click nor a conversion logit driven far down on never-clicked rows (ESMM does not bound it)
     * reaches a log of zero or an infinite gradient.
     */
    static NDArray esmm(NDArray ctrLogits, NDArray cvrLogits, NDArray clicks, NDArray clickAndPurchase) {
        NDArray ctr = binaryCrossEntropy(ctrLogits, clicks);
        NDArray logP = logSigmoid(ctrLogits).add(logSigmoid(cvrLogits));
        NDArray logNotP = logAddExp(logSigmoid(ctrLogits.neg()),
                logSigmoid(ctrLogits).add(logSigmoid(cvrLogits.neg())));
        NDArray ctcvr = clickAndPurchase.mul(logP).add(clickAndPurchase.neg().add(1).mul(logNotP)).mean().neg();
        return ctr.add(ctcvr);
    }
}
