import org.junit.Test

class SecurityGateStepTests extends StepTestBase {
    static final String HOME = "${TMP}/srp-engine"
    static final String BLOCKED = '''{"schemaVersion":1,"passed":false,"blocking":5,
      "counts":{"critical":3,"high":0,"medium":1,"low":0,"unknown":0},"suppressed":0,"total":6,
      "blockingFindings":[
        {"scanner":"trivy","kind":"vulnerability","severity":"CRITICAL","id":"CVE-1"},
        {"scanner":"trivy","kind":"vulnerability","severity":"CRITICAL","id":"CVE-2"},
        {"scanner":"trivy","kind":"misconfiguration","severity":"CRITICAL","id":"DS-1"},
        {"scanner":"gitleaks","kind":"secret","severity":"HIGH","id":"github-pat"},
        {"scanner":"gitleaks","kind":"secret","severity":"HIGH","id":"aws"}]}'''
    static final String PASSED = '{"schemaVersion":1,"passed":true,"blocking":0,"counts":{"critical":0,"high":0,"medium":4,"low":0,"unknown":0},"suppressed":1,"total":5,"blockingFindings":[]}'
    /** How every fail-closed message ends: a pass counts only when verdict.json exists and says passed. */
    static final String FAILS_CLOSED = 'the gate fails closed: rerun, and report this if it repeats'

    /** The engine "runs": answers exit code {@code status} and writes the outputs it would write. */
    void engineAnswers(int status, String verdict, String stderr = '') {
        shResponders << { Map c ->
            if (!c.script.contains('launch.cjs')) {
                return null
            }
            Map written = [:]
            if (verdict != null) {
                written = ['srp-report/verdict.json': verdict, 'srp-report/results.sarif': '{}',
                           'srp-report/junit.xml': '<testsuites/>', 'srp-report/summary.md': '#',
                           'srp-report/report.html': '<html></html>']
            }
            written[c.env.SRP_ERROR_FILE] = stderr
            [status: status, files: written]
        }
    }

    @Test
    void passingGateInstallsTheBundleRunsTheEngineAndPublishes() {
        engineAnswers(0, PASSED)
        Map verdict = runStep('securityGate', [reports: ['reports/gitleaks.json', 'reports/trivy-image.json']])
        assert verdict.passed == true
        assert verdict.status == 0
        assert verdict.counts.medium == 4
        // node checked first, then the bundle written byte for byte from resources/.
        assert shCalls[0].script.contains('node --version') && shCalls[0].returnStdout
        assert files["${HOME}/srp.cjs"] == new File(REPO.toFile(), 'resources/io/securerelease/srp/srp.cjs').getText('UTF-8')
        assert files.containsKey("${HOME}/launch.cjs".toString())
        // then outputDir checked for links, before the engine and before anything is published.
        assert shCalls[1].label == 'securityGate: check paths for links' && shCalls[1].returnStatus
        assert shCalls[1].env.SRP_OUTPUT_DIR == 'srp-report'
        Map engine = shCalls[2]
        assert engine.script == 'node "$SRP_HOME/launch.cjs" "$SRP_ARGS_FILE" "$SRP_ERROR_FILE"'
        assert engine.returnStatus
        assert engine.env.SRP_HOME == HOME
        assert engineArgsFor('gate').args == ['gate', '--policy', "${HOME}/default-policy.yml",
                '--sarif', 'srp-report/results.sarif', '--junit', 'srp-report/junit.xml', '--summary', 'srp-report/summary.md',
                '--json', 'srp-report/verdict.json', '--html', 'srp-report/report.html', '--',
                'reports/gitleaks.json', 'reports/trivy-image.json']
        assert calls('archiveArtifacts')[0].args[0] == [artifacts: 'srp-report/*', allowEmptyArchive: true, fingerprint: false]
        assert calls('junit')[0].args[0] == [testResults: 'srp-report/junit.xml', allowEmptyResults: true, skipMarkingBuildUnstable: true]
        assert calls('recordIssues').size() == 1
        assert calls('sarif')[0].args[0].pattern == 'srp-report/results.sarif'
        assert calls('publishHTML')[0].args[0].target.reportFiles == 'report.html'
        assert binding.getVariable('currentBuild').description == 'PASSED: 4 medium below the threshold, 1 suppressed'
        assert binding.getVariable('currentBuild').result == null
        assert boundCredentials.isEmpty()
    }

