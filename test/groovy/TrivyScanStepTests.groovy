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
        assert sh.script.contains('set -- "$TV_COMMAND" --exit-code 0 --quiet --timeout "$TV_TIMEOUT" --cache-dir "$TV_CACHE_DIR"')
        assert sh.script.contains('"$TV_BIN" "$@" --format json --output "$TV_REPORT" "$TV_TARGET"')
        assert sh.script.contains('"$TV_BIN" "$@" --format cyclonedx --output "$TV_SBOM" "$TV_TARGET"')
        assert sh.env.subMap(['TV_COMMAND', 'TV_TARGET', 'TV_SERVER', 'TV_SCANNERS', 'TV_CACHE_DIR', 'TRIVY_TOKEN']) ==
                [TV_COMMAND: 'image', TV_TARGET: 'registry.invalid/app:42', TV_SERVER: 'https://trivy.internal.invalid:4954',
                 TV_SCANNERS: 'vuln,secret', TV_CACHE_DIR: '.trivy-cache', TRIVY_TOKEN: 'server-token']
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

    @Test
    void aCrashFailsTheStep() {
        shResponders << { Map c -> [status: 1] }
        StepFailure e = failingStep('trivyScan', [target: '.'])
        assert e.message == 'trivyScan: trivy fs failed with exit code 1 (see the log above); it ran with --exit-code 0, so this is a crash or bad option, not findings'
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
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            assert failingStep('trivyScan', c.key as Map).message == c.value
            assert sideEffects.isEmpty()
        }
    }
}
