import org.junit.Test

import java.nio.file.Files
import java.util.regex.Matcher

/**
 * House rules checked on every var at once (as SAP's CommonStepsTest does): help that lists every option with
 * its default, unknown options refused before any side effect, shell scripts that are constants (values
 * reach them only through the environment), hostile values that never reach a shell, secrets that never leak.
 */
class CommonStepsTests extends StepTestBase {
    static final List<String> STEPS = ['gitleaksScan', 'trivyScan', 'securityGate', 'githubStatus', 'ansibleDeploy',
                                       'smokeTest', 'secureRelease']
    static final String SENTINEL = 'S3NT1NEL-not-a-real-secret-7f3a'
    static final String HOSTILE = 'x\'"; $(touch /tmp/srp-pwned) `id` ${HOME}\nrm -rf / # & | > <'

    /**
     * In dir('sub') Jenkins' pwd(tmp: true) is sub@tmp, a directory of the checkout (a pull request could commit links
     * there): every step keeps its own files in the workspace's temp dir, beside the workspace, wherever it runs.
     */
    @Test
    void inADirBlockNoStepKeepsItsFilesInTheCheckout() {
        String sub = "${WORKSPACE}/sub".toString()
        helper.registerAllowedMethod('pwd', [], { sub })
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? "${sub}@tmp".toString() : sub })
        credentialSecrets['inv'] = 'x'
        shResponders << { Map c -> c.script.contains('launch.cjs') ? [status: 0, files: ['srp-report/verdict.json':
                '{"schemaVersion":1,"passed":true,"blocking":0,"counts":{},"suppressed":0,"total":0,"blockingFindings":[]}']] : null }
        shResponders << { Map c -> c.label ==~ /(gitleaks|trivy)Scan: .*/ ?
                [status: 0, files: ['reports/gitleaks.json': '[]', 'reports/trivy-config.json': '{}']] : null }
        runStep('gitleaksScan', [:])
        runStep('trivyScan', [command: 'config', target: '.'])
        runStep('securityGate', [reports: ['reports/gitleaks.json']])
        runStep('ansibleDeploy', [inventoryCredentialsId: 'inv'])
        runStep('smokeTest', [url: 'https://app.invalid/health'])
        List<String> paths = files.keySet().toList()
        for (Map call : shCalls) {
            paths.addAll(call.env.findAll { k, v -> k.toString().startsWith('TV_') || k.toString().startsWith('GL_') ||
                    k.toString().startsWith('SRP_') || k.toString().startsWith('SMOKE_') }.values()*.toString())
        }
        String tmp = "${TMP}/"
        assert paths.findAll { it.contains('@tmp') }.every { it.startsWith(tmp) }
        assert paths.count { it.startsWith(tmp) } >= 8
    }

    @Test
    void theLibraryHasExactlyTheseSteps() {
        List found = REPO.resolve('vars').toFile().list().findAll { it.endsWith('.groovy') }.collect { it - '.groovy' }.sort()
        assert found == STEPS.sort()
    }

    @Test
    void everyStepHasHelpListingEveryOptionWithItsDefault() {
        for (String step : STEPS) {
            File help = REPO.resolve("vars/${step}.txt").toFile()
            assert help.isFile(): "vars/${step}.txt is missing"
            String text = help.getText('UTF-8')
            Map defaults = loadScript("${step}.groovy").DEFAULTS
            for (Map.Entry option : defaults.entrySet()) {
                String line = "<dt><code>${option.key}</code> (default <code>${render(option.value)}</code>)</dt>"
                assert text.contains(line): "vars/${step}.txt does not document ${line}"
            }
            int documented = (text =~ /<dt>/).count
            assert documented == defaults.size(): "vars/${step}.txt documents ${documented} options, the step has ${defaults.size()}"
        }
    }

    static String render(Object value) {
        if (value == null) {
            return 'none'
        }
        if (value instanceof String) {
            return "'${value}'"
        }
        if (value instanceof List) {
            return '[]'
        }
        if (value instanceof Map) {
            return '[:]'
        }
        return value.toString()
    }

    @Test
    void everyStepRefusesAnUnknownOptionBeforeAnySideEffect() {
        for (String step : STEPS) {
            sideEffects.clear()
            StepFailure e = failingStep(step, [bogusOption: 1])
            assert e.message.startsWith("${step}: unknown option 'bogusOption'")
            assert sideEffects.isEmpty(): "${step} did ${sideEffects} before refusing an unknown option"
        }
    }

    @Test
    void everyShellScriptIsAConstantAndNoGStringReachesSh() {
        List<String> allowed = ['SCRIPT', 'BUILD_SCRIPT', 'PUSH_SCRIPT', 'LAUNCH_SCRIPT', 'NODE_VERSION_SCRIPT', 'LINKS_SCRIPT',
                                'cfg.testCommand']
        List<File> groovy = REPO.resolve('vars').toFile().listFiles().findAll { it.name.endsWith('.groovy') }
        Files.walk(REPO.resolve('src')).each { if (it.toString().endsWith('.groovy')) { groovy << it.toFile() } }
        int checked = 0
        for (File f : groovy) {
            String text = f.getText('UTF-8')
            Matcher m = text =~ /\bsh\(([^\n]*)/
            while (m.find()) {
                Matcher script = m.group(1) =~ /script:\s*([A-Za-z_.]+)/
                assert script.find(): "${f.name}: sh call without a named script constant: sh(${m.group(1)}"
                assert script.group(1) in allowed: "${f.name}: sh script '${script.group(1)}' is not one of the constant scripts"
                checked++
            }
            assert !(text =~ /\bsh\s+["']/): "${f.name}: sh with an inline string"
            assert !(text =~ /"""/): "${f.name}: a triple-double-quoted (interpolating) string"
            // CPS: no closures over steps through collection iterators.
            assert !(text =~ /\.(each|eachWithIndex|collect|findAll|find|any|every)\s*\{/): "${f.name}: closure iteration; use a for loop"
        }
        assert checked >= 9
    }

    @Test
    void everyStepStopsOnAWindowsAgentBeforeAnyShell() {
        unix = false
        Map minimal = [gitleaksScan: [:], trivyScan: [target: '.'], securityGate: [reports: ['r.json']],
                       githubStatus: [state: 'pending'], ansibleDeploy: [inventory: 'i'],
                       smokeTest: [url: 'https://a.invalid/health'], secureRelease: [image: 'ghcr.io/o/app']]
        for (String step : STEPS) {
            shCalls.clear()
            StepFailure e = failingStep(step, minimal[step] as Map)
            assert e.message.startsWith("${step}: this step runs on Linux agents only")
            assert e.message.endsWith('use a Linux agent label')
            assert shCalls.isEmpty(): "${step} ran sh on a Windows agent"
        }
    }

    /** @NonCPS only for pure helpers: such a method must call no pipeline step (CPS could not resume it). */
    @Test
    void nonCpsMethodsCallNoStep() {
        List<String> steps = ['sh', 'error', 'echo', 'writeFile', 'readFile', 'fileExists', 'withEnv', 'withCredentials',
                              'archiveArtifacts', 'junit', 'recordIssues', 'publishHTML', 'unstable', 'libraryResource',
                              'pwd', 'isUnix', 'node', 'stage', 'checkout', 'string', 'file', 'usernamePassword']
        List<File> groovy = REPO.resolve('vars').toFile().listFiles().findAll { it.name.endsWith('.groovy') }
        Files.walk(REPO.resolve('src')).each { if (it.toString().endsWith('.groovy')) { groovy << it.toFile() } }
        int methods = 0
        for (File f : groovy) {
            String text = f.getText('UTF-8')
            Matcher m = text =~ /(?ms)^([ \t]*)@NonCPS\s+[^{]*\{(.*?)\n\1\}/
            while (m.find()) {
                String body = m.group(2)
                for (String step : steps) {
                    assert !(body =~ /(?<![\w.])${step}\s*\(/): "${f.name}: a @NonCPS method calls the step ${step}"
                }
                assert !body.contains('steps.'): "${f.name}: a @NonCPS method calls a step through 'steps'"
                methods++
            }
        }
        assert methods >= 10
    }

    Map hostileConfig(String step) {
        Map configs = [
                gitleaksScan : [source: HOSTILE, report: "r/${HOSTILE}.json", config: HOSTILE, baselinePath: HOSTILE,
                                logOpts: HOSTILE, binary: HOSTILE, image: HOSTILE],
                trivyScan    : [command: 'image', target: HOSTILE, report: "r/${HOSTILE}.json", scanners: HOSTILE, severity: HOSTILE,
                                cacheDir: HOSTILE, sbom: "s/${HOSTILE}", serverUrl: HOSTILE, timeout: HOSTILE, binary: HOSTILE],
                securityGate : [reports: [HOSTILE, "-${HOSTILE}"], policy: HOSTILE, outputDir: "o/${HOSTILE}", baseline: HOSTILE,
                                trivyignore: [HOSTILE], gitleaksignore: [HOSTILE], sourceRoot: HOSTILE, repo: HOSTILE, sha: HOSTILE,
                                statusContextPrefix: HOSTILE, githubApiUrl: HOSTILE, image: HOSTILE, imageTag: HOSTILE,
                                reportTo: HOSTILE, ledgerCredentialsId: 'ledger'],
                githubStatus : [state: 'error', context: HOSTILE, description: HOSTILE, targetUrl: HOSTILE, repo: HOSTILE,
                                sha: HOSTILE, githubApiUrl: HOSTILE, statusContextPrefix: HOSTILE],
                ansibleDeploy: [playbook: HOSTILE, inventory: HOSTILE, limit: HOSTILE, binary: HOSTILE, imageTag: '42',
                                extraVars: [(HOSTILE): HOSTILE]],
                smokeTest    : [url: "https://a.invalid/${HOSTILE.replaceAll('\\s', '')}", expect: HOSTILE],
        ]
        return configs[step]
    }

    /** Scripts answer success and write whatever file the step then looks for. */
    void everythingSucceeds() {
        shResponders << { Map c ->
            Map out = [:]
            for (String k : ['GL_REPORT', 'TV_REPORT', 'TV_SBOM']) {
                if (c.env[k]) {
                    out[c.env[k]] = '{}'
                }
            }
            if (c.script.contains('launch.cjs')) {
                out[c.env.SRP_ERROR_FILE] = ''
                String dir = (c.env.SRP_ARGS_FILE ==~ /.*gate-args.json/) ?
                        new groovy.json.JsonSlurper().parseText(files[c.env.SRP_ARGS_FILE]).with { it[it.indexOf('--json') + 1] } : null
                if (dir) {
                    out[dir] = '{"passed":true,"blocking":0,"counts":{},"blockingFindings":[]}'
                }
            }
            return c.script.contains('node --version') ? null : [status: 0, files: out]
        }
    }

    @Test
    void hostileConfigValuesNeverReachAShellScript() {
        credentialSecrets.putAll(['github-status-token': 't', 'ledger': 't'])
        everythingSucceeds()
        int ran = 0
        for (String step : STEPS - ['secureRelease']) {
            shCalls.clear()
            try {
                runStep(step, hostileConfig(step))
            } catch (StepFailure e) {
                // Refusing a hostile value is fine too; what matters is what reached a shell before that.
                assert e.message.startsWith("${step}: ")
                assert !e.message.contains('\n'): "${step}: a multi-line error message: ${e.message}"
            }
            for (Map sh : shCalls) {
                assert !sh.script.contains('srp-pwned') && !sh.script.contains('`id`'): "${step}: a hostile value inside a shell script"
                assert !(sh.label ?: '').contains('srp-pwned')
                ran++
            }
        }
        assert ran >= 6: 'the hostile values must have reached the steps\' shell calls (through the environment)'
        // The values did arrive, unchanged, where they belong: the engine's JSON arguments (and the environment).
        List gateArgs = engineArgsFor('gate').args
        assert gateArgs.contains(HOSTILE) && gateArgs.contains("-${HOSTILE}".toString())
        assert gateArgs.indexOf('--') < gateArgs.indexOf("-${HOSTILE}".toString())
    }

    @Test
    void theSentinelSecretNeverLeavesWithCredentials() {
        for (String id : ['github-status-token', 'release-ledger-token', 'trivy-server', 'inv', 'vault', 'ssh', 'registry']) {
            credentialSecrets[id] = SENTINEL
        }
        // Notification failures and engine errors included: their messages are printed.
        shResponders << { Map c ->
            if (!c.script.contains('launch.cjs')) {
                return null
            }
            Map out = [(c.env.SRP_ERROR_FILE): 'github: 401: token in GITHUB_TOKEN is wrong, expired or revoked']
            if (c.env.SRP_ARGS_FILE.endsWith('gate-args.json')) {
                out['srp-report/verdict.json'] = '{"passed":true,"blocking":0,"counts":{},"blockingFindings":[]}'
            }
            [status: 3, files: out]
        }
        everythingSucceeds()
        runStep('securityGate', [reports: ['g.json'], githubStatus: true, reportTo: 'https://ledger.invalid'])
        runStep('githubStatus', [state: 'pending'])
        runStep('trivyScan', [target: '.', serverUrl: 'https://trivy.invalid', serverTokenCredentialsId: 'trivy-server'])
        runStep('ansibleDeploy', [inventoryCredentialsId: 'inv', vaultCredentialsId: 'vault', sshCredentialsId: 'ssh'])
        assert boundCredentials.size() == 7
        assert shCalls.any { it.env.values().contains(SENTINEL) }: 'the secret must be bound for the shell to read'
        for (Map sh : shCalls) {
            assert !sh.script.contains(SENTINEL) && !(sh.label ?: '').contains(SENTINEL)
        }
        List<String> printed = echoes + errors + unstables + [binding.getVariable('currentBuild').description.toString()]
        assert printed.every { !it.contains(SENTINEL) }
        assert files.values().every { !it.contains(SENTINEL) }: 'a written file holds the secret'
        assert helper.callStack.findAll { it.methodName != 'withCredentials' && !(it.methodName in ['string', 'file', 'sshUserPrivateKey']) }
                .every { !com.lesfurets.jenkins.unit.MethodCall.callArgsToString(it).contains(SENTINEL) }
    }
}
