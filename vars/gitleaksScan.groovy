import groovy.transform.Field
import io.securerelease.srp.Links
import io.securerelease.srp.ScanLock
import io.securerelease.srp.StepConfig

// Secrets scan with Gitleaks. Always --redact and --exit-code 0: the report is the result and the gate
// decides, so a non-zero exit here means gitleaks itself failed, never "leaks found".
// By default the repository's own suppressions are neutralised: a pull request can add a .gitleaksignore,
// a .gitleaks.toml allowlist or `gitleaks:allow` comments, and gitleaks would drop those findings before the
// gate sees them (no reason, no expiry, not in the report). secureRelease hands .gitleaksignore to the gate.
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
        honorRepoIgnores       : false,
]
@Field static final Map TYPES = [mode: String, source: String, report: String, config: String, baselinePath: String,
                                 logOpts: String, pullRequestCommitsOnly: Boolean, binary: String, image: String,
                                 honorRepoIgnores: Boolean]
// Neutralising: --gitleaks-ignore-path replaces only the default "." (the working directory); gitleaks 8.30.1
// also always reads <source>/.gitleaksignore, so that file is moved aside for the scan and put back on exit.
// Without an explicit config, one that only extends the default rules stands in for <source>/.gitleaks.toml.
@Field static final String SCRIPT = ScanLock.SHELL + Links.SHELL + '''set -eu
# gitleaks writes its report through a link the checkout holds there, over the file it points to: exit 6.
if [ "$GL_REPORT_IN_WORKSPACE" = true ]; then refuse_links gitleaksScan 6 "$GL_REPORT" "$GL_WORKSPACE"; fi
set -- "$GL_MODE" --no-banner --no-color --redact --exit-code 0 --report-format json --report-path "$GL_REPORT"
if [ -n "${GL_CONFIG:-}" ]; then set -- "$@" --config "$GL_CONFIG"; fi
if [ -n "${GL_BASELINE:-}" ]; then set -- "$@" --baseline-path "$GL_BASELINE"; fi
if [ "$GL_MODE" = git ]; then
  # git log -p shows no content for a file that .gitattributes marks -diff or that holds a NUL byte, nor what a
  # merge commit changed itself (a secret added while resolving it): --text, and --diff-merges=remerge where git
  # has it (2.36). Without log options, gitleaks' own defaults: every commit of every ref.
  merges=--diff-merges=remerge
  if [ -z "${GL_IMAGE:-}" ]; then
    version=$(git version 2> /dev/null || true)
    version=${version#git version }
    major=${version%%.*}
    minor=${version#*.}
    minor=${minor%%.*}
    case $major$minor in '' | *[!0-9]*) major=0 minor=0 ;; esac
    if [ "$major" -lt 2 ] || { [ "$major" -eq 2 ] && [ "$minor" -lt 36 ]; }; then
      merges=
      echo "gitleaksScan: git ${version:-(none found)} cannot show what a merge commit itself changed (--diff-merges=remerge needs git 2.36): secrets added while resolving a merge are not scanned"
    fi
  fi
  history=${GL_LOG_OPTS:-}
  if [ -z "$history" ]; then history='--full-history --all --diff-filter=tuxdb'; fi
  set -- "$@" --log-opts "--text${merges:+ $merges} $history"
fi
mount=
if [ "$GL_HONOR_REPO_IGNORES" != true ]; then
  # One scan that sets files aside per workspace at a time (src/io/securerelease/srp/ScanLock.groovy).
  take_scan_lock gitleaksScan "$GL_SCAN_LOCK"
  mkdir -p "$GL_NEUTRAL_DIR"
  : > "$GL_NEUTRAL_DIR/gitleaksignore"
  set -- "$@" --ignore-gitleaks-allow --gitleaks-ignore-path "$GL_NEUTRAL_DIR/gitleaksignore"
  if [ -z "${GL_CONFIG:-}" ]; then
    printf '[extend]\\nuseDefault = true\\n' > "$GL_NEUTRAL_DIR/gitleaks.toml"
    set -- "$@" --config "$GL_NEUTRAL_DIR/gitleaks.toml"
  fi
  mount="$GL_NEUTRAL_DIR"
  if [ -e "$GL_SOURCE/.gitleaksignore" ] || [ -L "$GL_SOURCE/.gitleaksignore" ]; then
    rm -rf "$GL_NEUTRAL_DIR/repo-gitleaksignore"
    mv "$GL_SOURCE/.gitleaksignore" "$GL_NEUTRAL_DIR/repo-gitleaksignore"
    trap 'mv "$GL_NEUTRAL_DIR/repo-gitleaksignore" "$GL_SOURCE/.gitleaksignore"' EXIT
    trap 'exit 143' HUP INT TERM
    echo "gitleaksScan: $GL_SOURCE/.gitleaksignore is set aside for the scan (the gate applies it instead)"
  fi
fi
set -- "$@" "$GL_SOURCE"
mkdir -p "$(dirname "$GL_REPORT")"
# gitleaks logs an error from git (an unknown revision, a repository git refuses as of dubious ownership, a
# shallow clone) and then says "no leaks found", writes [] and exits 0: its output is kept and read.
log=$(mktemp)
status=0
if [ -n "${GL_IMAGE:-}" ]; then
  docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:$PWD" ${mount:+-v "$mount:$mount:ro"} -w "$PWD" "$GL_IMAGE" "$@" > "$log" 2>&1 9>&- || status=$?
else
  "$GL_BIN" "$@" > "$log" 2>&1 9>&- || status=$?
fi
cat "$log"
errors=$(grep -c ' ERR ' "$log" || true)
rm -f "$log"
if [ "$status" -eq 0 ] && [ "$errors" -ne 0 ]; then exit 5; fi
exit "$status"
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
    String cwd = pwd()
    String workspace = env.WORKSPACE ?: cwd
    List scanEnv = ["GL_MODE=${cfg.mode}", "GL_SOURCE=${cfg.source}", "GL_REPORT=${cfg.report}",
                "GL_CONFIG=${cfg.config ?: ''}", "GL_BASELINE=${cfg.baselinePath ?: ''}", "GL_LOG_OPTS=${logOpts}",
                "GL_BIN=${cfg.binary}", "GL_IMAGE=${cfg.image ?: ''}", "GL_HONOR_REPO_IGNORES=${cfg.honorRepoIgnores}",
                "GL_NEUTRAL_DIR=${cfg.honorRepoIgnores ? '' : StepConfig.tempDir(workspace) + '/srp-gitleaks-neutral'}",
                "GL_SCAN_LOCK=${cfg.honorRepoIgnores ? '' : ScanLock.path(workspace)}", "GL_WORKSPACE=${workspace}",
                "GL_REPORT_IN_WORKSPACE=${Links.inWorkspace(cfg.report, cwd, workspace)}"]
    int status = withEnv(scanEnv) {
        sh(returnStatus: true, label: "${STEP}: gitleaks ${cfg.mode}", script: SCRIPT)
    }
    if (status == 3) {
        error("${STEP}: refused to scan: the repository's own suppressions could not be set aside safely (see the log above)")
    }
    if (status == 6) {
        error(Links.outputUnderLink(STEP, 'gitleaks', "report '${StepConfig.oneLine(cfg.report)}'"))
    }
    if (status == 5) {
        String hint = cfg.mode == 'git' ? (logOpts ? " (it reads the history '${StepConfig.oneLine(logOpts)}': is every revision in it fetched? a shallow clone has none)" : '') +
                '; git refuses a repository owned by another user (dubious ownership: safe.directory)' : ''
        error("${STEP}: gitleaks reported an error (see the log above) and may have scanned nothing, so its report is not used${hint}")
    }
    if (status != 0) {
        error("${STEP}: gitleaks failed with exit code ${status} (see the log above); it ran with --exit-code 0, so this is a crash or bad option, not leaks found")
    }
    if (!fileExists(cfg.report)) {
        error("${STEP}: gitleaks exited 0 but wrote no report at '${StepConfig.oneLine(cfg.report)}'")
    }
    return cfg.report
}
