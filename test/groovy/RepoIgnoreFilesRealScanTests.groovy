import groovy.json.JsonSlurper
import org.junit.Test

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.attribute.PosixFilePermissions
import java.util.concurrent.TimeUnit

/**
 * The red-team repro, with the pinned gitleaks and trivy: a checkout that tries to silence its own findings
 * (.gitleaksignore, gitleaks:allow, a .gitleaks.toml allowlist, .trivyignore, trivy.yaml, trivy-secret.yaml,
 * inline trivy:ignore and tfsec:ignore comments in a Dockerfile, Terraform, CloudFormation and a Helm chart).
 * gitleaksScan and trivyScan run their real scripts under dash (Jenkins' sh on Debian agents); by default every
 * finding reaches the report and the checkout is byte for byte what it was, and with honorRepoIgnores: true the
 * scanners drop them as before. Only offline scans: no download.
 */
class RepoIgnoreFilesRealScanTests extends StepTestBase {
    // Built at run time so that this file holds no token-shaped string of its own.
    static final String TOKEN = 'ghp_' + 'R8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5uX'
    static final String OTHER_TOKEN = 'ghp_' + 'Z8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5uY'
    // Inline ignore markers, built at run time too: trivyScan would otherwise disable them in this file when it
    // scans this repository.
    static final String TRIVY_IGNORE = 'trivy' + ':ignore:'
    static final String TFSEC_IGNORE = 'tfsec' + ':ignore:'
    static final String ODD_TF = 'iac/odd \'dir\' [x]/sg $HOME *.tf'
    static final Map<String, String> INLINE = [
            'iac/Dockerfile'               : "# ${TRIVY_IGNORE}AVD-DS-0001\nFROM alpine:latest\nUSER app\n",
            (ODD_TF)                       : 'resource "aws_security_group_rule" "ssh" {\n  type              = "ingress"\n' +
                    '  security_group_id = "sg-1"\n  description       = "ssh"\n  from_port         = 22\n' +
                    '  to_port           = 22\n  protocol          = "tcp"\n' +
                    "  # ${TFSEC_IGNORE}aws-ec2-no-public-ingress-sgr\n  cidr_blocks       = [\"0.0.0.0/0\"]\n}",
            'iac/stack.yaml'               : 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Sg:\n' +
                    '    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n' +
                    '      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n' +
                    "          # ${TRIVY_IGNORE}AVD-AWS-0107\n          CidrIp: 0.0.0.0/0\n          Description: ssh\n",
            'iac/chart/Chart.yaml'         : 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
            'iac/chart/values.yaml'        : 'replicas: 1\n',
            // Not plain YAML (the template line), so only trivy's Helm scanner reads it, and it honours the comment.
            'iac/chart/templates/pod.yaml' : '{{- if true }}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n' +
                    "  containers:\n    # ${TRIVY_IGNORE}KSV-0017\n    - name: app\n      image: nginx:1.25\n" +
                    '      securityContext:\n        privileged: true\n{{- end }}\n',
            // Mentions trivy: without a marker trivy would read: left as it is.
            'iac/README.md'                : 'Pin aquasec/trivy:0.74.0; a bare trivy: ignore: is no marker.\n',
    ]
    static final List<String> INLINE_FINDINGS = ['iac/Dockerfile DS-0001', "${ODD_TF} AWS-0107".toString(),
                                                 'iac/stack.yaml AWS-0107', 'iac/chart/templates/pod.yaml KSV-0017'].sort()
    static final List<String> INLINE_FILES = ['./iac/Dockerfile', "./${ODD_TF}".toString(), './iac/stack.yaml',
                                              './iac/chart/templates/pod.yaml'].sort()
    Path ws
    Path tmp
    String scanners
    /** What each real script printed. */
    List<String> logs = []

