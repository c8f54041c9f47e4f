#!/usr/bin/env bash
# `make run`'s warm start (BENCHMARKS.md): starts the local stack RUNS times with nothing changed,
# each time from `make run` to the banner that says it is serving, then stops it as Ctrl-C would
# (SIGTERM to its process group: a background job ignores SIGINT), so it saves its data and stops
# the emulator. Prints each time and the median.
# Usage: infra-tests/bench/warm-start.sh [RUNS]   (PORT=8080 by default; one start before the runs
# builds what is missing and is not counted)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
port="${PORT:-8080}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

start_and_stop() {
  local begin=$(date +%s.%N) pid waited=0
  : > "$log"   # here, not in the background job, or the first look could still read the last start's banner
  setsid make --no-print-directory run PORT="$port" >> "$log" 2>&1 &
  pid=$!
  until grep -q "Broadsheet is running" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 6000 ]; then
      echo "make run did not start:"; cat "$log"; kill -TERM -- -"$pid" 2>/dev/null || true; exit 1
    fi
    sleep 0.05; waited=$((waited + 1))
  done
  local end=$(date +%s.%N)
  kill -TERM -- -"$pid"
  wait "$pid" || true
  # make exits at once; the JVM is still saving its data and stopping the emulator: the next start waits.
  for _ in $(seq 1200); do kill -0 -- -"$pid" 2>/dev/null || break; sleep 0.05; done
  echo "$end - $begin" | bc
}

start_and_stop > /dev/null
times=()
for i in $(seq "$runs"); do
  t=$(start_and_stop)
  times+=("$t")
  printf 'start %d: %.2f s\n' "$i" "$t"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d: %.2f s\n", NR, (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
