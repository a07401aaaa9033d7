#!/usr/bin/env bash
# Issue 4's acceptance on Elasticsearch, end to end through the packaged appliance and REST only:
# the three SEC filings of shared/testdata/sec-filings are uploaded, their ingestion jobs watched,
# each filing's items listed with their text, and a hybrid search for "risk factors related to
# supply chain" must be answered by the elasticsearch backend with Item 1A in the top five.
#
#   ./mvnw -o -q -pl appliance-image package -DskipTests   # if appliance-image/target has no tarball
#   ./mvnw -o -q -pl plugins/search-elasticsearch package -DskipTests   # the plugin zip
#   flock /tmp/gridvault-quiet.lock bench/filings-on-elasticsearch.sh [sec-filings folder]
#
# Starts a real single-node Elasticsearch 8 (the plugin tests' in-JVM node, as a process of its
# own: ElasticsearchNodeMain), a fresh appliance from the tarball on port 18580, installs the
# search-elasticsearch plugin through POST /api/v1/admin/plugins, restarts the appliance with
# GRIDVAULT_SEARCH_BACKEND=elasticsearch, then runs the flow. Stops both on exit. Exits non-zero
# with the failed check on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
FILINGS="${1:-../shared/testdata/sec-filings}"
JOB_LIMIT_SECONDS="${JOB_LIMIT_SECONDS:-900}"
TARBALL=$(ls appliance-image/target/gridvault-*.tar.gz 2>/dev/null | head -n 1 || true)
PLUGIN_ZIP=$(ls plugins/search-elasticsearch/target/search-elasticsearch-*-plugin.zip 2>/dev/null | head -n 1 || true)
M=plugins/search-elasticsearch
PORT=18580
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
HOME_DIR="$WORK/gv"
ES_PID=""
START=$(date +%s)

fail() {
  echo "FAILED: $*" >&2
  exit 1
}
step() {
  printf '[%4ds] %s\n' $(($(date +%s) - START)) "$*"
}
cleanup() {
  if [ -x "$HOME_DIR/bin/gridvault" ]; then
    GRIDVAULT_HTTP_PORT=$PORT "$HOME_DIR/bin/gridvault" stop >/dev/null 2>&1 || true
  fi
  if [ -n "$ES_PID" ]; then
    kill "$ES_PID" 2>/dev/null || true
    wait "$ES_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -n "$TARBALL" ] || fail "no appliance-image/target/gridvault-*.tar.gz; build it: ./mvnw -o -q -pl appliance-image package -DskipTests"
[ -n "$PLUGIN_ZIP" ] || fail "no $M/target/search-elasticsearch-*-plugin.zip; build it: ./mvnw -o -q -pl $M package -DskipTests"
[ -d "$FILINGS/10-K" ] && [ -d "$FILINGS/10-Q" ] || fail "no SEC filings in $FILINGS"

# 1. Elasticsearch: a real single node on a free port of 127.0.0.1.
step "building the Elasticsearch node's class path"
./mvnw -o -q -pl $M test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
  -Dmdep.includeScope=test -Dspotless.check.skip=true >"$WORK/mvn.log" 2>&1 \
  || { cat "$WORK/mvn.log" >&2; fail "could not compile $M's tests"; }
java -Xmx1g -cp "$M/target/classes:$M/target/test-classes:$(cat $M/target/bench.cp)" \
  com.gridvault.search.elasticsearch.ElasticsearchNodeMain >"$WORK/es.out" 2>"$WORK/es.err" &
ES_PID=$!
ES_URL=""
for _ in $(seq 1 240); do
  ES_URL=$(sed -n 's/^ELASTICSEARCH_URL=//p' "$WORK/es.out")
  [ -n "$ES_URL" ] && break
  kill -0 "$ES_PID" 2>/dev/null || { tail -n 20 "$WORK/es.err" >&2; fail "the Elasticsearch node stopped while starting"; }
  sleep 0.5
done
[ -n "$ES_URL" ] || fail "the Elasticsearch node did not start within 2 minutes"
curl -fsS "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=60s" >/dev/null \
  || fail "Elasticsearch at $ES_URL does not answer _cluster/health"
step "Elasticsearch answers at $ES_URL"

# 2. The appliance: start, install the plugin over the admin API, restart on the elasticsearch backend.
mkdir -p "$HOME_DIR"
tar -xzf "$TARBALL" -C "$HOME_DIR" --strip-components=1
export GRIDVAULT_HTTP_PORT=$PORT GRIDVAULT_HTTPS_PORT=$((PORT + 1))
"$HOME_DIR/bin/gridvault" start >/dev/null || fail "the appliance did not start (logs: $HOME_DIR/logs)"
PASSWORD=$(cat "$HOME_DIR/data/initial-admin-password")
api() { curl -sS -u "admin:$PASSWORD" "$@"; }
step "appliance ready on $BASE (lucene); installing $(basename "$PLUGIN_ZIP")"
CODE=$(api -o "$WORK/install.json" -w '%{http_code}' -F "file=@$PLUGIN_ZIP" "$BASE/api/v1/admin/plugins")
case "$CODE" in 2??) ;; *) cat "$WORK/install.json" >&2; fail "plugin upload answered HTTP $CODE" ;; esac
"$HOME_DIR/bin/gridvault" stop >/dev/null
cat >>"$HOME_DIR/config/gridvault.env" <<EOF
GRIDVAULT_SEARCH_BACKEND=elasticsearch
GRIDVAULT_PLUGIN_SEARCH_ELASTICSEARCH_SERVER_URLS=$ES_URL
GRIDVAULT_PLUGIN_SEARCH_ELASTICSEARCH_INDEX_PREFIX=gridvault-acceptance-
EOF
"$HOME_DIR/bin/gridvault" start >/dev/null || fail "the appliance did not restart on Elasticsearch (logs: $HOME_DIR/logs)"
api -f "$BASE/api/v1/admin/plugins" | python3 -c '
import json, sys
plugins = {p["id"]: p for p in json.load(sys.stdin)}
es = plugins.get("search-elasticsearch")
if es is None:
    sys.exit("FAILED: search-elasticsearch is not installed after the restart: " + ", ".join(plugins))
