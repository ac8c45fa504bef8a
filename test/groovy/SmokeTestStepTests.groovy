import org.junit.Test

class SmokeTestStepTests extends StepTestBase {

    @Test
    void pollsTheUrlThroughTheEnvironment() {
        assert runStep('smokeTest', [url: 'https://app.invalid/health', timeoutSeconds: 30, expect: '"status":"ok"']) == true
        Map sh = shCalls[0]
        assert sh.returnStatus
        assert sh.script.contains('if curl "$@" -- "$SMOKE_URL"; then')
        assert sh.env.subMap(['SMOKE_URL', 'SMOKE_TIMEOUT', 'SMOKE_INTERVAL', 'SMOKE_EXPECT']) ==
                [SMOKE_URL: 'https://app.invalid/health', SMOKE_TIMEOUT: '30', SMOKE_INTERVAL: '5', SMOKE_EXPECT: '"status":"ok"']
    }

    @Test
    void neverHealthyFails() {
        shResponders << { Map c -> [status: 1] }
        StepFailure e = failingStep('smokeTest', [url: 'https://app.invalid/health'])
        assert e.message == 'smokeTest: https://app.invalid/health did not become healthy within 120s'
    }

    @Test
    void configErrorsStopBeforeAnySideEffect() {
        Map cases = [
                ([:])                                       : "smokeTest: 'url' is required",
                ([url: 'file:///etc/passwd'])               : "smokeTest: 'url' must be an http(s) URL, not 'file:///etc/passwd'",
                ([url: 'https://a.invalid', timeoutSeconds: 0]): "smokeTest: 'timeoutSeconds' and 'intervalSeconds' must be at least 1",
                ([url: 'https://a.invalid', timeout: 5])    : "smokeTest: unknown option 'timeout' (known options: expect, insecure, intervalSeconds, timeoutSeconds, url)",
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            assert failingStep('smokeTest', c.key as Map).message == c.value
            assert sideEffects.isEmpty()
        }
    }
}
