import groovy.transform.Field
import io.securerelease.srp.Engine
import io.securerelease.srp.Links
import io.securerelease.srp.StepConfig
import io.securerelease.srp.Verdict

// Runs the policy engine (`srp gate`) on the scanner reports and turns its verdict into what Jenkins shows:
// archived reports, test results, Warnings NG issues, an HTML report, a build description and a result.
// The engine decides; this step only maps its exit code, and fails closed when the verdict file does not agree
// with it (docs/jenkins.md#exit-codes).
@Field static final String STEP = 'securityGate'
@Field static final Map DEFAULTS = [
        reports               : null,
        policy                : null,
        outputDir             : 'srp-report',
        baseline              : null,
        trivyignore           : [],
        gitleaksignore        : [],
        sourceRoot            : null,
        onBlock               : 'fail',
        githubStatus          : false,
        githubCredentialsId   : 'github-status-token',
        statusContextPrefix   : null,
        githubApiUrl          : null,
        repo                  : null,
        sha                   : null,
        reportTo              : null,
        ledgerCredentialsId   : 'release-ledger-token',
        image                 : null,
        imageTag              : null,
        html                  : true,
        archive               : true,
        recordIssues          : true,
        publishHtml           : true,
        setDescription        : true,
]
@Field static final Map TYPES = [reports: List, policy: String, outputDir: String, baseline: String, trivyignore: List,
                                 gitleaksignore: List, sourceRoot: String, onBlock: String, githubStatus: Boolean,
                                 githubCredentialsId: String, statusContextPrefix: String, githubApiUrl: String,
                                 repo: String, sha: String, reportTo: String, ledgerCredentialsId: String,
                                 image: String, imageTag: String, html: Boolean, archive: Boolean,
                                 recordIssues: Boolean, publishHtml: Boolean, setDescription: Boolean]
// The step archives outputDir/* and HTML Publisher copies outputDir whole, both following symbolic links: a checkout
// that commits srp-report/x -> ~/.ssh/id_rsa, or srp-report -> ~/.ssh, would have any file the agent can read
// kept with the build. So outputDir, when it lies in the workspace, may neither be nor hold a link, nor lie under
// one: exit 3 names the first link found (control characters shown as ?).
// The engine lists every ignore entry it did not use in verdict.json and report.html: a .trivyignore linked to the
// agent's ~/.git-credentials would put its token there. So each input in the workspace (SRP_INPUT_1..COUNT: reports,
// ignore files, policy, baseline) must resolve inside it, not through .git: exit 5 names the first one that does not.
// "The workspace" is the build's WORKSPACE (SRP_WORKSPACE), not pwd(): in dir('sub') an input or outputDir may be
// ../x, and sub itself a link.
@Field static final String LINKS_SCRIPT = Links.SHELL + '''set -eu
ws=$(cd -- "$SRP_WORKSPACE" && pwd -P)
i=1
while [ "$i" -le "$SRP_INPUT_COUNT" ]; do
  eval "input=\\$SRP_INPUT_$i"
  case $input in -*) input=./$input ;; esac
  if [ -e "$input" ] || [ -L "$input" ]; then
    real=$(readlink -f -- "$input") || real=
    case $real in
      "$ws"/.git | "$ws"/.git/*) real= ;;
      "$ws"/*) ;;
      *) real= ;;
    esac
    if [ -z "$real" ]; then
      printf 'securityGate: %s resolves outside the workspace\\n' "$(show "$input")" >&2
      exit 5
    fi
  fi
  i=$((i + 1))
done
dir=$SRP_OUTPUT_DIR
if [ -z "$dir" ]; then exit 0; fi
refuse_links securityGate 3 "$dir" "$SRP_WORKSPACE"
case $dir in -*) dir=./$dir ;; esac
if [ -d "$dir" ]; then
  link=$(find "$dir" -type l -exec sh -c 'printf "%s" "$1" | tr "\\001-\\037\\177" "[?*]"; echo' sh {} ';' | head -n 1)
  if [ -n "$link" ]; then
    printf 'securityGate: %s is a symbolic link\\n' "$link" >&2
    exit 3
  fi
fi
'''

