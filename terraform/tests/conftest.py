from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hcl import TERRAFORM_DIR, load_dir  # noqa: E402


@pytest.fixture(scope="session")
def root():
    return load_dir(TERRAFORM_DIR)


@pytest.fixture(scope="session")
def host_module():
    return load_dir(TERRAFORM_DIR / "modules" / "host")


@pytest.fixture(scope="session")
def tf_binary() -> str:
    """terraform when installed, else the OpenTofu build from scripts/setup.d; never a skip."""
    repo = TERRAFORM_DIR.parent
    for candidate in (shutil.which("terraform"), str(repo / ".tools" / "bin" / "tofu")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("neither terraform nor .tools/bin/tofu found: run scripts/setup")
