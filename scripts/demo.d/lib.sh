# shellcheck shell=bash
# Helpers for scripts/demo: start and stop the local stand-ins and the service, and print what a
# reviewer sees. Sourced, never run. Every background process is started with setsid so stop_all can
# end its whole process group (npm's node child included); every wait is bounded.
# The caller sets repo_root. Sets: SERVICE_URL, STANDIN_URL, STANDIN_CONTROL (read by the caller).
# shellcheck disable=SC2034,SC2154

demo_pids=()

die() { echo "demo: $*" >&2; exit 2; }

# wait_until SECONDS COMMAND...: polls COMMAND twice a second until it succeeds or time runs out.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

gone() { ! kill -0 "$1" 2>/dev/null; }

stop_all() {
  local pid
  for pid in "${demo_pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${demo_pids[@]}"; do
    # A process that ignores TERM for 10 s is killed.
    if ! wait_until 10 gone "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
  done
  demo_pids=()
  if [ -n "${standin_bundle:-}" ]; then rm -f "$standin_bundle"; fi
}

# start_service DATA_DIR LOG: the ledger service (npm start -w service) on a free loopback port, on its
# embedded PGlite database. Sets SERVICE_URL once /ready answers. Token: SRP_API_TOKEN.
start_service() {
  local data=$1 log=$2
  (unset DATABASE_URL; PORT=0 HOST=127.0.0.1 SRP_DATA_DIR=$data LOG_LEVEL=info \
    exec setsid npm start --silent -w service >"$log" 2>&1) &
  demo_pids+=($!)
  service_pid=$!
}
service_address() { jq -Rr 'fromjson? | select(.msg == "listening") | .address' "$1" 2>/dev/null | head -n 1; }
wait_service() { # LOG
  local address='' deadline=$((SECONDS + 180))
  # The first start runs tsup and PGlite's initdb: allow a loaded machine a few minutes.
  while [ -z "$address" ] && kill -0 "$service_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.5
    address=$(service_address "$1")
  done
  [ -n "$address" ] || { tail -n 20 "$1" >&2; die "the ledger service did not start (log: $1)"; }
  SERVICE_URL=http://$address
  wait_until 60 curl -fs -o /dev/null --max-time 2 "$SERVICE_URL/ready" || die "the ledger service never became ready ($SERVICE_URL/ready)"
}

# start_standin DIR REPO SHA...: the GitHub stand-in from the engine's tests, bundled with esbuild.
# Sets STANDIN_URL (the API base) and STANDIN_CONTROL (GET /requests, /mismatches). Token: GITHUB_TOKEN.
start_standin() {
  local dir=$1 repo=$2 pid deadline=$((SECONDS + 60))
  shift 2
  local esbuild=$repo_root/node_modules/.bin/esbuild
  [ -x "$esbuild" ] || die "esbuild is missing (installed with tsup); fix: run scripts/setup"
  # The bundle must sit inside the repository so its imports resolve from node_modules/; it is
  # removed by stop_all.
  mkdir -p "$repo_root/.srp-out"
  standin_bundle=$(mktemp "$repo_root/.srp-out/github-standin.XXXXXX.mjs")
  "$esbuild" "$repo_root/scripts/demo.d/github-standin-runner.ts" --bundle --platform=node --format=esm \
    --packages=external --target=node20 --log-level=warning --allow-overwrite --outfile="$standin_bundle" ||
    die "could not bundle the GitHub stand-in"
  rm -f "$dir/github-standin.ready"
  (STANDIN_TOKEN=$GITHUB_TOKEN exec setsid node "$standin_bundle" "$dir/github-standin.ready" \
    "$dir/github-standin-requests.json" "$repo" "$@" >"$dir/logs/github-standin.log" 2>&1) &
  pid=$!
  demo_pids+=("$pid")
  until [ -s "$dir/github-standin.ready" ]; do
    if gone "$pid" || [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 20 "$dir/logs/github-standin.log" >&2
      die "the GitHub stand-in did not start"
    fi
    sleep 0.2
  done
  STANDIN_URL=$(jq -r .url "$dir/github-standin.ready")
  STANDIN_CONTROL=$(jq -r .control "$dir/github-standin.ready")
}

# github_get PATH: a GET on the stand-in, as GitHub's REST API is called.
github_get() {
  curl -fsS --max-time 10 -H "authorization: token $GITHUB_TOKEN" -H 'accept: application/vnd.github+json' \
    -H 'x-github-api-version: 2022-11-28' -H 'user-agent: srp-demo' "$STANDIN_URL$1"
}

# print_commit_statuses REPO SHA: what the commit shows a reviewer (combined status, one line a context).
print_commit_statuses() {
  github_get "/repos/$1/commits/$2/status" | jq -r --arg sha "${2:0:7}" '
    def mark: {success: "✓", failure: "✗", error: "!", pending: "…"}[.] // "?";
    "   commit \($sha): \(.state | mark) \(.state) (\(.total_count) checks)",
    (.statuses[] | "     \(.state | mark) \(.context | .+ " " * (16 - length)) \(.state | .+ " " * (8 - length)) \(.description)\n       link: \(.target_url // "none")")'
}

# print_ledger_entry REPO SHA: the release the ledger recorded for this commit.
print_ledger_entry() {
  curl -fsS --max-time 10 "$SERVICE_URL/api/v1/releases?repository=$1&commit=$2&limit=1" | jq -r '
    .items[0] | "   #\(.id) \(.repository)@\(.commit[0:7]) build \(.buildNumber) image \(.image):\(.tag) recorded \(.recordedAt)",
    "      verdict \(.verdict), \(.blocking) blocking (critical \(.blockingBySeverity.critical), high \(.blockingBySeverity.high)); accepted: \(.suppressions | length); SARIF stored: \(.sarif.stored) (\(.sarif.bytes) bytes)"'
}

print_srp_metrics() { curl -fsS --max-time 10 "$SERVICE_URL/metrics" | grep '^srp_' | sed 's/^/   /'; }
