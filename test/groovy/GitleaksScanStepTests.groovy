import io.securerelease.srp.ScanLock
import org.junit.Test

class GitleaksScanStepTests extends StepTestBase {

    @Test
    void runsGitleaksGitWithRedactAndExitCodeZero() {
        shResponders << { Map c -> c.script.contains('gitleaks') || c.script.contains('GL_BIN') ? [status: 0, files: ['reports/gitleaks.json': '[]']] : null }
        Object report = runStep('gitleaksScan', [:])
        assert report == 'reports/gitleaks.json'
        assert shCalls.size() == 1
        Map sh = shCalls[0]
        assert sh.returnStatus
        assert sh.script.contains('--redact --exit-code 0 --report-format json --report-path "$GL_REPORT"')
        assert sh.env.GL_MODE == 'git'
        assert sh.env.GL_SOURCE == '.'
        assert sh.env.GL_BIN == 'gitleaks'
        assert sh.env.GL_IMAGE == ''
        assert sh.env.GL_LOG_OPTS == ''
    }

    static final String NEUTRAL = '/agent/workspace/job@tmp/srp-gitleaks-neutral'

    @Test
    void byDefaultTheRepositoryCannotSilenceGitleaks() {
        shResponders << { Map c -> [status: 0, files: ['reports/gitleaks.json': '[]']] }
        runStep('gitleaksScan', [:])
        Map sh = shCalls[0]
        assert sh.env.GL_HONOR_REPO_IGNORES == 'false'
        assert sh.env.GL_NEUTRAL_DIR == NEUTRAL
        // The exact commands; they are only reached when GL_HONOR_REPO_IGNORES is not 'true'.
        assert sh.env.GL_SCAN_LOCK == '/agent/workspace/job@tmp/srp-scan.lock'
        assert sh.script.contains('''if [ "$GL_HONOR_REPO_IGNORES" != true ]; then\n''')
        // The lock trivyScan takes too, held until the script exits, and not by gitleaks.
        assert sh.script.startsWith(ScanLock.SHELL)
        assert sh.script.contains('''then
  # One scan that sets files aside per workspace at a time (src/io/securerelease/srp/ScanLock.groovy).
  take_scan_lock gitleaksScan "$GL_SCAN_LOCK"
''')
        assert sh.script.contains('  "$GL_BIN" "$@" > "$log" 2>&1 9>&- || status=$?\n')
        assert sh.script.contains('''  take_scan_lock gitleaksScan "$GL_SCAN_LOCK"
  mkdir -p "$GL_NEUTRAL_DIR"
  : > "$GL_NEUTRAL_DIR/gitleaksignore"
  set -- "$@" --ignore-gitleaks-allow --gitleaks-ignore-path "$GL_NEUTRAL_DIR/gitleaksignore"
  if [ -z "${GL_CONFIG:-}" ]; then
    printf '[extend]\\nuseDefault = true\\n' > "$GL_NEUTRAL_DIR/gitleaks.toml"
    set -- "$@" --config "$GL_NEUTRAL_DIR/gitleaks.toml"
  fi''')
        // gitleaks reads <source>/.gitleaksignore whatever --gitleaks-ignore-path says: set aside, put back on exit.
        assert sh.script.contains('''    mv "$GL_SOURCE/.gitleaksignore" "$GL_NEUTRAL_DIR/repo-gitleaksignore"
    trap 'mv "$GL_NEUTRAL_DIR/repo-gitleaksignore" "$GL_SOURCE/.gitleaksignore"' EXIT''')
        // No exec but the lock's redirection: the EXIT trap must run after gitleaks.
        assert sh.script.findAll(/exec .*/) == ['exec 9>> "$2"']
    }

    @Test
    void honorRepoIgnoresRestoresGitleaksOwnBehaviour() {
        shResponders << { Map c -> [status: 0, files: ['reports/gitleaks.json': '[]']] }
        runStep('gitleaksScan', [honorRepoIgnores: true, config: '.gitleaks.toml'])
        Map sh = shCalls[0]
        assert sh.env.GL_HONOR_REPO_IGNORES == 'true'
        assert sh.env.GL_NEUTRAL_DIR == ''
        assert sh.env.GL_SCAN_LOCK == ''
        assert sh.env.GL_CONFIG == '.gitleaks.toml'
        // No neutral dir or lock in pwd(tmp: true); pwd() only to tell whether the report lies in the workspace.
        assert !calls('pwd').any { it.args.length > 0 }
    }