/** Gates the reports; returns the verdict Map (passed, blocking, counts, ...) plus status and description. */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['reports', 'outputDir'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    String problem = StepConfig.oneOf(STEP, 'onBlock', cfg.onBlock, ['fail', 'unstable'])
    if (problem) {
        error(problem)
    }
    if (cfg.githubStatus && !cfg.githubCredentialsId) {
        error("${STEP}: 'githubStatus' needs 'githubCredentialsId'")
    }
    if (cfg.reportTo && !cfg.ledgerCredentialsId) {
        error("${STEP}: 'reportTo' needs 'ledgerCredentialsId'")
    }
    String home = Engine.install(this, STEP)
    Map out = outputs(cfg.outputDir)
    refuseLinks(cfg, out.dir)
    List args = gateArgs(cfg, home, out)
    List credentials = []
    if (cfg.githubStatus) {
        credentials << string(credentialsId: cfg.githubCredentialsId, variable: 'GITHUB_TOKEN')
    }
    if (cfg.reportTo) {
        credentials << string(credentialsId: cfg.ledgerCredentialsId, variable: 'SRP_API_TOKEN')
    }
    Map run = [status: 4, message: 'the engine did not run']
    Map read = [:]
    try {
        run = Engine.run(this, STEP, home, args, credentials)
    } finally {
        publish(cfg, out)
        read = readVerdict(out.json)
        if (cfg.setDescription) {
            currentBuild.description = Verdict.html(describe(run, read, out.json))
        }
    }
    return decide(cfg, run, read, out.json)
}

/**
 * The engine's verdict file: [verdict: Map], [unreadable: true] when it is not a verdict, [:] when absent.
 * Never throws for a bad file: this runs in the finally, and decide() turns it into a clear failure.
 */
Map readVerdict(String path) {
    if (!fileExists(path)) {
        return [:]
    }
    try {
        return [verdict: Verdict.parse(readFile(file: path, encoding: 'UTF-8'))]
    } catch (IllegalArgumentException e) {
        return [unreadable: true]
    }
}

/**
 * Stops before the engine runs (so before anything is published) when outputDir in the workspace is or holds a link,
 * or when an input in the workspace resolves outside it (LINKS_SCRIPT).
 */
void refuseLinks(Map cfg, String dir) {
    String cwd = pwd()
    String ws = env.WORKSPACE ?: cwd
    List inputs = linkCheckedInputs(cfg, cwd, ws)
    boolean checkDir = Links.inWorkspace(dir, cwd, ws)
    if (!checkDir && !inputs) {
        return
    }
    List linkEnv = ["SRP_OUTPUT_DIR=${checkDir ? dir : ''}", "SRP_INPUT_COUNT=${inputs.size()}", "SRP_WORKSPACE=${ws}"]
    for (int i = 0; i < inputs.size(); i++) {
        linkEnv << "SRP_INPUT_${i + 1}=${inputs[i]}"
    }
    int status = withEnv(linkEnv) {
        sh(returnStatus: true, label: "${STEP}: check paths for links", script: LINKS_SCRIPT)
    }
    String shown = StepConfig.oneLine(dir)
    if (status == 3) {
        failGate(cfg, "${STEP}: outputDir '${shown}' is, holds or lies under a symbolic link (named in the log above); the gate " +
                'archives and publishes that directory, so a link there would keep whatever file it points to with the ' +
                'build: remove it (a pull request may not add one), or set outputDir to a directory the checkout does not hold')
    }
    if (status == 5) {
        failGate(cfg, "${STEP}: an input in the workspace resolves outside it through a symbolic link (named in the log above); " +
                'the gate lists the entries of its ignore files in its reports, so a link would copy a file of the agent ' +
                'there: remove the link (a pull request may not add one), or name a path outside the workspace')
    }
    if (status != 0) {
        failGate(cfg, "${STEP}: could not check outputDir '${shown}' and the inputs for symbolic links (exit ${status}; see the log above)")
    }
}

/** Reports, ignore files, policy and baseline whose paths (relative to {@code cwd}) lie in the workspace {@code ws}. */
@NonCPS
List linkCheckedInputs(Map cfg, String cwd, String ws) {
    List all = []
    all.addAll(cfg.reports)
    all.addAll(cfg.trivyignore)
    all.addAll(cfg.gitleaksignore)
    for (Object one : [cfg.policy, cfg.baseline]) {
        if (one) {
            all << one
        }
    }
    List inside = []
    for (Object path : all) {
        if (Links.inWorkspace(path.toString(), cwd, ws)) {
            inside << path.toString()
        }
    }
    return inside
}

