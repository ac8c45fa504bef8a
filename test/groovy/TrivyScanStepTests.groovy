import io.securerelease.srp.ScanLock
import org.junit.Test

class TrivyScanStepTests extends StepTestBase {

    void trivyWrites() {
        shResponders << { Map c ->
            Map out = [(c.env.TV_REPORT): '{}']
            if (c.env.TV_SBOM) {
                out[c.env.TV_SBOM] = '{}'
            }
            [status: 0, files: out]
        }
    }

    @Test
    void imageScanWithSbomAndServerMode() {
        credentialSecrets['trivy-server'] = 'server-token'
        trivyWrites()
        Map result = runStep('trivyScan', [command: 'image', target: 'registry.invalid/app:42', sbom: 'reports/sbom.cdx.json',
                                           serverUrl: 'https://trivy.internal.invalid:4954', serverTokenCredentialsId: 'trivy-server',
                                           scanners: 'vuln,secret'])
        assert result == [report: 'reports/trivy-image.json', sbom: 'reports/sbom.cdx.json']
        Map sh = shCalls[0]
        assert sh.script.contains('set -- "$TV_COMMAND" --exit-code 0 --timeout "$TV_TIMEOUT" --cache-dir "$TV_CACHE_DIR"')
        assert sh.script.contains('scan "$@" --format json --output "$TV_REPORT" "$TV_TARGET"\n')
        assert sh.script.contains('scan "$@" --format cyclonedx --output "$TV_SBOM" "$TV_TARGET"\n')
        assert sh.env.subMap(['TV_COMMAND', 'TV_TARGET', 'TV_SERVER', 'TV_SCANNERS', 'TV_CACHE_DIR', 'TRIVY_TOKEN']) ==
                [TV_COMMAND: 'image', TV_TARGET: 'registry.invalid/app:42', TV_SERVER: 'https://trivy.internal.invalid:4954',
                 TV_SCANNERS: 'vuln,secret', TV_CACHE_DIR: "${TMP}/trivy-cache".toString(), TRIVY_TOKEN: 'server-token']
        assert boundCredentials.collect { [it.kind, it.credentialsId, it.variable] } == [['string', 'trivy-server', 'TRIVY_TOKEN']]
        assert calls('archiveArtifacts')[0].args[0] == [artifacts: 'reports/sbom.cdx.json', allowEmptyArchive: false, fingerprint: true]
    }

    @Test
    void configScanBindsNoCredentials() {
        trivyWrites()
        Map result = runStep('trivyScan', [command: 'config', target: 'terraform', offline: true, skipDirs: ['a/b', '**/node_modules']])
        assert shCalls[0].env.TV_SKIP_DIRS == 'a/b,**/node_modules'
        assert shCalls[0].script.contains('if [ -n "${TV_SKIP_DIRS:-}" ]; then set -- "$@" --skip-dirs "$TV_SKIP_DIRS"; fi')
        assert result.report == 'reports/trivy-config.json'
        assert boundCredentials.isEmpty()
        assert shCalls[0].env.TV_OFFLINE == 'true'
        assert calls('archiveArtifacts').isEmpty()
    }

    static final String NEUTRAL = '/agent/workspace/job@tmp/srp-trivy-neutral'
    static final String NEUTRALISE = '''if [ "$TV_HONOR_REPO_IGNORES" != true ]; then
  mkdir -p "$TV_NEUTRAL_DIR"
  : > "$TV_NEUTRAL_DIR/trivyignore"
  : > "$TV_NEUTRAL_DIR/trivy.yaml"
  set -- "$@" --config "$TV_NEUTRAL_DIR/trivy.yaml" --ignorefile "$TV_NEUTRAL_DIR/trivyignore"
  if [ "$TV_COMMAND" = image ] || [ "$TV_COMMAND" = fs ]; then
    rm -rf "$TV_NEUTRAL_DIR/no-trivy-secret.yaml"
    set -- "$@" --secret-config "$TV_NEUTRAL_DIR/no-trivy-secret.yaml"
  fi
fi
'''