    @Test
    void blockedGateFailsTheBuildAfterPublishing() {
        engineAnswers(1, BLOCKED)
        StepFailure e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == "securityGate: BLOCKED: 3 critical, 2 secrets; see the 'srp-report' artifacts"
        assert binding.getVariable('currentBuild').result == 'FAILURE'
        assert binding.getVariable('currentBuild').description == 'BLOCKED: 3 critical, 2 secrets'
        assert sideEffects.indexOf('junit') >= 0 && sideEffects.indexOf('archiveArtifacts') >= 0
    }

    @Test
    void blockedDescriptionCountsTheFindingsTheVerdictDidNotList() {
        // Past its cap the verdict lists the most severe findings and counts the rest in blockingFindingsOmitted.
        engineAnswers(1, '''{"schemaVersion":1,"passed":false,"blocking":150000,
          "counts":{"critical":2,"high":149998,"medium":0,"low":0,"unknown":0},"suppressed":0,"total":150000,
          "blockingFindings":[
            {"scanner":"trivy","kind":"vulnerability","severity":"CRITICAL","id":"CVE-1"},
            {"scanner":"trivy","kind":"vulnerability","severity":"CRITICAL","id":"CVE-2"},
            {"scanner":"gitleaks","kind":"secret","severity":"HIGH","id":"aws"}],
          "blockingFindingsOmitted":149997}''')
        Map verdict = runStep('securityGate', [reports: ['g.json'], onBlock: 'unstable'])
        assert verdict.blocking == 150000
        assert verdict.blockingFindingsOmitted == 149997
        assert binding.getVariable('currentBuild').description == 'BLOCKED: 2 critical, 1 secret and 149997 more'
        assert unstables == ['securityGate: BLOCKED: 2 critical, 1 secret and 149997 more']
    }

    @Test
    void blockedWithOnBlockUnstableGoesOnAndReturnsTheVerdict() {
        engineAnswers(1, BLOCKED)
        Map verdict = runStep('securityGate', [reports: ['g.json'], onBlock: 'unstable'])
        assert verdict.passed == false
        assert verdict.blocking == 5
        assert unstables == ['securityGate: BLOCKED: 3 critical, 2 secrets']
        assert binding.getVariable('currentBuild').result == 'UNSTABLE'
    }

    @Test
    void inputErrorFailsWithTheEnginesOneLineMessage() {
        engineAnswers(2, null, 'srp: error: g.json: no such file; check the path (docs/engine.md#input-errors)\n')
        StepFailure e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == 'securityGate: the gate could not read its inputs (exit 2): srp: error: g.json: no such file; check the path (docs/engine.md#input-errors)'
        assert binding.getVariable('currentBuild').result == 'FAILURE'
        assert binding.getVariable('currentBuild').description == 'GATE ERROR: the gate could not read its inputs (exit 2)'
        assert calls('junit').size() == 1 // published in the finally, even with nothing to show
        assert calls('recordIssues').isEmpty() // no SARIF written
    }

    @Test
    void internalErrorFails() {
        engineAnswers(4, null, 'srp: internal error: boom (rerun with --debug)')
        StepFailure e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == 'securityGate: the engine failed (exit 4): srp: internal error: boom (rerun with --debug)'
        assert binding.getVariable('currentBuild').result == 'FAILURE'
    }

    /** With githubStatus, a gate that fails where the engine posted no status (or one not trusted) says error. */
    @Test
    void whereTheEngineLeftNoTrustedStatusTheGateStatusSaysError() {
        credentialSecrets['github-status-token'] = 'token-1'
        String post = "${HOME}/status-args.json"
        List<List> cases = [
                [4, null, 'securityGate: the engine failed (exit 4): srp: internal error: boom'],
                [0, BLOCKED, 'securityGate: the engine exited 0 (passed) but its verdict'],
        ]
        for (List c : cases) {
            files.remove(post)
            shResponders.clear()
            shResponders << { Map call -> call.env.SRP_ARGS_FILE == post ? [status: 0] : null }
            engineAnswers(c[0] as int, c[1] as String, 'srp: internal error: boom')
            StepFailure e = failingStep('securityGate', [reports: ['g.json'], githubStatus: true, statusContextPrefix: 'acme'])
            assert e.message.startsWith(c[2] as String)
            assert engineArgsFor('status').args == ['status', '--state', 'error', '--description',
                                                    'error: the security gate failed; see the build log', '--status-context-prefix', 'acme']
        }
        // A blocked gate keeps the engine's own failure statuses; so does an input error (the engine posts error).
        for (int status : [1, 2]) {
            files.remove(post)
            shResponders.clear()
            engineAnswers(status, status == 1 ? BLOCKED : null, 'srp: error: g.json: not a report')
            failingStep('securityGate', [reports: ['g.json'], githubStatus: true])
            assert !files.containsKey(post)
        }
        // A status that cannot be posted does not hide why the gate failed.
        files.remove(post)
        shResponders.clear()
        engineAnswers(4, null, 'srp: internal error: boom')
        StepFailure e = failingStep('securityGate', [reports: ['g.json'], githubStatus: true])
        assert e.message == 'securityGate: the engine failed (exit 4): srp: internal error: boom'
        assert files.containsKey(post)
        assert echoes.last() == "securityGate: could not set the gate's commit status to error: githubStatus: could not post 'error' (exit 4): srp: internal error: boom"
        assert unstables.isEmpty()
    }

