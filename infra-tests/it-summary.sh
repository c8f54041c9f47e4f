#!/usr/bin/env bash
# Prints how many integration tests ran on each emulator, from the reports of make test's runs
# (infra-tests/target/failsafe-reports-<emulator>/), and why LocalStack was skipped if it was.
set -euo pipefail
target="$(cd "$(dirname "$0")" && pwd)/target"
echo "Integration tests by emulator:"
for dir in "$target"/failsafe-reports-*/; do
  [ -d "$dir" ] || continue
  emulator="$(basename "$dir")"; emulator="${emulator#failsafe-reports-}"
  # Each TEST-*.xml opens with <testsuite ... tests="N" errors="N" skipped="N" failures="N">.
  python3 - "$emulator" "$dir" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
emulator, folder = sys.argv[1], sys.argv[2]
totals = dict(tests=0, failures=0, errors=0, skipped=0)
for report in glob.glob(folder + "TEST-*.xml"):
    suite = ET.parse(report).getroot()
    for k in totals:
        totals[k] += int(suite.get(k, 0))
ran = totals["tests"] - totals["skipped"]
print(f"  {emulator:<10} {ran} ran, {totals['failures'] + totals['errors']} failed, {totals['skipped']} skipped")
PY
done
if [ -f "$target/localstack-skipped.txt" ]; then
  echo "  localstack skipped: $(cat "$target/localstack-skipped.txt")"
fi
if [ -f "$target/desk-localstack.txt" ]; then
  echo "The desk's day on LocalStack (browser): $(cat "$target/desk-localstack.txt")"
fi
