"""Loads this configuration's .tf files with python-hcl2 into plain dicts.

python-hcl2 keeps HCL's quotes on block labels and string literals and adds bookkeeping keys;
the helpers here strip both so the tests read like the HCL they check.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import hcl2

TERRAFORM_DIR = Path(__file__).resolve().parent.parent
_BOOKKEEPING = {"__is_block__", "__comments__", "__inline_comments__"}


def _unquote(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def _clean(node: Any) -> Any:
    if isinstance(node, dict):
        return {_unquote(k): _clean(v) for k, v in node.items() if k not in _BOOKKEEPING}
    if isinstance(node, list):
        return [_clean(v) for v in node]
    return _unquote(node)


def load_dir(directory: Path) -> dict[str, list[dict[str, Any]]]:
    """Every top-level block of every .tf file in `directory`, merged by block type."""
    merged: dict[str, list[dict[str, Any]]] = {}
    for tf in sorted(directory.glob("*.tf")):
        with tf.open(encoding="utf-8") as handle:
            parsed = _clean(hcl2.load(handle))
        for block_type, blocks in parsed.items():
            merged.setdefault(block_type, []).extend(blocks)
    return merged


def resources(config: dict[str, list[dict[str, Any]]], rtype: str) -> dict[str, dict[str, Any]]:
    """name -> body for every resource of type `rtype`."""
    found: dict[str, dict[str, Any]] = {}
    for block in config.get("resource", []):
        for name, body in block.get(rtype, {}).items():
            found[name] = body
    return found


def named_blocks(config: dict[str, list[dict[str, Any]]], block_type: str) -> dict[str, dict[str, Any]]:
    """name -> body for labelled blocks such as variable, output, module."""
    found: dict[str, dict[str, Any]] = {}
    for block in config.get(block_type, []):
        found.update(block)
    return found
