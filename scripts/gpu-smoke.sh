#!/usr/bin/env bash
# GPU smoke check, for a machine with an NVIDIA GPU: builds with the CUDA profile (DJL 0.33.0 +
# pytorch-native-cu124 2.5.1, a 2.4 GB download the first time), then trains and benchmarks on the GPU.
# Prints the device DJL chose, a DeepFM run on simulated impressions with --device gpu, and train/score rows/s.
set -euo pipefail
cd "$(dirname "$0")/.."
export CAMPAIGN_LAB_HOME="${CAMPAIGN_LAB_HOME:-$(mktemp -d)}"
mvn -B -q -Pgpu -DskipTests package
run() { java -Xmx8g -Dai.djl.offline=true -cp "app/target/app-0.1.0-SNAPSHOT.jar:app/target/lib/*" io.campaignlab.app.CampaignLab "$@"; }
ws="$CAMPAIGN_LAB_HOME/gpu-smoke"
rm -rf "$ws"
run device --json
run simulate --workspace "$ws" --users 20000 --json
run train --tune off --workspace "$ws" --dataset impressions --model deepfm --behaviour events --device gpu --json
run bench train --rows 1000000 --epochs 2 --models lr,deepfm,dnn --json
