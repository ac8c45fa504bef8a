import groovy.transform.Field
import io.securerelease.srp.StepConfig

// The opinionated release pipeline for one service: checkout, unit tests, gitleaks, docker build tagged with
// BUILD_NUMBER, trivy image + config (+ fs) scans and SBOM, the gate, push, Ansible deploy, smoke test, with
// the GitHub statuses kept current. Every stage is one of this library's steps; see docs/jenkins.md.
@Field static final String STEP = 'secureRelease'
@Field static final Map DEFAULTS = [
        image                : null,
        dockerfile           : 'Dockerfile',
        context              : '.',
        agentLabel           : 'linux',
        testCommand          : null,
        fsScan               : false,
        configTarget         : '.',
        registry             : null,
        registryCredentialsId: null,
        policy               : null,
        githubStatus         : false,
        githubCredentialsId  : 'github-status-token',
        reportTo             : null,
        ledgerCredentialsId  : 'release-ledger-token',
        onBlock              : 'fail',
        trivyServerUrl       : null,
        trivyOffline         : false,
        deployBranch         : 'main',
        deploy               : null,
        smokeUrl             : null,
        smokeTimeoutSeconds  : 120,
        gitleaksConfig       : null,
        scanSkipDirs         : [],
        honorRepoIgnores     : false,
]
@Field static final Map TYPES = [image: String, dockerfile: String, context: String, agentLabel: String,
                                 testCommand: String, fsScan: Boolean, configTarget: String, registry: String,
                                 registryCredentialsId: String, policy: String, githubStatus: Boolean,
                                 githubCredentialsId: String, reportTo: String, ledgerCredentialsId: String,
                                 onBlock: String, trivyServerUrl: String, trivyOffline: Boolean,
                                 deployBranch: String, deploy: Map, smokeUrl: String, smokeTimeoutSeconds: Integer,
                                 gitleaksConfig: String, scanSkipDirs: List, honorRepoIgnores: Boolean]
@Field static final String BUILD_SCRIPT = 'docker build --label "org.opencontainers.image.revision=$SRP_REVISION" ' +
        '--tag "$SRP_IMAGE_REF" --file "$SRP_DOCKERFILE" "$SRP_CONTEXT"'
@Field static final String PUSH_SCRIPT = '''set -eu
if [ -n "${SRP_REGISTRY_USER:-}" ]; then
  printf '%s' "$SRP_REGISTRY_PASSWORD" | docker login --username "$SRP_REGISTRY_USER" --password-stdin ${SRP_REGISTRY:+"$SRP_REGISTRY"}
fi
docker push "$SRP_IMAGE_REF"
'''

