#!/bin/bash
# The entrypoint upstream's image has; Testcontainers' LocalStackContainer runs it by this path.
# LOCALSTACK_<NAME> variables become <NAME> (upstream's convention), then the supervisor starts.
set -eo pipefail
shopt -s nullglob
source <(
  env |
  grep -v -e '^LOCALSTACK_HOSTNAME' -e '^LOCALSTACK_HOST' -e '^LOCALSTACK_[[:digit:]]' |
  sed -ne 's/^LOCALSTACK_\([^=]\+\)=.*/export \1=${LOCALSTACK_\1}/p'
)
mkdir -p /var/lib/localstack/logs
source /opt/code/localstack/.venv/bin/activate
test -d /etc/localstack/init/boot.d && python3 -m localstack.runtime.init BOOT
exec localstack-supervisor