    @Test
    void notificationFailureIsUnstableWithTheMessage() {
        credentialSecrets['github-status-token'] = 'token-1'
        engineAnswers(3, PASSED, 'github: 401: token in GITHUB_TOKEN is wrong, expired or revoked')
        Map verdict = runStep('securityGate', [reports: ['g.json'], githubStatus: true])
        assert verdict.passed
        assert unstables == ['securityGate: the gate passed but a notification failed: github: 401: token in GITHUB_TOKEN is wrong, expired or revoked']
        assert binding.getVariable('currentBuild').result == 'UNSTABLE'
        assert binding.getVariable('currentBuild').description == 'PASSED: 4 medium below the threshold, 1 suppressed (notification failed)'
    }

    /** Forgets the last run of a loop's case: build result, unstable messages, engine answers and side effects. */
    void newRun() {
        binding.getVariable('currentBuild').result = null
        unstables.clear()
        shResponders.clear()
        sideEffects.clear()
    }

    /** Runs the gate expecting the fail-closed FAILURE; returns the error message after the common checks. */
    String failsClosed(Map config) {
        StepFailure e = failingStep('securityGate', config)
        assert binding.getVariable('currentBuild').result == 'FAILURE'
        assert unstables.isEmpty()
        String description = binding.getVariable('currentBuild').description
        assert description.startsWith('GATE ERROR: ') && !description.contains('PASSED'): description
        assert sideEffects.contains('junit') // the outputs are still published first
        assert e.message.startsWith('securityGate: ') && e.message.endsWith(FAILS_CLOSED)
        return e.message
    }

    @Test
    void exitZeroWithoutAVerdictFailsClosed() {
        engineAnswers(0, null)
        assert failsClosed([reports: ['g.json']]) ==
                "securityGate: the engine exited 0 but wrote no verdict (srp-report/verdict.json); ${FAILS_CLOSED}"
        assert binding.getVariable('currentBuild').description == 'GATE ERROR: no verdict (exit 0)'
    }

    @Test
    void exitZeroWithABlockingVerdictFailsClosed() {
        engineAnswers(0, BLOCKED)
        assert failsClosed([reports: ['g.json']]) == 'securityGate: the engine exited 0 (passed) but its verdict ' +
                "(srp-report/verdict.json) says blocked; the engine and its verdict disagree, so ${FAILS_CLOSED}"
        assert binding.getVariable('currentBuild').description == 'GATE ERROR: exit 0 (passed) but the verdict says blocked'
    }

    @Test
    void notificationFailureWithoutAVerdictFailsClosed() {
        credentialSecrets['github-status-token'] = 'token-1'
        engineAnswers(3, null, 'github: 401: token in GITHUB_TOKEN is wrong, expired or revoked')
        assert failsClosed([reports: ['g.json'], githubStatus: true]) ==
                "securityGate: the engine exited 3 but wrote no verdict (srp-report/verdict.json); ${FAILS_CLOSED}"
        assert binding.getVariable('currentBuild').description == 'GATE ERROR: no verdict (exit 3)'
    }

    @Test
    void notificationFailureWithABlockingVerdictFailsClosed() {
        credentialSecrets['github-status-token'] = 'token-1'
        engineAnswers(3, BLOCKED, 'github: 401: token in GITHUB_TOKEN is wrong, expired or revoked')
        assert failsClosed([reports: ['g.json'], githubStatus: true, onBlock: 'unstable']) ==
                'securityGate: the engine exited 3 (passed) but its verdict (srp-report/verdict.json) says blocked; ' +
                "the engine and its verdict disagree, so ${FAILS_CLOSED}"
        assert binding.getVariable('currentBuild').description == 'GATE ERROR: exit 3 (passed) but the verdict says blocked'
    }