    @Test
    void byDefaultTheRepositoryCannotSilenceTrivy() {
        for (String command : ['image', 'fs', 'config', 'sbom']) {
            shCalls.clear()
            trivyWrites()
            runStep('trivyScan', [command: command, target: 't'])
            Map sh = shCalls[0]
            assert sh.env.TV_HONOR_REPO_IGNORES == 'false'
            assert sh.env.TV_NEUTRAL_DIR == NEUTRAL
            assert sh.script.contains(NEUTRALISE)
            // Built before the scans, so the JSON report and the SBOM get the same flags.
            assert sh.script.indexOf(NEUTRALISE) < sh.script.indexOf('"$TV_BIN" "$@"')
            // trivy config has no --show-suppressed; the others keep what trivy still suppresses in the report.
            assert sh.script.contains('if [ "$TV_COMMAND" != config ]; then set -- "$@" --show-suppressed --no-progress; fi')
        }
    }

    static final String DISABLE_INLINE = 'if [ "$TV_HONOR_REPO_IGNORES" != true ] && { [ "$TV_COMMAND" = config ] || [ "$TV_COMMAND" = fs ]; } && [ -e "$TV_TARGET" ]; then'

    @Test
    void inlineIgnoreCommentsAreDisabledForCheckoutScansOnlyAndPutBackOnExit() {
        trivyWrites()
        runStep('trivyScan', [command: 'config', target: 'infra'])
        String script = shCalls[0].script
        // The shell decides (config and fs, not image or sbom; not with honorRepoIgnores), before the scans run.
        assert script.contains(DISABLE_INLINE)
        assert script.indexOf(DISABLE_INLINE) < script.indexOf('"$TV_BIN" "$@"')
        assert script.contains('trap restore EXIT\n  trap \'exit 143\' HUP INT TERM\n')
        assert script.indexOf('trap restore EXIT') < script.indexOf('ln "$file" "$entry/original"')
        // The workspace's scan lock (gitleaksScan takes it too) before the files are looked through; trivy
        // itself does not inherit it.
        assert script.startsWith(ScanLock.SHELL)
        assert script.indexOf('  take_scan_lock trivyScan "$TV_SCAN_LOCK"\n') in script.indexOf(DISABLE_INLINE)..<script.indexOf('candidates=$(walk')
        assert script.contains('  "$TV_BIN" "$@" > "$log" 2>&1 9>&- || status=$?\n')
        // One log line per file, and the copy replaces only the colon after trivy/tfsec.
        assert script.contains('printf \'trivyScan: inline trivy:ignore comments in %s are disabled for the scan (the gate decides; see docs/jenkins.md#repository-ignore-files)\\n\' "$file"')
        assert script.contains('awk \'$2 != 72 || $3 != 137 { bad = 1 } END { exit bad }\'')
        assert shCalls[0].env.subMap(['TV_TARGET', 'TV_CACHE_DIR', 'TV_NEUTRAL_DIR', 'TV_SCAN_LOCK']) ==
                [TV_TARGET: 'infra', TV_CACHE_DIR: "${TMP}/trivy-cache".toString(), TV_NEUTRAL_DIR: NEUTRAL,
                 TV_SCAN_LOCK: "${TMP}/srp-scan.lock".toString()]
    }

    @Test
    void aRefusalOrAFailedRestoreFailsTheStepWithItsOwnMessage() {
        shResponders << { Map c -> [status: 3] }
        assert failingStep('trivyScan', [command: 'config', target: 'in\nfra']).message ==
                "trivyScan: refused to scan: the inline trivy:ignore comments under 'in fra' could not be disabled safely (see the log above)"
        shResponders.clear()
        shResponders << { Map c -> [status: 4] }
        assert failingStep('trivyScan', [command: 'fs', target: '.']).message ==
                'trivyScan: files set aside for the scan could not all be put back (see the log above for where the originals are)'
    }

    @Test
    void honorRepoIgnoresRestoresTrivysOwnBehaviour() {
        trivyWrites()
        runStep('trivyScan', [command: 'fs', target: '.', honorRepoIgnores: true])
        assert shCalls[0].env.TV_HONOR_REPO_IGNORES == 'true'
        assert shCalls[0].env.TV_NEUTRAL_DIR == ''
    }

