import org.junit.Test

class GithubStatusStepTests extends StepTestBase {

    void engineExits(int status, String stderr = '') {
        shResponders << { Map c -> c.script.contains('launch.cjs') ? [status: status, files: [(c.env.SRP_ERROR_FILE): stderr]] : null }
    }

    @Test
    void postsPendingThroughSrpStatusWithTheTokenBound() {
        credentialSecrets['github-status-token'] = 'tok'
        engineExits(0)
        assert runStep('githubStatus', [state: 'pending']) == 0
        assert engineArgsFor('status').args == ['status', '--state', 'pending']
        Map engine = shCalls.find { it.script.contains('launch.cjs') }
        assert engine.env.GITHUB_TOKEN == 'tok'
        assert engine.label == 'githubStatus: srp status'
    }

    @Test
    void passesEveryOptionAsAnArgumentNeverThroughTheShell() {
        credentialSecrets['gh'] = 'tok'
        engineExits(0)
        runStep('githubStatus', [state: 'error', context: 'security/trivy', description: 'trivy stage crashed',
                                 credentialsId: 'gh', targetUrl: 'https://ci.invalid/1', repo: 'o/r', sha: 'a' * 40,
                                 githubApiUrl: 'https://ghe.invalid/api/v3', statusContextPrefix: 'acme'])
        assert engineArgsFor('status').args == ['status', '--state', 'error', '--context', 'security/trivy',
                '--description', 'trivy stage crashed', '--status-context-prefix', 'acme', '--target-url', 'https://ci.invalid/1',
                '--github-api-url', 'https://ghe.invalid/api/v3', '--repo', 'o/r', '--sha', 'a' * 40]
    }

    @Test
    void gitHubRefusingIsUnstableUnlessFailOnError() {
        credentialSecrets['github-status-token'] = 'tok'
        engineExits(3, 'github: 403: token needs Commit statuses: Read and write')
        assert runStep('githubStatus', [state: 'success']) == 3
        assert unstables == ["githubStatus: could not post 'success' (exit 3): github: 403: token needs Commit statuses: Read and write"]
        assert binding.getVariable('currentBuild').result == 'UNSTABLE'

        StepFailure e = failingStep('githubStatus', [state: 'success', failOnError: true])
        assert e.message == "githubStatus: could not post 'success' (exit 3): github: 403: token needs Commit statuses: Read and write"
    }

    @Test
    void usageErrorFails() {
        credentialSecrets['github-status-token'] = 'tok'
        engineExits(2, 'srp: error: no repository: pass --repo OWNER/NAME')
        StepFailure e = failingStep('githubStatus', [state: 'pending'])
        assert e.message == "githubStatus: could not post 'pending' (exit 2): srp: error: no repository: pass --repo OWNER/NAME"
    }

    @Test
    void configErrorsStopBeforeAnySideEffect() {
        Map cases = [
                ([:])                                : "githubStatus: 'state' is required",
                ([state: 'sucess'])                  : "githubStatus: 'state' must be one of pending, success, failure, error, not 'sucess' (did you mean 'success'?)",
                ([state: 'success', contxt: 'a'])    : "githubStatus: unknown option 'contxt' (did you mean 'context'?)",
                ([state: 'success', description: 'x' * 141]): "githubStatus: 'description' has 141 characters; GitHub allows at most 140",
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            assert failingStep('githubStatus', c.key as Map).message == c.value
            assert sideEffects.isEmpty()
        }
    }
}
