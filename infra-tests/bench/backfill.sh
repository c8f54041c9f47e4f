#!/usr/bin/env bash
# The backfill throughput benchmark of BENCHMARKS.md: EDITIONS days of the standard corpus
# (make_corpus.py, ARTICLES stories an edition over 8 pages) written out as archive-dump files, then
# `make backfill` over them against a fresh local stack (moto, nothing published). Prints the total
# time, editions per minute, the peak memory of the backfill client, of the stack's JVM (API and
# publisher) and of moto, and the machine's load average during the run. It does so twice, each on a
# fresh stack, one after the other in one run: today's way (each edition published as it is filed, one
# publication at a time) and through the rebuild's queue (every edition filed, then published by the
# local workers: make backfill WAY=queue), then prints the two side by side. WAYS=publication or
# WAYS=queue runs one alone.
# Usage: infra-tests/bench/backfill.sh [EDITIONS] [WORKDIR]   (defaults: 365, a fresh folder under /tmp)
set -euo pipefail
cd "$(dirname "$0")/../.."
editions="${1:-365}"
work="${2:-$(mktemp -d /tmp/broadsheet-backfill.XXXXXX)}"
articles="${ARTICLES:-32}"
files="${FILES:-edition}"   # one dump file an edition, or FILES=page for one a page
corpus_py="${MAKE_CORPUS:-../shared/bench/make_corpus.py}"
ways="${WAYS:-publication queue}"
port="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
moto_python="${MOTO_PYTHON:-.venv/moto/bin/python}"

test -f infra-tests/bench/target/classpath.txt || make --no-print-directory build-bench >/dev/null
cp="infra-tests/bench/target/classes:$(cat infra-tests/bench/target/classpath.txt)"
mkdir -p "$work"
rm -rf "$work/dump" "$work"/report-* "$work/side-by-side.txt"
python3 "$corpus_py" --editions "$editions" --articles "$articles" --out "$work/corpus.jsonl"
java -cp "$cp" news.broadsheet.local.CorpusDump "$work/corpus.jsonl" "$work/dump" "$files"

export BROADSHEET_EDITOR_TOKEN="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
url="http://127.0.0.1:$port"
server=""
sampler=""
stop() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null || true
  [ -n "$server" ] && wait "$server" 2>/dev/null || true
  server=""
  sampler=""
}
trap stop EXIT

run_way() {
way="$1"
report="$work/report-$way"
log="$work/stack-$way.log"
echo "== $way"
# A fresh, empty stack that keeps nothing when it stops.
PORT="$port" BROADSHEET_RESET=1 BROADSHEET_LOCAL_DATA= BROADSHEET_REBUILD_WORKERS="${WORKERS:-2}" java -Dbroadsheet.moto.python="$moto_python" -cp "$cp" \
  news.broadsheet.local.LocalServer > "$log" 2>&1 &
server=$!
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null -H "Authorization: Bearer $BROADSHEET_EDITOR_TOKEN" "$url/api/editions"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "the local stack did not start:"; cat "$log"; exit 1; fi
  sleep 1
done
moto_pid="$(pgrep -P "$server" | head -1 || true)"

# The load average every 10 s while the backfill runs (the machine is shared).
(while true; do cut -d' ' -f1 /proc/loadavg; sleep 10; done) > "$work/load-$way.txt" &
sampler=$!
start=$(date +%s.%N)
status=0
/usr/bin/time -f "%M" -o "$work/client-peak-kib" \
  make --no-print-directory backfill DIR="$work/dump" API="$url" REPORT="$report" WAY="$way" 2> >(tee "$work/backfill-$way.err" >&2) || status=$?
end=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
sampler=""

hwm() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
python3 - "$editions" "$start" "$end" "$work/load-$way.txt" "$report" "$url" "$way" "$work/side-by-side.txt" <<PY
import collections, datetime, json, sys, urllib.request
n, start, end = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
loads = [float(l) for l in open(sys.argv[4]) if l.strip()]
secs = end - start
report = json.load(open(sys.argv[5]))
outcomes = collections.Counter(e["outcome"] for e in report.get("editions", []))
done = outcomes.get("published", 0)
print(f"editions: {n} asked ({$articles} stories each, 8 pages), files: $files; by outcome: {dict(outcomes)}")
print(f"total: {secs / 60:.1f} min ({secs:.0f} s), {done / (secs / 60):.1f} editions published per minute")
# Where the time went: each publication's queue and run time, from its job record.
def job(i):
    req = urllib.request.Request(f"{sys.argv[6]}/api/publications/{i}", headers={"Authorization": "Bearer $BROADSHEET_EDITOR_TOKEN"})
    return json.load(urllib.request.urlopen(req))
t = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
runs = [job(e["publication"]) for e in report.get("editions", []) if e.get("publication")]
if runs:
    ran = sorted(t(j["finishedAt"]) - t(j["startedAt"]) for j in runs)
    waited = sum(t(j["startedAt"]) - t(j["createdAt"]) for j in runs)
    print(f"publishing: {sum(ran):.0f} s in all ({100 * sum(ran) / secs:.0f}% of the run), median {ran[len(ran) // 2]:.2f} s an edition,"
          f" slowest {ran[-1]:.2f} s; queued {waited:.0f} s in all")
if loads:
    loads.sort()
    print(f"load average during the run: median {loads[len(loads) // 2]:.1f}, max {loads[-1]:.1f} ({len(loads)} samples)")
with open(sys.argv[8], "a") as side:
    load = f"{loads[len(loads) // 2]:.1f} / {loads[-1]:.1f}" if loads else "-"
    side.write(f"| {sys.argv[7]} | {done} of {n} | {secs / 60:.1f} min | {done / (secs / 60):.1f} | {load} |\n")
PY
echo "peak memory (VmHWM / max RSS): backfill client $(( $(grep -E '^[0-9]+$' "$work/client-peak-kib" | tail -1) / 1024 )) MiB, stack JVM (API + publisher) $(hwm "$server") MiB, moto $( [ -n "$moto_pid" ] && hwm "$moto_pid" || echo "?") MiB"
stop
[ "$status" = 0 ] || { echo "make backfill ($way) failed (exit $status)"; exit "$status"; }
}

for w in $ways; do
  run_way "$w"
done
echo
echo "| way | editions published | wall time | editions a minute | load average (median / max) |"
echo "|---|---:|---:|---:|---|"
cat "$work/side-by-side.txt"
echo "work folder: $work"