    @Test
    void theCacheLivesOutsideTheCheckout() {
        trivyWrites()
        runStep('trivyScan', [command: 'config', target: '.'])
        assert shCalls[0].env.TV_CACHE_DIR == "${TMP}/trivy-cache".toString()
        shCalls.clear()
        runStep('trivyScan', [command: 'fs', target: '.', cacheDir: '/var/cache/trivy'])
        assert shCalls[0].env.TV_CACHE_DIR == '/var/cache/trivy'
    }

    @Test
    void aCacheDirInsideTheWorkspaceIsRefusedUnlessTheRepositoryIsTrusted() {
        // A pull request could commit .trivy-cache/policy/content (one empty rego file): every check gone.
        for (String dir : ['.trivy-cache', 'a/../b', "${WORKSPACE}/c".toString(), '.', "../job/x".toString()]) {
            shCalls.clear()
            StepFailure e = failingStep('trivyScan', [command: 'config', target: '.', cacheDir: dir])
            assert e.message == "trivyScan: cacheDir '${dir}' is inside the workspace, where a pull request can commit " +
                    "trivy's databases and checks (an empty checks bundle there hides every misconfiguration); " +
                    'leave cacheDir unset (WORKSPACE@tmp/trivy-cache) or point it outside the workspace'
            assert shCalls.isEmpty()
        }
        trivyWrites()
        runStep('trivyScan', [command: 'config', target: '.', cacheDir: '../job@tmp/cache'])
        assert shCalls[0].env.TV_CACHE_DIR == '../job@tmp/cache'
        shCalls.clear()
        runStep('trivyScan', [command: 'config', target: '.', cacheDir: '.trivy-cache', honorRepoIgnores: true])
        assert shCalls[0].env.TV_CACHE_DIR == '.trivy-cache'
    }

    @Test
    void aCrashFailsTheStep() {
        shResponders << { Map c -> [status: 1] }
        StepFailure e = failingStep('trivyScan', [target: '.'])
        assert e.message == 'trivyScan: trivy fs failed with exit code 1 (see the log above); it ran with --exit-code 0, so this is a crash or bad option, not findings'
        // A file trivy logged as unreadable (RepoIgnoreFilesRealScanTests runs it): exit 5, and what to check.
        shResponders.add(0, { Map c -> [status: 5] })
        e = failingStep('trivyScan', [target: '.'])
        assert e.message.startsWith('trivyScan: trivy could not read every file it was to scan (the lines above), so its report may lack their findings and is not used: ')
    }

    @Test
    void configErrorsStopBeforeAnySideEffect() {
        Map cases = [
                ([:])                                           : "trivyScan: 'target' is required",
                ([target: '.', comand: 'fs'])                   : "trivyScan: unknown option 'comand' (did you mean 'command'?)",
                ([target: '.', command: 'imgae'])               : "trivyScan: 'command' must be one of image, fs, config, sbom, not 'imgae' (did you mean 'image'?)",
                ([target: '.', command: 'config', scanners: 'vuln']): "trivyScan: 'scanners' does not apply to 'trivy config' (it only checks misconfigurations)",
                ([target: '.', command: 'config', sbom: 's.json']): "trivyScan: 'sbom' needs command 'image' or 'fs', not 'config'",
                ([target: '.', serverTokenCredentialsId: 'x'])  : "trivyScan: 'serverTokenCredentialsId' needs 'serverUrl'",
                ([target: '.', offline: 'true'])                : "trivyScan: 'offline' must be a boolean, not a string",
                ([target: '.', skipDirs: ['a,b']])              : "trivyScan: 'skipDirs' entries must be non-empty paths without commas, not 'a,b'",
                ([target: '.', skipDirs: 'a'])                  : "trivyScan: 'skipDirs' must be a list, not a string",
                ([target: '.', honorRepoIgnores: 'false'])      : "trivyScan: 'honorRepoIgnores' must be a boolean, not a string",
                ([target: '.', honorRepoIgnore: true])          : "trivyScan: unknown option 'honorRepoIgnore' (did you mean 'honorRepoIgnores'?)",
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            assert failingStep('trivyScan', c.key as Map).message == c.value
            assert sideEffects.isEmpty()
        }
    }
}
