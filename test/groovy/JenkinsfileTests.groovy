import org.junit.Test

/** The repository's own Jenkinsfile, run with the library resolved from this working tree. */
class JenkinsfileTests extends StepTestBase {

    @Override
    void registerMocks() {
        super.registerMocks()
        helper.registerAllowedMethod('legacySCM', [Object], { [retriever: 'legacySCM'] })
        // The `library` step loads the library from the same checkout: here, the registered LocalSource copy.
        helper.registerAllowedMethod('library', [Map], { Map m ->
            assert m.identifier.startsWith('secure-release@')
            assert m.retriever == [retriever: 'legacySCM']
            helper.libLoader.loadLibrary('secure-release')
            helper.setGlobalVars(binding)
        })
        helper.registerAllowedMethod('recordCoverage', [Map], { Map m ->
            if ('recordCoverage' in missingSteps) {
                throw new NoSuchMethodError("No such DSL method 'recordCoverage' found among steps")
            }
            coverageRecorded << m
        })
        credentialSecrets.putAll(['ghcr-push': 'pw', 'github-status-token': 'gh', 'release-ledger-token': 'lt',
                                  'srp-production-inventory': 'inv', 'srp-ansible-vault-password': 'vault',
                                  'srp-deploy-ssh': 'key'])
        shResponders << { Map c ->
            if (c.script.contains('launch.cjs')) {
                Map out = ['srp-report/verdict.json': '{"passed":true,"blocking":0,"counts":{},"blockingFindings":[]}',
                           'srp-report/junit.xml': '<testsuites/>']
                out[c.env.SRP_ERROR_FILE] = ''
                return [status: 0, files: out]
            }
            if (c.env.GL_REPORT) {
                return [status: 0, files: [(c.env.GL_REPORT): '[]']]
            }
            if (c.env.TV_REPORT) {
                Map out = [(c.env.TV_REPORT): '{}']
                if (c.env.TV_SBOM) {
                    out[c.env.TV_SBOM] = '{}'
                }
                return [status: 0, files: out]
            }
            return null
        }
    }

    List<Map> coverageRecorded = []

    List<String> labels() {
        shCalls.collect { it.label }
    }

    @Test
    void onMainItTestsScansGatesPushesDeploysAndSmokeTests() {
        envVars.BRANCH_NAME = 'main'
        envVars.SRP_SMOKE_URL = 'https://srp.test.invalid/health'
        runScript('../../../Jenkinsfile')
        assert labels().findAll { it && !it.contains('check node') } == [
                'Jenkinsfile: unit tests with coverage', 'githubStatus: srp status', 'secureRelease: unit tests', 'gitleaksScan: gitleaks git',
                'secureRelease: docker build', 'trivyScan: trivy image', 'trivyScan: trivy config', 'trivyScan: trivy fs',
                'securityGate: check paths for links', 'securityGate: srp gate', 'secureRelease: docker push', 'ansibleDeploy: ansible-playbook',
                'smokeTest: wait for health']
        assert shCalls.find { it.label == 'secureRelease: unit tests' }.script == 'scripts/setup && npm test'
        assert shCalls.find { it.label == 'Jenkinsfile: unit tests with coverage' }.script == 'npm ci && npm run coverage'
        assert coverageRecorded == [[id: 'unit', name: 'Unit test coverage', qualityGates: [],
                                     tools: [[parser: 'COBERTURA', pattern: '.srp-out/coverage/policy-engine/cobertura-coverage.xml'],
                                             [parser: 'COBERTURA', pattern: '.srp-out/coverage/service/cobertura-coverage.xml']]]]
        Map build = shCalls.find { it.label == 'secureRelease: docker build' }
        assert build.env.SRP_IMAGE_REF == 'ghcr.io/secure-release-platform/srp-service:42'
        assert build.env.SRP_DOCKERFILE == 'service/Dockerfile'
        assert shCalls.find { it.label == 'trivyScan: trivy image' }.env.TV_TARGET == 'ghcr.io/secure-release-platform/srp-service:42'
        assert shCalls.find { it.label == 'gitleaksScan: gitleaks git' }.env.GL_CONFIG == '.gitleaks.toml'
        assert shCalls.find { it.label == 'trivyScan: trivy fs' }.env.TV_SKIP_DIRS == '**/node_modules,**/.venv,.tools,.srp-out'
        assert shCalls.find { it.label == 'trivyScan: trivy config' }.env.TV_SKIP_DIRS == '**/node_modules,**/.venv,.tools,.srp-out'
        assert shCalls.find { it.label == 'trivyScan: trivy image' }.env.TV_SKIP_DIRS == ''
        Map deploy = shCalls.find { it.label == 'ansibleDeploy: ansible-playbook' }
        assert files["${TMP}/ansible-extra-vars.json"] == '{"app_image_tag":"42"}'
        assert deploy.env.SRP_DEPLOY_PLAYBOOK_FILE == 'ansible/deploy.yml'
        assert shCalls.find { it.label == 'smokeTest: wait for health' }.env.SMOKE_URL == 'https://srp.test.invalid/health'
        assert binding.getVariable('currentBuild').result == null
    }

    @Test
    void onAPullRequestBranchItNeitherDeploysNorSmokeTests() {
        envVars.BRANCH_NAME = 'PR-7'
        envVars.CHANGE_ID = '7'
        envVars.CHANGE_TARGET = 'main'
        runScript('../../../Jenkinsfile')
        assert !labels().contains('ansibleDeploy: ansible-playbook')
        assert !labels().contains('smokeTest: wait for health')
        assert shCalls.find { it.label == 'gitleaksScan: gitleaks git' }.env.GL_LOG_OPTS == 'origin/main..HEAD'
    }

    @Test
    void withoutTheCoveragePluginItSaysSoAndReleasesAnyway() {
        envVars.BRANCH_NAME = 'main'
        envVars.SRP_SMOKE_URL = 'https://srp.test.invalid/health'
        missingSteps << 'recordCoverage'
        runScript('../../../Jenkinsfile')
        assert coverageRecorded.isEmpty()
        assert echoes.contains('Jenkinsfile: the Coverage plugin is not installed; unit test coverage not recorded (see docs/testing.md)')
        assert labels().contains('secureRelease: docker push')
        assert binding.getVariable('currentBuild').result == null
    }

    @Test
    void whenTheUnitTestsFailNothingIsRecordedOrReleased() {
        envVars.BRANCH_NAME = 'main'
        envVars.SRP_SMOKE_URL = 'https://srp.test.invalid/health'
        shResponders.add(0, { Map c -> c.label == 'Jenkinsfile: unit tests with coverage' ? [status: 1] : null })
        Throwable thrown = null
        try {
            runScript('../../../Jenkinsfile')
        } catch (Throwable t) {
            thrown = t
        }
        assert thrown != null
        assert coverageRecorded.isEmpty()
        assert !labels().contains('secureRelease: docker build')
    }
}
