"""Renders templates/inventory.yml.tftpl with the CLI's own templatefile() and checks what Ansible gets."""
from __future__ import annotations

import json
import subprocess

import yaml

from hcl import TERRAFORM_DIR

VALUES = {
    "environment": "production",
    "app_public_ip": "203.0.113.10",
    "app_private_dns": "ip-10-42-1-10.eu-west-3.compute.internal",
    "scanner_public_ip": "203.0.113.11",
    "scanner_private_dns": "ip-10-42-1-11.eu-west-3.compute.internal",
    "app_port": 8080,
    "grafana_port": 3000,
    "jenkins_port": 8081,
    "trivy_server_port": 4954,
}


def render(tf_binary, tmp_path):
    expression = f'templatefile("{TERRAFORM_DIR}/templates/inventory.yml.tftpl", jsondecode({json.dumps(json.dumps(VALUES))}))'
    result = subprocess.run([tf_binary, "console"], input=f"jsonencode({expression})\n", cwd=tmp_path,
                            capture_output=True, text=True, check=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CHECKPOINT_DISABLE": "1"})
    # console prints the jsonencode()d string as an HCL string literal: decode twice.
    return yaml.safe_load(json.loads(json.loads(result.stdout.strip())))


def test_inventory_has_both_hosts_in_their_groups(tf_binary, tmp_path):
    inventory = render(tf_binary, tmp_path)["all"]
    groups = inventory["children"]
    assert set(groups) == {"app", "monitoring", "jenkins", "scanner"}
    assert groups["app"]["hosts"]["srp-app"]["ansible_host"] == "203.0.113.10"
    assert groups["scanner"]["hosts"]["srp-scanner"]["srp_private_dns"] == VALUES["scanner_private_dns"]
    assert "srp-app" in groups["monitoring"]["hosts"] and "srp-app" in groups["jenkins"]["hosts"]
    assert inventory["vars"]["srp_trivy_server_port"] == 4954
