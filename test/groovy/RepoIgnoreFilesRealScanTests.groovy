import groovy.json.JsonSlurper
import org.junit.Test

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.concurrent.TimeUnit

/**
 * The red-team repro, with the pinned gitleaks and trivy: a checkout that tries to silence its own findings
 * (.gitleaksignore, gitleaks:allow, a .gitleaks.toml allowlist, .trivyignore, trivy.yaml, trivy-secret.yaml).
 * gitleaksScan and trivyScan run their real scripts; by default every finding reaches the report, and with
 * honorRepoIgnores: true the scanners drop them as before. Only offline scans: no download.
 */
class RepoIgnoreFilesRealScanTests extends StepTestBase {
    // Built at run time so that this file holds no token-shaped string of its own.
    static final String TOKEN = 'ghp_' + 'R8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5uX'
    static final String OTHER_TOKEN = 'ghp_' + 'Z8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5uY'
    Path ws
    Path tmp
    String scanners

    void prepare() {
        String bin = System.getProperty('srp.scannersBin')
        if (!bin) {
            throw new IllegalStateException('system property srp.scannersBin is not set (scripts/checks/60-jenkins-library.sh sets it)')
        }
        scanners = bin
        Path work = REPO.resolve('.srp-out/jenkins-repo-ignores')
        work.toFile().deleteDir()
        ws = work.resolve('app')
        tmp = work.resolve('app@tmp')
        Files.createDirectories(ws)
        Files.createDirectories(tmp)
        Map<String, String> tree = [
                'a.env'            : "GITHUB_TOKEN=${TOKEN}\n",
                'b.js'             : "const k = '${OTHER_TOKEN}' // gitleaks:allow\n",
                '.gitleaksignore'  : 'a.env:github-pat:1\n',
                '.gitleaks.toml'   : '[allowlist]\npaths = [\'\'\'.*\'\'\']\n',
                'Dockerfile'       : 'FROM alpine:3.9\nRUN echo hi\n',
                '.trivyignore'     : 'DS002\ngithub-pat\n',
                'trivy.yaml'       : 'severity:\n  - CRITICAL\n',
                'trivy-secret.yaml': 'allow-rules:\n  - id: all\n    description: everything\n    path: ".*"\n',
        ]
        for (Map.Entry<String, String> f : tree.entrySet()) {
            ws.resolve(f.key).toFile().setText(f.value.toString(), 'UTF-8')
        }
        Map gitEnv = [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: work.toString(), GIT_AUTHOR_NAME: 't',
                      GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid']
        for (List<String> git : [['git', 'init', '-q', '.'], ['git', 'add', '-A'], ['git', 'commit', '-q', '-m', 'app']]) {
            assert run(git, gitEnv).status == 0: "${git} failed"
        }
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? tmp.toString() : ws.toString() })
        helper.registerAllowedMethod('fileExists', [String], { String f -> Files.exists(ws.resolve(f)) })
    }

    @Override
    Object runSh(Map args) {
        sideEffects << 'sh'
        Map env = currentEnv()
        shCalls << [script: args.script.toString(), label: args.label?.toString(), env: env]
        Map processEnv = [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString(), LANG: 'C.UTF-8',
                          TRIVY_NO_PROGRESS: 'true', TRIVY_DISABLE_VEX_NOTICE: 'true']
        processEnv.putAll(env)
        Map result = run(['bash', '-c', args.script.toString()], processEnv)
        assert args.returnStatus
        return result.status
    }

    Map run(List<String> command, Map env) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ws.toFile()).redirectErrorStream(true)
        pb.environment().clear()
        env.each { k, v -> pb.environment().put(k.toString(), v.toString()) }
        Process p = pb.start()
        String out = p.inputStream.getText('UTF-8')
        assert p.waitFor(5, TimeUnit.MINUTES): "timed out: ${command}"
        return [status: p.exitValue(), out: out]
    }

    Object report(String path) {
        return new JsonSlurper().parse(ws.resolve(path).toFile())
    }

    List<String> gitleaksFiles(Map options) {
        String path = runStep('gitleaksScan', options + [binary: "${scanners}/gitleaks".toString()])
        return report(path).collect { it.File.tokenize('/').last() }.sort()
    }

    List<String> trivyIds(Map options) {
        Map out = runStep('trivyScan', options + [offline: true, binary: "${scanners}/trivy".toString(),
                                                  cacheDir: ws.resolveSibling('trivy-cache').toString()])
        List<String> ids = []
        for (Object result : report(out.report).Results ?: []) {
            ids.addAll((result.Misconfigurations ?: []).collect { it.ID })
            ids.addAll((result.Secrets ?: []).collect { it.RuleID })
        }
        return ids.sort()
    }

    @Test
    void gitleaksIgnoresTheRepositorysSuppressionsByDefault() {
        prepare()
        String ignore = ws.resolve('.gitleaksignore').text
        for (String mode : ['git', 'dir']) {
            assert gitleaksFiles([mode: mode, report: "reports/gitleaks-${mode}.json".toString()]) == ['a.env', 'b.js']
            // Set aside for the scan only: the gate reads it afterwards.
            assert ws.resolve('.gitleaksignore').text == ignore
        }
        assert gitleaksFiles([mode: 'git', report: 'reports/honored.json', honorRepoIgnores: true]) == []
    }

    @Test
    void trivyIgnoresTheRepositorysSuppressionsByDefault() {
        prepare()
        assert 'DS-0002' in trivyIds([command: 'config', target: '.'])
        assert !('DS-0002' in trivyIds([command: 'config', target: '.', report: 'reports/honored-config.json', honorRepoIgnores: true]))
        assert trivyIds([command: 'fs', target: '.', scanners: 'secret']) == ['github-pat', 'github-pat']
        assert trivyIds([command: 'fs', target: '.', scanners: 'secret', report: 'reports/honored-fs.json', honorRepoIgnores: true]) == []
    }
}
