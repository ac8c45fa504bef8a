package io.securerelease.srp

import com.cloudbees.groovy.cps.NonCPS

import groovy.json.JsonOutput

/**
 * Puts the bundled policy engine on the agent and runs it. The bundle, its launcher and the default policy
 * are copied from resources/ into the workspace's temp dir (StepConfig.tempDir) byte for byte (Base64 on both sides, never the
 * controller's platform encoding). Arguments travel as a JSON file read by launch.cjs, so no value is ever
 * parsed by a shell. Steps are called on {@code steps} (the calling var's script), so nothing here is @NonCPS
 * except the pure version check.
 */
class Engine implements Serializable {
    private static final long serialVersionUID = 1L
    static final String RESOURCES = 'io/securerelease/srp/'
    static final List FILES = ['srp.cjs', 'launch.cjs', 'default-policy.yml']
    static final int MIN_NODE_MAJOR = 20
    static final String NODE_VERSION_SCRIPT = 'if command -v node >/dev/null 2>&1; then node --version; else echo missing; fi'
    static final String LAUNCH_SCRIPT = 'node "$SRP_HOME/launch.cjs" "$SRP_ARGS_FILE" "$SRP_ERROR_FILE"'

    /** Stops on Windows agents and on agents without Node >= 20, then installs the engine; returns its directory. */
    static String install(Object steps, String step) {
        if (!steps.isUnix()) {
            steps.error("${step}: this step runs on Linux agents only (sh and node); this agent is Windows: use a Linux agent label".toString())
        }
        String problem = nodeProblem(step, steps.sh(returnStdout: true, label: "${step}: check node".toString(), script: NODE_VERSION_SCRIPT).toString())
        if (problem) {
            steps.error(problem)
        }
        String home = StepConfig.tempDir((steps.env.WORKSPACE ?: steps.pwd()).toString()) + '/srp-engine'
        for (String name : FILES) {
            // Nested call: the bundle's text never sits in a local variable that the build would persist.
            steps.writeFile(file: "${home}/${name}".toString(), encoding: 'Base64',
                    text: steps.libraryResource(resource: RESOURCES + name, encoding: 'Base64'))
        }
        return home
    }

    /** Runs {@code srp args...}; returns [status: exit code, message: the engine's last stderr line]. */
    static Map run(Object steps, String step, String home, List args, List credentials) {
        String argsFile = "${home}/${args[0]}-args.json".toString()
        String errorFile = "${home}/${args[0]}-error.txt".toString()
        steps.writeFile(file: argsFile, encoding: 'UTF-8', text: JsonOutput.toJson(args))
        List env = ["SRP_HOME=${home}".toString(), "SRP_ARGS_FILE=${argsFile}".toString(), "SRP_ERROR_FILE=${errorFile}".toString()]
        Object status = steps.withCredentials(credentials) {
            steps.withEnv(env) {
                steps.sh(returnStatus: true, label: "${step}: srp ${args[0]}".toString(), script: LAUNCH_SCRIPT)
            }
        }
        int code = status as int
        String message = ''
        if (code != 0 && steps.fileExists(errorFile)) {
            message = StepConfig.oneLine(steps.readFile(file: errorFile, encoding: 'UTF-8').toString().trim())
        }
        return [status: code, message: message]
    }

    /** Null when {@code versionOutput} (from NODE_VERSION_SCRIPT) is Node >= 20, else the message to stop with. */
    @NonCPS
    static String nodeProblem(String step, String versionOutput) {
        String version = versionOutput.trim()
        if (version == 'missing' || version.isEmpty()) {
            return "${step}: node is not installed on this agent; the policy engine needs Node.js >= ${MIN_NODE_MAJOR} on the PATH".toString()
        }
        java.util.regex.Matcher m = version =~ /^v?(\d+)\.\d+\.\d+/
        if (!m.find()) {
            return "${step}: could not read the Node.js version ('${StepConfig.oneLine(version)}'); the policy engine needs Node.js >= ${MIN_NODE_MAJOR}".toString()
        }
        int major = m.group(1) as int
        if (major < MIN_NODE_MAJOR) {
            return "${step}: Node.js ${version} is too old on this agent; the policy engine needs Node.js >= ${MIN_NODE_MAJOR}".toString()
        }
        return null
    }
}
