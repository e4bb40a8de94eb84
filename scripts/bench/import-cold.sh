#!/usr/bin/env bash
# Cold import against H2's own CSVREAD: each run is a fresh JVM on a fresh database, timed as a whole process (JVM
# start, workspace creation with its migrations, planning, import, close). The two commands alternate (A B, B A, ...)
# so that load from other processes falls on both alike; the medians and their ratio come from the same runs.
#   A: campaign-lab import FILE --workspace (new folder)            (the launcher's java, JAVA_OPTS=-Xmx$HEAP)
#   B: java -Xmx$HEAP org.h2.tools.Shell ... CREATE TABLE t AS SELECT * FROM CSVREAD('FILE')   (same H2 jar)
# Optional C: BEFORE=/path/to/another/campaign-lab adds that launcher's import (for example an older build).
# Usage: scripts/bench/import-cold.sh [ROWS=1000000] [REPEAT=3] [OUT=a new temporary folder]
# Env:   HEAP (default 256m), FILE (an existing CSV instead of the generated 6-column events file), BEFORE.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}; repeat=${2:-3}; out=${3:-$(mktemp -d)}; heap=${HEAP:-256m}
mkdir -p "$out"
./campaign-lab --version >/dev/null 2>&1 || true   # builds when the sources are newer than the jar
jar=app/target/app-0.1.0-SNAPSHOT.jar; lib=app/target/lib; h2=$(ls "$lib"/h2-*.jar | head -1)
csv=${FILE:-$out/events-$rows.csv}
[ -f "$csv" ] || java -cp "$jar:$lib/*" io.campaignlab.app.bench.EventsCsvGenerator "$csv" "$rows" 7
csv=$(cd "$(dirname "$csv")" && pwd)/$(basename "$csv")

timed() { # NAME RUN COMMAND...: runs it, appends "NAME seconds" to times.txt
  local name=$1 run=$2; shift 2
  local t0 t1; t0=$(date +%s.%N)
  "$@" > "$out/$name-$run.log" 2>&1 || { echo "$name run $run failed; see $out/$name-$run.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$name $(echo "$t1 - $t0" | bc)" >> "$out/times.txt"
}
ours() { rm -rf "$out/ws-$1"; JAVA_OPTS="-Xmx$heap" ./campaign-lab import "$csv" --workspace "$out/ws-$1" --name events; }
h2() { rm -rf "$out/h2-$1"; java "-Xmx$heap" -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$out/h2-$1/db" -user sa \
  -sql "CREATE TABLE t AS SELECT * FROM CSVREAD('$csv')"; }
before() { rm -rf "$out/before-$1"; JAVA_OPTS="-Xmx$heap" "$BEFORE" import "$csv" --workspace "$out/before-$1" --name events; }

: > "$out/times.txt"
for r in $(seq 1 "$repeat"); do
  echo "run $r of $repeat (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  if [ $((r % 2)) -eq 1 ]; then order="ours h2"; else order="h2 ours"; fi
  [ -n "${BEFORE:-}" ] && order="$order before"
  for name in $order; do timed "$name" "$r" "$name" "$r"; rm -rf "$out/ws-$r" "$out/h2-$r" "$out/before-$r"; done
done
python3 - "$out/times.txt" "$rows" "$heap" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    name, t = line.split(); times.setdefault(name, []).append(float(t))
rows, heap = int(sys.argv[2]), sys.argv[3]
med = {k: statistics.median(v) for k, v in times.items()}
for k, v in times.items():
    print(f"{k:7s} median {med[k]:6.2f} s  ({rows / med[k]:,.0f} rows/s)  runs: {' '.join(f'{x:.2f}' for x in v)}")
print(f"H2 CSVREAD / campaign-lab import (whole fresh processes, -Xmx{heap}): {med['h2'] / med['ours']:.2f}x")
if "before" in med:
    print(f"before / now: {med['before'] / med['ours']:.2f}x")
PY
