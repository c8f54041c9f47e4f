#!/usr/bin/env bash
# Broadsheet's search against Pagefind on the year's archive, side by side in one run (BENCHMARKS.md).
# Renders the 365-edition corpus with `make render-corpus` (which writes and measures our index),
# builds Pagefind's index of the same article pages, then runs bench.mjs in Debian's Chromium.
# Everything runs under `nice`, so it can share a small machine with other builds.
# Usage: infra-tests/bench/search/run.sh [WORKDIR]   (default: a tmpfs folder, so the disk is not measured)
set -euo pipefail
cd "$(dirname "$0")/../../.."
work="${1:-/dev/shm/broadsheet-search-bench}"
per_length="${QUERIES:-50}"
corpus_py="${MAKE_CORPUS:-../shared/bench/make_corpus.py}"   # beside the repository, or say where
bench="infra-tests/bench/search"

mkdir -p "$work"
if [ ! -f "$work/corpus.jsonl" ]; then
  python3 "$corpus_py" --editions 365 --articles 20 --out "$work/corpus.jsonl"
fi
if [ ! -f "$work/out/search/index.json" ]; then
  rm -rf "$work/out"
  nice -n 10 make --no-print-directory build >/dev/null
  # Prints the index's segments, files, bytes and build time, and what the last edition's publication wrote.
  /usr/bin/time -f "broadsheet render + index: %e s wall, %M KiB peak" \
    nice -n 10 make --no-print-directory render-corpus CORPUS="$work/corpus.jsonl" OUT="$work/out"
fi
(cd "$bench" && [ -x node_modules/.bin/pagefind ] || npm ci --no-audit --no-fund)
if [ ! -f "$work/out/pagefind/pagefind.js" ]; then
  /usr/bin/time -f "pagefind index: %e s wall, %M KiB peak" \
    nice -n 10 "$bench/node_modules/.bin/pagefind" --site "$work/out" --glob "editions/*/articles/*/index.html"
fi
echo "pagefind index: $(du -sb "$work/out/pagefind" | cut -f1) bytes in $(find "$work/out/pagefind" -type f | wc -l) files"
echo "broadsheet index: $(du -sb "$work/out/search" "$work/out"/editions/*/search 2>/dev/null | awk '{s+=$1} END {print s}') bytes"
PORT="${PORT:-8601}" CHROMIUM="${CHROMIUM:-/usr/bin/chromium}" nice -n 10 node "$bench/bench.mjs" "$work/corpus.jsonl" "$work/out" "$per_length"
