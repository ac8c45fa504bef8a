"""Security properties of the configuration, read from the HCL itself (no provider needed)."""
from __future__ import annotations

import re
import subprocess

from hcl import TERRAFORM_DIR, named_blocks, resources

WORLD = "0.0.0.0/0"


def _host_instance(host_module):
    instances = resources(host_module, "aws_instance")
    assert list(instances) == ["this"], "the host module defines exactly one instance"
    return instances["this"]


def test_imdsv2_is_required_and_unreachable_from_containers(host_module):
    metadata = _host_instance(host_module)["metadata_options"][0]
    assert metadata["http_tokens"] == "required"
    assert metadata["http_put_response_hop_limit"] == 1


def test_root_volume_is_encrypted_gp3(host_module):
    root = _host_instance(host_module)["root_block_device"][0]
    assert root["encrypted"] is True
    assert root["volume_type"] == "gp3"


def test_no_instance_is_defined_outside_the_hardened_module(root):
    assert resources(root, "aws_instance") == {}
    modules = named_blocks(root, "module")
    assert {m["source"] for m in modules.values()} == {"./modules/host"}
    assert set(modules) == {"app_host", "scanner_host"}


def test_sizes_match_the_issue(root):
    variables = named_blocks(root, "variable")
    assert variables["region"]["default"] == "eu-west-3"
    assert variables["app_instance_type"]["default"] == "t3.small"
    assert variables["scanner_instance_type"]["default"] == "t3.micro"
    assert variables["app_root_volume_gb"]["default"] == 16
    modules = named_blocks(root, "module")
    assert modules["app_host"]["root_volume_size_gb"] == "${var.app_root_volume_gb}"


def test_security_groups_have_no_inline_rules(root):
    for name, group in resources(root, "aws_security_group").items():
        assert "ingress" not in group and "egress" not in group, f"{name}: rules must be separate resources"


def test_default_security_group_is_emptied(root):
    default = resources(root, "aws_default_security_group")
    assert len(default) == 1
    body = next(iter(default.values()))
    assert "ingress" not in body and "egress" not in body


def test_ssh_only_from_the_admin_cidr(root):
    ingress = resources(root, "aws_vpc_security_group_ingress_rule")
    # Port variables are validated to be > 1024, so only a literal 22 can open SSH.
    literal = {n: r for n, r in ingress.items() if isinstance(r["from_port"], int)}
    ssh = {n: r for n, r in literal.items() if r["from_port"] <= 22 <= r["to_port"]}
    assert set(ssh) == {"app_ssh_admin", "scanner_ssh_admin"}
    for name, rule in ssh.items():
        assert rule["cidr_ipv4"] == "${var.admin_cidr}", name
        assert "for_each" not in rule, f"{name}: exactly one SSH source"


def test_no_ingress_rule_is_open_to_the_world(root):
    for name, rule in resources(root, "aws_vpc_security_group_ingress_rule").items():
        assert rule.get("cidr_ipv4") != WORLD, name
        assert rule.get("cidr_ipv6") != "::/0", name
        assert rule["ip_protocol"] != "-1", f"{name}: all-protocol ingress"


def test_service_and_grafana_only_from_allowed_cidrs(root):
    ingress = resources(root, "aws_vpc_security_group_ingress_rule")
    for name, port in (("app_service", "${var.app_port}"), ("app_grafana", "${var.grafana_port}")):
        rule = ingress[name]
        assert rule["from_port"] == rule["to_port"] == port
        assert rule["for_each"] == "${toset(var.allowed_cidrs)}"
        assert rule["cidr_ipv4"] == "${each.value}"


def test_trivy_server_only_from_the_app_security_group(root):
    ingress = resources(root, "aws_vpc_security_group_ingress_rule")
    to_scanner = {n: r for n, r in ingress.items() if r["security_group_id"] == "${aws_security_group.scanner.id}"}
    trivy = to_scanner["scanner_trivy_from_app"]
    assert trivy["from_port"] == trivy["to_port"] == "${var.trivy_server_port}"
    assert trivy["referenced_security_group_id"] == "${aws_security_group.app.id}"
    assert "cidr_ipv4" not in trivy
    # Apart from SSH, nothing reaches the scanner from an address range.
    for name, rule in to_scanner.items():
        if name != "scanner_ssh_admin":
            assert "cidr_ipv4" not in rule, name


def test_egress_is_limited_to_the_ports_the_hosts_use(root):
    allowed_world_ports = {80, 443}
    for name, rule in resources(root, "aws_vpc_security_group_egress_rule").items():
        assert rule["ip_protocol"] == "tcp", f"{name}: egress must name a protocol"
        assert rule["from_port"] == rule["to_port"], f"{name}: one port per rule"
        if rule.get("cidr_ipv4") == WORLD:
            assert rule["from_port"] in allowed_world_ports, f"{name}: world egress only for HTTP(S)"
        else:
            assert "referenced_security_group_id" in rule, f"{name}: internal egress names a group"


def test_every_taggable_resource_is_tagged(root):
    untaggable = {"aws_route_table_association", "local_file", "aws_default_security_group"}
    providers = root["provider"]
    assert "default_tags" in providers[0]["aws"], "provider default_tags tag everything"
    for block in root["resource"]:
        for rtype, named in block.items():
            for name, body in named.items():
                if rtype in untaggable:
                    continue
                assert "Name" in body.get("tags", {}), f"{rtype}.{name} has no Name tag"


def test_variables_are_typed_documented_and_validated(root, host_module):
    for config in (root, host_module):
        for name, variable in named_blocks(config, "variable").items():
            assert variable.get("description"), f"variable {name} has no description"
            assert variable.get("type"), f"variable {name} has no type"
    must_validate = {"region", "app_instance_type", "scanner_instance_type", "admin_cidr", "allowed_cidrs"}
    variables = named_blocks(root, "variable")
    for name in must_validate:
        assert variables[name].get("validation"), f"variable {name} needs a validation block"


def test_outputs_are_documented(root):
    for name, output in named_blocks(root, "output").items():
        assert output.get("description"), f"output {name} has no description"


def test_providers_are_pinned_exactly(root):
    required = root["terraform"][0]["required_providers"][0]
    for name, spec in required.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", spec["version"]), f"provider {name} is not pinned: {spec['version']}"


def test_state_stays_out_of_git_and_backend_is_an_example(root):
    assert all("backend" not in block for block in root["terraform"]), "the live backend belongs in backend.tf (ignored)"
    example = (TERRAFORM_DIR / "backend.tf.example").read_text(encoding="utf-8")
    assert 'backend "s3"' in example and "encrypt" in example and "use_lockfile" in example
    for path in ("terraform/terraform.tfstate", "terraform/terraform.tfstate.backup", "terraform/prod.tfvars"):
        ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=TERRAFORM_DIR.parent, check=False)
        assert ignored.returncode == 0, f"{path} is not git-ignored"
