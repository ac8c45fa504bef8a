"""scripts/update-admin-cidr against a recording stand-in for terraform (no cloud access needed)."""
from __future__ import annotations

import os
import stat
import subprocess

import pytest

from hcl import TERRAFORM_DIR

SCRIPT = TERRAFORM_DIR.parent / "scripts" / "update-admin-cidr"
TFVARS = 'region = "eu-west-3"\nadmin_cidr = "198.51.100.1/32" # operator\nallowed_cidrs = ["198.51.100.0/24"]\n'


@pytest.fixture()
def sandbox(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub = bin_dir / "terraform"
    stub.write_text('#!/bin/sh\necho "$*" >> "$TF_CALLS"\n', encoding="utf-8")
    stub.chmod(stub.stat().st_mode | stat.S_IEXEC)
    tfvars = tmp_path / "terraform.tfvars"
    tfvars.write_text(TFVARS, encoding="utf-8")
    calls = tmp_path / "calls"
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "TF_CALLS": str(calls), "HOME": str(tmp_path)}
    return tfvars, calls, env


def run(env, *args):
    return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False)


def test_updates_tfvars_and_applies_only_the_ssh_rules(sandbox):
    tfvars, calls, env = sandbox
    result = run(env, "--ip", "203.0.113.7", "--tfvars", str(tfvars))
    assert result.returncode == 0, result.stderr
    assert 'admin_cidr = "203.0.113.7/32" # operator' in tfvars.read_text(encoding="utf-8")
    assert "198.51.100.1/32 -> 203.0.113.7/32" in result.stdout
    call = calls.read_text(encoding="utf-8")
    assert "apply" in call and "-auto-approve" in call
    assert "-target=aws_vpc_security_group_ingress_rule.app_ssh_admin" in call
    assert "-target=aws_vpc_security_group_ingress_rule.scanner_ssh_admin" in call


def test_second_run_changes_nothing(sandbox):
    tfvars, _, env = sandbox
    run(env, "--ip", "203.0.113.7", "--tfvars", str(tfvars))
    before = tfvars.read_bytes()
    mtime = os.stat(tfvars).st_mtime_ns
    result = run(env, "--ip", "203.0.113.7", "--tfvars", str(tfvars))
    assert result.returncode == 0
    assert "already 203.0.113.7/32" in result.stdout
    assert tfvars.read_bytes() == before and os.stat(tfvars).st_mtime_ns == mtime


def test_dry_run_writes_nothing_and_only_plans(sandbox):
    tfvars, calls, env = sandbox
    result = run(env, "--dry-run", "--ip", "203.0.113.7", "--tfvars", str(tfvars))
    assert result.returncode == 0, result.stderr
    assert tfvars.read_text(encoding="utf-8") == TFVARS
    call = calls.read_text(encoding="utf-8")
    assert call.startswith("-chdir=") and " plan " in call and "apply" not in call
    assert "admin_cidr=203.0.113.7/32" in call


@pytest.mark.parametrize("bad", ["0.0.0.0/0", "300.1.1.1", "2001:db8::1", "<html>"])
def test_rejects_what_is_not_one_ipv4_address(sandbox, bad):
    tfvars, calls, env = sandbox
    result = run(env, "--ip", bad, "--tfvars", str(tfvars))
    assert result.returncode == 2
    assert "is not an IPv4 address" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not calls.exists()
    assert tfvars.read_text(encoding="utf-8") == TFVARS


def test_missing_tfvars_says_how_to_fix(sandbox, tmp_path):
    _, _, env = sandbox
    result = run(env, "--ip", "203.0.113.7", "--tfvars", str(tmp_path / "nope.tfvars"))
    assert result.returncode == 2
    assert "terraform.tfvars.example" in result.stderr
