#!/usr/bin/env bash
# GPU check on a machine with an NVIDIA GPU and a pip-installed PyTorch but no network and no Java (the workplace's
# device machine). The -Pgpu route needs Maven Central and a 2.4 GB CUDA jar, so this one uses that PyTorch instead:
# it builds DJL 0.36.0's JNI against it (the prebuilt cu128 JNI, made for libtorch 2.7.1, loads on 2.11 but returns
# tensors without storage), points DJL at it (PYTORCH_LIBRARY_PATH), and runs the CLI from the carried bundle
# (scripts/gpu/bundle.sh): device detection, a DeepFM run with --device gpu, and the throughput benchmark.
# Prints figures, and writes logs under $OUT (default /tmp/out).
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/gpu/prepare.sh

nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -l 1 > $OUT/gpu-memory.log 2>&1 &
ws=$W/ws
echo "== simulate + DeepFM on the GPU"
cl 150 simulate --workspace $ws --users 20000 --json 2>&1 | tail -3
cl 200 train --tune off --workspace $ws --dataset impressions --model deepfm --behaviour events --device gpu --json 2>&1 | tail -4 | tee $OUT/train-deepfm.txt
cl 120 runs --workspace $ws 2>&1 | tail -4
echo "== throughput, 1M rows, GPU"
cl 240 bench train --rows 1000000 --epochs 2 --models lr,fm,deepfm,dcn,dnn,esmm --no-sparse --json 2>&1 | tail -40 | tee $OUT/bench.txt
echo "== throughput, row-wise embedding updates (the CPU default), GPU"
cl 150 bench train --rows 1000000 --epochs 2 --models lr,deepfm,dnn --sparse --no-probe --json 2>&1 | tail -20 | tee $OUT/bench-rowwise.txt
echo "== GPU memory (MiB) samples: $(wc -l < $OUT/gpu-memory.log), max $(sort -n $OUT/gpu-memory.log | tail -1)"
cp $ws/logs/campaign-lab.log $OUT/ws.log 2>/dev/null || true
