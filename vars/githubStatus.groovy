import groovy.transform.Field
import io.securerelease.srp.Engine
import io.securerelease.srp.StepConfig

// One GitHub commit status through `srp status`: the engine resolves the repository and the pull request's
// head commit (not Jenkins' merge commit), skips duplicates and never prints the token.
@Field static final String STEP = 'githubStatus'
@Field static final Map DEFAULTS = [
        state               : null,
        context             : null,
        description         : null,
        credentialsId       : 'github-status-token',
        statusContextPrefix : null,
        targetUrl           : null,
        githubApiUrl        : null,
        repo                : null,
        sha                 : null,
        failOnError         : false,
]
@Field static final Map TYPES = [state: String, context: String, description: String, credentialsId: String,
                                 statusContextPrefix: String, targetUrl: String, githubApiUrl: String, repo: String,
                                 sha: String, failOnError: Boolean]

/** Posts the status; returns the engine's exit code (0 posted or unchanged, 3 GitHub refused or unreachable). */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['state', 'credentialsId'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    String problem = StepConfig.oneOf(STEP, 'state', cfg.state, ['pending', 'success', 'failure', 'error'])
    if (problem) {
        error(problem)
    }
    if (cfg.description != null && cfg.description.length() > 140) {
        error("${STEP}: 'description' has ${cfg.description.length()} characters; GitHub allows at most 140")
    }
    String home = Engine.install(this, STEP)
    Map run = Engine.run(this, STEP, home, statusArgs(cfg),
            [string(credentialsId: cfg.credentialsId, variable: 'GITHUB_TOKEN')])
    if (run.status == 0) {
        return 0
    }
    String message = "${STEP}: could not post '${cfg.state}' (exit ${run.status}): ${run.message}"
    if (run.status == 2 || cfg.failOnError) {
        error(message)
    }
    // A status GitHub did not take must not stop a release that is otherwise fine: say so loudly.
    unstable(message)
    return run.status
}

@NonCPS
List statusArgs(Map cfg) {
    List args = ['status', '--state', cfg.state]
    Map optional = [context: '--context', description: '--description', statusContextPrefix: '--status-context-prefix',
                    targetUrl: '--target-url', githubApiUrl: '--github-api-url', repo: '--repo', sha: '--sha']
    for (Object entry : optional.entrySet()) {
        if (cfg[entry.key] != null) {
            args.addAll([entry.value, cfg[entry.key]])
        }
    }
    return args
}