/** Runs the whole release on an agent with `agentLabel`; returns the gate's verdict Map. */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['image', 'dockerfile', 'context', 'agentLabel'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    String problem = StepConfig.oneOf(STEP, 'onBlock', cfg.onBlock, ['fail', 'unstable'])
    if (problem) {
        error(problem)
    }
    if (cfg.deploy != null && !cfg.smokeUrl) {
        error("${STEP}: 'deploy' needs 'smokeUrl' (the deployed /health URL the smoke test polls)")
    }
    if (!(cfg.image ==~ /[a-z0-9][a-z0-9._\/:-]*/) || cfg.image.endsWith(':')) {
        error("${STEP}: 'image' must be a repository name without tag (e.g. ghcr.io/org/service), not '${StepConfig.oneLine(cfg.image)}'")
    }
    Map verdict = null
    node(cfg.agentLabel) {
        if (!isUnix()) {
            error("${STEP}: this step runs on Linux agents only; this agent is Windows: use a Linux agent label")
        }
        String tag = env.BUILD_NUMBER
        String imageRef = "${cfg.image}:${tag}"
        boolean gateReached = false
        try {
            stage('Checkout') {
                checkout(scm)
            }
            if (cfg.githubStatus) {
                githubStatus(state: 'pending', credentialsId: cfg.githubCredentialsId)
            }
            if (cfg.testCommand) {
                stage('Unit tests') {
                    // The caller's own script, run as given; nothing is interpolated into it.
                    sh(label: "${STEP}: unit tests", script: cfg.testCommand)
                }
            }
            List reports = []
            stage('Secrets scan') {
                reports << gitleaksScan(mode: 'git', config: cfg.gitleaksConfig, pullRequestCommitsOnly: env.CHANGE_ID != null,
                                        honorRepoIgnores: cfg.honorRepoIgnores)
            }
            stage('Build image') {
                withEnv(["SRP_IMAGE_REF=${imageRef}", "SRP_DOCKERFILE=${cfg.dockerfile}", "SRP_CONTEXT=${cfg.context}",
                         "SRP_REVISION=${env.GIT_COMMIT ?: ''}"]) {
                    sh(label: "${STEP}: docker build", script: BUILD_SCRIPT)
                }
            }
            stage('Image and config scans') {
                Map trivy = [serverUrl: cfg.trivyServerUrl, offline: cfg.trivyOffline, honorRepoIgnores: cfg.honorRepoIgnores]
                reports << trivyScan(trivy + [command: 'image', target: imageRef, sbom: 'reports/sbom-image.cdx.json']).report
                reports << trivyScan([command: 'config', target: cfg.configTarget, offline: cfg.trivyOffline,
                                      skipDirs: cfg.scanSkipDirs, honorRepoIgnores: cfg.honorRepoIgnores]).report
                if (cfg.fsScan) {
                    reports << trivyScan(trivy + [command: 'fs', target: '.', scanners: 'vuln,secret,misconfig,license',
                                                  skipDirs: cfg.scanSkipDirs]).report
                }
            }
            stage('Security gate') {
                gateReached = true
                // The scanners ignored the repository's ignore files (a pull request can edit them); the gate
                // applies them instead, with their reasons and expiry dates, and reports every entry it applied.
                // .trivyignore.yaml is what trivy reads only when told to (trivy.yaml's ignorefile, neutralised too).
                List trivyignore = []
                if (!cfg.honorRepoIgnores) {
                    if (fileExists('.trivyignore')) {
                        trivyignore << '.trivyignore'
                    }
                    if (fileExists('.trivyignore.yaml')) {
                        trivyignore << '.trivyignore.yaml'
                    }
                }
                List gitleaksignore = !cfg.honorRepoIgnores && fileExists('.gitleaksignore') ? ['.gitleaksignore'] : []
                verdict = securityGate(reports: reports, policy: cfg.policy, onBlock: cfg.onBlock,
                        trivyignore: trivyignore, gitleaksignore: gitleaksignore,
                        githubStatus: cfg.githubStatus, githubCredentialsId: cfg.githubCredentialsId,
                        reportTo: cfg.reportTo, ledgerCredentialsId: cfg.ledgerCredentialsId,
                        image: cfg.image, imageTag: tag)
            }
            if (!verdict.passed) {
                // onBlock: 'unstable' lets the pipeline go on for the record, never to production.
                echo("${STEP}: the gate blocked this release; not pushing or deploying")
                return
            }
            stage('Push image') {
                List credentials = cfg.registryCredentialsId ? [usernamePassword(credentialsId: cfg.registryCredentialsId,
                        usernameVariable: 'SRP_REGISTRY_USER', passwordVariable: 'SRP_REGISTRY_PASSWORD')] : []
                withCredentials(credentials) {
                    withEnv(["SRP_IMAGE_REF=${imageRef}", "SRP_REGISTRY=${cfg.registry ?: ''}"]) {
                        sh(label: "${STEP}: docker push", script: PUSH_SCRIPT)
                    }
                }
            }
            if (cfg.deploy != null && env.BRANCH_NAME == cfg.deployBranch) {
                stage('Deploy') {
                    ansibleDeploy(cfg.deploy + [imageTag: tag])
                }
                stage('Smoke test') {
                    smokeTest(url: cfg.smokeUrl, timeoutSeconds: cfg.smokeTimeoutSeconds)
                }
            }
        } catch (err) {
            // After the gate ran, its own statuses say what happened; before it, nothing may stay 'pending'.
            if (cfg.githubStatus && !gateReached) {
                githubStatus(state: 'error', credentialsId: cfg.githubCredentialsId,
                        description: 'the release pipeline failed before the security gate; see the build log')
            }
            throw err
        }
    }
    return verdict
}
