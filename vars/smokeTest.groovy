import groovy.transform.Field
import io.securerelease.srp.StepConfig

// Polls the deployed service's health URL until it answers 2xx or the timeout passes. curl runs on the agent,
// the URL reaches it through the environment only.
@Field static final String STEP = 'smokeTest'
@Field static final Map DEFAULTS = [
        url             : null,
        timeoutSeconds  : 120,
        intervalSeconds : 5,
        expect          : null,
        insecure        : false,
]
@Field static final Map TYPES = [url: String, timeoutSeconds: Integer, intervalSeconds: Integer, expect: String,
                                 insecure: Boolean]
@Field static final String SCRIPT = '''set -u
set -- --silent --show-error --fail --max-time 10 --output "$SMOKE_BODY"
if [ "$SMOKE_INSECURE" = true ]; then set -- "$@" --insecure; fi
deadline=$(( $(date +%s) + SMOKE_TIMEOUT ))
attempt=0
while :; do
  attempt=$((attempt + 1))
  if curl "$@" -- "$SMOKE_URL"; then
    if [ -z "$SMOKE_EXPECT" ] || grep -qF -- "$SMOKE_EXPECT" "$SMOKE_BODY"; then
      echo "smokeTest: healthy after $attempt attempt(s)"
      exit 0
    fi
    echo "smokeTest: answered, but without the expected text (attempt $attempt)"
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "smokeTest: not healthy after $attempt attempt(s) in ${SMOKE_TIMEOUT}s" >&2
    exit 1
  fi
  sleep "$SMOKE_INTERVAL"
done
'''

/** Returns true once the URL is healthy; stops the build with a clear error when it never becomes so. */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['url'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    if (!(cfg.url ==~ /https?:\/\/[^\s]+/)) {
        error("${STEP}: 'url' must be an http(s) URL, not '${StepConfig.oneLine(cfg.url)}'")
    }
    if (cfg.timeoutSeconds < 1 || cfg.intervalSeconds < 1) {
        error("${STEP}: 'timeoutSeconds' and 'intervalSeconds' must be at least 1")
    }
    if (!isUnix()) {
        error("${STEP}: this step runs on Linux agents only; this agent is Windows: use a Linux agent label")
    }
    String body = "${StepConfig.tempDir(env.WORKSPACE ?: pwd())}/smoke-body.txt"
    List smokeEnv = ["SMOKE_URL=${cfg.url}", "SMOKE_TIMEOUT=${cfg.timeoutSeconds}", "SMOKE_INTERVAL=${cfg.intervalSeconds}",
                     "SMOKE_EXPECT=${cfg.expect ?: ''}", "SMOKE_INSECURE=${cfg.insecure}", "SMOKE_BODY=${body}"]
    int status = withEnv(smokeEnv) {
        sh(returnStatus: true, label: "${STEP}: wait for health", script: SCRIPT)
    }
    if (status != 0) {
        error("${STEP}: ${StepConfig.oneLine(cfg.url)} did not become healthy within ${cfg.timeoutSeconds}s")
    }
    return true
}
