#!/usr/bin/env bash
# Makes sure the Docker engine has localstack/localstack:4.14.0, the image the LocalStack
# integration tests run: reuse it when present, else pull it (briefly), else build it from package
# registries only (Debian, PyPI, Maven Central), for machines that cannot reach Docker Hub.
#
#   infra-tests/localstack/build-image.sh [--smoke]     # --smoke: start it once and ask its health
#
# The build is pinned and cached: the base system is debootstrapped from Debian trixie once and kept
# as an image; every Python package comes from requirements-4.14.0.lock (hashes, as of 4.14.0's
# release); DynamoDB Local comes from Maven Central at a fixed version. The image is labelled with a
# hash of this folder, so a change to any pin rebuilds it and nothing else does. Needs an engine that
# answers (docker-engine.sh start); to build, also root on Debian (for debootstrap) and a JDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
image=localstack/localstack:4.14.0
suite=trixie                       # Python 3.13: localstack-core 4.14.0 does not import on bookworm's 3.11
base=broadsheet/debian-minbase:$suite
work="${BROADSHEET_LOCALSTACK_WORK:-$root/.local/localstack-build}"
pull_seconds="${BROADSHEET_LOCALSTACK_PULL_SECONDS:-20}"
t0=$(date +%s)
say() { echo "localstack-image [$(( $(date +%s) - t0 ))s]: $*"; }

recipe="$(cd "$here" && find . -type f ! -name '*.md' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"

docker info >/dev/null 2>&1 || { say "no Docker engine answers"; exit 1; }

have_image() {
  local label
  docker image inspect "$image" >/dev/null 2>&1 || return 1
  label="$(docker image inspect -f '{{index .Config.Labels "news.broadsheet.recipe"}}' "$image")"
  # An upstream image (no label) is the real thing; one of ours must come from this recipe.
  [ -z "$label" ] || [ "$label" = "$recipe" ]
}

smoke() {
  local cid port
  cid="$(docker run -d -p 127.0.0.1::4566 "$image")"
  for _ in $(seq 1 180); do docker logs "$cid" 2>&1 | grep -q '^Ready\.' && break; sleep 0.5; done
  port="$(docker port "$cid" 4566 | head -1 | cut -d: -f2)"
  curl -fsS "http://127.0.0.1:$port/_localstack/health" | head -c 400; echo
  docker rm -f "$cid" >/dev/null
}

if have_image; then
  say "reusing $image"
elif timeout "$pull_seconds" docker pull -q "$image" >/dev/null 2>&1; then
  say "pulled $image"
else
  say "$image is not here and could not be pulled within ${pull_seconds}s: building it from package registries"
  mkdir -p "$work"

  # 1. The base system, without a registry: a minimal Debian tree imported as an image.
  if ! docker image inspect "$base" >/dev/null 2>&1; then
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    rm -rf "$work/rootfs"
    debootstrap --variant=minbase "$suite" "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
      || { tail -20 "$work/debootstrap.log"; exit 1; }
    tar -C "$work/rootfs" -c . | docker import - "$base" >/dev/null
    rm -rf "$work/rootfs"
    say "base image $base"
  fi

  # 2. The build context: Dockerfile, entrypoint, lock, DynamoDB Local laid out as LocalStack expects.
  ctx="$work/context"
  rm -rf "$ctx"
  mkdir -p "$ctx/ca" "$ctx/dynamodb-local/DynamoDBLocal_lib" "$work/agent"
  cp "$here/image/Dockerfile" "$here/image/docker-entrypoint.sh" "$here/requirements-4.14.0.lock" "$ctx/"
  cp /usr/local/share/ca-certificates/*.crt "$ctx/ca/" 2>/dev/null || true
  touch "$ctx/ca/.keep"

  mvn -B -q -ntp -f "$here/dynamodb-local/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$work/dynamodb-lib" -DincludeScope=runtime
  lib="$ctx/dynamodb-local/DynamoDBLocal_lib"
  cp "$work/dynamodb-lib/"*.jar "$lib/"
  cp "$work/dynamodb-lib/libsqlite4java-linux-amd64-1.0.392.so" "$lib/libsqlite4java-linux-amd64.so"
  # LocalStack runs `java -jar DynamoDBLocal.jar`: a manifest-only jar whose Class-Path names the
  # Maven jars stands in for the one in AWS's zip. Manifest lines are at most 72 bytes, continued
  # by a leading space.
  classpath="$(cd "$ctx/dynamodb-local" && ls DynamoDBLocal_lib/*.jar | LC_ALL=C sort | tr '\n' ' ')"
  {
    echo "Manifest-Version: 1.0"
    echo "Main-Class: com.amazonaws.services.dynamodbv2.local.main.ServerRunner"
    echo "Class-Path: . $classpath" | awk '{ print substr($0, 1, 72); for (i = 73; i <= length($0); i += 71) print " " substr($0, i, 71) }'
  } >"$work/launcher.mf"
  mkdir -p "$work/empty"
  jar --create --file "$ctx/dynamodb-local/DynamoDBLocal.jar" --manifest "$work/launcher.mf" -C "$work/empty" .
  javac --release 17 -d "$work/agent" "$here/image/NoopAgent.java"
  printf 'Premain-Class: broadsheet.localstack.NoopAgent\n' >"$work/agent.mf"
  jar --create --file "$ctx/dynamodb-local/ddb-local-loader-0.1.jar" --manifest "$work/agent.mf" -C "$work/agent" .

  # 3. The image (the classic builder: it needs no BuildKit image from a registry).
  DOCKER_BUILDKIT=0 docker build -q --build-arg BASE="$base" --label news.broadsheet.recipe="$recipe" \
    -t "$image" "$ctx" >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }
  say "built $image ($(( $(docker image inspect -f '{{.Size}}' "$image") / 1000000 )) MB)"
fi

if [ "${1:-}" = --smoke ]; then smoke; say "smoke test passed"; fi
