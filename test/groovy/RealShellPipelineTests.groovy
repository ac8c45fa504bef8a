import groovy.json.JsonSlurper
import org.junit.Test
import org.w3c.dom.Document
import org.w3c.dom.Element
import org.w3c.dom.NodeList
import se.bjurr.violations.lib.model.SEVERITY
import se.bjurr.violations.lib.model.Violation
import se.bjurr.violations.lib.reports.Parser

import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.concurrent.TimeUnit

import static se.bjurr.violations.lib.ViolationsApi.violationsApi

/**
 * The library, the bundle in resources/ and the engine proven together: every `sh` runs for real (one bash
 * process per call, with the withEnv/withCredentials environment), writeFile/readFile touch real files, the
 * pinned gitleaks and trivy scan a generated sample repository, and the bundled engine gates their reports,
 * on Node 20 and on the current Node LTS. Then Jenkins' own parsers read what the gate wrote: violations-lib
 * (Warnings NG) the SARIF, a strict DOM reading the JUnit XML. On Node 20 the gate also posts commit statuses to
 * the GitHub stand-in and records the release in the ledger service, both real processes (RealServices) with
 * tokens made for the run and bound through withCredentials.
 */
class RealShellPipelineTests extends StepTestBase {
    Path work
    Path ws
    Path nodeBin
    /** The directory the steps run in, as in Jenkins' dir(): null for the workspace. */
    Path cwd
    /** stdout and stderr of every real sh call (what the Jenkins log would show). */
    List<String> shLogs = []
    static final String SLUG = 'sample-org/sample-app'
    static final String IMAGE = 'registry.sample.invalid/sample-app'

    static String required(String property) {
        String value = System.getProperty(property)
        if (!value) {
            throw new IllegalStateException("system property ${property} is not set (scripts/checks/60-jenkins-library.sh sets it)")
        }
        return value
    }

