import groovy.transform.Field
import io.securerelease.srp.StepConfig

// Trivy scan of an image, a directory, IaC files or an SBOM. Always --exit-code 0 and a JSON report: the gate
// decides, so a non-zero exit here means trivy itself failed.
// By default the repository's own suppressions are neutralised: a pull request can add a .trivyignore, a
// trivy.yaml (ignorefile, severity, skip-files...) or a trivy-secret.yaml allow rule in the working directory,
// and trivy would drop those findings before the gate sees them. trivy 0.74 refuses a missing --ignorefile or
// --config but takes a missing --secret-config as "built-in rules", hence empty files for the first two.
// --show-suppressed keeps whatever trivy still suppresses (VEX, or everything with honorRepoIgnores) in the
// report, where the gate counts it as suppressed instead of absent.
@Field static final String STEP = 'trivyScan'
@Field static final Map DEFAULTS = [
        command                  : 'fs',
        target                   : null,
        report                   : null,
        scanners                 : null,
        severity                 : null,
        cacheDir                 : '.trivy-cache',
        sbom                     : null,
        serverUrl                : null,
        serverTokenCredentialsId : null,
        offline                  : false,
        timeout                  : '10m',
        binary                   : 'trivy',
        archiveSbom              : true,
        skipDirs                 : [],
        honorRepoIgnores         : false,
]
@Field static final Map TYPES = [command: String, target: String, report: String, scanners: String, severity: String,
                                 cacheDir: String, sbom: String, serverUrl: String, serverTokenCredentialsId: String,
                                 offline: Boolean, timeout: String, binary: String, archiveSbom: Boolean,
                                 skipDirs: List, honorRepoIgnores: Boolean]
@Field static final String SCRIPT = '''set -eu
set -- "$TV_COMMAND" --exit-code 0 --quiet --timeout "$TV_TIMEOUT" --cache-dir "$TV_CACHE_DIR"
if [ -n "${TV_SCANNERS:-}" ]; then set -- "$@" --scanners "$TV_SCANNERS"; fi
if [ -n "${TV_SEVERITY:-}" ]; then set -- "$@" --severity "$TV_SEVERITY"; fi
if [ -n "${TV_SERVER:-}" ]; then set -- "$@" --server "$TV_SERVER"; fi
if [ -n "${TV_SKIP_DIRS:-}" ]; then set -- "$@" --skip-dirs "$TV_SKIP_DIRS"; fi
if [ "$TV_COMMAND" != config ]; then set -- "$@" --show-suppressed; fi
if [ "$TV_HONOR_REPO_IGNORES" != true ]; then
  mkdir -p "$TV_NEUTRAL_DIR"
  : > "$TV_NEUTRAL_DIR/trivyignore"
  : > "$TV_NEUTRAL_DIR/trivy.yaml"
  set -- "$@" --config "$TV_NEUTRAL_DIR/trivy.yaml" --ignorefile "$TV_NEUTRAL_DIR/trivyignore"
  if [ "$TV_COMMAND" = image ] || [ "$TV_COMMAND" = fs ]; then
    rm -rf "$TV_NEUTRAL_DIR/no-trivy-secret.yaml"
    set -- "$@" --secret-config "$TV_NEUTRAL_DIR/no-trivy-secret.yaml"
  fi
fi
if [ "$TV_OFFLINE" = true ]; then
  set -- "$@" --skip-check-update --skip-version-check --disable-telemetry
  if [ "$TV_COMMAND" != config ]; then set -- "$@" --skip-db-update --skip-java-db-update --offline-scan; fi
fi
mkdir -p "$(dirname "$TV_REPORT")"
"$TV_BIN" "$@" --format json --output "$TV_REPORT" "$TV_TARGET"
if [ -n "${TV_SBOM:-}" ]; then
  mkdir -p "$(dirname "$TV_SBOM")"
  "$TV_BIN" "$@" --format cyclonedx --output "$TV_SBOM" "$TV_TARGET"
fi
'''

/** Runs `trivy <command>` and returns [report: JSON report path, sbom: CycloneDX path or null]. */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['target'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    String problem = StepConfig.oneOf(STEP, 'command', cfg.command, ['image', 'fs', 'config', 'sbom'])
    if (problem) {
        error(problem)
    }
    if (cfg.command == 'config' && cfg.scanners) {
        error("${STEP}: 'scanners' does not apply to 'trivy config' (it only checks misconfigurations)")
    }
    if (cfg.sbom && !(cfg.command in ['image', 'fs'])) {
        error("${STEP}: 'sbom' needs command 'image' or 'fs', not '${cfg.command}'")
    }
    if (cfg.serverTokenCredentialsId && !cfg.serverUrl) {
        error("${STEP}: 'serverTokenCredentialsId' needs 'serverUrl'")
    }
    problem = skipDirsProblem(cfg.skipDirs)
    if (problem) {
        error(problem)
    }
    String report = cfg.report ?: "reports/trivy-${cfg.command}.json"
    if (!isUnix()) {
        error("${STEP}: this step runs on Linux agents only; this agent is Windows: use a Linux agent label")
    }
    List scanEnv = ["TV_COMMAND=${cfg.command}", "TV_TARGET=${cfg.target}", "TV_REPORT=${report}",
                    "TV_SCANNERS=${cfg.scanners ?: ''}", "TV_SEVERITY=${cfg.severity ?: ''}",
                    "TV_CACHE_DIR=${cfg.cacheDir}", "TV_SBOM=${cfg.sbom ?: ''}", "TV_SERVER=${cfg.serverUrl ?: ''}",
                    "TV_OFFLINE=${cfg.offline}", "TV_TIMEOUT=${cfg.timeout}", "TV_BIN=${cfg.binary}",
                    "TV_SKIP_DIRS=${cfg.skipDirs.join(',')}", "TV_HONOR_REPO_IGNORES=${cfg.honorRepoIgnores}",
                    "TV_NEUTRAL_DIR=${cfg.honorRepoIgnores ? '' : pwd(tmp: true) + '/srp-trivy-neutral'}"]
    // Client/server mode: trivy reads the server's token from TRIVY_TOKEN; it is bound only around this call.
    List credentials = cfg.serverTokenCredentialsId ?
            [string(credentialsId: cfg.serverTokenCredentialsId, variable: 'TRIVY_TOKEN')] : []
    int status = withCredentials(credentials) {
        withEnv(scanEnv) {
            sh(returnStatus: true, label: "${STEP}: trivy ${cfg.command}", script: SCRIPT)
        }
    }
    if (status != 0) {
        error("${STEP}: trivy ${cfg.command} failed with exit code ${status} (see the log above); it ran with --exit-code 0, so this is a crash or bad option, not findings")
    }
    if (!fileExists(report)) {
        error("${STEP}: trivy exited 0 but wrote no report at '${StepConfig.oneLine(report)}'")
    }
    if (cfg.sbom && cfg.archiveSbom) {
        archiveArtifacts(artifacts: cfg.sbom, allowEmptyArchive: false, fingerprint: true)
    }
    return [report: report, sbom: cfg.sbom]
}

/** trivy takes --skip-dirs as one comma-separated list: an entry may not hold a comma. */
@NonCPS
String skipDirsProblem(List dirs) {
    for (Object dir : dirs) {
        if (dir.toString().contains(',') || dir.toString().isEmpty()) {
            return "${STEP}: 'skipDirs' entries must be non-empty paths without commas, not '${StepConfig.oneLine(dir.toString())}'"
        }
    }
    return null
}
