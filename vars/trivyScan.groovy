import groovy.transform.Field
import io.securerelease.srp.Links
import io.securerelease.srp.ScanLock
import io.securerelease.srp.StepConfig

// Trivy scan of an image, a directory, IaC files or an SBOM. Always --exit-code 0 and a JSON report: the gate
// decides, so a non-zero exit here means trivy itself failed (5: it skipped a file it could not read; 7: the
// target is a symbolic link, through which it scans nothing; 8: a link under it leads out of it, and trivy does
// not follow it).
// By default the repository's own suppressions are neutralised: a pull request can add a .trivyignore, a
// trivy.yaml (ignorefile, severity, skip-files...) or a trivy-secret.yaml allow rule in the working directory,
// and trivy would drop those findings before the gate sees them. trivy 0.74 refuses a missing --ignorefile or
// --config but takes a missing --secret-config as "built-in rules", hence empty files for the first two.
// --show-suppressed keeps whatever trivy still suppresses (VEX, or everything with honorRepoIgnores) in the
// report, where the gate counts it as suppressed instead of absent. Inline ignore comments have no flag at all:
// `config` and `fs` scan a checkout in which they no longer parse (see the comment on SCRIPT).
@Field static final String STEP = 'trivyScan'
@Field static final Map DEFAULTS = [
        command                  : 'fs',
        target                   : null,
        report                   : null,
        scanners                 : null,
        severity                 : null,
        cacheDir                 : null,
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
// trivy 0.74 takes an inline ignore from any space-separated word that, once whitespace and leading # / *
// characters are trimmed, starts with `trivy:` or `tfsec:` (case-sensitive) and has an `ignore:<ID>` section
// (pkg/iac/ignore): in Dockerfiles, Terraform (.tf, .tf.json, .tofu) and CloudFormation YAML files and in Helm
// chart templates, inside a comment or not. Each file under the target that holds one is moved aside for the
// scan and replaced by a copy in which the colon after trivy/tfsec is an underscore: same size and lines, so the
// report's locations are the file's own. The EXIT trap moves every original back (same inode, mode and mtime)
// whatever trivy did. Exit 3: refused before the scan; 4: an original could not be put back (it stays in
// TV_NEUTRAL_DIR). Files are walked as trivy walks them: regular files only, no .git directory; the cache dir
// is trivy's own (it writes there during the scan) and is left alone. A directory target is walked with the
// workspace around it: trivy follows Terraform modules out of its target.
@Field static final String SCRIPT = ScanLock.SHELL + Links.SHELL + '''set -eu
# trivy writes its report and SBOM through a link the checkout holds there, over the file it points to: exit 6.
if [ "$TV_REPORT_IN_WORKSPACE" = true ]; then refuse_links trivyScan 6 "$TV_REPORT" "$TV_WORKSPACE"; fi
if [ -n "${TV_SBOM:-}" ] && [ "$TV_SBOM_IN_WORKSPACE" = true ]; then refuse_links trivyScan 6 "$TV_SBOM" "$TV_WORKSPACE"; fi
# trivy fs and config scan nothing through a target that is a symbolic link, with or without a trailing / or /.
# (no log line, exit 0, an empty report), where terraform, docker and helm read through it: exit 7.
if [ "$TV_COMMAND" = fs ] || [ "$TV_COMMAND" = config ]; then
  target=$TV_TARGET
  while :; do
    case $target in
      / | /.) break ;;
      */) target=${target%/} ;;
      */.) target=${target%/.} ;;
      *) break ;;
    esac
  done
  if [ -L "$target" ]; then exit 7; fi
  # Nor does it follow a link under a directory target (no log line either): a file or directory of the checkout
  # that such a link points to outside the target is not scanned, where terraform reads it through the link (a
  # module's sg.tf -> ../shared/sg.tf). Exit 8 names the first. Links that stay in the target, or leave the
  # workspace (the agent's files, not the pull request's), are left to trivy; so is every link when the target is
  # the workspace itself.
  case $target in -*) target=./$target ;; esac
  if [ -d "$target" ] && ! [ "$target" -ef "$TV_WORKSPACE" ]; then
    outside=$(find -H "$target" -name .git -prune -o -type l -exec sh -c '[ -e "$1" ] || exit 0
      real=$(readlink -f -- "$1") || exit 0
      case $real in "$2"/*) ;; *) exit 0 ;; esac
      case $real in "$3" | "$3"/*) exit 0 ;; esac
      printf "%s -> %s" "$1" "$real" | tr "\\001-\\037\\177" "[?*]"; echo' sh {} \
      "$(cd -- "$TV_WORKSPACE" && pwd -P)" "$(cd -- "$target" && pwd -P)" ';' | head -n 1)
    if [ -n "$outside" ]; then
      printf 'trivyScan: %s\\n' "$outside" >&2
      exit 8
    fi
  fi
fi
set -- "$TV_COMMAND" --exit-code 0 --timeout "$TV_TIMEOUT" --cache-dir "$TV_CACHE_DIR"
if [ -n "${TV_SCANNERS:-}" ]; then set -- "$@" --scanners "$TV_SCANNERS"; fi
if [ -n "${TV_SEVERITY:-}" ]; then set -- "$@" --severity "$TV_SEVERITY"; fi
if [ -n "${TV_SERVER:-}" ]; then set -- "$@" --server "$TV_SERVER"; fi
if [ -n "${TV_SKIP_DIRS:-}" ]; then set -- "$@" --skip-dirs "$TV_SKIP_DIRS"; fi
# Not --quiet: it hides the lines that say a file was skipped (below). trivy config has no progress bar.
if [ "$TV_COMMAND" != config ]; then set -- "$@" --show-suppressed --no-progress; fi
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
if [ "$TV_HONOR_REPO_IGNORES" != true ] && { [ "$TV_COMMAND" = config ] || [ "$TV_COMMAND" = fs ]; } && [ -e "$TV_TARGET" ]; then
  refuse() { printf 'trivyScan: %s\\n' "$1" >&2; exit 3; }
  # One scan that sets files aside per workspace at a time (src/io/securerelease/srp/ScanLock.groovy).
  take_scan_lock trivyScan "$TV_SCAN_LOCK"
  walk() {
    LC_ALL=C find -H "$root" ${workspace:+"$workspace"} '(' -type d '(' -name .git -o -inum "$cache_inode" -exec test {} -ef "$TV_CACHE_DIR" ';' ')' ')' \\
      -prune -o -type f "$@"
  }
  root=$TV_TARGET
  case $root in -*) root=./$root ;; esac
  # A directory target's Terraform may load modules from outside it (source = "../modules/x"), and trivy reads
  # their comments too: the workspace, which the pull request also controls, is looked through as well.
  workspace=
  if [ -d "$root" ] && ! [ "$root" -ef . ]; then workspace=.; fi
  mkdir -p -- "$TV_CACHE_DIR"
  cache_inode=$(ls -di -- "$TV_CACHE_DIR" | awk '{ print $1 }')
  rewrite='{
    line = $0; out = ""
    while (match(line, /(^| )[^ 0-9A-Za-z]*(trivy|tfsec):[^ ]*ignore:/)) {
      at = RSTART
      match(substr(line, at, RLENGTH), /[a-z]/)
      at += RSTART + 4
      out = out substr(line, 1, at - 1) "_"
      line = substr(line, at + 1)
    }
    printf "%s%s", (NR > 1 ? "\\n" : ""), out line
  }
  END { if (nl + 0) printf "\\n" }'
  odd=$(walk -path "$(printf '*[\\001-\\037\\177]*')" -exec grep -q -F -e trivy: -e tfsec: {} ';' \\
    -exec sh -c 'printf "%s" "$1" | tr "\\001-\\037\\177" "[?*]"; echo' sh {} ';') || refuse "could not look through $TV_TARGET (see the errors above)"
  if [ -n "$odd" ]; then
    refuse "these files mention trivy: or tfsec: and their names hold a control character (shown as ?), so their inline ignore comments cannot be disabled safely; rename them:
$odd"
  fi
  candidates=$(walk -exec sh -c 'grep -l -F -e trivy: -e tfsec: "$@" || [ "$?" -eq 1 ]' sh {} +) ||
    refuse "could not look through $TV_TARGET (see the errors above)"
  stash=$(mktemp -d "$TV_NEUTRAL_DIR/inline.XXXXXX")
  restore() {
    kept=
    for entry in "$stash"/*; do
      if [ -e "$entry/original" ]; then
        if ! { file=$(cat "$entry/path") && mv -f "$entry/original" "$file"; }; then kept=1; continue; fi
      fi
      rm -rf "$entry"
    done
    if [ -n "$kept" ]; then
      printf 'trivyScan: could not put every file back; the originals are kept in %s\\n' "$stash" >&2
      exit 4
    fi
    rmdir "$stash"
  }
  trap restore EXIT
  trap 'exit 143' HUP INT TERM
  n=0
  while IFS= read -r file; do
    # trivy writes its report (and SBOM) after this: a previous run's must not come back over it.
    if [ -z "$file" ] || [ "$file" -ef "$TV_REPORT" ] || { [ -n "${TV_SBOM:-}" ] && [ "$file" -ef "$TV_SBOM" ]; }; then
      continue
    fi
    n=$((n + 1))
    entry=$stash/$n
    mkdir "$entry"
    LC_ALL=C awk -v nl="$(tail -c 1 "$file" | wc -l)" "$rewrite" < "$file" > "$entry/copy" || refuse "could not read $file"
    if cmp -s "$file" "$entry/copy"; then
      rm -rf "$entry"
      continue
    fi
    if ! cmp -l "$file" "$entry/copy" 2>&1 | awk '$2 != 72 || $3 != 137 { bad = 1 } END { exit bad }' ||
       ! LC_ALL=C awk -v nl="$(tail -c 1 "$entry/copy" | wc -l)" "$rewrite" < "$entry/copy" | cmp -s - "$entry/copy"; then
      refuse "could not disable the inline ignore comments in $file safely (the copy differs in more than their colons)"
    fi
    printf '%s' "$file" > "$entry/path"
    # A second name for the original, then one rename over it: a scan of the workspace that does not take the
    # lock (gitleaks dir with honorRepoIgnores) never finds the path missing. Another file system: two moves.
    if ln "$file" "$entry/original" 2> /dev/null; then
      mv -f "$entry/copy" "$file" || refuse "could not put a copy of $file in its place"
    else
      mv "$file" "$entry/original" || refuse "could not set $file aside"
      mv "$entry/copy" "$file" || refuse "could not put a copy of $file in its place"
    fi
    printf 'trivyScan: inline trivy:ignore comments in %s are disabled for the scan (the gate decides; see docs/jenkins.md#repository-ignore-files)\\n' "$file"
  done <<EOF
$candidates
EOF
fi
# trivy logs a file it cannot read (an ERROR from its Terraform or Dockerfile parser, a WARN for a Helm chart it
# cannot render with the chart's own values) and goes on without it: exit 0 and a report without that file's
# findings. Its log is kept and read: any such line, exit 5. Two ERRORs are harmless: offline with an empty cache,
# that it falls back to its built-in checks; and that a Dockerfile.dockerignore (BuildKit's ignore file for one
# Dockerfile, which trivy takes for a Dockerfile) does not parse. What is printed leaves out what trivy quotes of
# the files, which may hold a secret: the source line of a Terraform error (cause="..."), and the first word of a
# line that is no Dockerfile instruction (a Dockerfile.env holding TOKEN=...).
scan() {
  log=$(mktemp)
  status=0
  "$TV_BIN" "$@" > "$log" 2>&1 9>&- || status=$?
  sed -E -e 's/ cause="([^"\\\\]|\\\\.)*"//' \\
    -e 's/parse instruction \\\\"([^"\\\\]|\\\\.)*\\\\": unknown instruction: ([^"\\\\]|\\\\.)*/parse instruction (not shown): unknown instruction/' "$log"
  unread=$(awk -F '\\t' '$2 == "ERROR" && index($3, "[misconfig] Falling back to embedded checks") == 1 { next }
    $2 == "ERROR" && index($3, "[dockerfile scanner] Failed to parse file") == 1 && $4 ~ /file_path="[^"]*\\.dockerignore"/ { next }
    $2 == "ERROR" || ($2 == "WARN" && index($3, "[helm scanner] Skipping chart") == 1)' "$log")
  rm -f "$log"
  if [ "$status" -ne 0 ]; then exit "$status"; fi
  if [ -n "$unread" ]; then exit 5; fi
}
mkdir -p "$(dirname "$TV_REPORT")"
scan "$@" --format json --output "$TV_REPORT" "$TV_TARGET"
if [ -n "${TV_SBOM:-}" ]; then
  mkdir -p "$(dirname "$TV_SBOM")"
  scan "$@" --format cyclonedx --output "$TV_SBOM" "$TV_TARGET"
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
    // trivy takes its vulnerability databases and its misconfiguration checks from the cache dir as they are:
    // a .trivy-cache/policy/content a pull request commits (one empty rego file) replaces every built-in check,
    // and a db/ with metadata dated ahead skips the download. So the cache lives outside the checkout.
    String cwd = pwd()
    String workspace = env.WORKSPACE ?: cwd
    String tmp = StepConfig.tempDir(workspace)
    String cacheDir = cfg.cacheDir ?: tmp + '/trivy-cache'
    if (!cfg.honorRepoIgnores && cfg.cacheDir && Links.inWorkspace(cfg.cacheDir, cwd, workspace)) {
        error("${STEP}: cacheDir '${StepConfig.oneLine(cfg.cacheDir)}' is inside the workspace, where a pull request " +
                "can commit trivy's databases and checks (an empty checks bundle there hides every misconfiguration); " +
                'leave cacheDir unset (WORKSPACE@tmp/trivy-cache) or point it outside the workspace')
    }
    List scanEnv = ["TV_COMMAND=${cfg.command}", "TV_TARGET=${cfg.target}", "TV_REPORT=${report}",
                    "TV_SCANNERS=${cfg.scanners ?: ''}", "TV_SEVERITY=${cfg.severity ?: ''}",
                    "TV_CACHE_DIR=${cacheDir}", "TV_SBOM=${cfg.sbom ?: ''}", "TV_SERVER=${cfg.serverUrl ?: ''}",
                    "TV_OFFLINE=${cfg.offline}", "TV_TIMEOUT=${cfg.timeout}", "TV_BIN=${cfg.binary}",
                    "TV_SKIP_DIRS=${cfg.skipDirs.join(',')}", "TV_HONOR_REPO_IGNORES=${cfg.honorRepoIgnores}",
                    "TV_NEUTRAL_DIR=${cfg.honorRepoIgnores ? '' : tmp + '/srp-trivy-neutral'}",
                    "TV_SCAN_LOCK=${cfg.honorRepoIgnores ? '' : ScanLock.path(workspace)}", "TV_WORKSPACE=${workspace}",
                    "TV_REPORT_IN_WORKSPACE=${Links.inWorkspace(report, cwd, workspace)}",
                    "TV_SBOM_IN_WORKSPACE=${cfg.sbom ? Links.inWorkspace(cfg.sbom, cwd, workspace) : false}"]
    // Client/server mode: trivy reads the server's token from TRIVY_TOKEN; it is bound only around this call.
    List credentials = cfg.serverTokenCredentialsId ?
            [string(credentialsId: cfg.serverTokenCredentialsId, variable: 'TRIVY_TOKEN')] : []
    int status = withCredentials(credentials) {
        withEnv(scanEnv) {
            sh(returnStatus: true, label: "${STEP}: trivy ${cfg.command}", script: SCRIPT)
        }
    }
    if (status == 3 || status == 4) {
        error(status == 3 ?
                "${STEP}: refused to scan: the inline trivy:ignore comments under '${StepConfig.oneLine(cfg.target)}' could not be disabled safely (see the log above)" :
                "${STEP}: files set aside for the scan could not all be put back (see the log above for where the originals are)")
    }
    if (status == 5) {
        error("${STEP}: trivy could not read every file it was to scan (the lines above), so its report may lack " +
                'their findings and is not used: fix the file, give each value a Helm chart requires a default in its ' +
                'values.yaml, or leave the directory out with skipDirs')
    }
    if (status == 7) {
        error("${STEP}: the target '${StepConfig.oneLine(cfg.target)}' is a symbolic link, through which trivy scans nothing " +
                '(an empty report); scan the directory or file it points to')
    }
    if (status == 8) {
        error("${STEP}: a symbolic link under the target '${StepConfig.oneLine(cfg.target)}' points to a file or directory " +
                'of the workspace outside it (named in the log above), and trivy does not follow links: what it points to ' +
                'would not be scanned; scan a directory that holds both, or replace the link with what it points to')
    }
    if (status == 6) {
        String what = "report '${StepConfig.oneLine(report)}'" + (cfg.sbom ? " or the SBOM '${StepConfig.oneLine(cfg.sbom)}'" : '')
        error(Links.outputUnderLink(STEP, 'trivy', what))
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