    void prepare(String nodeProperty) {
        nodeBin = Paths.get(required(nodeProperty)).toAbsolutePath()
        assert Files.isExecutable(nodeBin): "${nodeProperty}: ${nodeBin} is not an executable node"
        work = REPO.resolve(".srp-out/jenkins-real-sh/${nodeProperty}")
        deleteTree(work)
        Files.createDirectories(work)
        ws = work.resolve('app')
        Path tmp = work.resolve('app@tmp')
        Files.createDirectories(tmp)
        run(['bash', REPO.resolve('test/resources/make-sample-repo.sh').toString(), ws.toString()], REPO, [:])
        helper.registerAllowedMethod('pwd', [], { ws.toString() })
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? tmp.toString() : ws.toString() })
        envVars.WORKSPACE = ws.toString()
        helper.registerAllowedMethod('writeFile', [Map], { Map m ->
            sideEffects << 'writeFile'
            Path p = (cwd ?: ws).resolve(m.file.toString())
            Files.createDirectories(p.parent)
            assert m.encoding in ['UTF-8', 'Base64']
            p.bytes = m.encoding == 'Base64' ? m.text.toString().decodeBase64() : m.text.toString().getBytes('UTF-8')
        })
        helper.registerAllowedMethod('readFile', [Map], { Map m -> (cwd ?: ws).resolve(m.file.toString()).toFile().getText('UTF-8') })
        helper.registerAllowedMethod('fileExists', [String], { String f -> Files.exists((cwd ?: ws).resolve(f)) })
        String scanners = required('srp.scannersBin')
        binding.setVariable('GITLEAKS_BIN', "${scanners}/gitleaks".toString())
        binding.setVariable('TRIVY_BIN', "${scanners}/trivy".toString())
        binding.setVariable('TRIVY_CACHE', work.resolve('trivy-cache').toString())
        binding.setVariable('GATE_HTML', htmlLanded())
        binding.setVariable('GATE_NOTIFY', [:])
        Files.createDirectories(work.resolve('home'))
    }

    /** Whether the bundled engine has `gate --html` yet (another change adds it). */
    boolean htmlLanded() {
        String help = run([nodeBin.toString(), REPO.resolve('resources/io/securerelease/srp/srp.cjs').toString(), 'gate', '--help'], REPO, [:]).out
        assert help.contains('--sarif FILE'): 'the bundled engine does not answer gate --help'
        return help.contains('--html')
    }

    @Override
    Object runSh(Map args) {
        sideEffects << 'sh'
        Map env = currentEnv()
        shCalls << [script: args.script.toString(), label: args.label?.toString(), env: env]
        Map processEnv = [PATH: "${nodeBin.parent}:/usr/local/bin:/usr/bin:/bin".toString(), HOME: work.resolve('home').toString(),
                          LANG: 'C.UTF-8', TRIVY_NO_PROGRESS: 'true', TRIVY_DISABLE_VEX_NOTICE: 'true']
        processEnv.putAll(env)
        Map result = run(['bash', '-c', args.script.toString()], cwd ?: ws, processEnv)
        shLogs << result.out.toString() << result.err.toString()
        if (args.returnStatus) {
            return result.status
        }
        if (result.status != 0) {
            throw new StepFailure("script returned exit code ${result.status}")
        }
        return args.returnStdout ? result.out : null
    }

    static Map run(List<String> command, Path dir, Map env) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        if (env) {
            pb.environment().clear()
            env.each { k, v -> pb.environment().put(k.toString(), v.toString()) }
        }
        File err = File.createTempFile('srp-sh', '.err')
        pb.redirectError(err)
        Process p = pb.start()
        String out = p.inputStream.getText('UTF-8')
        assert p.waitFor(5, TimeUnit.MINUTES): "timed out: ${command}"
        String stderr = err.getText('UTF-8')
        err.delete()
        if (stderr) {
            System.err.print(stderr)
        }
        return [status: p.exitValue(), out: out, err: stderr]
    }

    void gatesTheSampleRepository(String nodeProperty, Closure<Boolean> versionOk) {
        gatesTheSampleRepository(nodeProperty, false, versionOk)
    }

    /** With notify, the gate posts statuses to the GitHub stand-in and reports to the ledger (both real). */
    void gatesTheSampleRepository(String nodeProperty, boolean notify, Closure<Boolean> versionOk) {
        prepare(nodeProperty)
        RealServices services = null
        try {
            if (notify) {
                services = new RealServices(REPO, work.resolve('services'), nodeBin)
            }
            gates(nodeProperty, services, versionOk)
        } finally {
            services?.stop()
        }
    }

    void gates(String nodeProperty, RealServices services, Closure<Boolean> versionOk) {
        String version = run([nodeBin.toString(), '-p', 'process.version + " " + (process.release.lts || "")'], REPO, [:]).out.trim()
        assert versionOk(version): "${nodeProperty}: unexpected node ${version}"
        boolean html = binding.getVariable('GATE_HTML')
        List<String> planted = ws.resolveSibling('planted-secrets.txt').toFile().readLines().findAll { it }
        assert planted.size() == 3
        List<String> tokens = []
        String sha = null
        if (services) {
            String githubToken = RealServices.newToken(20)
            String ledgerToken = RealServices.newToken(32)
            tokens = [githubToken, ledgerToken]
            services.startLedger(ledgerToken)
            sha = run(['git', '-C', ws.toString(), 'rev-parse', 'HEAD'], REPO, [PATH: '/usr/bin:/bin']).out.trim()
            assert sha ==~ /[0-9a-f]{40}/
            services.startStandin(githubToken, SLUG, [sha])
            services.waitForLedger()
            // The credentials the step binds by its default ids, as a Jenkins credentials store would hold them.
            credentialSecrets['github-status-token'] = githubToken
            credentialSecrets['release-ledger-token'] = ledgerToken
            binding.setVariable('GATE_NOTIFY', [githubStatus: true, githubApiUrl: services.standinUrl, repo: SLUG, sha: sha,
                                                reportTo: services.ledgerUrl, image: IMAGE])
        }

        runScript('realPipeline.jenkins')
        Map verdict = binding.getVariable('verdict') as Map

        // The engine ran from the bundle the library wrote, with the node under test.
        assert shCalls.find { it.label == 'securityGate: check node' } != null
        assert ws.resolveSibling('app@tmp/srp-engine/srp.cjs').bytes == REPO.resolve('resources/io/securerelease/srp/srp.cjs').bytes
        // Blocked: the planted secrets and the open SSH rule; onBlock 'unstable' returns the verdict.
        assert verdict.status == 1 && verdict.passed == false
        assert verdict.byScanner.keySet().containsAll(['gitleaks', 'trivy'])
        assert verdict.byScanner.gitleaks.blocking >= 3 // the live token, the AWS key id, the one only in history
        assert verdict.blockingFindings.any { it.scanner == 'trivy' && it.kind == 'misconfiguration' && it.path == 'infra/main.tf' }
        String description = binding.getVariable('currentBuild').description
        assert description ==~ /BLOCKED: (\d+ (critical|high|medium|low|unknown), )*\d+ secrets?/
        assert unstables == ["securityGate: ${verdict.description}".toString()]
        assert binding.getVariable('currentBuild').result == 'UNSTABLE'

        Path out = ws.resolve('srp-report')
        for (String f : ['results.sarif', 'junit.xml', 'summary.md', 'verdict.json']) {
            assert Files.size(out.resolve(f)) > 0: "${f} was not written"
        }
        assert calls('junit').size() == 1 && calls('archiveArtifacts')[0].args[0].artifacts == 'srp-report/*'
        if (html) {
            assert Files.size(out.resolve('report.html')) > 0
            assert calls('publishHTML').size() == 1
        } else {
            assert !Files.exists(out.resolve('report.html'))
            assert calls('publishHTML').isEmpty()
        }
        // No raw secret in anything the build keeps or shows.
        for (File f : out.toFile().listFiles()) {
            String text = f.getText('UTF-8')
            for (String secret : planted) {
                assert !text.contains(secret): "${f.name} contains a planted secret in clear"
            }
        }
        for (String secret : planted) {
            assert !(echoes + errors + unstables + [description]).any { it.contains(secret) }
        }
        if (services) {
            statusesWerePosted(services, sha, verdict, planted)
            ledgerRecordedTheRelease(services, sha, verdict, tokens[1])
            // Neither token in anything the build shows or keeps, nor in what the services logged or received.
            List<String> seen = echoes + errors + unstables + [description] + shLogs + [services.logs()] +
                    services.standinRecord('requests').collect { it.toString() } +
                    out.toFile().listFiles().collect { it.getText('UTF-8') }
            for (String token : tokens) {
                assert !seen.any { it.contains(token) }: 'a token appears in a log, an output or a recorded request'
            }
        }

        warningsNgReadsTheSarif(out, verdict)
        junitReadsStrictly(out.resolve('junit.xml'), verdict)
    }

    /** The stand-in saw one valid status per scanner and one for the gate, each the state the verdict implies. */
    void statusesWerePosted(RealServices services, String sha, Map verdict, List<String> planted) {
        assert services.standinRecord('mismatches') == []: 'a request did not match GitHub\'s OpenAPI description'
        List requests = services.standinRecord('requests')
        assert requests && requests.every { it.answered instanceof Integer && it.answered < 300 }: "refused: ${requests}"
        List posts = requests.findAll { it.method == 'POST' }
        assert posts.every { it.url == "/repos/${SLUG}/statuses/${sha}".toString() && it.operationId == 'repos/create-commit-status' }
        Map byContext = [:]
        for (Object post : posts) {
            Map body = new JsonSlurper().parseText(post.body.toString()) as Map
            assert !byContext.containsKey(body.context): "posted twice: ${body.context}"
            byContext[body.context] = body
        }
        assert byContext.keySet() == ['security/gitleaks', 'security/trivy', 'security/gate'] as Set
        assert byContext['security/gate'].state == 'failure'
        assert byContext['security/gate'].description.startsWith('blocked: ')
        for (String scanner : ['gitleaks', 'trivy']) {
            Map status = byContext["security/${scanner}".toString()] as Map
            boolean passed = verdict.byScanner[scanner].passed
            assert status.state == (passed ? 'success' : 'failure')
            assert status.description.startsWith(passed ? 'passed' : 'blocked: ')
        }
        assert byContext['security/gitleaks'].state == 'failure'
        for (Map status : byContext.values()) {
            assert status.target_url == envVars.BUILD_URL
            assert status.description.length() <= 140
            assert !planted.any { status.description.contains(it) }: "a planted secret in ${status.context}"
        }
    }

    /** The ledger holds exactly one release for the commit, with the verdict's blocking count. */
    void ledgerRecordedTheRelease(RealServices services, String sha, Map verdict, String token) {
        Map page = services.ledgerGet("/api/v1/releases?repository=${SLUG}&commit=${sha}".toString(), token)
        assert page.items.size() == 1: "releases for ${sha}: ${page.items}"
        Map release = page.items[0] as Map
        assert release.repository == SLUG && release.commit == sha
        assert release.blocking == verdict.blocking
        assert release.image == IMAGE && release.buildNumber.toString() == envVars.BUILD_NUMBER
    }

    /** What Warnings NG shows: every result with its relative file, its line, blocking ones as ERROR only. */
    void warningsNgReadsTheSarif(Path out, Map verdict) {
        Map sarif = new JsonSlurper().parse(out.resolve('results.sarif').toFile()) as Map
        List results = sarif.runs.collectMany { it.results ?: [] }
        Set<Violation> violations = violationsApi().withPattern('.*results\\.sarif$').inFolder(out.toString())
                .findAll(Parser.SARIF).violations()
        assert violations.size() > 0
        assert results.size() >= violations.size() // violations-lib keeps one of identical results
        Set expectedKeys = results.collect { r ->
            Map loc = r.locations?.getAt(0)?.physicalLocation
            "${loc?.artifactLocation?.uri}:${loc?.region?.startLine ?: ''}:${r.ruleId}".toString()
        } as Set
        int errors = 0
        for (Violation v : violations) {
            assert v.file && !v.file.startsWith('/') && !v.file.startsWith('file:'): "not a relative file: ${v.file}"
            assert v.startLine != null && v.startLine > 0: "no line for ${v.file} ${v.rule}"
            assert expectedKeys.contains("${v.file}:${v.startLine}:${v.rule}".toString()): "unexpected ${v.file}:${v.startLine}:${v.rule}"
            if (v.severity == SEVERITY.ERROR) {
                errors++
            }
        }
        // Findings with a line in the scanned tree keep it (gitleaks history findings have one too).
        assert violations.every { it.startLine > 0 }
        Set blockingKeys = verdict.blockingFindings.collect { "${it.path}:${it.line ?: ''}".toString() } as Set
        Set errorKeys = violations.findAll { it.severity == SEVERITY.ERROR }.collect { "${it.file}:${it.startLine}".toString() } as Set
        assert errorKeys == blockingKeys: 'the ERROR bucket must hold exactly the blocking findings'
        assert errors > 0 && errors < violations.size(): 'blocking and non-blocking findings must land in different buckets'
    }

    /** A strict reading of the JUnit XML: no DTD, counts that add up, one failure per blocking finding. */
    void junitReadsStrictly(Path junit, Map verdict) {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance()
        f.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
        f.namespaceAware = true
        Document doc = f.newDocumentBuilder().parse(junit.toFile())
        Element root = doc.documentElement
        assert root.tagName == 'testsuites'
        NodeList suites = root.getElementsByTagName('testsuite')
        List<String> names = []
        int failures = 0
        int skipped = 0
        int tests = 0
        for (int i = 0; i < suites.length; i++) {
            Element suite = (Element) suites.item(i)
            names << suite.getAttribute('name')
            NodeList cases = suite.getElementsByTagName('testcase')
            int suiteFailures = 0
            int suiteSkipped = 0
            for (int j = 0; j < cases.length; j++) {
                Element c = (Element) cases.item(j)
                assert c.getAttribute('name') && c.getAttribute('classname')
                NodeList failure = c.getElementsByTagName('failure')
                if (failure.length > 0) {
                    assert failure.length == 1
                    Element fe = (Element) failure.item(0)
                    assert fe.getAttribute('message') && fe.getAttribute('type')
                    suiteFailures++
                }
                if (c.getElementsByTagName('skipped').length > 0) {
                    suiteSkipped++
                }
            }
            assert suite.getAttribute('tests') as int == cases.length
            assert suite.getAttribute('failures') as int == suiteFailures
            assert suite.getAttribute('skipped') as int == suiteSkipped
            assert suite.getAttribute('errors') as int == 0
            failures += suiteFailures
            skipped += suiteSkipped
            tests += cases.length
        }
        assert names.sort() == ['gitleaks', 'trivy']
        assert failures == verdict.blocking
        assert skipped == verdict.suppressed
        assert root.getAttribute('tests') as int == tests
        assert root.getAttribute('failures') as int == failures
    }

    @Test
    void onNode20() {
        gatesTheSampleRepository('srp.node20', true) { String v -> v.startsWith('v20.') }
    }

    @Test
    void onTheCurrentNodeLts() {
        gatesTheSampleRepository('srp.nodeLts') { String v -> v ==~ /v\d+\.\d+\.\d+ [A-Z][a-z]+/ && !v.startsWith('v20.') }
    }

    /** Removes what a case left at {@code p} without following links (deleteDir would empty a linked directory). */
    static void removeWithoutFollowing(Path p) {
        if (Files.isSymbolicLink(p)) {
            Files.delete(p)
        } else if (Files.isDirectory(p)) {
            p.toFile().listFiles().each { removeWithoutFollowing(it.toPath()) }
            Files.delete(p)
        } else {
            Files.deleteIfExists(p)
        }
    }

    /**
     * The checkout links the gate's outputDir, a file in it or a directory above it to the agent's own files: the
     * step archives outputDir/* and publishes outputDir whole, both following links, so the agent's key would be kept
     * with the build. The gate refuses before its engine runs and publishes nothing; the linked files are untouched.
     */
    @Test
    void linksInTheOutputDirFromTheCheckoutAreRefusedBeforeAnythingIsPublished() {
        prepare('srp.node20')
        Files.createDirectories(ws.resolve('reports'))
        ws.resolve('reports/gitleaks.json').text = '[]'
        Path agent = work.resolve('home/.ssh')
        Files.createDirectories(agent)
        agent.resolve('id_rsa').text = 'AGENT-PRIVATE-KEY\n'
        // [outputDir, link in the checkout, what it points to, the name the log shows]
        List cases = [
                ['srp-report', 'srp-report/id_rsa', agent.resolve('id_rsa'), 'srp-report/id_rsa'],
                ['srp-report', 'srp-report', agent, 'srp-report'],
                ['srp-report', 'srp-report/deep/er/key', agent.resolve('id_rsa'), 'srp-report/deep/er/key'],
                ['srp-report', 'srp-report/dangling', work.resolve('home/nothing-yet'), 'srp-report/dangling'],
                ['build/gate', 'build', agent, 'build'],
                ['-out', '-out/id\nrsa', agent.resolve('id_rsa'), './-out/id?rsa'],
        ]
        for (List c : cases) {
            for (String top : ['srp-report', 'build', '-out']) {
                removeWithoutFollowing(ws.resolve(top))
            }
            Path link = ws.resolve(c[1] as String)
            Files.createDirectories(link.parent)
            Files.createSymbolicLink(link, c[2] as Path)
            helper.callStack.clear()
            shCalls.clear()
            shLogs.clear()
            binding.getVariable('currentBuild').result = null
            StepFailure e = failingStep('securityGate', [reports: ['reports/gitleaks.json'], outputDir: c[0]])
            assert e.message.startsWith("securityGate: outputDir '${c[0]}' is, holds or lies under a symbolic link (named in the log above)")
            assert shLogs.any { it.contains("securityGate: ${c[3]} is a symbolic link") }: "${c}: ${shLogs}"
            assert !shCalls.any { it.script.contains('launch.cjs') }: "${c}: the engine ran"
            for (String published : ['archiveArtifacts', 'junit', 'recordIssues', 'publishHTML']) {
                assert calls(published).isEmpty(): "${c}: ${published} after the refusal"
            }
            assert agent.toFile().list().toList() == ['id_rsa'] && agent.resolve('id_rsa').text == 'AGENT-PRIVATE-KEY\n'
        }
        // Without the link the same checkout gates as usual.
        for (String top : ['srp-report', 'build', '-out']) {
            removeWithoutFollowing(ws.resolve(top))
        }
        Files.createDirectories(ws.resolve('srp-report'))
        ws.resolve('srp-report/notes.txt').text = 'a file the checkout left there\n'
        binding.getVariable('currentBuild').result = null
        assert (runStep('securityGate', [reports: ['reports/gitleaks.json']]) as Map).passed
    }

    /**
     * A checkout with an empty gitleaks report, and the agent's home beside it holding a git credentials file with a
     * token (what a link from the checkout must never reach). Returns that home.
     */
    Path prepareWithAgentCredentials() {
        prepare('srp.node20')
        Files.createDirectories(ws.resolve('reports'))
        ws.resolve('reports/gitleaks.json').text = '[]'
        Path agent = work.resolve('home')
        agent.resolve('.git-credentials').text = 'https://jenkins:AGENT-GIT-TOKEN@github.invalid\n'
        return agent
    }

    /**
     * The checkout links an ignore file, the policy or a report the gate reads to a file of the agent: the gate lists
     * every ignore entry it did not use, in verdict.json and report.html, so a `.trivyignore` linked to the agent's
     * ~/.git-credentials put its token in the archived reports. An input in the workspace must resolve inside it.
     */
    @Test
    void inputsLinkedOutOfTheWorkspaceAreRefusedBeforeTheEngineReadsThem() {
        Path agent = prepareWithAgentCredentials()
        agent.resolve('report.json').text = '[]'
        Files.createDirectories(ws.resolve('security'))
        ws.resolve('security/trivyignore').text = '# reviewed\nCVE-2024-0001 exp:2099-01-01\n'
        // [option, its value, the link in the checkout, what it points to, the name the log shows]
        List cases = [
                ['trivyignore', ['.trivyignore'], '.trivyignore', agent.resolve('.git-credentials'), '.trivyignore'],
                ['trivyignore', ['.trivyignore'], '.trivyignore', Paths.get('../home/.git-credentials'), '.trivyignore'],
                ['gitleaksignore', ['.gitleaksignore'], '.gitleaksignore', agent.resolve('.git-credentials'), '.gitleaksignore'],
                ['policy', 'security/policy.yml', 'security/policy.yml', agent.resolve('.git-credentials'), 'security/policy.yml'],
                ['baseline', 'base.sarif', 'base.sarif', agent.resolve('.git-credentials'), 'base.sarif'],
                ['reports', ['reports/gitleaks.json', 'reports/other.json'], 'reports/other.json', agent.resolve('report.json'), 'reports/other.json'],
                ['trivyignore', ["${ws}/sec/.git-credentials".toString()], 'sec', agent, "${ws}/sec/.git-credentials"],
                ['trivyignore', ['-t\nignore'], '-t\nignore', agent.resolve('.git-credentials'), './-t?ignore'],
        ]
        for (List c : cases) {
            for (String name : ['.trivyignore', '.gitleaksignore', 'security/policy.yml', 'base.sarif', 'reports/other.json',
                                'sec', '-t\nignore', 'srp-report']) {
                removeWithoutFollowing(ws.resolve(name))
            }
            Files.createSymbolicLink(ws.resolve(c[2] as String), c[3] as Path)
            helper.callStack.clear()
            shCalls.clear()
            shLogs.clear()
            binding.getVariable('currentBuild').result = null
            Map config = [reports: ['reports/gitleaks.json']]
            config[c[0]] = c[1]
            StepFailure e = failingStep('securityGate', config)
            assert e.message.startsWith('securityGate: an input in the workspace resolves outside it through a symbolic link (named in the log above)'): "${c}: ${e.message}"
            assert shLogs.any { it.contains("securityGate: ${c[4]} resolves outside the workspace") }: "${c}: ${shLogs}"
            assert !shCalls.any { it.script.contains('launch.cjs') }: "${c}: the engine ran"
            assert calls('archiveArtifacts').isEmpty() && calls('publishHTML').isEmpty()
            assert !Files.exists(ws.resolve('srp-report/verdict.json'))
        }
        // A link that stays in the workspace, and a path outside it that the Jenkinsfile names, are read as before.
        for (String name : ['.trivyignore', '-t\nignore', 'srp-report']) {
            removeWithoutFollowing(ws.resolve(name))
        }
        Files.createSymbolicLink(ws.resolve('.trivyignore'), Paths.get('security/trivyignore'))
        binding.getVariable('currentBuild').result = null
        Map verdict = runStep('securityGate', [reports: ['reports/gitleaks.json', agent.resolve('report.json').toString()],
                                               trivyignore: ['.trivyignore', agent.resolve('.git-credentials').toString()]]) as Map
        assert verdict.passed
        assert ws.resolve('srp-report/verdict.json').text.contains('CVE-2024-0001')
    }

    /**
     * In dir('sub') the link checks stopped at pwd(): an ignore file at ../.trivyignore linked to the agent's
     * ~/.git-credentials, or an outputDir at ../gate linked to the agent's home, went unchecked. They are checked up
     * to the workspace, wherever dir() has taken the step.
     */
    @Test
    void inADirBlockInputsAndTheOutputDirElsewhereInTheWorkspaceAreCheckedToo() {
        Path agent = prepareWithAgentCredentials()
        Files.createSymbolicLink(ws.resolve('.trivyignore'), agent.resolve('.git-credentials'))
        Files.createDirectories(ws.resolve('sub'))
        cwd = ws.resolve('sub')
        helper.registerAllowedMethod('pwd', [], { cwd.toString() })
        StepFailure e = failingStep('securityGate', [reports: ['../reports/gitleaks.json'], trivyignore: ['../.trivyignore']])
        assert e.message.startsWith('securityGate: an input in the workspace resolves outside it through a symbolic link (named in the log above)')
        assert shLogs.any { it.contains('securityGate: ../.trivyignore resolves outside the workspace') }: shLogs
        assert !shCalls.any { it.script.contains('launch.cjs') }
        Files.delete(ws.resolve('.trivyignore'))
        // The link is the directory itself: a link to a directory of the agent, removed (not followed) below.
        Files.createSymbolicLink(ws.resolve('gate'), agent)
        binding.getVariable('currentBuild').result = null
        e = failingStep('securityGate', [reports: ['../reports/gitleaks.json'], outputDir: '../gate'])
        assert e.message.startsWith("securityGate: outputDir '../gate' is, holds or lies under a symbolic link (named in the log above)")
        assert shLogs.any { it.contains('securityGate: ../gate is a symbolic link') }: shLogs
        assert !Files.exists(agent.resolve('verdict.json'))
        Files.delete(ws.resolve('gate'))
        // Without the links the same gate runs from dir('sub') as from the workspace.
        binding.getVariable('currentBuild').result = null
        assert (runStep('securityGate', [reports: ['../reports/gitleaks.json'], outputDir: '../gate']) as Map).passed
        assert Files.exists(ws.resolve('gate/verdict.json'))
    }

    /** `--html` either lands as a published report or, while the engine lacks it, fails closed (exit 2 → FAILURE). */
    @Test
    void htmlReportIsPublishedOrTheGateFailsClosed() {
        prepare('srp.node20')
        Files.createDirectories(ws.resolve('reports'))
        ws.resolve('reports/gitleaks.json').text = '[]'
        if (htmlLanded()) {
            Map verdict = runStep('securityGate', [reports: ['reports/gitleaks.json'], html: true]) as Map
            assert verdict.status == 0 && verdict.passed
            assert Files.size(ws.resolve('srp-report/report.html')) > 0
            assert calls('publishHTML')[0].args[0].target.reportFiles == 'report.html'
        } else {
            StepFailure e = failingStep('securityGate', [reports: ['reports/gitleaks.json'], html: true])
            assert e.message.startsWith('securityGate: the gate could not read its inputs (exit 2): ')
            assert e.message.contains('--html')
            assert binding.getVariable('currentBuild').result == 'FAILURE'
            assert calls('publishHTML').isEmpty()
        }
    }
}
