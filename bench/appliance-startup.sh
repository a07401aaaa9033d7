#!/usr/bin/env bash
# Cold start to ready and idle RSS of the packaged appliance, side by side with the bare Liberty
# runtime it ships (same minified server, same JVM options, no Gridvault application) in the same run.
#
#   ./mvnw -q -pl appliance-image -am package -DskipTests && bench/appliance-startup.sh [runs]
#
# "Cold" = a freshly unpacked appliance (first start: creates the H2 database, runs the migrations,
# generates the TLS certificate and the administrator, starts all bundled plugins).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
TARBALL=$(ls appliance-image/target/gridvault-*.tar.gz | head -n 1)
PORT=18480
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }

wait_for() { # url
  for _ in $(seq 1 1200); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "timed out waiting for $1" >&2; return 1
}

wait_for_log() { # file pattern
  for _ in $(seq 1 1200); do
    if grep -q "$2" "$1" 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "timed out waiting for $2 in $1" >&2; return 1
}

rss_mib() { # pid file
  local pid; pid=$(cat "$1"); echo $(( $(ps -o rss= -p "$pid") / 1024 ))
}

run_gridvault() {
  local home="$WORK/gv-$1"; mkdir -p "$home"; tar -xzf "$TARBALL" -C "$home" --strip-components=1
  local start; start=$(now_ms)
  GRIDVAULT_HTTP_PORT=$PORT GRIDVAULT_HTTPS_PORT=$((PORT + 1)) "$home/bin/gridvault" start >/dev/null &
  wait_for "http://localhost:$PORT/health/ready"
  local ready=$(( $(now_ms) - start )); wait
  sleep 10
  local rss; rss=$(rss_mib "$home/data/gridvault.pid")
  GRIDVAULT_HTTP_PORT=$PORT "$home/bin/gridvault" stop >/dev/null
  echo "$ready $rss"
}

run_bare_liberty() {
  local home="$WORK/bare-$1"; mkdir -p "$home"; tar -xzf "$TARBALL" -C "$home" --strip-components=1
  rm -f "$home/server/wlp/usr/servers/gridvault/apps/gridvault.war"
  export WLP_OUTPUT_DIR="$home/data/liberty" LOG_DIR="$home/logs" GRIDVAULT_HOME="$home" \
    GRIDVAULT_HTTP_PORT=$PORT GRIDVAULT_HTTPS_PORT=$((PORT + 1)) PID_FILE="$home/data/bare.pid"
  local start; start=$(now_ms)
  "$home/server/wlp/bin/server" start gridvault >/dev/null
  # Liberty's own "server is ready" message (CWWKF0011I): the runtime with every feature started.
  wait_for_log "$home/logs/messages.log" CWWKF0011I
  local ready=$(( $(now_ms) - start ))
  sleep 10
  local rss; rss=$(rss_mib "$home/data/bare.pid")
  "$home/server/wlp/bin/server" stop gridvault >/dev/null
  unset WLP_OUTPUT_DIR LOG_DIR GRIDVAULT_HOME GRIDVAULT_HTTP_PORT GRIDVAULT_HTTPS_PORT PID_FILE
  echo "$ready $rss"
}

printf '%-5s %-22s %-14s %-22s %-14s %-8s\n' run gridvault_ready_ms gridvault_rss bare_liberty_ready_ms bare_rss ratio
for i in $(seq 1 "$RUNS"); do
  read -r g_ms g_rss < <(run_gridvault "$i")
  read -r b_ms b_rss < <(run_bare_liberty "$i")
  printf '%-5s %-22s %-14s %-22s %-14s %-8s\n' "$i" "$g_ms" "${g_rss}MiB" "$b_ms" "${b_rss}MiB" \
    "$(awk -v a="$g_ms" -v b="$b_ms" 'BEGIN { printf "%.2fx", a / b }')"
done
