import org.junit.Test

class AnsibleDeployStepTests extends StepTestBase {

    @Test
    void deploysTheBuildNumberWithCredentialsAndExtraVarsAsJson() {
        credentialSecrets.putAll(['inv': 'x', 'vault': 'y', 'ssh': 'z'])
        Object tag = runStep('ansibleDeploy', [inventoryCredentialsId: 'inv', vaultCredentialsId: 'vault', sshCredentialsId: 'ssh',
                                               extraVars: [app_health_timeout_seconds: 90], limit: 'app'])
        assert tag == '42'
        assert files["${TMP}/ansible-extra-vars.json"] == '{"app_health_timeout_seconds":90,"app_image_tag":"42"}'
        assert boundCredentials.collect { [it.kind, it.credentialsId] } == [['file', 'inv'], ['file', 'vault'], ['sshUserPrivateKey', 'ssh']]
        Map sh = shCalls[0]
        assert sh.script.contains('set -- --inventory "$SRP_DEPLOY_INVENTORY_PATH" --extra-vars "@$SRP_DEPLOY_EXTRA_VARS_FILE"')
        assert sh.script.contains('exec "$SRP_DEPLOY_PLAYBOOK_BIN" "$@" "$SRP_DEPLOY_PLAYBOOK_FILE"')
        assert sh.env.SRP_DEPLOY_INVENTORY_PATH == "${TMP}/secretFiles/inv"
        assert sh.env.SRP_DEPLOY_VAULT_FILE == "${TMP}/secretFiles/vault"
        assert sh.env.SRP_DEPLOY_SSH_KEY == "${TMP}/secretFiles/ssh"
        assert sh.env.SRP_DEPLOY_PLAYBOOK_FILE == 'ansible/deploy.yml'
        assert sh.env.SRP_DEPLOY_LIMIT_HOSTS == 'app'
        assert sh.env.SRP_DEPLOY_CHECK_MODE == 'false'
    }

    @Test
    void aFailedPlaybookFailsTheStep() {
        shResponders << { Map c -> [status: 2] }
        StepFailure e = failingStep('ansibleDeploy', [inventory: 'ansible/inventories/ci/local.yml'])
        assert e.message == 'ansibleDeploy: ansible-playbook failed with exit code 2 (see the log above; the playbook rolls back an unhealthy release itself)'
    }

    @Test
    void configErrorsStopBeforeAnySideEffect() {
        Map cases = [
                ([:])                                          : "ansibleDeploy: 'inventory' or 'inventoryCredentialsId' is required",
                ([inventory: 'a', inventoryCredentialsId: 'b']): "ansibleDeploy: give 'inventory' or 'inventoryCredentialsId', not both",
                ([inventory: 'a', imageTag: 'x;reboot'])       : "ansibleDeploy: image tag 'x;reboot' is not a valid Docker tag (set 'imageTag' or run in a build with BUILD_NUMBER)",
                ([inventory: 'a', extraVar: [:]])              : "ansibleDeploy: unknown option 'extraVar' (did you mean 'extraVars'?)",
                ([inventory: 'a', extraVars: 'a=b'])           : "ansibleDeploy: 'extraVars' must be a map, not a string",
        ]
        for (Map.Entry c : cases.entrySet()) {
            sideEffects.clear()
            assert failingStep('ansibleDeploy', c.key as Map).message == c.value
            assert sideEffects.isEmpty()
        }
    }
}