    void prepare() {
        String bin = System.getProperty('srp.scannersBin')
        if (!bin) {
            throw new IllegalStateException('system property srp.scannersBin is not set (scripts/checks/60-jenkins-library.sh sets it)')
        }
        scanners = bin
        Path work = REPO.resolve('.srp-out/jenkins-repo-ignores')
        deleteTree(work)
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
        tree.putAll(INLINE)
        writeTree(tree)
        // Not the mode a new file gets: the original must come back, not a copy.
        Files.setPosixFilePermissions(ws.resolve('iac/Dockerfile'), PosixFilePermissions.fromString('rwxr-x---'))
        git(['init', '-q', '.'], ['add', '-A'], ['commit', '-q', '-m', 'app'])
        helper.registerAllowedMethod('pwd', [], { ws.toString() })
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? tmp.toString() : ws.toString() })
        helper.registerAllowedMethod('fileExists', [String], { String f -> Files.exists(ws.resolve(f)) })
        envVars.WORKSPACE = ws.toString()
    }

    /** Writes each file of {@code tree} (path in the checkout → text) with its directories. */
    void writeTree(Map<String, ?> tree) {
        for (Map.Entry<String, ?> f : tree.entrySet()) {
            Files.createDirectories(ws.resolve(f.key).parent)
            ws.resolve(f.key).toFile().setText(f.value.toString(), 'UTF-8')
        }
    }

    /** Runs each git command in the checkout; each must succeed, but for the exit codes listed in {@code allowed}. */
    void git(List<String>... commands) {
        Map gitEnv = [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString(), GIT_AUTHOR_NAME: 't',
                      GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid']
        for (List<String> command : commands) {
            Map result = run(['git'] + command, gitEnv)
            assert result.status == 0 || (command[0] == 'merge' && result.status == 1): "git ${command} failed: ${result.out}"
        }
    }

    /** A file of the agent beside the workspace (outside it, created here) that no step may write over. */
    Path plantAgentFile() {
        Path victim = ws.resolveSibling('victim.txt')
        victim.toFile().setText('agent file\n', 'UTF-8')
        return victim
    }

    /** An empty directory beside the workspace that no step may write into. */
    Path elsewhereDir() {
        return ws.resolveSibling('elsewhere')
    }

    /**
     * What a pull request would commit to have the scanners write over agent files: both default reports linked to
     * the agent file ({@link #plantAgentFile}) and {@code dirLink}, a directory of the checkout, linked to the empty
     * {@link #elsewhereDir}. Files only: never a link to a system directory.
     */
    void linkReportsOut(String dirLink) {
        Path victim = plantAgentFile()
        Files.createDirectories(elsewhereDir())
        Files.createDirectories(ws.resolve('reports'))
        Files.createSymbolicLink(ws.resolve('reports/gitleaks.json'), victim)
        Files.createSymbolicLink(ws.resolve('reports/trivy-config.json'), victim)
        Files.createSymbolicLink(ws.resolve(dirLink), elsewhereDir())
    }

    /** After linkReportsOut: the agent file is as it was and nothing was written outside the workspace. */
    void assertNothingWrittenThroughTheLinks() {
        assert ws.resolveSibling('victim.txt').text == 'agent file\n'
        assert elsewhereDir().toFile().list() == [] as String[]
    }

    /**
     * A trivy cache dir at {@code dir} (in the checkout) whose checks bundle is one empty rego file, with metadata
     * that says it is fresh: trivy takes it as its whole set of checks and reports no misconfiguration.
     */
    void plantEmptyChecksBundle(String dir) {
        Path bundle = ws.resolve("${dir}/policy/content")
        Files.createDirectories(bundle)
        bundle.resolve('nothing.rego').toFile().setText('package user.nothing\n', 'UTF-8')
        ws.resolve("${dir}/policy/metadata.json").toFile().setText(
                '{"Digest":"sha256:0","DownloadedAt":"2099-01-01T00:00:00Z","CustomBuild":true}', 'UTF-8')
    }

    /** When set, runSh records the call and answers this status instead of running the script. */
    Integer captureStatus
    /** The directory the steps run in, as in Jenkins' dir(): null for the workspace. */
    Path cwd

    /**
     * As Jenkins' dir(sub) { ... }: pwd() is the checkout's sub, pwd(tmp: true) is its sibling sub@tmp (Jenkins'
     * WorkspaceList.tempDir of the current directory, so inside the checkout), and the scripts run in sub.
     */
    void inDir(String sub) {
        cwd = ws.resolve(sub)
        helper.registerAllowedMethod('pwd', [], { cwd.toString() })
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? cwd.resolveSibling(cwd.fileName.toString() + '@tmp').toString() : cwd.toString() })
        helper.registerAllowedMethod('fileExists', [String], { String f -> Files.exists(cwd.resolve(f)) })
    }

    @Override
    Object runSh(Map args) {
        sideEffects << 'sh'
        Map env = currentEnv()
        shCalls << [script: args.script.toString(), label: args.label?.toString(), env: env]
        if (captureStatus != null) {
            return captureStatus
        }
        Map processEnv = [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString(), LANG: 'C.UTF-8',
                          TRIVY_NO_PROGRESS: 'true', TRIVY_DISABLE_VEX_NOTICE: 'true']
        processEnv.putAll(env)
        Map result = run(['dash', '-c', args.script.toString()], processEnv, cwd ?: ws)
        logs << result.out
        assert args.returnStatus
        return result.status
    }

    Map run(List<String> command, Map env, Path dir = ws) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
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

    Map trivyOptions(Map options) {
        return [offline: true, binary: "${scanners}/trivy".toString(), cacheDir: ws.resolveSibling('trivy-cache').toString()] + options
    }

    List<String> trivyIds(Map options) {
        Map out = runStep('trivyScan', trivyOptions(options))
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

    /** The misconfigurations the inline comments try to hide, as 'target ID'. */
    List<String> inlineFindings(Map options) {
        Map out = runStep('trivyScan', trivyOptions(options))
        return misconfigurationsByTarget(out.report).findAll { it.tokenize(' ').last() in ['DS-0001', 'AWS-0107', 'KSV-0017'] }.sort()
    }

    /** 'target ID' of every misconfiguration in a trivy JSON report. */
    List<String> misconfigurationsByTarget(String path) {
        List<String> found = []
        for (Object result : report(path).Results ?: []) {
            found.addAll((result.Misconfigurations ?: []).collect { "${result.Target} ${it.ID}".toString() })
        }
        return found
    }

    /**
     * trivy config run directly, without the step and without the checkout's trivy.yaml and .trivyignore: what
     * trivy itself makes of the files. Returns the report's misconfigurations as 'target ID'.
     */
    List<String> bareTrivyConfig(String cacheDir, String report, List<String> options) {
        String empty = tmp.resolve('empty').toString()
        tmp.resolve('empty').toFile().setText('', 'UTF-8')
        Files.createDirectories(ws.resolve('reports'))
        Map raw = run(["${scanners}/trivy".toString(), 'config', '--cache-dir', cacheDir, '--config', empty, '--ignorefile', empty,
                       '--skip-version-check', '--disable-telemetry', '--quiet', '--format', 'json', '--output', report] + options,
                [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString()])
        assert raw.status == 0: raw.out
        return misconfigurationsByTarget(report)
    }

    /** The files whose inline comments the scripts said they disabled. */
    List<String> disabledFiles() {
        List<String> found = []
        for (String line : logs.join('').readLines()) {
            java.util.regex.Matcher m = line =~ /^trivyScan: inline trivy:ignore comments in (.*) are disabled for the scan \(the gate decides; see docs\/jenkins.md#repository-ignore-files\)$/
            if (m.matches()) {
                found << m.group(1)
            }
        }
        return found.sort()
    }

    /** Every file of the checkout but the reports: content, mode, inode and mtime. */
    Map<String, List> checkout() {
        Map<String, List> files = [:]
        Files.walk(ws).each { Path p ->
            String rel = ws.relativize(p).toString()
            if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !rel.startsWith('reports/')) {
                files[rel] = [Files.readAllBytes(p).encodeHex().toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
                              Files.getAttribute(p, 'unix:ino'), Files.getLastModifiedTime(p)]
            }
        }
        return files
    }

    List<String> leftInTmp() {
        List<String> left = []
        Files.walk(tmp).each { Path p -> if (p.fileName.toString().startsWith('inline.')) { left << p.toString() } }
        return left
    }

    @Test
    void inlineIgnoreCommentsDoNotSilenceTrivyByDefault() {
        prepare()
        Map before = checkout()
        assert before['iac/Dockerfile'][1] == 'rwxr-x---'
        Files.createDirectories(ws.resolve('reports'))
        for (Map options : [[command: 'config'], [command: 'fs', scanners: 'misconfig', sbom: 'reports/inline.cdx.json']]) {
            String path = "reports/inline-${options.command}.json"
            // Outputs of an earlier run that quote a marker: what trivy writes now must not be swapped back for them.
            for (String output : [path] + (options.sbom ? [options.sbom] : [])) {
                ws.resolve(output).toFile().setText("{\"Stale\": \"# ${TRIVY_IGNORE}*\"}\n".toString(), 'UTF-8')
            }
            logs.clear()
            assert inlineFindings(options + [target: '.', report: path]) == INLINE_FINDINGS
            assert disabledFiles() == INLINE_FILES
            assert checkout() == before
        }
        assert report('reports/inline.cdx.json').bomFormat == 'CycloneDX'
        logs.clear()
        assert inlineFindings([command: 'config', target: 'iac/Dockerfile', report: 'reports/one-file.json']) == ['Dockerfile DS-0001']
        assert disabledFiles() == ['iac/Dockerfile']
        logs.clear()
        assert inlineFindings([command: 'config', target: '.', report: 'reports/honored.json', honorRepoIgnores: true]) == []
        assert disabledFiles() == []
        assert checkout() == before
        assert leftInTmp() == []
    }

    @Test
    void aModuleOutsideTheTargetCannotSilenceTrivyEither() {
        prepare()
        // trivy config infra/ follows the module out of its target, and honours the module's inline comments.
        Map<String, String> tree = [
                'infra/main.tf'    : 'module "b" {\n  source = "../modules/b"\n}\n',
                'modules/b/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n' +
                        "#${TRIVY_IGNORE}AWS-0086\n".toString() +
                        'resource "aws_s3_bucket_public_access_block" "b" {\n  bucket = aws_s3_bucket.b.id\n  block_public_acls = false\n}\n',
        ]
        writeTree(tree)
        Map before = checkout()
        List<String> honoured = bareTrivyConfig(tmp.resolve('raw-cache').toString(), 'reports/raw-module.json',
                ['--skip-check-update', 'infra'])
        assert '../modules/b/main.tf AWS-0087' in honoured
        assert !('../modules/b/main.tf AWS-0086' in honoured)
        logs.clear()
        Map out = runStep('trivyScan', trivyOptions([command: 'config', target: 'infra', report: 'reports/module.json']))
        assert '../modules/b/main.tf AWS-0086' in misconfigurationsByTarget(out.report)
        assert './modules/b/main.tf' in disabledFiles()
        assert checkout() == before
        assert leftInTmp() == []
    }

    @Test
    void theCheckoutComesBackWhenTrivyFails() {
        prepare()
        Map before = checkout()
        String missing = ws.resolveSibling('no-such-trivy').toString()
        StepFailure e = failingStep('trivyScan', trivyOptions([command: 'config', target: '.', binary: missing]))
        assert e.message.startsWith('trivyScan: trivy config failed with exit code 127 ')
        assert disabledFiles() == INLINE_FILES
        assert checkout() == before
        logs.clear()
        e = failingStep('trivyScan', trivyOptions([command: 'fs', scanners: 'misconfig', target: '.', timeout: 'soon']))
        assert e.message.startsWith('trivyScan: trivy fs failed with exit code 1 ')
        assert disabledFiles() == INLINE_FILES
        assert logs.join('').contains('invalid argument "soon" for "--timeout" flag')
        assert checkout() == before
        assert leftInTmp() == []
    }

    @Test
    void filesTrivySkipsAsUnreadableFailTheScanInsteadOfPassingUnchecked() {
        prepare()
        // A chart helm installs with the value given on its command line (--set tag=1.25), but trivy renders it with
        // values.yaml only: `required` fails and trivy skips the whole chart, privileged pod and all.
        Map<String, String> tree = [
                'charts/app/Chart.yaml'         : 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
                'charts/app/values.yaml'        : 'replicas: 1\n',
                'charts/app/templates/pod.yaml' : 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n' +
                        '    - name: app\n      image: "nginx:{{ required "set tag" .Values.tag }}"\n' +
                        '      securityContext:\n        privileged: true\n',
        ]
        writeTree(tree)
        // trivy itself: a WARN, exit 0 and a report without the chart.
        Map raw = run(["${scanners}/trivy".toString(), 'config', '--cache-dir', ws.resolveSibling('trivy-cache').toString(),
                       '--skip-check-update', '--format', 'json', '--output', tmp.resolve('raw-chart.json').toString(), 'charts'],
                [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString()])
        assert raw.status == 0 && raw.out.contains('WARN\t[helm scanner] Skipping chart')
        assert !new JsonSlurper().parse(tmp.resolve('raw-chart.json').toFile()).Results
        String unread = "trivyScan: trivy could not read every file it was to scan (the lines above), so its report may lack " +
                'their findings and is not used: fix the file, give each value a Helm chart requires a default in its ' +
                'values.yaml, or leave the directory out with skipDirs'
        for (String command : ['config', 'fs']) {
            logs.clear()
            Map options = [command: command, target: 'charts', report: "reports/chart-${command}.json".toString()]
            if (command == 'fs') {
                options.scanners = 'misconfig'
            }
            StepFailure e = failingStep('trivyScan', trivyOptions(options))
            assert e.message == unread
            assert logs.last().contains('WARN\t[helm scanner] Skipping chart\tfile_path="app" err="parse chart: execution error at (app/templates/pod.yaml:8:23): set tag"')
        }
        // A Dockerfile docker builds with the frontend it names (INCLUDE is dockerfile-x's), which trivy's parser
        // refuses, and a Terraform file trivy cannot parse: ERRORs. trivy quotes the block's first line: left out.
        deleteTree(ws.resolve('charts'))
        ws.resolve('infra').toFile().mkdirs()
        ws.resolve('infra/Dockerfile').toFile().setText('# syntax = devthefuture/dockerfile-x\nFROM ubuntu:latest\n' +
                'INCLUDE ./common.dockerfile\n', 'UTF-8')
        ws.resolve('infra/db.tf').toFile().setText("resource \"aws_db_instance\" \"db\" { password = \"${TOKEN}\"\n".toString(), 'UTF-8')
        logs.clear()
        assert failingStep('trivyScan', trivyOptions([command: 'config', target: 'infra', report: 'reports/tf.json'])).message == unread
        assert logs.last().contains('ERROR\t[dockerfile scanner] Failed to parse file\tfile_path="Dockerfile" err="parse dockerfile instruction: ' +
                'parse instruction (not shown): unknown instruction"\n')
        assert logs.last().contains('ERROR\t[terraform parser] Error parsing file\tmodule="root" file_path="db.tf" err="db.tf:1,')
        assert !logs.join('').contains(TOKEN)
        // trivy takes Dockerfile.* for a Dockerfile, and quotes (lower-cased) the first word of a line it cannot parse.
        deleteTree(ws.resolve('infra'))
        ws.resolve('env').toFile().mkdirs()
        ws.resolve('env/Dockerfile.env').toFile().setText("GITHUB_TOKEN=${OTHER_TOKEN}\n".toString(), 'UTF-8')
        logs.clear()
        assert failingStep('trivyScan', trivyOptions([command: 'config', target: 'env', report: 'reports/env.json'])).message == unread
        assert logs.last().contains('ERROR\t[dockerfile scanner] Failed to parse file\tfile_path="Dockerfile.env" err="parse dockerfile instruction: ' +
                'parse instruction (not shown): unknown instruction"\n')
        assert !logs.join('').toLowerCase().contains(OTHER_TOKEN.toLowerCase())
        deleteTree(ws.resolve('env'))
        // Harmless lines do not count: offline with an empty cache trivy logs an ERROR that it uses its built-in
        // checks, and one for the ignore file BuildKit reads beside a Dockerfile, which trivy takes for a Dockerfile.
        ws.resolve('Dockerfile.dockerignore').toFile().setText('*.log\n', 'UTF-8')
        logs.clear()
        assert 'DS-0002' in trivyIds([command: 'config', target: '.', report: 'reports/ok.json'])
        assert logs.last().contains('ERROR\t[misconfig] Falling back to embedded checks')
        assert logs.last().contains('ERROR\t[dockerfile scanner] Failed to parse file\tfile_path="Dockerfile.dockerignore"')
    }

    @Test
    void aTargetThatIsASymbolicLinkIsRefusedBecauseTrivyScansNothingThroughIt() {
        prepare()
        // A pull request turns the directory the Jenkinsfile scans into a link to one beside it: terraform, docker
        // and helm read through it, trivy 0.74 scans nothing (no log line, exit 0, an empty report). A link to a
        // directory of the checkout only: deleteTree does not follow it.
        Files.createSymbolicLink(ws.resolve('infra'), Paths.get('iac'))
        Map raw = run(["${scanners}/trivy".toString(), 'config', '--cache-dir', ws.resolveSibling('trivy-cache').toString(),
                       '--skip-check-update', '--format', 'json', '--output', tmp.resolve('raw-link.json').toString(), 'infra'],
                [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString()])
        assert raw.status == 0 && !new JsonSlurper().parse(tmp.resolve('raw-link.json').toFile()).Results
        Map before = checkout()
        for (String target : ['infra', 'infra/', './infra/.', ws.resolve('infra').toString()]) {
            for (String command : ['config', 'fs']) {
                logs.clear()
                StepFailure e = failingStep('trivyScan', trivyOptions([command: command, target: target]))
                assert e.message == "trivyScan: the target '${target}' is a symbolic link, through which trivy scans nothing " +
                        '(an empty report); scan the directory or file it points to'
                assert disabledFiles() == []
            }
        }
        assert checkout() == before
        assert !Files.exists(ws.resolve('reports'))
        // A link above the target is followed as usual.
        assert 'DS-0001' in trivyIds([command: 'config', target: 'infra/Dockerfile'])
    }

    @Test
    void inADirBlockTheCheckoutCannotPlantTrivysChecksOrTheScannersNeutralFiles() {
        prepare()
        // In dir('iac'), Jenkins' pwd(tmp: true) is iac@tmp: a directory of the checkout. A pull request commits
        // there the checks bundle with no checks that the cache dir rule keeps out of the workspace, and links where
        // the scan steps write their neutral files.
        plantEmptyChecksBundle('iac@tmp/trivy-cache')
        Path victim = plantAgentFile()
        for (String neutral : ['iac@tmp/srp-trivy-neutral/trivy.yaml', 'iac@tmp/srp-gitleaks-neutral/gitleaks.toml']) {
            Files.createDirectories(ws.resolve(neutral).parent)
            Files.createSymbolicLink(ws.resolve(neutral), victim)
        }
        git(['add', '-A'], ['commit', '-q', '-m', 'plant'])
        inDir('iac')
        Map out = runStep('trivyScan', [offline: true, binary: "${scanners}/trivy".toString(), command: 'config', target: '.'])
        assert 'Dockerfile DS-0001' in misconfigurationsByTarget("iac/${out.report}")
        assert runStep('gitleaksScan', [mode: 'dir', binary: "${scanners}/gitleaks".toString()]) == 'reports/gitleaks.json'
        assert victim.text == 'agent file\n'
        // Beside the workspace, as outside any dir().
        assert shCalls[0].env.subMap(['TV_CACHE_DIR', 'TV_NEUTRAL_DIR']) ==
                [TV_CACHE_DIR: tmp.resolve('trivy-cache').toString(), TV_NEUTRAL_DIR: tmp.resolve('srp-trivy-neutral').toString()]
        assert shCalls[1].env.GL_NEUTRAL_DIR == tmp.resolve('srp-gitleaks-neutral').toString()
    }

    @Test
    void inADirBlockAReportElsewhereInTheWorkspaceIsStillNeverWrittenThroughALink() {
        prepare()
        // The link checks stopped at pwd(): in dir('iac') a report at ../reports or at an absolute path in the
        // workspace was not looked at, nor was the directory dir() entered when the checkout made it a link.
        linkReportsOut('linked')
        String gitleaks = "${scanners}/gitleaks"
        inDir('iac')
        for (String report : ['../reports/gitleaks.json', ws.resolve('reports/gitleaks.json').toString()]) {
            StepFailure e = failingStep('gitleaksScan', [mode: 'dir', binary: gitleaks, report: report])
            assert e.message.startsWith("gitleaksScan: the report '${report}' is or lies under a symbolic link (named in the log above)")
            assert logs.last().contains("gitleaksScan: ${report} is a symbolic link\n")
        }
        StepFailure e = failingStep('trivyScan', trivyOptions([command: 'config', target: '.', report: '../reports/trivy-config.json']))
        assert e.message.startsWith("trivyScan: the report '../reports/trivy-config.json' is or lies under a symbolic link")
        // A cache dir elsewhere in the workspace is the checkout's too.
        e = failingStep('trivyScan', trivyOptions([command: 'config', target: '.', cacheDir: '../.trivy-cache']))
        assert e.message.startsWith("trivyScan: cacheDir '../.trivy-cache' is inside the workspace")
        inDir('linked')
        e = failingStep('gitleaksScan', [mode: 'dir', binary: gitleaks, honorRepoIgnores: true])
        assert e.message.startsWith("gitleaksScan: the report 'reports/gitleaks.json' is or lies under a symbolic link")
        assert logs.last().contains("gitleaksScan: ${elsewhereDir().toRealPath()} is reached through a symbolic link out of the workspace\n")
        assertNothingWrittenThroughTheLinks()
        // A report in the workspace reached through no link is written as before, also in dir().
        inDir('iac')
        assert runStep('gitleaksScan', [mode: 'dir', binary: gitleaks, report: '../out/g.json']) == '../out/g.json'
        assert Files.exists(ws.resolve('out/g.json'))
    }

    @Test
    void aLinkUnderADirectoryTargetToTheCheckoutOutsideItIsRefusedBecauseTrivyDoesNotFollowIt() {
        prepare()
        // Terraform reads infra/sg.tf through the link; trivy config infra skips it without a word (exit 0).
        Files.createDirectories(ws.resolve('shared'))
        ws.resolve('shared/sg.tf').toFile().setText(INLINE[ODD_TF].replace("  # ${TFSEC_IGNORE}aws-ec2-no-public-ingress-sgr\n".toString(), ''), 'UTF-8')
        Files.createDirectories(ws.resolve('infra'))
        ws.resolve('infra/main.tf').toFile().setText('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n', 'UTF-8')
        Files.createSymbolicLink(ws.resolve('infra/sg.tf'), Paths.get('../shared/sg.tf'))
        List<String> raw = bareTrivyConfig(tmp.resolve('raw-cache').toString(), 'reports/raw-linked.json', ['--skip-check-update', 'infra'])
        assert raw && !raw.any { it.endsWith(' AWS-0107') }
        assert 'sg.tf AWS-0107' in bareTrivyConfig(tmp.resolve('raw-cache').toString(), 'reports/raw-shared.json', ['--skip-check-update', 'shared'])
        Map before = checkout()
        String refused = "trivyScan: a symbolic link under the target 'infra' points to a file or directory of the workspace outside it " +
                '(named in the log above), and trivy does not follow links: what it points to would not be scanned; scan a ' +
                'directory that holds both, or replace the link with what it points to'
        for (String command : ['config', 'fs']) {
            logs.clear()
            StepFailure e = failingStep('trivyScan', trivyOptions([command: command, target: 'infra']))
            assert e.message == refused
            assert logs.last().contains("trivyScan: infra/sg.tf -> ${ws.toRealPath()}/shared/sg.tf\n")
        }
        assert checkout() == before
        // A link that stays in the target, or leaves the workspace (the agent's files, not the checkout's), and any
        // link when the target is the workspace itself: scanned as before.
        Files.delete(ws.resolve('infra/sg.tf'))
        Files.createSymbolicLink(ws.resolve('infra/alias.tf'), Paths.get('main.tf'))
        Files.createSymbolicLink(ws.resolve('infra/agent.txt'), plantAgentFile())
        assert 'AWS-0086' in trivyIds([command: 'config', target: 'infra', report: 'reports/infra.json'])
        Files.createSymbolicLink(ws.resolve('infra/sg.tf'), Paths.get('../shared/sg.tf'))
        assert 'AWS-0107' in trivyIds([command: 'config', target: '.', report: 'reports/all.json'])
    }

    @Test
    void aFileNameTheScriptCannotHandleStopsTheScanLoudly() {
        prepare()
        ws.resolve('iac/evil\nname.tf').toFile().setText("# ${TFSEC_IGNORE}*\n".toString(), 'UTF-8')
        Map before = checkout()
        StepFailure e = failingStep('trivyScan', trivyOptions([command: 'config', target: '.']))
        assert e.message == "trivyScan: refused to scan: the inline trivy:ignore comments under '.' could not be disabled safely (see the log above)"
        assert logs.join('').contains('so their inline ignore comments cannot be disabled safely; rename them:\n./iac/evil?name.tf\n')
        assert disabledFiles() == []
        assert checkout() == before
        assert !Files.exists(ws.resolve('reports/trivy-config.json'))
    }

    @Test
    void aChecksBundleCommittedToTheCheckoutIsNeverTheOneTrivyUses() {
        prepare()
        // What a pull request could commit under the old default cacheDir ('.trivy-cache'): one empty rego file,
        // which trivy takes as its whole checks bundle, and metadata that says it is fresh.
        plantEmptyChecksBundle('.trivy-cache')
        // The attack, on trivy itself: with that cache dir, offline or not, no misconfiguration is left.
        for (List<String> offline : [['--skip-check-update'], []]) {
            assert bareTrivyConfig('.trivy-cache', 'reports/poisoned.json', offline + ['.']).size() == 0
        }
        // The step keeps its cache in pwd(tmp: true): the built-in checks run and find the Dockerfile's root user.
        Map out = runStep('trivyScan', [offline: true, binary: "${scanners}/trivy".toString(), command: 'config', target: '.'])
        assert shCalls.last().env.TV_CACHE_DIR == tmp.resolve('trivy-cache').toString()
        assert misconfigurationsByTarget(out.report).size() > 10
        assert 'DS-0002' in trivyIds([command: 'config', target: '.', report: 'reports/again.json'])
        // And a cache dir in the workspace is refused before anything runs.
        int before = shCalls.size()
        assert failingStep('trivyScan', [offline: true, binary: "${scanners}/trivy".toString(), command: 'config', target: '.',
                                         cacheDir: '.trivy-cache']).message.startsWith("trivyScan: cacheDir '.trivy-cache' is inside the workspace")
        assert shCalls.size() == before
    }

    /** The script and environment a step's sh call gets, without running it: [script:, env:]. */
    Map scanCall(String step, Map options) {
        captureStatus = 99
        try {
            failingStep(step, options)
        } finally {
            captureStatus = null
        }
        return shCalls.last()
    }

    /**
     * Runs two scans' real scripts at once, as Jenkins runs two branches of a `parallel`: the second starts while
     * the first holds the checkout's files aside, and its scanner (the pinned binary behind a wrapper that sets
     * this order) runs only once the first has finished. Returns both logs.
     */
    List<String> inTurns(Map first, Map second) {
        Path turns = tmp.resolve('turns')
        deleteTree(turns)
        Files.createDirectories(turns)
        Path wrapper = turns.resolve('scanner')
        wrapper.toFile().setText('''#!/bin/sh
if [ "$TURN" = first ]; then
  : > "$TURNS/first-scanning"
  while [ ! -e "$TURNS/second-started" ]; do sleep 0.1; done
  sleep 1
else
  while [ ! -e "$TURNS/first-done" ]; do sleep 0.1; done
fi
exec "$REAL" "$@"
''', 'UTF-8')
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString('rwxr-xr-x'))
        List<Process> started = []
        List<Path> logFiles = []
        for (Map call : [first, second]) {
            String turn = started ? 'second' : 'first'
            String binVar = call.env.containsKey('TV_BIN') ? 'TV_BIN' : 'GL_BIN'
            Map processEnv = [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString(), LANG: 'C.UTF-8',
                              TRIVY_NO_PROGRESS: 'true', TRIVY_DISABLE_VEX_NOTICE: 'true']
            processEnv.putAll(call.env)
            processEnv.putAll([(binVar): wrapper.toString(), REAL: call.env[binVar], TURN: turn, TURNS: turns.toString()])
            Path log = turns.resolve("${turn}.log")
            ProcessBuilder pb = new ProcessBuilder(['dash', '-c', call.script]).directory(ws.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
            pb.environment().clear()
            processEnv.each { k, v -> pb.environment().put(k.toString(), v.toString()) }
            started << pb.start()
            logFiles << log
            long deadline = System.currentTimeMillis() + 60000
            while (turn == 'first' && !Files.exists(turns.resolve('first-scanning'))) {
                assert started[0].alive && System.currentTimeMillis() < deadline: "the first scan never reached its scanner: ${log.text}"
                sleep(50)
            }
        }
        Files.createFile(turns.resolve('second-started'))
        assert started[0].waitFor(5, TimeUnit.MINUTES) && started[0].exitValue() == 0: logFiles[0].text
        Files.createFile(turns.resolve('first-done'))
        assert started[1].waitFor(5, TimeUnit.MINUTES) && started[1].exitValue() == 0: logFiles[1].text
        return logFiles.collect { it.text }
    }

    @Test
    void parallelScansOfOneCheckoutTakeTurns() {
        prepare()
        Map before = checkout()
        String gitleaks = "${scanners}/gitleaks"
        // trivy twice: without turns, the second finds the first's copies, changes nothing, and its trivy reads the
        // originals the first has put back.
        List<String> logs = inTurns(scanCall('trivyScan', trivyOptions([command: 'config', target: '.', report: 'reports/first.json'])),
                scanCall('trivyScan', trivyOptions([command: 'fs', scanners: 'misconfig', target: '.', report: 'reports/second.json'])))
        String waiting = "waiting for another scan of this workspace to finish (lock: ${tmp}/srp-scan.lock)"
        assert !logs[0].contains(waiting)
        assert logs[1].contains("trivyScan: ${waiting}")
        for (String path : ['reports/first.json', 'reports/second.json']) {
            assert misconfigurationsByTarget(path).findAll { it.tokenize(' ').last() in ['DS-0001', 'AWS-0107', 'KSV-0017'] }.sort() == INLINE_FINDINGS
        }
        assert checkout() == before
        // gitleaks twice: the second would find no .gitleaksignore while the first holds it aside, and read it
        // once it is back.
        logs = inTurns(scanCall('gitleaksScan', [mode: 'dir', binary: gitleaks, report: 'reports/first-gl.json']),
                scanCall('gitleaksScan', [mode: 'git', binary: gitleaks, report: 'reports/second-gl.json']))
        assert logs[1].contains("gitleaksScan: ${waiting}")
        for (String path : ['reports/first-gl.json', 'reports/second-gl.json']) {
            assert report(path).collect { it.File.tokenize('/').last() }.sort() == ['a.env', 'b.js']
        }
        // One lock for both steps.
        logs = inTurns(scanCall('trivyScan', trivyOptions([command: 'config', target: '.', report: 'reports/third.json'])),
                scanCall('gitleaksScan', [mode: 'dir', binary: gitleaks, report: 'reports/third-gl.json']))
        assert logs[1].contains("gitleaksScan: ${waiting}")
        assert checkout() == before
        assert leftInTmp() == []
    }

    @Test
    void withoutFlockTheScansThatSetFilesAsideStopBeforeScanning() {
        prepare()
        // Every command of /usr/bin and /bin but flock. Files only: a link to a directory (Debian's /usr/bin/X11
        // is '.') is not a command (and Groovy's deleteDir() would walk into it).
        Path bin = tmp.resolve('no-flock-bin')
        Files.createDirectories(bin)
        for (String dir : ['/usr/bin', '/bin']) {
            for (File f : new File(dir).listFiles()) {
                Path link = bin.resolve(f.name)
                if (f.isFile() && f.name != 'flock' && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, f.toPath())
                }
            }
        }
        assert Files.list(bin).every { Path p -> !Files.isDirectory(p) }
        envVars.PATH = bin.toString()
        Map before = checkout()
        StepFailure e = failingStep('trivyScan', trivyOptions([command: 'config', target: '.']))
        assert e.message == "trivyScan: refused to scan: the inline trivy:ignore comments under '.' could not be disabled safely (see the log above)"
        e = failingStep('gitleaksScan', [binary: "${scanners}/gitleaks".toString()])
        assert e.message == "gitleaksScan: refused to scan: the repository's own suppressions could not be set aside safely (see the log above)"
        for (String step : ['trivyScan', 'gitleaksScan']) {
            assert logs.join('').contains("${step}: flock is not installed on this agent (util-linux or busybox); it keeps parallel scans of one workspace from putting back each other's files mid-scan: install it, or set honorRepoIgnores: true\n")
        }
        assert checkout() == before
        assert !Files.exists(ws.resolve('reports'))
        // Scans that set nothing aside need no lock.
        assert runStep('gitleaksScan', [binary: "${scanners}/gitleaks".toString(), honorRepoIgnores: true]) == 'reports/gitleaks.json'
    }

    @Test
    void gitleaksReadsWhatGitLogHidesByDefault() {
        prepare()
        // A file .gitattributes marks -diff, one with a NUL byte, and a secret added while resolving a merge:
        // `git log -p` shows none of them, so gitleaks' git mode alone finds nothing there.
        ws.resolve('.gitattributes').toFile().setText('creds.env -diff\n', 'UTF-8')
        ws.resolve('creds.env').toFile().setText("GITHUB_TOKEN=${'ghp_' + 'A8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5u1'}\n".toString(), 'UTF-8')
        ws.resolve('nul.cfg').toFile().bytes = ("x\u0000y\ntoken=${'ghp_' + 'B8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5u2'}\n").getBytes('UTF-8')
        ws.resolve('m.txt').toFile().setText('a\n', 'UTF-8')
        git(['add', '-A'], ['commit', '-q', '-m', 'hidden'], ['checkout', '-q', '-b', 'side'])
        ws.resolve('m.txt').toFile().setText('b\n', 'UTF-8')
        git(['commit', '-q', '-am', 'side'], ['checkout', '-q', '-'])
        ws.resolve('m.txt').toFile().setText('c\n', 'UTF-8')
        git(['commit', '-q', '-am', 'main'], ['merge', '-q', 'side'])
        ws.resolve('m.txt').toFile().setText("GITHUB_TOKEN=${'ghp_' + 'C8kQ2mZxV7pLw3nT9yHcB4dF6gJ1sA0eK5u3'}\n".toString(), 'UTF-8')
        git(['commit', '-q', '-am', 'merged'])
        List<String> expected = ['a.env', 'b.js', 'creds.env', 'm.txt', 'nul.cfg']
        assert gitleaksFiles([mode: 'git', report: 'reports/history.json']) == expected
        assert gitleaksFiles([mode: 'git', report: 'reports/range.json', logOpts: 'HEAD~3..HEAD']) == ['creds.env', 'm.txt', 'nul.cfg']
        assert shCalls.last().env.GL_LOG_OPTS == 'HEAD~3..HEAD'
        // What gitleaks makes of the same history on its own (the checkout's own suppressions set aside too).
        Files.createDirectories(ws.resolve('reports'))
        tmp.resolve('default.toml').toFile().setText('[extend]\nuseDefault = true\n', 'UTF-8')
        tmp.resolve('no-ignores').toFile().setText('', 'UTF-8')
        Files.move(ws.resolve('.gitleaksignore'), tmp.resolve('gitleaksignore'))
        Map raw = run(["${scanners}/gitleaks".toString(), 'git', '--no-banner', '--redact', '--exit-code', '0', '--report-format', 'json',
                       '--report-path', 'reports/raw.json', '--ignore-gitleaks-allow', '--config', tmp.resolve('default.toml').toString(),
                       '--gitleaks-ignore-path', tmp.resolve('no-ignores').toString(), '.'],
                [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString()])
        assert raw.status == 0: raw.out
        assert report('reports/raw.json').collect { it.File }.sort() == ['a.env', 'b.js']
        Files.move(tmp.resolve('gitleaksignore'), ws.resolve('.gitleaksignore'))
    }

    @Test
    void aGitErrorFailsTheSecretsScanInsteadOfReportingNoLeaks() {
        prepare()
        // gitleaks itself: git fails, gitleaks says "no leaks found", writes [] and exits 0.
        Files.createDirectories(ws.resolve('reports'))
        Map raw = run(["${scanners}/gitleaks".toString(), 'git', '--no-banner', '--no-color', '--exit-code', '0', '--report-format', 'json',
                       '--report-path', 'reports/raw.json', '--log-opts', 'origin/main..HEAD', '.'],
                [PATH: '/usr/local/bin:/usr/bin:/bin', HOME: ws.resolveSibling('home').toString()])
        assert raw.status == 0 && raw.out.contains('no leaks found') && report('reports/raw.json') == []
        // A pull request build whose checkout lacks the target branch: the step fails and says why.
        envVars.CHANGE_TARGET = 'main'
        StepFailure e = failingStep('gitleaksScan', [binary: "${scanners}/gitleaks".toString(), pullRequestCommitsOnly: true])
        assert e.message == "gitleaksScan: gitleaks reported an error (see the log above) and may have scanned nothing, so its report " +
                "is not used (it reads the history 'origin/main..HEAD': is every revision in it fetched? a shallow clone has none); " +
                'git refuses a repository owned by another user (dubious ownership: safe.directory)'
        assert logs.last().contains("ERR [git] fatal: ambiguous argument 'origin/main..HEAD': unknown revision")
        e = failingStep('gitleaksScan', [binary: "${scanners}/gitleaks".toString(), logOpts: 'nosuch..HEAD', report: 'reports/g2.json'])
        assert e.message.startsWith("gitleaksScan: gitleaks reported an error (see the log above) and may have scanned nothing, so its report is not used (it reads the history 'nosuch..HEAD'")
        // The checkout comes back whole (.gitleaksignore was set aside for the scan).
        assert ws.resolve('.gitleaksignore').text == 'a.env:github-pat:1\n'
    }

    @Test
    void aReportPathTheCheckoutLinkedElsewhereIsNeverWrittenThrough() {
        prepare()
        // Agent files a pull request would have the scanners overwrite: a link at the report, and a linked
        // directory above one.
        linkReportsOut('out')
        String gitleaks = "${scanners}/gitleaks"
        StepFailure e = failingStep('trivyScan', trivyOptions([command: 'config', target: '.']))
        assert e.message == "trivyScan: the report 'reports/trivy-config.json' is or lies under a symbolic link (named in the log above): " +
                'trivy would write over whatever file it points to; remove the link (a pull request may not add one) or write elsewhere'
        assert logs.last().contains('trivyScan: reports/trivy-config.json is a symbolic link\n')
        e = failingStep('trivyScan', trivyOptions([command: 'fs', scanners: 'secret', target: '.', report: 'reports/fs.json',
                                                   sbom: 'out/sbom.cdx.json', honorRepoIgnores: true]))
        assert e.message.startsWith("trivyScan: the report 'reports/fs.json' or the SBOM 'out/sbom.cdx.json' is or lies under a symbolic link")
        assert logs.last().contains('trivyScan: out is a symbolic link\n')
        e = failingStep('gitleaksScan', [binary: gitleaks])
        assert e.message.startsWith("gitleaksScan: the report 'reports/gitleaks.json' is or lies under a symbolic link (named in the log above)")
        e = failingStep('gitleaksScan', [binary: gitleaks, report: 'out/deep/g.json', honorRepoIgnores: true])
        assert logs.last().contains('gitleaksScan: out is a symbolic link\n')
        assertNothingWrittenThroughTheLinks()
        // A report path outside the workspace is the Jenkinsfile's choice: written as given, links and all.
        Path outside = ws.resolveSibling('outside')
        Files.createDirectories(outside)
        assert runStep('gitleaksScan', [binary: gitleaks, report: outside.resolve('g.json').toString()]) == outside.resolve('g.json').toString()
    }
}
