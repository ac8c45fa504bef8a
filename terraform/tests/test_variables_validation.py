"""Runs the real validation blocks of variables.tf through terraform/tofu.

A configuration made of variables only needs no provider, so `plan` evaluates every validation
offline: this is the CLI's own check, not a re-implementation of it.
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from hcl import TERRAFORM_DIR

GOOD = {
    "admin_cidr": "203.0.113.7/32",
    "allowed_cidrs": ["198.51.100.0/24"],
    "ssh_public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample admin@example",
}


@pytest.fixture(scope="module")
def variables_only(tmp_path_factory):
    work = tmp_path_factory.mktemp("variables-only")
    shutil.copy(TERRAFORM_DIR / "variables.tf", work / "variables.tf")
    return work


def plan(tf_binary, workdir, **overrides):
    values = {**GOOD, **overrides}
    args = [tf_binary, "plan", "-input=false", "-no-color", "-lock=false"]
    for key, value in values.items():
        args += ["-var", f"{key}={json.dumps(value) if not isinstance(value, str) else value}"]
    result = subprocess.run(args, cwd=workdir, capture_output=True, text=True, check=False,
                            env={"PATH": "/usr/bin:/bin", "TF_IN_AUTOMATION": "1", "HOME": str(workdir),
                                 "CHECKPOINT_DISABLE": "1"})
    return result.returncode, " ".join((result.stdout + result.stderr).split())


def test_good_values_plan(tf_binary, variables_only):
    code, output = plan(tf_binary, variables_only)
    assert code == 0, output


@pytest.mark.parametrize("cidr", ["0.0.0.0/0", "10.0.0.0/8", "203.0.113.0/15"])
def test_admin_cidr_rejects_wide_ranges(tf_binary, variables_only, cidr):
    code, output = plan(tf_binary, variables_only, admin_cidr=cidr)
    assert code != 0
    assert "admin_cidr must not be 0.0.0.0/0" in output


def test_admin_cidr_rejects_a_bare_address(tf_binary, variables_only):
    code, output = plan(tf_binary, variables_only, admin_cidr="203.0.113.7")
    assert code != 0
    assert "admin_cidr must be a CIDR block" in output


def test_allowed_cidrs_reject_the_world(tf_binary, variables_only):
    code, output = plan(tf_binary, variables_only, allowed_cidrs=["198.51.100.0/24", "0.0.0.0/0"])
    assert code != 0
    assert "allowed_cidrs must not contain 0.0.0.0/0" in output


@pytest.mark.parametrize(("name", "value", "message"), [
    ("region", "us-east-1", "region must be one of"),
    ("app_instance_type", "t2.micro", "app_instance_type must be"),
    ("scanner_instance_type", "m5.large", "scanner_instance_type must be"),
    ("app_root_volume_gb", 8, "app_root_volume_gb must be between 16 and 200"),
    ("ssh_public_key", "not a key", "ssh_public_key must be one OpenSSH public key line"),
    ("environment", "Prod!", "environment must be"),
])
def test_bad_values_are_rejected_with_their_message(tf_binary, variables_only, name, value, message):
    code, output = plan(tf_binary, variables_only, **{name: value})
    assert code != 0
    assert message in output
