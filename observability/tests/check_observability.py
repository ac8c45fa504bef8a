"""Static checks of observability/ that promtool and amtool do not do, and the metric-name check.

  structure             dashboards, datasource references, alert metadata, runbook anchors, tests
  metrics PAGE...       every metric named by a dashboard or rule is exported by one of the given
                        /metrics pages (saved from the running service, node_exporter, blackbox) or
                        recorded by our own rules

Prints one line per problem and exits 1 if there is any.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

from promql_names import exported_names, metric_names

OBS = Path(__file__).resolve().parent.parent
REPO = OBS.parent
DASHBOARDS = sorted((OBS / "grafana" / "dashboards").glob("*.json"))
RULE_FILES = sorted((OBS / "prometheus" / "rules").glob("*.yml"))
ALERT_TESTS = sorted((OBS / "prometheus" / "tests").glob("*.test.yml"))
RUNBOOK = REPO / "docs" / "operations.md"
DATASOURCE_REF = {"type": "prometheus", "uid": "${datasource}"}
# Series Prometheus itself makes, whatever the targets export.
BUILTIN = {"up", "ALERTS", "ALERTS_FOR_STATE", "scrape_duration_seconds", "scrape_samples_scraped"}
SEVERITIES = {"critical", "warning", "none"}


def load_rules():
    for path in RULE_FILES:
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            for rule in group["rules"]:
                yield path.name, rule


def dashboard_exprs():
    for path in DASHBOARDS:
        board = json.loads(path.read_text(encoding="utf-8"))
        for panel in board.get("panels", []):
            for target in panel.get("targets", []):
                yield f"{path.name} panel '{panel.get('title')}'", target.get("expr", "")
        for var in board.get("templating", {}).get("list", []):
            query = var.get("query")
            if var.get("type") == "query":
                text = query.get("query", "") if isinstance(query, dict) else str(query)
                inner = re.search(r"label_values\((.*),\s*\w+\)\s*$", text)
                yield f"{path.name} variable '{var['name']}'", inner.group(1) if inner else text


def check_dashboards(problems: list[str]) -> None:
    if len(DASHBOARDS) < 4:
        problems.append(f"expected the HTTP, Node.js, hosts and security-gate dashboards, found {len(DASHBOARDS)}")
    uids = {}
    for path in DASHBOARDS:
        try:
            board = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            problems.append(f"{path.name}: not valid JSON: {err}")
            continue
        where = path.name
        if board.get("uid") in uids:
            problems.append(f"{where}: uid {board.get('uid')} also used by {uids[board['uid']]}")
        uids[board.get("uid")] = where
        variables = {v.get("name"): v for v in board.get("templating", {}).get("list", [])}
        ds_var = variables.get("datasource")
        if not ds_var or ds_var.get("type") != "datasource" or ds_var.get("query") != "prometheus":
            problems.append(f"{where}: needs a 'datasource' variable of type datasource querying prometheus")
        if not board.get("panels"):
            problems.append(f"{where}: has no panels")
        for panel in board.get("panels", []):
            title = panel.get("title")
            if panel.get("datasource") != DATASOURCE_REF:
                problems.append(f"{where} panel '{title}': datasource must be {DATASOURCE_REF}, not {panel.get('datasource')}")
            targets = panel.get("targets") or []
            if panel.get("type") != "text" and not targets:
                problems.append(f"{where} panel '{title}': has no query")
            for target in targets:
                if target.get("datasource") != DATASOURCE_REF:
                    problems.append(f"{where} panel '{title}' query {target.get('refId')}: datasource must be {DATASOURCE_REF}")
                if not metric_names(target.get("expr", "")):
                    problems.append(f"{where} panel '{title}' query {target.get('refId')}: names no metric")


def runbook_anchors() -> set[str]:
    if not RUNBOOK.exists():
        return set()
    anchors = set()
    for line in RUNBOOK.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        if heading:
            # GitHub's anchor rule: lower-case, drop punctuation, spaces become dashes.
            text = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower())
            anchors.add(text.replace(" ", "-"))
    return anchors


def check_rules(problems: list[str]) -> None:
    anchors = runbook_anchors()
    if not anchors:
        problems.append(f"{RUNBOOK.relative_to(REPO)}: missing, alerts' runbook links point there")
    tests = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in ALERT_TESTS]
    fired, quiet = set(), set()
    for doc in tests:
        for case in doc.get("tests", []):
            for check in case.get("alert_rule_test", []):
                (fired if check.get("exp_alerts") else quiet).add(check["alertname"])
    for source, rule in load_rules():
        name = rule.get("alert")
        if not name:
            continue
        where = f"{source} alert {name}"
        if "for" not in rule:
            problems.append(f"{where}: has no 'for:'")
        if rule.get("labels", {}).get("severity") not in SEVERITIES:
            problems.append(f"{where}: severity label must be one of {sorted(SEVERITIES)}")
        annotations = rule.get("annotations", {})
        for key in ("summary", "description", "runbook_url"):
            if not annotations.get(key):
                problems.append(f"{where}: annotation '{key}' is missing")
        anchor = annotations.get("runbook_url", "").partition("#")[2]
        if "docs/operations.md#" not in annotations.get("runbook_url", "") or anchor not in anchors:
            problems.append(f"{where}: runbook_url must point at a heading of docs/operations.md (#{anchor} not found)")
        if name not in fired:
            problems.append(f"{where}: no promtool test shows it firing")
        if name not in quiet and name != "Watchdog":
            problems.append(f"{where}: no promtool test shows it staying quiet")


def check_metrics(pages: list[Path], problems: list[str]) -> None:
    known = set(BUILTIN)
    for page in pages:
        names = exported_names(page.read_text(encoding="utf-8"))
        if not names:
            problems.append(f"{page}: no metrics in this /metrics page")
        known |= names
    known |= {rule["record"] for _, rule in load_rules() if "record" in rule}
    uses = [(f"{src} rule {r.get('alert') or r.get('record')}", r["expr"]) for src, r in load_rules()]
    uses += list(dashboard_exprs())
    for where, expr in uses:
        for name in sorted(metric_names(str(expr)) - known):
            problems.append(f"{where}: metric '{name}' is not exported by any scraped target nor recorded by a rule")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"structure", "metrics"}:
        print("usage: check_observability.py structure | metrics PAGE...", file=sys.stderr)
        return 2
    problems: list[str] = []
    if argv[0] == "structure":
        check_dashboards(problems)
        check_rules(problems)
    else:
        if len(argv) < 2:
            print("check_observability.py metrics: give at least one saved /metrics page", file=sys.stderr)
            return 2
        check_metrics([Path(p) for p in argv[1:]], problems)
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print(f"ok: {argv[0]} ({len(DASHBOARDS)} dashboards, {len(RULE_FILES)} rule files)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
