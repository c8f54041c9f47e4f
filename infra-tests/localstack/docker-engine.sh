#!/usr/bin/env bash
# Starts or stops a Docker engine for the LocalStack integration tests.
#
#   docker-engine.sh start   # answers 0 once an engine answers; starts Debian's docker.io if it can
#   docker-engine.sh stop    # stops the engine only if `start` started it
#
# `start` installs and starts Debian's docker.io only when it runs as root on Debian; anywhere else
# it uses the engine that is already there, or says why there is none and exits 1 (the tests then
# use moto). The engine keeps its images in its default data root, so the LocalStack image built by
# build-image.sh is reused by the next run on the same machine.
set -euo pipefail
state_dir="${BROADSHEET_DOCKER_STATE:-$(cd "$(dirname "$0")/../.." && pwd)/.local/docker-engine}"
pidfile="$state_dir/dockerd.pid"

engine_answers() { docker info >/dev/null 2>&1; }

start() {
  if engine_answers; then echo "docker-engine: an engine is already running"; return 0; fi
  if [ "$(id -u)" != 0 ] || [ ! -f /etc/debian_version ]; then
    echo "docker-engine: no engine answers, and only root on Debian may install and start one here"
    return 1
  fi
  if ! command -v dockerd >/dev/null; then
    echo "docker-engine: installing Debian's docker.io"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null; }
  fi
  mkdir -p "$state_dir"
  # setsid: the engine must not die with the make job's process group on Ctrl-C before `stop` runs.
  setsid dockerd --pidfile "$pidfile" >"$state_dir/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do engine_answers && break; sleep 0.5; done
  if ! engine_answers; then
    echo "docker-engine: dockerd did not answer within 30 s; its log:"; tail -20 "$state_dir/dockerd.log"
    return 1
  fi
  touch "$state_dir/started-by-us"
  echo "docker-engine: started dockerd $(docker version -f '{{.Server.Version}}')"
}

stop() {
  [ -f "$state_dir/started-by-us" ] || return 0
  rm -f "$state_dir/started-by-us"
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    echo "docker-engine: stopped dockerd"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop"; exit 2 ;;
esac
