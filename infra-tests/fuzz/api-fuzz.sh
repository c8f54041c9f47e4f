#!/usr/bin/env bash
# Fuzzes the API described by openapi.yaml against the local stack with schemathesis: thousands of
# generated requests, none of which may get a 500, and every answer must match the spec (status
# code, content type, headers, body schema). Deterministic, so a failure reproduces.
set -euo pipefail
cd "$(dirname "$0")/../.."
schemathesis="${SCHEMATHESIS:-.venv/schemathesis/bin/schemathesis}"
moto="${MOTO:-.venv/moto/bin/moto_server}"
token="fuzz-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="infra-tests/target/fuzz-server.log"
mkdir -p infra-tests/target

PORT="$port" BROADSHEET_EDITOR_TOKEN="$token" java -Dbroadsheet.moto.command="$moto" \
  -cp "infra-tests/target/classes:$(cat infra-tests/target/classpath.txt)" news.broadsheet.local.LocalServer > "$log" 2>&1 &
server=$!
stop() { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "the local stack did not start:"; cat "$log"; exit 1; fi
  sleep 1
done

"$schemathesis" run openapi.yaml --url "http://127.0.0.1:$port" -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
  --max-examples "${FUZZ_EXAMPLES:-10}" --generation-deterministic --no-color
