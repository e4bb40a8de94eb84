#!/usr/bin/env bash
# How PyTorch's OpenMP wait policy affects CPU training when the cores are oversubscribed: trains the same DeepFM
# (seed 42, 10,000 simulated users) idle and beside BUSY busy loops, with OMP_WAIT_POLICY empty (libgomp's default:
# spin at barriers, then sleep) and PASSIVE (sleep at once; the launcher's default), REPEATS times each, and prints
# wall seconds (JVM start included) and the test AUC of every run.
# Usage: scripts/bench/omp-wait-policy.sh [REPEATS=3] [BUSY=6]
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-3}; busy=${2:-6}
export CAMPAIGN_LAB_HOME=${CAMPAIGN_LAB_HOME:-$(mktemp -d)}
ws=$CAMPAIGN_LAB_HOME/omp-bench
[ -d "$ws" ] || ./campaign-lab simulate --workspace "$ws" --users 10000 --json >/dev/null
run() {  # policy label
  local start end auc
  start=$(date +%s.%N)
  auc=$(OMP_WAIT_POLICY="$1" ./campaign-lab train --tune off --workspace "$ws" --dataset impressions --model deepfm \
        --behaviour events --seed 42 --json 2>/dev/null | python3 -c 'import sys,json;print(round(json.load(sys.stdin)["metrics"]["test"]["auc"],5))')
  end=$(date +%s.%N)
  printf '%-8s %-8s wall %6.1f s  test AUC %s\n' "$2" "${1:-default}" "$(echo "$end - $start" | bc)" "$auc"
}
for r in $(seq "$repeats"); do run "" idle; run PASSIVE idle; done
pids=(); for i in $(seq "$busy"); do (while :; do :; done) & pids+=($!); done
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
for r in $(seq "$repeats"); do run "" loaded; run PASSIVE loaded; done
