#!/usr/bin/env bash
# Where the decision API's latency tail comes from: runs `bench decide` at one open-loop rate (its soak option, so a
# single stage is measured) with a GC log, then prints the stage's latencies beside the young collections that fell
# inside it: how many, their pauses (mean, max, total as a share of the stage), the survivor bytes each copied, and
# the bytes allocated per decision (eden filled / decisions served). A p99 that tracks the pause length while the
# pauses take more than 1% of the time is a GC tail, not queueing. Every run writes its GC log next to its JSON.
# Usage: scripts/bench/decide-stalls.sh [RATE=1000] [MINUTES=0.5] [OUT=a new temporary folder] [-- JVM options...]
# e.g.   scripts/bench/decide-stalls.sh 1000 0.5 /tmp/stalls -- -XX:+UseG1GC
# The launcher runs bench decide on ZGC unless a collector is named; the pause analysis reads G1's log, so without
# -XX:+UseG1GC only the stage's latencies and the heap are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-1000}; minutes=${2:-0.5}; out=${3:-$(mktemp -d)}
shift $(( $# < 3 ? $# : 3 )); [ "${1:-}" = "--" ] && shift
mkdir -p "$out"
JAVA_OPTS="-Xmx4g $* -Xlog:gc*:file=$out/gc.log:uptime" ./campaign-lab bench decide --users 2000 --epochs 1 \
  --skip-search --soak-minutes "$minutes" --rate "$rate" --json > "$out/bench.json"
python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
log = open(f"{out}/gc.log").read().splitlines()
soak = json.load(open(f"{out}/bench.json"))["soak"]
stage = soak["stage"]
region = next((int(m.group(1)) for l in log if (m := re.search(r"Heap Region Size: (\d+)M", l))), None)
if region is None:
    st = stage
    print(f"rate {st['target_rps']:.0f} rps: achieved {st['achieved_rps']:.1f}, p50 {st['p50_ms']:.2f}, p99"
          f" {st['p99_ms']:.2f}, p99.9 {st['p999_ms']:.2f} ms; not G1, so no pause analysis (GC log: {out}/gc.log)")
    print(f"live heap MiB first {soak['heap']['first']:.0f} last {soak['heap']['last']:.0f}; served {soak['served']},"
          f" logged {soak['logged']}")
    sys.exit(0)
stamps = [float(m.group(1)) for l in log if (m := re.match(r"\[(\d+\.\d+)s\]", l))]
# the stage ends where the sampler's last full collection is logged; it started stage["seconds"] before
full = [float(m.group(1)) for l in log if (m := re.match(r"\[(\d+\.\d+)s\] GC\(\d+\) Pause Full", l))]
end = full[-1] if full else max(stamps)
start = end - stage["seconds"]
pauses, eden, surv = [], 0, []
for l in log:
    m = re.match(r"\[(\d+\.\d+)s\] GC\((\d+)\) (.*)", l)
    if not m or not start <= float(m.group(1)) <= end:
        continue
    body = m.group(3)
    if (p := re.match(r"Pause Young.* (\d+\.\d+)ms$", body)):
        pauses.append(float(p.group(1)))
    elif (e := re.match(r"Eden regions: (\d+)->", body)):
        eden += int(e.group(1))
    elif (s := re.match(r"Survivor regions: \d+->(\d+)", body)):
        surv.append(int(s.group(1)))
served = stage["ok"] + stage["errors"]
n = max(1, len(pauses))
print(f"rate {stage['target_rps']:.0f} rps: achieved {stage['achieved_rps']:.1f}, p50 {stage['p50_ms']:.2f},"
      f" p99 {stage['p99_ms']:.2f}, p99.9 {stage['p999_ms']:.2f}, max {stage['max_ms']:.2f} ms, errors"
      f" {stage['errors'] + stage['dropped']}")
print(f"young GCs in the stage: {len(pauses)}, pause mean {sum(pauses) / n:.1f} ms, max {max(pauses or [0]):.1f} ms,"
      f" {100 * sum(pauses) / 1000 / stage['seconds']:.1f}% of the stage; survivors after each"
      f" {region * sum(surv) / max(1, len(surv)):.0f} MiB on average")
print(f"allocated per decision: {eden * region * 1024 / max(1, served):.0f} KiB (eden filled {eden * region} MiB,"
      f" {served} decisions)")
print(f"live heap MiB first {soak['heap']['first']:.0f} last {soak['heap']['last']:.0f}, slope"
      f" {soak['heap']['slope_mib_per_minute']:.1f} MiB/min; served {soak['served']}, logged {soak['logged']}")
print(f"files: {out}/bench.json, {out}/gc.log")
PY
