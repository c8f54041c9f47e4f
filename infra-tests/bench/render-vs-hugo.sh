#!/usr/bin/env bash
# Renders the standard benchmark corpus (365 editions x 20 articles) with `make render-corpus` and
# with Hugo, side by side in one run, on the same filesystem. Prints hyperfine's timings (median
# included) and each tool's median peak memory.
# Usage: infra-tests/bench/render-vs-hugo.sh [WORKDIR]   (default: a tmpfs folder, so the disk is not measured)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/dev/shm/broadsheet-bench}"
runs="${RUNS:-9}"
corpus_py="../shared/bench/make_corpus.py"

for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install $tool)"; exit 2; }
done
mkdir -p "$work"
if [ ! -f "$work/corpus.jsonl" ]; then
  python3 "$corpus_py" --editions 365 --articles 20 --out "$work/corpus.jsonl" --hugo "$work/hugo-site"
fi
make --no-print-directory build >/dev/null
cp="infra-tests/target/classes:$(cat infra-tests/target/classpath.txt)"
jvm="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
ours="java $jvm -cp $cp news.broadsheet.local.RenderCorpus $work/corpus.jsonl $work/out"
hugo="hugo --quiet -s $work/hugo-site -d $work/hugo-out"

echo "hugo: $(hugo version | cut -d' ' -f2)  java: $(java -version 2>&1 | head -1)  cores: $(nproc)"
hyperfine -N -w 1 -r "$runs" --prepare "rm -rf $work/out $work/hugo-out" \
  --export-json "$work/hyperfine.json" -n broadsheet "$ours" -n hugo "$hugo"
python3 - "$work/hyperfine.json" <<'PY'
import json, sys
r = {b["command"]: b for b in json.load(open(sys.argv[1]))["results"]}
ours, hugo = r["broadsheet"]["median"], r["hugo"]["median"]
print(f"median wall: broadsheet {ours:.2f} s, hugo {hugo:.2f} s, ratio {ours / hugo:.2f}")
PY
peak() {
  for _ in 1 2 3; do
    rm -rf "$work/out" "$work/hugo-out"
    /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 2p
}
echo "median peak memory: broadsheet $(( $(peak $ours) / 1024 )) MiB, hugo $(( $(peak $hugo) / 1024 )) MiB"
$ours >/dev/null
echo "files: broadsheet $(find "$work/out" -type f | wc -l), hugo $(find "$work/hugo-out" -type f | wc -l)"