    @Test
    void blockedExitWithAPassingVerdictFailsEvenWithOnBlockUnstable() {
        for (String onBlock : ['fail', 'unstable']) {
            newRun()
            engineAnswers(1, PASSED)
            assert failsClosed([reports: ['g.json'], onBlock: onBlock]) == 'securityGate: the engine exited 1 (blocked) ' +
                    "but its verdict (srp-report/verdict.json) says passed; the engine and its verdict disagree, so ${FAILS_CLOSED}"
            assert binding.getVariable('currentBuild').description == 'GATE ERROR: exit 1 (blocked) but the verdict says passed'
        }
    }

    @Test
    void blockedExitWithoutAVerdictFailsEvenWithOnBlockUnstable() {
        engineAnswers(1, null)
        assert failsClosed([reports: ['g.json'], onBlock: 'unstable']) ==
                "securityGate: the engine exited 1 but wrote no verdict (srp-report/verdict.json); ${FAILS_CLOSED}"
        assert binding.getVariable('currentBuild').description == 'GATE ERROR: no verdict (exit 1)'
    }

    @Test
    void aVerdictThatContradictsItsOwnCountFailsClosed() {
        // [exit code, verdict, what the description and message say]
        List cases = [
                [0, '{"passed":true,"blocking":2}', 'passed with 2 blocking', 'passed with 2 blocking findings'],
                [3, '{"passed":true,"blocking":1}', 'passed with 1 blocking', 'passed with 1 blocking finding'],
                [0, '{"passed":true}', 'passed without a blocking count', 'passed with no count of blocking findings'],
                [0, '{"passed":true,"blocking":"0"}', 'passed without a blocking count', 'passed with no count of blocking findings'],
                [0, '{"passed":true,"blocking":0.5}', 'passed without a blocking count', 'passed with no count of blocking findings'],
                [0, '{"passed":true,"blocking":-1}', 'passed without a blocking count', 'passed with no count of blocking findings'],
                [1, '{"passed":false,"blocking":0}', 'blocked with 0 blocking', 'blocked with 0 blocking findings'],
        ]
        for (List c : cases) {
            newRun()
            engineAnswers(c[0] as int, c[1] as String)
            assert failsClosed([reports: ['g.json'], onBlock: 'unstable']) == "securityGate: the engine exited ${c[0]} and its " +
                    "verdict (srp-report/verdict.json) says ${c[3]}; a verdict passes exactly when none block, so ${FAILS_CLOSED}"
            assert binding.getVariable('currentBuild').description == "GATE ERROR: the verdict says ${c[2]} (exit ${c[0]})"
        }
    }

    @Test
    void aVerdictThatIsNotAVerdictFailsClosedWithTheStepName() {
        // Not JSON, empty, not an object, no boolean "passed": none of its text reaches the message.
        List<String> notVerdicts = ['{"passed": true, "secret": "AKIA-not-json', '', '[true]', '{"passed":"true","blocking":0}',
                                    '{"blocking":0}']
        for (int status : [0, 1, 3]) {
            for (String text : notVerdicts) {
                newRun()
                engineAnswers(status, text)
                String message = failsClosed([reports: ['g.json'], onBlock: 'unstable'])
                assert message == "securityGate: the engine exited ${status} but its verdict (srp-report/verdict.json) " +
                        "is not a JSON object with a boolean \"passed\"; ${FAILS_CLOSED}"
                assert !message.contains('AKIA')
                assert binding.getVariable('currentBuild').description == "GATE ERROR: unreadable verdict (exit ${status})"
            }
        }
    }

    @Test
    void withoutDescriptionTheGateStillFailsClosed() {
        binding.getVariable('currentBuild').description = 'set by the pipeline'
        engineAnswers(0, null)
        StepFailure e = failingStep('securityGate', [reports: ['g.json'], setDescription: false])
        assert e.message.startsWith('securityGate: the engine exited 0 but wrote no verdict')
        assert binding.getVariable('currentBuild').result == 'FAILURE'
        assert binding.getVariable('currentBuild').description == 'set by the pipeline'
    }