    @Test
    void dirModeInAPinnedContainerImage() {
        shResponders << { Map c -> [status: 0, files: ['out/g.json': '[]']] }
        runStep('gitleaksScan', [mode: 'dir', report: 'out/g.json', image: 'ghcr.io/gitleaks/gitleaks:v8.30.0'])
        Map sh = shCalls[0]
        assert sh.env.GL_MODE == 'dir'
        assert sh.env.GL_IMAGE == 'ghcr.io/gitleaks/gitleaks:v8.30.0'
        assert sh.script.contains('docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:$PWD" ${mount:+-v "$mount:$mount:ro"} -w "$PWD" "$GL_IMAGE" "$@"')
        assert sh.env.GL_NEUTRAL_DIR == NEUTRAL
    }

    @Test
    void pullRequestCommitsOnlyScansTheCommitsOfThePullRequest() {
        envVars.CHANGE_TARGET = 'main'
        shResponders << { Map c -> [status: 0, files: ['reports/gitleaks.json': '[]']] }
        runStep('gitleaksScan', [pullRequestCommitsOnly: true])
        assert shCalls[0].env.GL_LOG_OPTS == 'origin/main..HEAD'
    }

    @Test
    void aChangeTargetThatLooksLikeAnOptionIsRefused() {
        envVars.CHANGE_TARGET = '--output=/etc/passwd'
        StepFailure e = failingStep('gitleaksScan', [pullRequestCommitsOnly: true])
        assert e.message.startsWith("gitleaksScan: CHANGE_TARGET '--output=/etc/passwd' is not a plain branch name")
        assert shCalls.isEmpty()
    }

    @Test
    void aCrashIsToldApartFromLeaksFound() {
        shResponders << { Map c -> [status: 2] }
        StepFailure e = failingStep('gitleaksScan', [:])
        assert e.message == 'gitleaksScan: gitleaks failed with exit code 2 (see the log above); it ran with --exit-code 0, so this is a crash or bad option, not leaks found'
    }

    @Test
    void aMissingReportFails() {
        StepFailure e = failingStep('gitleaksScan', [:])
        assert e.message == "gitleaksScan: gitleaks exited 0 but wrote no report at 'reports/gitleaks.json'"
    }

    @Test
    void unknownOptionSuggestsTheClosestBeforeAnySideEffect() {
        StepFailure e = failingStep('gitleaksScan', [mdoe: 'dir'])
        assert e.message == "gitleaksScan: unknown option 'mdoe' (did you mean 'mode'?)"
        assert sideEffects.isEmpty()
    }

    @Test
    void badModeIsRefused() {
        StepFailure e = failingStep('gitleaksScan', [mode: 'gti'])
        assert e.message == "gitleaksScan: 'mode' must be one of git, dir, not 'gti' (did you mean 'git'?)"
        assert sideEffects.isEmpty()
    }

    @Test
    void honorRepoIgnoresMustBeABoolean() {
        StepFailure e = failingStep('gitleaksScan', [honorRepoIgnores: 'yes'])
        assert e.message == "gitleaksScan: 'honorRepoIgnores' must be a boolean, not a string"
        assert sideEffects.isEmpty()
        e = failingStep('gitleaksScan', [honourRepoIgnores: true])
        assert e.message == "gitleaksScan: unknown option 'honourRepoIgnores' (did you mean 'honorRepoIgnores'?)"
    }

    @Test
    void logOptsNeedGitMode() {
        StepFailure e = failingStep('gitleaksScan', [mode: 'dir', logOpts: '--all'])
        assert e.message == "gitleaksScan: 'logOpts' and 'pullRequestCommitsOnly' need mode 'git'"
        assert sideEffects.isEmpty()
    }

    @Test
    void windowsAgentsAreRefused() {
        unix = false
        StepFailure e = failingStep('gitleaksScan', [:])
        assert e.message == 'gitleaksScan: this step runs on Linux agents only; this agent is Windows: use a Linux agent label'
        assert sideEffects.isEmpty()
    }
}
