import groovy.json.JsonOutput
import groovy.transform.Field
import io.securerelease.srp.StepConfig

// Deploys with `ansible-playbook deploy.yml`: the image tag is the build number, extra vars travel as a JSON
// file (-e @file), the inventory and the vault password file come from Jenkins file credentials.
@Field static final String STEP = 'ansibleDeploy'
@Field static final Map DEFAULTS = [
        playbook                 : 'ansible/deploy.yml',
        inventory                : null,
        inventoryCredentialsId   : null,
        vaultCredentialsId       : null,
        sshCredentialsId         : null,
        imageTag                 : null,
        imageTagVariable         : 'app_image_tag',
        extraVars                : [:],
        limit                    : null,
        check                    : false,
        binary                   : 'ansible-playbook',
]
@Field static final Map TYPES = [playbook: String, inventory: String, inventoryCredentialsId: String,
                                 vaultCredentialsId: String, sshCredentialsId: String, imageTag: String,
                                 imageTagVariable: String, extraVars: Map, limit: String, check: Boolean,
                                 binary: String]
@Field static final String SCRIPT = '''set -eu
set -- --inventory "$SRP_DEPLOY_INVENTORY_PATH" --extra-vars "@$SRP_DEPLOY_EXTRA_VARS_FILE"
if [ -n "${SRP_DEPLOY_VAULT_FILE:-}" ]; then set -- "$@" --vault-password-file "$SRP_DEPLOY_VAULT_FILE"; fi
if [ -n "${SRP_DEPLOY_SSH_KEY:-}" ]; then set -- "$@" --private-key "$SRP_DEPLOY_SSH_KEY"; fi
if [ -n "${SRP_DEPLOY_SSH_USER:-}" ]; then set -- "$@" --user "$SRP_DEPLOY_SSH_USER"; fi
if [ -n "${SRP_DEPLOY_LIMIT_HOSTS:-}" ]; then set -- "$@" --limit "$SRP_DEPLOY_LIMIT_HOSTS"; fi
if [ "$SRP_DEPLOY_CHECK_MODE" = true ]; then set -- "$@" --check --diff; fi
exec "$SRP_DEPLOY_PLAYBOOK_BIN" "$@" "$SRP_DEPLOY_PLAYBOOK_FILE"
'''

/** Runs the playbook; returns the image tag that was deployed. */
def call(Map config = [:]) {
    Map checked = StepConfig.check(STEP, DEFAULTS, ['playbook', 'imageTagVariable'], TYPES, config)
    if (checked.error) {
        error(checked.error)
    }
    Map cfg = checked.config
    if (!cfg.inventory && !cfg.inventoryCredentialsId) {
        error("${STEP}: 'inventory' or 'inventoryCredentialsId' is required")
    }
    if (cfg.inventory && cfg.inventoryCredentialsId) {
        error("${STEP}: give 'inventory' or 'inventoryCredentialsId', not both")
    }
    String tag = cfg.imageTag ?: env.BUILD_NUMBER
    if (!tag || !(tag ==~ /[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}/)) {
        error("${STEP}: image tag '${StepConfig.oneLine(String.valueOf(tag))}' is not a valid Docker tag (set 'imageTag' or run in a build with BUILD_NUMBER)")
    }
    if (!isUnix()) {
        error("${STEP}: this step runs on Linux agents only; this agent is Windows: use a Linux agent label")
    }
    Map vars = [:]
    vars.putAll(cfg.extraVars)
    vars[cfg.imageTagVariable] = tag
    String extraVarsFile = "${StepConfig.tempDir(env.WORKSPACE ?: pwd())}/ansible-extra-vars.json"
    writeFile(file: extraVarsFile, encoding: 'UTF-8', text: JsonOutput.toJson(vars))
    List credentials = []
    if (cfg.inventoryCredentialsId) {
        credentials << file(credentialsId: cfg.inventoryCredentialsId, variable: 'SRP_DEPLOY_INVENTORY_PATH')
    }
    if (cfg.vaultCredentialsId) {
        credentials << file(credentialsId: cfg.vaultCredentialsId, variable: 'SRP_DEPLOY_VAULT_FILE')
    }
    if (cfg.sshCredentialsId) {
        credentials << sshUserPrivateKey(credentialsId: cfg.sshCredentialsId, keyFileVariable: 'SRP_DEPLOY_SSH_KEY',
                usernameVariable: 'SRP_DEPLOY_SSH_USER')
    }
    List deployEnv = ["SRP_DEPLOY_EXTRA_VARS_FILE=${extraVarsFile}", "SRP_DEPLOY_LIMIT_HOSTS=${cfg.limit ?: ''}",
                      "SRP_DEPLOY_CHECK_MODE=${cfg.check}", "SRP_DEPLOY_PLAYBOOK_BIN=${cfg.binary}",
                      "SRP_DEPLOY_PLAYBOOK_FILE=${cfg.playbook}", 'ANSIBLE_FORCE_COLOR=false']
    if (cfg.inventory) {
        deployEnv << "SRP_DEPLOY_INVENTORY_PATH=${cfg.inventory}"
    }
    int status = withCredentials(credentials) {
        withEnv(deployEnv) {
            sh(returnStatus: true, label: "${STEP}: ansible-playbook", script: SCRIPT)
        }
    }
    if (status != 0) {
        error("${STEP}: ansible-playbook failed with exit code ${status} (see the log above; the playbook rolls back an unhealthy release itself)")
    }
    return tag
}