if es["status"] != "STARTED":
    sys.exit("FAILED: search-elasticsearch is %s: %s" % (es["status"], es.get("failureReason")))
print("search-elasticsearch %s %s" % (es["version"], es["status"]))
' || exit 1
step "appliance restarted with GRIDVAULT_SEARCH_BACKEND=elasticsearch"

# 3. The flow, as a user of the REST API would do it.
ORG=$(api -f "$BASE/api/v1/orgs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
WS=$(api -f -H 'Content-Type: application/json' -d '{"name":"SEC filings on Elasticsearch"}' \
  "$BASE/api/v1/orgs/$ORG/workspaces" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
: >"$WORK/uploads.tsv"
for doc in "$FILINGS"/10-K/*/*/primary-document.html "$FILINGS"/10-Q/*/*/primary-document.html; do
  folder=$(dirname "$doc")
  form=$(basename "$(dirname "$(dirname "$folder")")")
  name="$(basename "$(dirname "$folder")")-$form-$(basename "$folder").htm"
  CODE=$(api -o "$WORK/upload.json" -w '%{http_code}' -F "file=@$doc;filename=$name" \
    "$BASE/api/v1/workspaces/$WS/documents")
  [ "$CODE" = 202 ] || { cat "$WORK/upload.json" >&2; fail "upload of $name answered HTTP $CODE"; }
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("\t".join([d["id"], d["jobId"], sys.argv[2], sys.argv[3]]))' \
    "$WORK/upload.json" "$name" "$folder/expected-top-level-sections.json" >>"$WORK/uploads.tsv"
done
step "uploaded $(wc -l <"$WORK/uploads.tsv") filings into workspace $WS; watching their jobs"

JOBS_STARTED=$(date +%s)
while :; do
  line=""
  pending=0
  while IFS=$'\t' read -r _ job name _; do
    state=$(api -f "$BASE/api/v1/jobs/$job" | python3 -c '
import json, sys
j = json.load(sys.stdin)
print("%s %s %s%% %s" % (j["status"], j.get("stage") or "-", j["progress"], (j.get("error") or "").replace("\n", " ")))')
    line="$line  ${name%%-0*}: $state"
    case "$state" in
      SUCCEEDED*) ;;
      FAILED* | CANCELLED*) fail "the job of $name ended $state" ;;
      *) pending=$((pending + 1)) ;;
    esac
  done <"$WORK/uploads.tsv"
  step "jobs:$line"
  [ "$pending" = 0 ] && break
  [ $(($(date +%s) - JOBS_STARTED)) -lt "$JOB_LIMIT_SECONDS" ] || fail "jobs not done after ${JOB_LIMIT_SECONDS}s"
  sleep 5
