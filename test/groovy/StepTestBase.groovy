import com.lesfurets.jenkins.unit.MethodCall
import com.lesfurets.jenkins.unit.cps.BasePipelineTestCPS
import org.junit.Before

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

import static com.lesfurets.jenkins.unit.global.lib.LibraryConfiguration.library
import static com.lesfurets.jenkins.unit.global.lib.LocalSource.localSource

/**
 * JenkinsPipelineUnit base for the library's vars, in CPS mode (catches non-serializable state kept across
 * steps). The library is registered from the working tree with LocalSource, so `@Library('secure-release')`
 * resolves as in Jenkins. Mocks behave like the real steps where it matters for our assertions: withEnv and
 * withCredentials put variables in the environment of the `sh` calls inside them (recorded per call),
 * withCredentials throws for an unknown credentials id, error() throws, unstable() sets the result.
 */
abstract class StepTestBase extends BasePipelineTestCPS {
    static final Path REPO = Paths.get(System.getProperty('srp.repo', '.')).toAbsolutePath().normalize()
    static final String TMP = '/agent/workspace/job@tmp'
    static final String WORKSPACE = '/agent/workspace/job'

    /** Every sh call: [script:, label:, env: Map in effect, returnStatus:, returnStdout:]. */
    List<Map> shCalls = []
    /** Ordered log of side effects: 'sh', 'writeFile', 'archiveArtifacts', ... (for "nothing ran before the error"). */
    List<String> sideEffects = []
    List<String> echoes = []
    List<String> errors = []
    List<String> unstables = []
    Map<String, String> files = [:]
    Map<String, String> credentialSecrets = [:]
    List<Map> boundCredentials = []
    /** Answers for sh: closure(Map call) -> null (no opinion) or [status: n, stdout: 's', files: [path: text]]. */
    List<Closure> shResponders = []
    boolean unix = true
    Map<String, String> envVars = [:]
    List<Map> envStack = []
    Set<String> missingSteps = [] as Set

