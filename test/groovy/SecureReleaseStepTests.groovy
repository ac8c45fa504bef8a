import org.junit.Test

class SecureReleaseStepTests extends StepTestBase {
    String verdict = '{"passed":true,"blocking":0,"counts":{},"blockingFindings":[]}'
    int gateStatus = 0

    @Override
    void registerMocks() {
        super.registerMocks()
        credentialSecrets.putAll(['github-status-token': 'gh', 'reg': 'pw'])
        shResponders << { Map c ->
            if (c.script.contains('launch.cjs')) {
                Map out = [(c.env.SRP_ERROR_FILE): '']
                if (c.env.SRP_ARGS_FILE.endsWith('gate-args.json')) {
                    out['srp-report/verdict.json'] = verdict
                    return [status: gateStatus, files: out]
                }
                return [status: 0, files: out]
            }
            Map out = [:]
            for (String k : ['GL_REPORT', 'TV_REPORT', 'TV_SBOM']) {
                if (c.env[k]) {
                    out[c.env[k]] = '{}'
                }
            }
            return out ? [status: 0, files: out] : null
        }
    }

    List<String> labels() {
        shCalls.collect { it.label }.findAll { it && !it.contains('check node') }
    }

    @Test
    void aBlockedReleaseIsNeverPushedOrDeployed() {
        verdict = '{"passed":false,"blocking":1,"counts":{"critical":1},"blockingFindings":[{"kind":"vulnerability","severity":"CRITICAL"}]}'
        gateStatus = 1
        envVars.BRANCH_NAME = 'main'
        StepFailure e = failingStep('secureRelease', [image: 'ghcr.io/o/app', githubStatus: true, registryCredentialsId: 'reg',
                                                      deploy: [inventory: 'inv.yml'], smokeUrl: 'https://app.invalid/health'])
        assert e.message == "securityGate: BLOCKED: 1 critical; see the 'srp-report' artifacts"
        assert labels() == ['githubStatus: srp status', 'gitleaksScan: gitleaks git', 'secureRelease: docker build',
                            'trivyScan: trivy image', 'trivyScan: trivy config', 'securityGate: check paths for links',
                            'securityGate: srp gate']
        // The gate posted its own statuses; the library does not overwrite them with 'error'.
        assert shCalls.count { it.label == 'githubStatus: srp status' } == 1
    }

    @Test
    void unstableOnBlockStillNeverShips() {
        verdict = '{"passed":false,"blocking":1,"counts":{"high":1},"blockingFindings":[{"kind":"secret","severity":"HIGH"}]}'
        gateStatus = 1
        envVars.BRANCH_NAME = 'main'
        Map v = runStep('secureRelease', [image: 'ghcr.io/o/app', onBlock: 'unstable', deploy: [inventory: 'i'],
                                          smokeUrl: 'https://app.invalid/health'])
        assert v.passed == false
        assert !labels().contains('secureRelease: docker push')
        assert echoes.contains('secureRelease: the gate blocked this release; not pushing or deploying')
        assert binding.getVariable('currentBuild').result == 'UNSTABLE'
    }

    @Test
    void aGateWhoseExitAndVerdictDisagreeNeverShips() {
        // Exit 1 with a verdict that says passed once came back as passed with onBlock 'unstable' (and shipped);
        // exit 0 or 3 with one that says blocked left the build green.
        String passing = verdict
        String blocked = '{"passed":false,"blocking":1,"counts":{"critical":1},"blockingFindings":[{"kind":"vulnerability","severity":"CRITICAL"}]}'
        envVars.BRANCH_NAME = 'main'
        for (List c : [[1, passing, 'exited 1 (blocked)'], [0, blocked, 'exited 0 (passed)'], [3, blocked, 'exited 3 (passed)']]) {
            shCalls.clear()
            binding.getVariable('currentBuild').result = null
            gateStatus = c[0] as int
            verdict = c[1]
            StepFailure e = failingStep('secureRelease', [image: 'ghcr.io/o/app', onBlock: 'unstable', deploy: [inventory: 'i'],
                                                          smokeUrl: 'https://app.invalid/health'])
            assert e.message.startsWith("securityGate: the engine ${c[2]} but its verdict")
            assert labels().last() == 'securityGate: srp gate'
            assert binding.getVariable('currentBuild').result == 'FAILURE'
        }
    }

    @Test
    void aFailureBeforeTheGatePostsAnErrorStatus() {
        shResponders.add(0, { Map c -> c.label == 'secureRelease: docker build' ? [status: 1] : null })
        try {
            runStep('secureRelease', [image: 'ghcr.io/o/app', githubStatus: true])
            assert false: 'should have failed'
        } catch (StepFailure e) {
            assert e.message == 'script returned exit code 1'
        }
        List<Map> statusArgs = files.findAll { it.key.endsWith('status-args.json') }.collect { it.value }
        assert engineArgsFor('status').args == ['status', '--state', 'error',
                '--description', 'the release pipeline failed before the security gate; see the build log']
        assert shCalls.count { it.label == 'githubStatus: srp status' } == 2
    }