done
step "all jobs SUCCEEDED in $(($(date +%s) - JOBS_STARTED)) s"

while IFS=$'\t' read -r id _ name expected; do
  api -f "$BASE/api/v1/documents/$id" >"$WORK/doc.json"
  api -f "$BASE/api/v1/documents/$id/sections" >"$WORK/sections.json"
  python3 - "$WORK/doc.json" "$WORK/sections.json" "$expected" "$name" <<'EOF' || exit 1
import json, sys
doc, sections, expected, name = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), json.load(open(sys.argv[3])), sys.argv[4]
if doc["status"] != "READY":
    sys.exit("FAILED: %s is %s: %s" % (name, doc["status"], doc.get("failureReason")))
ids = [s["id"] for s in sections]
wanted = [e["identifier"] for e in expected]
it = iter(ids)
missing = [w for w in wanted if w not in it]  # in order: a subsequence of the listed sections
if missing:
    sys.exit("FAILED: %s lacks items %s (or lists them out of order); it has %s" % (name, missing, ids))
print("  %-40s %s, %s, %d chunks, items: %s" % (name, doc.get("formType"), doc.get("company"), doc.get("chunkCount") or 0, " ".join(ids)))
EOF
  # Each expected item has text of its own.
  for item in $(python3 -c 'import json,sys; print(" ".join(e["identifier"] for e in json.load(open(sys.argv[1]))))' "$expected"); do
    chars=$(api -f "$BASE/api/v1/documents/$id/content?section=$item" | tr -d '[:space:]' | wc -c) \
      || fail "$name: GET content?section=$item failed"
    [ "$chars" -gt 0 ] || fail "$name: item $item has no text"
    printf '    %s=%s' "$item" "$chars"
  done
  echo
done <"$WORK/uploads.tsv"
step "every filing lists its items, each with text (non-blank characters per item above)"

QUERY='risk factors related to supply chain'
api -f -H 'Content-Type: application/json' -d "{\"query\":\"$QUERY\",\"mode\":\"hybrid\",\"k\":5}" \
  "$BASE/api/v1/workspaces/$WS/search" >"$WORK/search.json" || fail "the search request failed"
python3 - "$WORK/search.json" "$QUERY" <<'EOF' || exit 1
import json, sys
r = json.load(open(sys.argv[1]))
print('search "%s": mode %s, backend %s, %d ms' % (sys.argv[2], r["mode"], r["backend"], r["tookMillis"]))
for i, h in enumerate(r["hits"], 1):
    print("  %d. %-38s %-5s Item %-4s %-40s page %-4s score %.4f" % (
        i, h["documentTitle"], h.get("formType"), h.get("sectionId"), (h.get("sectionTitle") or "")[:40],
        h.get("page"), h["score"]))
    print("       %s" % " ".join(h["snippet"].split())[:150])
problems = []
if r["backend"] != "elasticsearch":
    problems.append("backend is %r, not 'elasticsearch'" % r["backend"])
if r["mode"] != "hybrid":
    problems.append("mode is %r, not 'hybrid'" % r["mode"])
if len(r["hits"]) != 5:
    problems.append("%d hits, not 5" % len(r["hits"]))
item1a = [h for h in r["hits"] if h.get("sectionId") == "1A" and h.get("formType") == "10-K"]
if len(item1a) < 3:
    problems.append("only %d of the top 5 cite Item 1A of a 10-K" % len(item1a))
if any(h.get("startOffset") is None or h.get("page") is None for h in item1a):
    problems.append("an Item 1A hit has no offset or page to cite")
if problems:
    sys.exit("FAILED: " + "; ".join(problems))
print("%d of the top 5 cite Item 1A of a 10-K" % len(item1a))
EOF
step "PASSED: the filings flow works on Elasticsearch through the appliance"
