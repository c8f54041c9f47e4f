#!/usr/bin/env bash
# Fuzzes the API described by openapi.yaml against the local stack with schemathesis: thousands of
# generated requests, none of which may get a 500, and every answer must match the spec (status
# code, content type, headers, body schema). Deterministic, so a failure reproduces.
# Run through infra-tests/with-local-stack.sh, which sets BROADSHEET_URL and the editor token.
set -euo pipefail
cd "$(dirname "$0")/../.."
"${SCHEMATHESIS:-.venv/schemathesis/bin/schemathesis}" run openapi.yaml --url "$BROADSHEET_URL" \
  -H "Authorization: Bearer $BROADSHEET_EDITOR_TOKEN" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
  --max-examples "${FUZZ_EXAMPLES:-10}" --generation-deterministic --no-color