    @Override
    @Before
    void setUp() throws Exception {
        scriptRoots = ['test/resources/pipelines', 'vars'] as String[]
        scriptExtension = 'jenkins'
        super.setUp()
        Path libs = REPO.resolve('.srp-out/jenkins-test-libs')
        Files.createDirectories(libs)
        for (String name : ['secure-release', 'secure-release@main']) {
            Path link = libs.resolve(name)
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, REPO)
            }
        }
        helper.registerSharedLibrary(library().name('secure-release')
                .defaultVersion('main')
                .allowOverride(false)
                .implicit(false)
                .targetPath(libs.toString())
                .retriever(localSource(libs.toString()))
                .build())
        envVars.putAll([BUILD_NUMBER: '42', BUILD_URL: 'https://jenkins.invalid/job/app/42/', WORKSPACE: WORKSPACE,
                        JOB_NAME: 'app'])
        binding.setVariable('env', envVars)
        binding.setVariable('currentBuild', [result: null, currentResult: 'SUCCESS', description: null])
        binding.setVariable('scm', [$class: 'GitSCM'])
        registerMocks()
    }

    Map currentEnv() {
        Map merged = [:]
        merged.putAll(envVars)
        for (Map layer : envStack) {
            merged.putAll(layer)
        }
        return merged
    }

    void registerMocks() {
        helper.registerAllowedMethod('sh', [Map], { Map args -> runSh(args) })
        helper.registerAllowedMethod('sh', [String], { String script -> runSh([script: script]) })
        helper.registerAllowedMethod('withEnv', [List, Closure], { List vars, Closure body ->
            Map layer = [:]
            for (Object v : vars) {
                String s = v.toString()
                int eq = s.indexOf('=')
                assert eq > 0: "withEnv entry without '=': ${s}"
                layer[s.substring(0, eq)] = s.substring(eq + 1)
            }
            return withLayer(layer, body)
        })
        for (String kind : ['string', 'file', 'usernamePassword', 'sshUserPrivateKey']) {
            String k = kind
            helper.registerAllowedMethod(k, [Map], { Map m -> [kind: k] + m })
        }
        helper.registerAllowedMethod('withCredentials', [List, Closure], { List bindings, Closure body ->
            Map layer = [:]
            for (Map b : bindings) {
                if (!credentialSecrets.containsKey(b.credentialsId)) {
                    // As Jenkins: an unknown id fails the step before the body runs.
                    throw new IllegalArgumentException("Could not find credentials entry with ID '${b.credentialsId}'")
                }
                boundCredentials << b
                String secret = credentialSecrets[b.credentialsId]
                if (b.kind == 'string') {
                    layer[b.variable] = secret
                } else if (b.kind == 'file') {
                    layer[b.variable] = "${TMP}/secretFiles/${b.credentialsId}".toString()
                } else if (b.kind == 'usernamePassword') {
                    layer[b.usernameVariable] = 'user'
                    layer[b.passwordVariable] = secret
                } else if (b.kind == 'sshUserPrivateKey') {
                    layer[b.keyFileVariable] = "${TMP}/secretFiles/${b.credentialsId}".toString()
                    layer[b.usernameVariable] = 'deploy'
                }
            }
            return withLayer(layer, body)
        })
        helper.registerAllowedMethod('error', [String], { String m ->
            errors << m
            binding.getVariable('currentBuild').result = 'FAILURE'
            throw new StepFailure(m)
        })
        helper.registerAllowedMethod('unstable', [String], { String m ->
            unstables << m
            if (binding.getVariable('currentBuild').result != 'FAILURE') {
                binding.getVariable('currentBuild').result = 'UNSTABLE'
            }
        })
        helper.registerAllowedMethod('echo', [String], { String m -> echoes << m })
        helper.registerAllowedMethod('isUnix', [], { unix })
        helper.registerAllowedMethod('pwd', [], { WORKSPACE })
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? TMP : WORKSPACE })
        helper.registerAllowedMethod('writeFile', [Map], { Map m ->
            sideEffects << 'writeFile'
            assert m.encoding in ['UTF-8', 'Base64']: "writeFile without an explicit encoding: ${m.file}"
            files[m.file.toString()] = m.encoding == 'Base64' ? new String(m.text.toString().decodeBase64(), 'UTF-8') : m.text.toString()
        })
        helper.registerAllowedMethod('readFile', [Map], { Map m ->
            assert files.containsKey(m.file.toString()): "readFile of a file never written: ${m.file}"
            files[m.file.toString()]
        })
        helper.registerAllowedMethod('fileExists', [String], { String f -> files.containsKey(f) })
        helper.registerAllowedMethod('libraryResource', [Map], { Map m ->
            Path p = REPO.resolve('resources').resolve(m.resource.toString())
            assert Files.exists(p): "no library resource ${m.resource}"
            assert m.encoding == 'Base64': 'libraryResource must be read as Base64 (byte for byte)'
            Files.readAllBytes(p).encodeBase64().toString()
        })
        for (String name : ['archiveArtifacts', 'junit', 'publishHTML', 'checkout']) {
            String n = name
            helper.registerAllowedMethod(n, [Map], { Map m -> sideEffects << n; m })
        }
        helper.registerAllowedMethod('checkout', [Object], { sideEffects << 'checkout' })
        helper.registerAllowedMethod('sarif', [Map], { Map m ->
            if ('sarif' in missingSteps) {
                throw new NoSuchMethodError("No such DSL method 'sarif' found among steps")
            }
            [tool: 'sarif'] + m
        })
        helper.registerAllowedMethod('recordIssues', [Map], { Map m ->
            if ('recordIssues' in missingSteps) {
                throw new NoSuchMethodError("No such DSL method 'recordIssues' found among steps")
            }
            sideEffects << 'recordIssues'
        })
        helper.registerAllowedMethod('publishHTML', [Map], { Map m ->
            if ('publishHTML' in missingSteps) {
                throw new NoSuchMethodError("No such DSL method 'publishHTML' found among steps")
            }
            sideEffects << 'publishHTML'
        })
        helper.registerAllowedMethod('node', [String, Closure], { String label, Closure body -> helper.callClosure(body) })
        helper.registerAllowedMethod('stage', [String, Closure], { String name, Closure body -> helper.callClosure(body) })
    }

    /** Runs body with the variables in layer visible to sh (recorded per call) and as env.X, as Jenkins does. */
    Object withLayer(Map layer, Closure body) {
        Map saved = [:]
        for (Object key : layer.keySet()) {
            saved[key] = envVars.containsKey(key) ? [envVars[key]] : null
            envVars[key] = layer[key]
        }
        envStack.add(layer)
        try {
            return helper.callClosure(body)
        } finally {
            envStack.remove(envStack.size() - 1)
            for (Object key : saved.keySet()) {
                if (saved[key] == null) {
                    envVars.remove(key)
                } else {
                    envVars[key] = saved[key][0]
                }
            }
        }
    }

    Object runSh(Map args) {
        sideEffects << 'sh'
        Map call = [script: args.script.toString(), label: args.label?.toString(), env: currentEnv(),
                    returnStatus: args.returnStatus == true, returnStdout: args.returnStdout == true]
        shCalls << call
        Map answer = null
        for (Closure responder : shResponders) {
            answer = responder(call) as Map
            if (answer != null) {
                break
            }
        }
        if (answer == null) {
            answer = defaultShAnswer(call)
        }
        if (answer.files) {
            files.putAll(answer.files as Map)
        }
        int status = (answer.status ?: 0) as int
        if (call.returnStatus) {
            return status
        }
        if (status != 0) {
            throw new StepFailure("script returned exit code ${status}")
        }
        return call.returnStdout ? (answer.stdout ?: '') : null
    }

    /** The node check answers Node 20; every other script succeeds with no output. */
    Map defaultShAnswer(Map call) {
        if (call.script.contains('node --version')) {
            return [stdout: 'v20.20.2\n']
        }
        return [status: 0]
    }

    /** Loads the var through the registered library and calls it with config; returns what it returned. */
    Object runStep(String name, Map config) {
        binding.setVariable('STEP_NAME', name)
        binding.setVariable('STEP_CONFIG', config)
        runScript('callStep.jenkins')
        return binding.getVariable('stepResult')
    }

    /**
     * Deletes a directory tree without following symbolic links (Groovy's File.deleteDir() follows a link to a
     * directory and deletes what it points at).
     */
    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return
        }
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<Path>() {
            @Override
            java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                Files.delete(file)
                return java.nio.file.FileVisitResult.CONTINUE
            }

            @Override
            java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    throw e
                }
                Files.delete(dir)
                return java.nio.file.FileVisitResult.CONTINUE
            }
        })
    }

    /** Runs the step and returns the failure it must raise. */
    StepFailure failingStep(String name, Map config) {
        try {
            runStep(name, config)
        } catch (StepFailure e) {
            return e
        }
        // Assert.fail, not new AssertionError(GString): Groovy picks AssertionError's private String constructor,
        // which Java 17 refuses, and the message is lost.
        org.junit.Assert.fail("${name} did not fail; calls: ${helper.callStack.collect { it.methodName }}".toString())
        return null
    }

    List<MethodCall> calls(String method) {
        helper.callStack.findAll { it.methodName == method }
    }

    Map engineArgsFor(String command) {
        String key = files.keySet().find { it.endsWith("/${command}-args.json") }
        assert key: "no ${command} argument file was written"
        return [path: key, args: new groovy.json.JsonSlurper().parseText(files[key])]
    }

    static class StepFailure extends RuntimeException {
        StepFailure(String message) {
            super(message)
        }
    }
}
