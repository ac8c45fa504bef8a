"""roles/app/files/srp-deploy against stand-ins for docker and curl.

The stand-ins keep a tiny container "world" in files: which images are pulled, which one runs, which
tags answer /health. That lets the deploy, rollback and pruning logic run for real without a Docker
daemon (there is none on CI machines).
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "roles" / "app" / "files" / "srp-deploy"
IMAGE = "registry.example/srp-service"

FAKE_DOCKER = r"""#!/bin/bash
w=$FAKE_WORLD
echo "$*" >> "$w/calls"
case "$1" in
  pull) img=${@: -1}; tag=${img##*:}
        grep -qxF "$tag" "$w/unpullable" 2>/dev/null && { echo "manifest unknown" >&2; exit 1; }
        grep -qxF "$tag" "$w/images" 2>/dev/null || echo "$tag" >> "$w/images" ;;
  run) echo "${@: -1}" > "$w/running" ;;
  rm) rm -f "$w/running" ;;
  inspect) [ -f "$w/running" ] && cat "$w/running" || exit 1 ;;
  logs) echo "boom: cannot connect to database" ;;
  image) case "$2" in
           ls) cat "$w/images" 2>/dev/null || true ;;
           rm) tag=${3##*:}; grep -vxF "$tag" "$w/images" > "$w/images.new"; mv "$w/images.new" "$w/images" ;;
         esac ;;
esac
"""

FAKE_CURL = r"""#!/bin/bash
w=$FAKE_WORLD
[ -f "$w/running" ] || exit 7
tag=$(sed 's/.*://' "$w/running")
grep -qxF "$tag" "$w/unhealthy" 2>/dev/null && exit 22
exit 0
"""


@pytest.fixture()
def world(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in (("docker", FAKE_DOCKER), ("curl", FAKE_CURL)):
        path = bin_dir / name
        path.write_text(body, encoding="utf-8")
        path.chmod(0o755)
    state = tmp_path / "state"
    config = tmp_path / "deploy.conf"
    config.write_text(
        f"IMAGE={IMAGE}\nCONTAINER=srp-app\nHOST_PORT=8080\nCONTAINER_PORT=8080\n"
        f"ENV_FILE={tmp_path}/app.env\nHEALTH_URL=http://127.0.0.1:8080/health\nHEALTH_TIMEOUT=1\n"
        f"HEALTH_INTERVAL=0.1\nKEEP_IMAGES=2\nSTATE_DIR={state}\nDATA_VOLUME=srp-data\n",
        encoding="utf-8",
    )
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "FAKE_WORLD": str(tmp_path), "SRP_DEPLOY_CONFIG": str(config)}

    class World:
        root = tmp_path

        def run(self, *args):
            return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False)

        def running(self):
            path = tmp_path / "running"
            return path.read_text(encoding="utf-8").strip() if path.exists() else None

        def images(self):
            path = tmp_path / "images"
            return path.read_text(encoding="utf-8").split() if path.exists() else []

        def state(self, name):
            path = state / name
            return path.read_text(encoding="utf-8").strip() if path.exists() else None

        def mark(self, kind, tag):
            with (tmp_path / kind).open("a", encoding="utf-8") as handle:
                handle.write(f"{tag}\n")

    return World()


def test_first_deploy_runs_the_tag_and_records_it(world):
    result = world.run("deploy", "41")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"changed: deployed {IMAGE}:41 (previous healthy tag: none)")
    assert world.running() == f"{IMAGE}:41"
    assert world.state("current") == "41"
    run_call = [c for c in (world.root / "calls").read_text().splitlines() if c.startswith("run ")][0]
    assert "--read-only" in run_call and "--cap-drop ALL" in run_call
    assert "--volume srp-data:/var/lib/srp" in run_call  # the image's embedded-database directory


def test_same_tag_again_changes_nothing(world):
    world.run("deploy", "41")
    calls_before = (world.root / "calls").read_text().count("\n")
    result = world.run("deploy", "41")
    assert result.returncode == 0
    assert result.stdout.strip() == f"unchanged: {IMAGE}:41 is running and healthy"
    new_calls = (world.root / "calls").read_text().splitlines()[calls_before:]
    assert all(c.startswith("inspect") for c in new_calls), new_calls


def test_unhealthy_tag_is_rolled_back_to_the_previous_one(world):
    world.run("deploy", "41")
    world.mark("unhealthy", "42")
    result = world.run("deploy", "42")
    assert result.returncode == 3
    assert f"{IMAGE}:42 is unhealthy; rolled back to 41, which is healthy" in result.stderr
    assert "boom: cannot connect to database" in result.stderr  # the failing container's logs are shown
    assert world.running() == f"{IMAGE}:41"
    assert world.state("current") == "41"


def test_unpullable_tag_leaves_the_running_container_alone(world):
    world.run("deploy", "41")
    world.mark("unpullable", "43")
    result = world.run("deploy", "43")
    assert result.returncode == 2
    assert "could not pull" in result.stderr
    assert world.running() == f"{IMAGE}:41"


def test_first_deploy_unhealthy_with_nothing_to_roll_back_to(world):
    world.mark("unhealthy", "1")
    result = world.run("deploy", "1")
    assert result.returncode == 4
    assert "no previous healthy tag" in result.stderr
    assert world.running() is None


def test_keeps_only_the_last_n_healthy_images(world):
    for tag in ("10", "11", "12", "13"):
        assert world.run("deploy", tag).returncode == 0
    assert sorted(world.images()) == ["12", "13"]
    assert world.state("previous") == "12"


def test_manual_rollback_swaps_current_and_previous(world):
    world.run("deploy", "20")
    world.run("deploy", "21")
    result = world.run("rollback")
    assert result.returncode == 0
    assert result.stdout.strip() == f"changed: rolled back to {IMAGE}:20"
    assert world.running() == f"{IMAGE}:20"
    assert (world.state("current"), world.state("previous")) == ("20", "21")


@pytest.mark.parametrize("tag", ["", "../etc", "a b", "-rm"])
def test_rejects_tags_that_are_not_tags(world, tag):
    result = world.run("deploy", tag)
    assert result.returncode == 1
    assert world.running() is None