/** Paths of the engine's outputs under outputDir. */
@NonCPS
Map outputs(String dir) {
    String base = dir.replaceAll('/+$', '')
    return [dir : base, sarif: "${base}/results.sarif".toString(), junit: "${base}/junit.xml".toString(),
            summary: "${base}/summary.md".toString(), json: "${base}/verdict.json".toString(),
            html: "${base}/report.html".toString()]
}

/** The `srp gate` argument list; it reaches the engine as JSON, never through a shell. */
@NonCPS
List gateArgs(Map cfg, String home, Map out) {
    List args = ['gate', '--policy', cfg.policy ?: "${home}/default-policy.yml".toString(),
                 '--sarif', out.sarif, '--junit', out.junit, '--summary', out.summary, '--json', out.json]
    if (cfg.html) {
        args.addAll(['--html', out.html])
    }
    Map optional = [baseline: '--baseline', sourceRoot: '--source-root', statusContextPrefix: '--status-context-prefix',
                    githubApiUrl: '--github-api-url', repo: '--repo', sha: '--sha', reportTo: '--report-to',
                    image: '--image', imageTag: '--image-tag']
    for (Object entry : optional.entrySet()) {
        if (cfg[entry.key]) {
            args.addAll([entry.value, cfg[entry.key]])
        }
    }
    for (Object file : cfg.trivyignore) {
        args.addAll(['--trivyignore', file])
    }
    for (Object file : cfg.gitleaksignore) {
        args.addAll(['--gitleaksignore', file])
    }
    if (cfg.githubStatus) {
        args << '--github-status'
    }
    // '--' ends the options: a report path that starts with '-' is still a path.
    args << '--'
    for (Object report : cfg.reports) {
        args << report.toString()
    }
    return args
}

/** Archives and publishes whatever the engine wrote; optional plugins are skipped with a note. */
void publish(Map cfg, Map out) {
    if (cfg.archive) {
        archiveArtifacts(artifacts: "${out.dir}/*", allowEmptyArchive: true, fingerprint: false)
    }
    // The gate sets the result; the junit step must not mark the build unstable a second time.
    junit(testResults: out.junit, allowEmptyResults: true, skipMarkingBuildUnstable: true)
    if (cfg.recordIssues && fileExists(out.sarif)) {
        try {
            recordIssues(enabledForFailure: true, qualityGates: [],
                    tools: [sarif(pattern: out.sarif, id: 'srp', name: 'Security gate')])
        } catch (NoSuchMethodError e) {
            echo("${STEP}: Warnings NG is not installed; SARIF not recorded (see docs/jenkins.md#plugins)")
        } catch (MissingMethodException e) {
            rethrowUnlessMissingStep(e, ['recordIssues', 'sarif'])
            echo("${STEP}: Warnings NG is not installed; SARIF not recorded (see docs/jenkins.md#plugins)")
        }
    }
    if (cfg.html && cfg.publishHtml && fileExists(out.html)) {
        try {
            publishHTML(target: [reportDir: out.dir, reportFiles: 'report.html', reportName: 'Security gate',
                                 keepAll: true, alwaysLinkToLastBuild: false, allowMissing: true])
        } catch (NoSuchMethodError e) {
            echo("${STEP}: HTML Publisher is not installed; report.html is archived only (see docs/jenkins.md#plugins)")
        } catch (MissingMethodException e) {
            rethrowUnlessMissingStep(e, ['publishHTML'])
            echo("${STEP}: HTML Publisher is not installed; report.html is archived only (see docs/jenkins.md#plugins)")
        }
    }
}

/** An optional plugin's step that does not exist is skipped; any other missing method is a bug and rethrown. */
@NonCPS
void rethrowUnlessMissingStep(MissingMethodException e, List steps) {
    if (!(e.method in steps)) {
        throw e
    }
}

/**
 * Why the engine's exit code and its verdict cannot be trusted together, as [description:, message:], or [:].
 * A pass (exit 0 or 3) counts only with a verdict that says passed, and a block (exit 1) needs a verdict that
 * says blocked: anything else fails closed, whatever onBlock says. Exits 2 and 4 are failures already.
 */
