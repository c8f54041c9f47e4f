#!/usr/bin/env bash
# Starts the local stack (emulator, API, sample edition) on a free port, runs the given command with
# BROADSHEET_URL and BROADSHEET_EDITOR_TOKEN set, and stops the stack whatever the command did.
# BROADSHEET_EMULATOR=localstack runs the stack on LocalStack (Docker, its image ready) instead of moto.
set -euo pipefail
cd "$(dirname "$0")/.."
moto_python="${MOTO_PYTHON:-.venv/moto/bin/python}"
export BROADSHEET_EDITOR_TOKEN="local-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
if [ "${BROADSHEET_EMULATOR:-}" = localstack ]; then
  # As the ITs run it (pom.xml's failsafe settings): no reaper or start-up checks to pull from a registry;
  # the stack stops its own container.
  export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export BROADSHEET_URL="http://127.0.0.1:$port"
log="infra-tests/target/local-stack-$port.log"
mkdir -p infra-tests/target

PORT="$port" java -Dbroadsheet.moto.python="$moto_python" \
  -cp "functions/local/target/classes:$(cat functions/local/target/classpath.txt)" news.broadsheet.local.LocalServer > "$log" 2>&1 &
server=$!
# A background job ignores SIGINT in a script, so the stack is stopped with SIGTERM (its shutdown hook runs either way).
stop() { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "$BROADSHEET_URL/"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "the local stack did not start:"; cat "$log"; exit 1; fi
  sleep 1
done
"$@"