    @Test
    void statusesAndLedgerThroughTheEnginesFlagsWithBoundTokens() {
        credentialSecrets['gh'] = 'token-gh'
        credentialSecrets['ledger'] = 'token-ledger'
        engineAnswers(0, PASSED)
        runStep('securityGate', [reports: ['g.json'], githubStatus: true, githubCredentialsId: 'gh',
                                 reportTo: 'https://ledger.invalid', ledgerCredentialsId: 'ledger',
                                 image: 'ghcr.io/o/app', imageTag: '42', policy: 'policy.yml',
                                 trivyignore: ['.trivyignore'], gitleaksignore: ['.gitleaksignore'], html: false])
        assert boundCredentials.collect { [it.kind, it.credentialsId, it.variable] } ==
                [['string', 'gh', 'GITHUB_TOKEN'], ['string', 'ledger', 'SRP_API_TOKEN']]
        Map engine = shCalls.find { it.script.contains('launch.cjs') }
        assert engine.env.GITHUB_TOKEN == 'token-gh' && engine.env.SRP_API_TOKEN == 'token-ledger'
        assert engineArgsFor('gate').args == ['gate', '--policy', 'policy.yml', '--sarif', 'srp-report/results.sarif',
                '--junit', 'srp-report/junit.xml', '--summary', 'srp-report/summary.md', '--json', 'srp-report/verdict.json',
                '--report-to', 'https://ledger.invalid', '--image', 'ghcr.io/o/app', '--image-tag', '42',
                '--trivyignore', '.trivyignore', '--gitleaksignore', '.gitleaksignore', '--github-status', '--', 'g.json']
        assert calls('publishHTML').isEmpty()
    }

    @Test
    void unknownCredentialsIdFailsBeforeTheEngineRuns() {
        engineAnswers(0, PASSED)
        try {
            runStep('securityGate', [reports: ['g.json'], githubStatus: true, githubCredentialsId: 'nope'])
            assert false: 'should have failed'
        } catch (IllegalArgumentException e) {
            assert e.message == "Could not find credentials entry with ID 'nope'"
        }
        assert !shCalls.any { it.script.contains('launch.cjs') }
        assert calls('junit').size() == 1 // the finally still publishes what exists
    }

    @Test
    void withoutWarningsNgOrHtmlPublisherTheGateStillPasses() {
        missingSteps.addAll(['recordIssues', 'sarif', 'publishHTML'])
        engineAnswers(0, PASSED)
        Map verdict = runStep('securityGate', [reports: ['g.json']])
        assert verdict.passed
        assert echoes.contains('securityGate: Warnings NG is not installed; SARIF not recorded (see docs/jenkins.md#plugins)')
        assert echoes.contains('securityGate: HTML Publisher is not installed; report.html is archived only (see docs/jenkins.md#plugins)')
        assert binding.getVariable('currentBuild').result == null
    }

    @Test
    void aLinkInOrAboveOutputDirStopsTheGateBeforeItRunsOrPublishes() {
        // The check's own script exits 3 when outputDir is, holds or lies under a link (RealShellPipelineTests runs it).
        engineAnswers(0, PASSED)
        shResponders.add(0, { Map c -> c.label == 'securityGate: check paths for links' ? [status: 3] : null })
        StepFailure e = failingStep('securityGate', [reports: ['g.json'], outputDir: 'out/gate/'])
        assert e.message == "securityGate: outputDir 'out/gate' is, holds or lies under a symbolic link (named in the log " +
                'above); the gate archives and publishes that directory, so a link there would keep whatever file it ' +
                'points to with the build: remove it (a pull request may not add one), or set outputDir to a directory ' +
                'the checkout does not hold'
        assert shCalls.find { it.label == 'securityGate: check paths for links' }.env.SRP_OUTPUT_DIR == 'out/gate'
        assert !shCalls.any { it.script.contains('launch.cjs') }
        for (String published : ['archiveArtifacts', 'junit', 'recordIssues', 'publishHTML']) {
            assert calls(published).isEmpty(): "${published} after the refusal"
        }
        assert binding.getVariable('currentBuild').result == 'FAILURE'

        shResponders.set(0, { Map c -> c.label == 'securityGate: check paths for links' ? [status: 2] : null })
        e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == "securityGate: could not check outputDir 'srp-report' and the inputs for symbolic links (exit 2; see the log above)"

        // exit 5: an input in the workspace resolves outside it.
        shResponders.set(0, { Map c -> c.label == 'securityGate: check paths for links' ? [status: 5] : null })
        e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == 'securityGate: an input in the workspace resolves outside it through a symbolic link (named in ' +
                'the log above); the gate lists the entries of its ignore files in its reports, so a link would copy a ' +
                'file of the agent there: remove the link (a pull request may not add one), or name a path outside the workspace'
    }

