#!/usr/bin/env bash
# Excel bridge round trips with many connected simulated workbooks through the packaged appliance:
# task pane message -> hub -> excel-bridge plugin session -> reply, side by side with the hub's own
# ping -> pong on the same connections in the same run (no AI call involved).
#
#   ./mvnw -q -pl appliance-image,benchmarks -am package -DskipTests && bench/excel-roundtrip.sh [connections] [seconds] [requests per second per workbook]
#
# Starts a fresh appliance from the tarball on port 18480 (request rate limits raised for the load
# generator's single user), creates an organization and a workspace, runs
# com.gridvault.bench.excel.ExcelRoundTrip, stops the appliance. Results: docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS="${1:-1000}"
SECONDS_RUN="${2:-30}"
RATE="${3:-0.2}"
TARBALL=$(ls appliance-image/target/gridvault-*.tar.gz | head -n 1)
PORT=18480
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
HOME_DIR="$WORK/gv"
cleanup() {
  GRIDVAULT_HTTP_PORT=$PORT "$HOME_DIR/bin/gridvault" stop >/dev/null 2>&1 || true
  pkill -f "$HOME_DIR/server/wlp" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$HOME_DIR"
tar -xzf "$TARBALL" -C "$HOME_DIR" --strip-components=1
GRIDVAULT_HTTP_PORT=$PORT GRIDVAULT_HTTPS_PORT=$((PORT + 1)) GRIDVAULT_RATELIMIT_FREE=1000000 \
  GRIDVAULT_RATELIMIT_ENTERPRISE=1000000 GRIDVAULT_JAVA_OPTS="-Xlog:gc:file=$WORK/gc-%p.log:uptime:filecount=0" \
  "$HOME_DIR/bin/gridvault" start >/dev/null
for _ in $(seq 1 1200); do
  curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null && break
  sleep 0.1
done
PASSWORD=$(cat "$HOME_DIR/data/initial-admin-password")
ORG=$(curl -fsS -u "admin:$PASSWORD" "$BASE/api/v1/orgs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
WS=$(curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"Bench workbooks"}' \
  "$BASE/api/v1/orgs/$ORG/workspaces" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp benchmarks/target/benchmarks.jar com.gridvault.bench.excel.ExcelRoundTrip \
  "$BASE" admin "$PASSWORD" "$WS" "$CONNECTIONS" "$SECONDS_RUN" "$RATE"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The appliance's GC pauses over the whole run (connecting included): count, total and longest.
cat "$WORK"/gc-*.log | grep 'Pause' | grep -oE '[0-9.]+ms$' | tr -d 'ms' | awk '{n++; t+=$1; if ($1>m) m=$1}
  END {printf "appliance GC pauses: %d, total %.0f ms, longest %.1f ms\n", n, t, m}'