    @Test
    void pushLogsInThroughStdinWithBoundCredentials() {
        runStep('secureRelease', [image: 'ghcr.io/o/app', registry: 'ghcr.io', registryCredentialsId: 'reg'])
        Map push = shCalls.find { it.label == 'secureRelease: docker push' }
        assert push.script.contains('printf \'%s\' "$SRP_REGISTRY_PASSWORD" | docker login --username "$SRP_REGISTRY_USER" --password-stdin')
        assert push.env.SRP_REGISTRY_PASSWORD == 'pw'
        assert push.env.SRP_IMAGE_REF == 'ghcr.io/o/app:42'
        assert !labels().contains('ansibleDeploy: ansible-playbook') // no deploy configured
    }

    @Test
    void theRepositorysIgnoreFilesGoToTheGateNotToTheScanners() {
        files['.trivyignore'] = 'CVE-2019-1549 exp:2026-07-01\n'
        files['.gitleaksignore'] = 'a.env:github-pat:1\n'
        runStep('secureRelease', [image: 'ghcr.io/o/app', fsScan: true])
        List<Map> scans = shCalls.findAll { it.env.GL_MODE || it.env.TV_COMMAND }
        assert scans.size() == 4
        for (Map scan : scans) {
            assert (scan.env.GL_HONOR_REPO_IGNORES ?: scan.env.TV_HONOR_REPO_IGNORES) == 'false'
            assert (scan.env.GL_NEUTRAL_DIR ?: scan.env.TV_NEUTRAL_DIR).startsWith(TMP + '/')
        }
        List args = engineArgsFor('gate').args
        int end = args.indexOf('--')
        assert args.subList(0, end).join(' ').contains('--trivyignore .trivyignore --gitleaksignore .gitleaksignore')
        assert args.subList(end + 1, args.size()) == ['reports/gitleaks.json', 'reports/trivy-image.json',
                                                      'reports/trivy-config.json', 'reports/trivy-fs.json']
    }

    @Test
    void aTrivyignoreYamlGoesToTheGateToo() {
        files['.trivyignore'] = 'CVE-2019-1549\n'
        files['.trivyignore.yaml'] = 'misconfigurations:\n  - id: AVD-DS-0002\n    paths: [Dockerfile]\n    statement: runs as root on purpose\n'
        runStep('secureRelease', [image: 'ghcr.io/o/app'])
        List args = engineArgsFor('gate').args
        assert args.subList(0, args.indexOf('--')).join(' ').contains('--trivyignore .trivyignore --trivyignore .trivyignore.yaml')
    }

    @Test
    void withoutIgnoreFilesTheGateGetsNone() {
        runStep('secureRelease', [image: 'ghcr.io/o/app'])
        List args = engineArgsFor('gate').args
        assert !args.contains('--trivyignore')
        assert !args.contains('--gitleaksignore')
    }

    @Test
    void honorRepoIgnoresLeavesThemToTheScanners() {
        files['.trivyignore'] = 'CVE-2019-1549\n'
        files['.trivyignore.yaml'] = 'vulnerabilities:\n  - id: CVE-2019-1549\n'
        files['.gitleaksignore'] = 'a.env:github-pat:1\n'
        runStep('secureRelease', [image: 'ghcr.io/o/app', fsScan: true, honorRepoIgnores: true])
        List<Map> scans = shCalls.findAll { it.env.GL_MODE || it.env.TV_COMMAND }
        assert scans.size() == 4
        for (Map scan : scans) {
            assert (scan.env.GL_HONOR_REPO_IGNORES ?: scan.env.TV_HONOR_REPO_IGNORES) == 'true'
        }
        List args = engineArgsFor('gate').args
        assert !args.contains('--trivyignore')
        assert !args.contains('--gitleaksignore')
    }

    @Test
    void configErrorsStopBeforeAnySideEffect() {
        Map cases = [
                ([:])                                     : "secureRelease: 'image' is required",
                ([image: 'ghcr.io/o/app:1.0:'])           : "secureRelease: 'image' must be a repository name without tag (e.g. ghcr.io/org/service), not 'ghcr.io/o/app:1.0:'",
                ([image: 'a', deploy: [:]])               : "secureRelease: 'deploy' needs 'smokeUrl' (the deployed /health URL the smoke test polls)",
                ([image: 'a', imgae: 'b'])                : "secureRelease: unknown option 'imgae' (did you mean 'image'?)",
                ([image: 'a', onBlock: 'ignore'])         : "secureRelease: 'onBlock' must be one of fail, unstable, not 'ignore'",
                ([image: 'a', honorRepoIgnores: 'no'])    : "secureRelease: 'honorRepoIgnores' must be a boolean, not a string",
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            assert failingStep('secureRelease', c.key as Map).message == c.value
            assert sideEffects.isEmpty()
        }
    }
}
