#!/usr/bin/env bash
# Where the decision API's native memory goes during a soak: runs `bench decide`'s soak with Native Memory Tracking,
# takes an NMT baseline once the soak serves, and every 30 s records the RSS less ZGC's heap mappings (what the soak
# calls native memory) beside NMT's committed memory outside the Java heap (the JVM's own: threads, code cache, GC
# structures, "Other" = direct buffers). What grows in the first but not in the second is outside the JVM: PyTorch's
# allocations and malloc arenas keeping freed memory. Prints both series, NMT's categories that changed, and the
# soak's last-half slopes. Run one soak at a time.
# Usage: scripts/bench/decide-native.sh [RATE=100] [MINUTES=3] [OUT=a new temporary folder] [-- JVM options...]
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-100}; minutes=${2:-3}; out=${3:-$(mktemp -d)}
shift $(( $# < 3 ? $# : 3 )); [ "${1:-}" = "--" ] && shift
mkdir -p "$out"
JAVA_OPTS="-Xmx4g -XX:NativeMemoryTracking=summary $*" ./campaign-lab bench decide --users 2000 --epochs 1 \
  --skip-search --soak-minutes "$minutes" --rate "$rate" --json > "$out/bench.json" &
launcher=$!
pid=""
for _ in $(seq 600); do
  pid=$(pgrep -f "NativeMemoryTracking=summary.*bench decide" | head -1 || true)
  [ -n "$pid" ] && grep -qx "load-0" /proc/"$pid"/task/*/comm 2>/dev/null && break
  kill -0 "$launcher" 2>/dev/null || break
  sleep 1
done
[ -n "$pid" ] && jcmd "$pid" VM.native_memory baseline > /dev/null
start=$(date +%s)
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
  t=$(( $(date +%s) - start ))
  native=$(awk '/^[0-9a-f]+-[0-9a-f]+ /{h=($6 ~ /memfd:java_heap/)} /^Rss:/{if(h) heap+=$2; else other+=$2} END{print int(other/1024)}' \
    "/proc/$pid/smaps" 2>/dev/null || true)
  jcmd "$pid" VM.native_memory summary.diff > "$out/nmt-$t.txt" 2>/dev/null || true
  nonheap=$(awk '/^Total:/{match($0,/committed=[0-9]+/); total=substr($0,RSTART+10,RLENGTH-10)}
    /^- +Java Heap/{match($0,/committed=[0-9]+/); heap=substr($0,RSTART+10,RLENGTH-10)}
    END{if(total) print int((total-heap)/1024)}' "$out/nmt-$t.txt")
  [ -n "$native" ] && [ -n "$nonheap" ] && echo "$t $native $nonheap" >> "$out/native.txt"
  sleep 30
done
wait "$launcher"
python3 - "$out" <<'PY'
import glob, json, re, sys
out = sys.argv[1]
rows = [tuple(map(int, l.split())) for l in open(f"{out}/native.txt")]
print(f"{'s':>5} {'native MiB':>11} {'NMT non-heap':>13} {'outside NMT':>12}")
for t, native, nonheap in rows:
    print(f"{t:5d} {native:11d} {nonheap:13d} {native - nonheap:12d}")
last = max(glob.glob(f"{out}/nmt-*.txt"), key=lambda f: int(re.search(r"nmt-(\d+)", f).group(1)))
print("NMT categories changed since the baseline (committed):")
for line in open(last):
    m = re.match(r"-\s+(.+?) \(reserved=\d+KB(?: [+-]\d+KB)?, committed=(\d+)KB ([+-]\d+)KB\)", line)
    if m and abs(int(m.group(3))) >= 1024:
        print(f"  {m.group(1):24s} {int(m.group(2)) / 1024:8.1f} MiB ({int(m.group(3)) / 1024:+.1f})")
soak = json.load(open(f"{out}/bench.json"))["soak"]
st = soak["stage"]
print(f"soak {soak['minutes']} min at {soak['rate']:.0f} rps: achieved {st['achieved_rps']:.1f}, errors {st['errors']},"
      f" dropped {st['dropped']}; served {soak['served']}, logged {soak['logged']}")
for name, key in (("native", "rss_beside_heap"), ("live heap", "heap")):
    tr = soak[key]
    print(f"{name}: {tr['first']:.0f} -> {tr['last']:.0f} MiB, slope {tr['slope_mib_per_minute']:.1f} MiB/min,"
          f" last half {tr['last_half_slope_mib_per_minute']:.1f} MiB/min")
print(f"files: {out}")
PY
