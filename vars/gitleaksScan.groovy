import groovy.transform.Field
import io.securerelease.srp.StepConfig

// Secrets scan with Gitleaks. Always --redact and --exit-code 0: the report is the result and the gate
// decides, so a non-zero exit here means gitleaks itself failed, never "leaks found".
@Field static final String STEP = 'gitleaksScan'
@Field static final Map DEFAULTS = [
        mode                   : 'git',
        source                 : '.',
        report                 : 'reports/gitleaks.json',
        config                 : null,
        baselinePath           : null,
        logOpts                : null,
        pullRequestCommitsOnly : false,
        binary                 : 'gitleaks',
        image                  : null,
]
@Field static final Map TYPES = [mode: String, source: String, report: String, config: String, baselinePath: String,
                                 logOpts: String, pullRequestCommitsOnly: Boolean, binary: String, image: String]
@Field static final String SCRIPT = '''set -eu
set -- "$GL_MODE" --no-banner --no-color --redact --exit-code 0 --report-format json --report-path "$GL_REPORT"
if [ -n "${GL_CONFIG:-}" ]; then set -- "$@" --config "$GL_CONFIG"; fi
if [ -n "${GL_BASELINE:-}" ]; then set -- "$@" --baseline-path "$GL_BASELINE"; fi
if [ -n "${GL_LOG_OPTS:-}" ]; then set -- "$@" --log-opts "$GL_LOG_OPTS"; fi
set -- "$@" "$GL_SOURCE"
mkdir -p "$(dirname "$GL_REPORT")"
if [ -n "${GL_IMAGE:-}" ]; then
  exec docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:$PWD" -w "$PWD" "$GL_IMAGE" "$@"
fi
exec "$GL_BIN" "$@"
'''

/** Runs gitleaks (git history or a directory) and returns the path of its JSON report. */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['report', 'source'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    String problem = StepConfig.oneOf(STEP, 'mode', cfg.mode, ['git', 'dir'])
    if (problem) {
        error(problem)
    }
    String logOpts = cfg.logOpts ?: ''
    if (cfg.mode != 'git' && (logOpts || cfg.pullRequestCommitsOnly)) {
        error("${STEP}: 'logOpts' and 'pullRequestCommitsOnly' need mode 'git'")
    }
    if (cfg.pullRequestCommitsOnly && !logOpts && env.CHANGE_TARGET) {
        // Only the pull request's own commits. The branch name is checked because gitleaks hands
        // --log-opts to `git log` word by word: a name starting with '-' would be an option there.
        if (!(env.CHANGE_TARGET ==~ /[A-Za-z0-9._\/][A-Za-z0-9._\/-]*/)) {
            error("${STEP}: CHANGE_TARGET '${StepConfig.oneLine(env.CHANGE_TARGET)}' is not a plain branch name; set 'logOpts' instead")
        }
        logOpts = "origin/${env.CHANGE_TARGET}..HEAD"
    }
    if (!isUnix()) {
        error("${STEP}: this step runs on Linux agents only; this agent is Windows: use a Linux agent label")
    }
    List scanEnv = ["GL_MODE=${cfg.mode}", "GL_SOURCE=${cfg.source}", "GL_REPORT=${cfg.report}",
                "GL_CONFIG=${cfg.config ?: ''}", "GL_BASELINE=${cfg.baselinePath ?: ''}", "GL_LOG_OPTS=${logOpts}",
                "GL_BIN=${cfg.binary}", "GL_IMAGE=${cfg.image ?: ''}"]
    int status = withEnv(scanEnv) {
        sh(returnStatus: true, label: "${STEP}: gitleaks ${cfg.mode}", script: SCRIPT)
    }
    if (status != 0) {
        error("${STEP}: gitleaks failed with exit code ${status} (see the log above); it ran with --exit-code 0, so this is a crash or bad option, not leaks found")
    }
    if (!fileExists(cfg.report)) {
        error("${STEP}: gitleaks exited 0 but wrote no report at '${StepConfig.oneLine(cfg.report)}'")
    }
    return cfg.report
}