    @Test
    void everyInputInTheWorkspaceIsCheckedForLinksOutOfIt() {
        engineAnswers(0, PASSED)
        runStep('securityGate', [reports: ['g.json', '/agent/elsewhere/t.json', "${WORKSPACE}/reports/x.json".toString()],
                                 trivyignore: ['.trivyignore', '/etc/srp/org.trivyignore'], gitleaksignore: ['.gitleaksignore'],
                                 policy: 'security/policy.yml', baseline: '../previous/results.sarif'])
        Map check = shCalls.find { it.label == 'securityGate: check paths for links' }
        assert check.env.SRP_INPUT_COUNT == '5'
        assert (1..5).collect { check.env["SRP_INPUT_${it}".toString()] } ==
                ['g.json', "${WORKSPACE}/reports/x.json".toString(), '.trivyignore', '.gitleaksignore', 'security/policy.yml']
        assert check.env.SRP_OUTPUT_DIR == 'srp-report'
    }

    @Test
    void anOutputDirOutsideTheWorkspaceIsNotTheCheckoutsToLink() {
        shResponders << { Map c ->
            if (!c.script.contains('launch.cjs')) {
                return null
            }
            List args = engineArgsFor('gate').args
            [status: 0, files: [(args[args.indexOf('--json') + 1]): PASSED]]
        }
        for (String dir : ['/agent/reports/gate', "${WORKSPACE}/../elsewhere".toString()]) {
            shCalls.clear()
            assert runStep('securityGate', [reports: ['/agent/reports/g.json'], outputDir: dir]).passed
            assert !shCalls.any { it.label == 'securityGate: check paths for links' }
            // The inputs in the workspace are still checked; the outputDir outside it is not.
            shCalls.clear()
            assert runStep('securityGate', [reports: ['g.json'], outputDir: dir]).passed
            assert shCalls.find { it.label == 'securityGate: check paths for links' }.env.SRP_OUTPUT_DIR == ''
        }
        shCalls.clear()
        runStep('securityGate', [reports: ['g.json'], outputDir: "${WORKSPACE}/srp".toString()])
        assert shCalls.any { it.label == 'securityGate: check paths for links' }
    }

    @Test
    void nodeMissingOrTooOldStopsWithTheStepName() {
        shResponders << { Map c -> c.script.contains('node --version') ? [stdout: 'missing\n'] : null }
        StepFailure e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == 'securityGate: node is not installed on this agent; the policy engine needs Node.js >= 20 on the PATH'
        assert !sideEffects.contains('writeFile')

        shResponders.clear()
        shCalls.clear()
        shResponders << { Map c -> c.script.contains('node --version') ? [stdout: 'v18.19.1\n'] : null }
        e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == 'securityGate: Node.js v18.19.1 is too old on this agent; the policy engine needs Node.js >= 20'
        assert shCalls.size() == 1
    }

    @Test
    void configErrorsStopBeforeAnySideEffect() {
        Map cases = [
                ([reports: ['a'], polciy: 'p.yml'])       : "securityGate: unknown option 'polciy' (did you mean 'policy'?)",
                ([:])                                     : "securityGate: 'reports' is required",
                ([reports: []])                           : "securityGate: 'reports' is required",
                ([reports: 'a.json'])                     : "securityGate: 'reports' must be a list, not a string",
                ([reports: ['a'], onBlock: 'warn'])       : "securityGate: 'onBlock' must be one of fail, unstable, not 'warn'",
                ([reports: ['a'], githubStatus: 'yes'])   : "securityGate: 'githubStatus' must be a boolean, not a string",
                ([reports: ['a'], githubStatus: true, githubCredentialsId: '']): "securityGate: 'githubStatus' needs 'githubCredentialsId'",
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            StepFailure e = failingStep('securityGate', c.key as Map)
            assert e.message == c.value
            assert sideEffects.isEmpty(): "side effects before '${c.value}': ${sideEffects}"
        }
    }

    @Test
    void windowsAgentsAreRefusedBeforeAnyShell() {
        unix = false
        StepFailure e = failingStep('securityGate', [reports: ['g.json']])
        assert e.message == 'securityGate: this step runs on Linux agents only (sh and node); this agent is Windows: use a Linux agent label'
        assert sideEffects.isEmpty()
    }
}
