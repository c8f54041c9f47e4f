#!/usr/bin/env bash
# Renders the standard benchmark corpus (365 editions x 20 articles) with `make render-corpus` and
# with Hugo, side by side in one run, on the same filesystem: first the pages alone (Broadsheet with
# --no-search-index against Hugo, hyperfine, RUNS each), then the pages and a search index
# (`make render-corpus` as it is, against Hugo followed by Pagefind on Hugo's pages, INDEX_RUNS each,
# alternated). Prints each tool's wall time and peak memory, the index's own share of each, and files.
# Usage: infra-tests/bench/render-vs-hugo.sh [WORKDIR]   (default: a tmpfs folder, so the disk is not measured)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/dev/shm/broadsheet-bench}"
runs="${RUNS:-9}"
index_runs="${INDEX_RUNS:-3}"
corpus_py="${MAKE_CORPUS:-../shared/bench/make_corpus.py}"
pagefind="infra-tests/bench/search/node_modules/.bin/pagefind"

for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install $tool)"; exit 2; }
done
[ -x "$pagefind" ] || (cd infra-tests/bench/search && npm ci --no-audit --no-fund)
mkdir -p "$work"
if [ ! -f "$work/corpus.jsonl" ]; then
  python3 "$corpus_py" --editions 365 --articles 20 --out "$work/corpus.jsonl" --hugo "$work/hugo-site"
fi
make --no-print-directory build-bench >/dev/null
cp="infra-tests/bench/target/classes:$(cat infra-tests/bench/target/classpath.txt)"
jvm="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
render="java $jvm -cp $cp news.broadsheet.local.RenderCorpus --no-search-index $work/corpus.jsonl $work/out"
render_index="java $jvm -cp $cp news.broadsheet.local.RenderCorpus $work/corpus.jsonl $work/out"
hugo="hugo --quiet -s $work/hugo-site -d $work/hugo-out"
pagefind_index="$pagefind --site $work/hugo-out"

echo "hugo: $(hugo version | cut -d' ' -f2)  pagefind: $($pagefind --version | cut -d' ' -f2)  java: $(java -version 2>&1 | head -1)  cores: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the pages alone: make render-corpus SEARCH_INDEX=0 against hugo, $runs runs each"
hyperfine -N -w 1 -r "$runs" --prepare "rm -rf $work/out $work/hugo-out" \
  --export-json "$work/hyperfine.json" -n broadsheet "$render" -n hugo "$hugo"
python3 - "$work/hyperfine.json" <<'PY'
import json, sys
r = {b["command"]: b for b in json.load(open(sys.argv[1]))["results"]}
ours, hugo = r["broadsheet"]["median"], r["hugo"]["median"]
print(f"pages alone, median wall: broadsheet {ours:.2f} s, hugo {hugo:.2f} s, ratio {ours / hugo:.2f}")
PY
# The median peak of three runs; a run that fails is an error, not a small figure.
peak() {
  for _ in 1 2 3; do
    rm -rf "$work/out" "$work/hugo-out"
    /usr/bin/time -f "%x %M" "$@" 2>&1 >/dev/null | tail -1
  done | awk '$1 != 0 { print "a run failed" > "/dev/stderr"; exit 1 } { print $2 }' | sort -n | sed -n 2p
}
echo "pages alone, median peak memory: broadsheet $(( $(peak $render) / 1024 )) MiB, hugo $(( $(peak $hugo) / 1024 )) MiB"

# One timed process: prints "wall-seconds peak-KiB" on the last line, the process's own output before it.
timed() { /usr/bin/time -f "%e %M" "$@" 2>&1; }
echo "== pages and search index: make render-corpus against hugo + pagefind, $index_runs runs each, alternated"
for i in $(seq "$index_runs"); do
  rm -rf "$work/out" "$work/hugo-out"
  ours=$(timed $render_index)
  rendered_ms=$(sed -n 's/^rendered .* in \([0-9]*\) ms$/\1/p' <<<"$ours")
  index_ms=$(sed -n 's/^search index: .* in \([0-9]*\) ms;.*/\1/p' <<<"$ours")
  read -r ours_s ours_kib < <(tail -1 <<<"$ours")
  read -r hugo_s hugo_kib < <(timed $hugo | tail -1)
  read -r pf_s pf_kib < <(timed $pagefind_index | tail -1)
  echo "run $i: broadsheet ${ours_s} s (pages $((rendered_ms / 1000)).$(printf %03d $((rendered_ms % 1000))) s, index $((index_ms / 1000)).$(printf %03d $((index_ms % 1000))) s), peak $((ours_kib / 1024)) MiB;" \
    "hugo + pagefind $(echo "$hugo_s + $pf_s" | bc) s (hugo ${hugo_s} s, pagefind ${pf_s} s), peak hugo $((hugo_kib / 1024)) MiB, pagefind $((pf_kib / 1024)) MiB"
done
grep '^search index:' <<<"$ours" || true
echo "files: broadsheet $(find "$work/out" -type f | wc -l) ($(find "$work/out" -path '*search*' -type f | wc -l) of the index)," \
  "hugo $(find "$work/hugo-out" -type f -not -path '*/pagefind/*' | wc -l), pagefind $(find "$work/hugo-out/pagefind" -type f | wc -l)"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