@NonCPS
Map verdictProblem(Map run, Map read, String path) {
    int status = run.status as int
    if (!(status in [0, 1, 3])) {
        return [:]
    }
    String exited = "the engine exited ${status}"
    String verdict = "its verdict (${StepConfig.oneLine(path)})"
    String failsClosed = 'the gate fails closed: rerun, and report this if it repeats'
    if (read.unreadable) {
        return [description: "GATE ERROR: unreadable verdict (exit ${status})".toString(),
                message    : ("${exited} but ${verdict} is not a JSON object with a boolean \"passed\"; " +
                        failsClosed).toString()]
    }
    if (read.verdict == null) {
        return [description: "GATE ERROR: no verdict (exit ${status})".toString(),
                message    : "${exited} but wrote no verdict (${StepConfig.oneLine(path)}); ${failsClosed}".toString()]
    }
    String exitSays = status == 1 ? 'blocked' : 'passed'
    String verdictSays = read.verdict.passed ? 'passed' : 'blocked'
    if (exitSays != verdictSays) {
        return [description: "GATE ERROR: exit ${status} (${exitSays}) but the verdict says ${verdictSays}".toString(),
                message    : ("${exited} (${exitSays}) but ${verdict} says ${verdictSays}; " +
                        "the engine and its verdict disagree, so ${failsClosed}").toString()]
    }
    // "passed" is true exactly when "blocking" is 0 (docs/policy.md#verdict-json-contract).
    Object blocking = read.verdict.blocking
    boolean count = (blocking instanceof Integer || blocking instanceof Long || blocking instanceof BigInteger) && blocking >= 0
    if (count && read.verdict.passed == (blocking == 0)) {
        return [:]
    }
    String counted = count ? "${blocking} blocking finding${blocking == 1 ? '' : 's'}" : 'no count of blocking findings'
    String brief = count ? "with ${blocking} blocking" : 'without a blocking count'
    return [description: "GATE ERROR: the verdict says ${verdictSays} ${brief} (exit ${status})".toString(),
            message    : ("${exited} and ${verdict} says ${verdictSays} with ${counted}; " +
                    "a verdict passes exactly when none block, so ${failsClosed}").toString()]
}

@NonCPS
String describe(Map run, Map read, String path) {
    Map problem = verdictProblem(run, read, path)
    if (problem) {
        return problem.description
    }
    switch (run.status) {
        case 0:
        case 1:
            return Verdict.describe(read.verdict)
        case 3:
            return "${Verdict.describe(read.verdict)} (notification failed)".toString()
        case 2:
            return 'GATE ERROR: the gate could not read its inputs (exit 2)'
        default:
            return "GATE ERROR: internal error in the engine (exit ${run.status})".toString()
    }
}

/** Exit code and verdict → build result (docs/jenkins.md#exit-codes); returns the verdict if the pipeline goes on. */
Map decide(Map cfg, Map run, Map read, String path) {
    Map result = [:]
    if (read.verdict) {
        result.putAll(read.verdict)
    }
    result.status = run.status
    result.description = describe(run, read, path)
    Map problem = verdictProblem(run, read, path)
    if (problem) {
        // The engine may have posted a pass the step does not trust.
        failGate(cfg, "${STEP}: ${problem.message}")
    }
    switch (run.status) {
        case 0:
            return result
        case 1:
            if (cfg.onBlock == 'unstable') {
                unstable("${STEP}: ${result.description}")
                return result
            }
            currentBuild.result = 'FAILURE'
            error("${STEP}: ${result.description}; see the '${cfg.outputDir}' artifacts")
            break
        case 3:
            unstable("${STEP}: the gate passed but a notification failed: ${run.message}")
            return result
        case 2:
            currentBuild.result = 'FAILURE'
            error("${STEP}: the gate could not read its inputs (exit 2): ${run.message}")
            break
        default:
            failGate(cfg, "${STEP}: the engine failed (exit ${run.status}): ${run.message}")
    }
    return result
}

/**
 * Fails the step where the engine posted no commit status (it stopped before, or crashed) or one the step does not
 * trust: with githubStatus, the gate's status says error first, so it never stays pending or shows a pass.
 */
void failGate(Map cfg, String message) {
    currentBuild.result = 'FAILURE'
    if (cfg.githubStatus) {
        try {
            githubStatus(state: 'error', credentialsId: cfg.githubCredentialsId,
                    description: 'error: the security gate failed; see the build log',
                    statusContextPrefix: cfg.statusContextPrefix, githubApiUrl: cfg.githubApiUrl, repo: cfg.repo, sha: cfg.sha,
                    failOnError: true)
        } catch (Exception postFailed) {
            echo("${STEP}: could not set the gate's commit status to error: ${postFailed.message}")
        }
    }
    error(message)
}
