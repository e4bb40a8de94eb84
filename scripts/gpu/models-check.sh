#!/usr/bin/env bash
# Second GPU check: the models added after device-check.sh (BPR, GRU4Rec, the uplift DNN), DeepFM trained twice with
# one seed on the GPU (repeatability), ESMM, and DeepFM on the machine's CPUs. Set-up (prepare.sh) as in device-check.sh: the
# machine's own PyTorch, a DJL JNI built against it, the CLI from the carried bundle (scripts/gpu/bundle.sh).
# Run from the repository root with the bundle at .gpu/bundle.tar.xz. Results: docs/gpu-check.md.
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/gpu/prepare.sh

nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -l 1 > $OUT/gpu-memory.log 2>&1 &
ws=$W/ws
echo "== simulate 20k users"
cl 150 simulate --workspace $ws --users 20000 --json 2>&1 | tail -1 | cut -c1-300
echo "== DeepFM on the GPU, twice with seed 42 (repeatability on the GPU), and ESMM"
for t in 1 2; do cl 200 train --tune off --workspace $ws --dataset impressions --model deepfm --behaviour events --device gpu --seed 42 --json 2>&1 | tail -1 | tee $OUT/deepfm-$t.json | cut -c1-400; echo; done
cl 200 train --tune off --workspace $ws --dataset impressions --model esmm --purchase-label purchased --behaviour events --device gpu --json 2>&1 | tail -1 | cut -c1-400; echo
echo "== DeepFM on this machine's 16 CPU cores, seed 42"
MKL_DYNAMIC=FALSE MKL_CBWR=AUTO cl 200 train --tune off --workspace $ws --dataset impressions --model deepfm --behaviour events --device cpu --seed 42 --json 2>&1 | tail -1 | cut -c1-400; echo
echo "== BPR and GRU4Rec on the GPU"
cl 200 recommend train --workspace $ws --dataset events --model bpr --device gpu --tune off --json 2>&1 | tail -1 | tee $OUT/bpr.json | cut -c1-600; echo
cl 200 recommend train --workspace $ws --dataset events --model bpr --device cpu --tune off --json 2>&1 | tail -1 | cut -c1-600; echo
cl 240 recommend train --workspace $ws --dataset events --model gru4rec --device gpu --json 2>&1 | tail -1 | tee $OUT/gru4rec.json | cut -c1-600; echo
echo "== uplift, T-learner with DNN base on the GPU"
cl 200 uplift campaign_exposures --workspace $ws --treatment group=coupon_20 --control control --outcome converted --learner t --base dnn --device gpu --truth true_uplift_coupon_20 --json 2>&1 | tail -1 | cut -c1-500; echo
cl 60 runs --workspace $ws 2>&1 | tail -12
echo "== GPU memory (MiB) samples: $(wc -l < $OUT/gpu-memory.log), max $(sort -n $OUT/gpu-memory.log | tail -1)"
cp $CAMPAIGN_LAB_HOME/logs/*.log $OUT/ 2>/dev/null; ls $OUT
