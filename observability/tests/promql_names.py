"""Metric names referenced by a PromQL expression, without a full PromQL parser.

Good enough for our dashboards and rules: strings, label matchers, ranges, grouping clauses and
Grafana variables are blanked out, then every remaining identifier that is not a function, an
operator keyword or a number is a metric name.
"""
from __future__ import annotations

import re

KEYWORDS = {
    "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "offset",
    "bool", "atan2", "inf", "nan",
}
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_MATCHERS = re.compile(r"\{[^{}]*\}")
_RANGE = re.compile(r"\[[^\[\]]*\]")
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")
_GRAFANA_VAR = re.compile(r"\$\{?\w+\}?")
_IDENT = re.compile(r"(?<![\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?")
_NUMBER_SUFFIX = re.compile(r"\b\d+(\.\d+)?(e[+-]?\d+)?([smhdwy]|ms)?\b", re.IGNORECASE)


def metric_names(expr: str) -> set[str]:
    text = _STRING.sub('""', expr)
    text = _GRAFANA_VAR.sub("0", text)
    text = _MATCHERS.sub(" ", text)
    text = _RANGE.sub(" ", text)
    previous = None
    while previous != text:  # grouping clauses can follow each other: on (a) group_left (b)
        previous, text = text, _GROUPING.sub(" ", text)
    text = _NUMBER_SUFFIX.sub(" ", text)
    names = set()
    for match in _IDENT.finditer(text):
        name, call = match.group(1), match.group(2)
        if call or name.lower() in KEYWORDS:
            continue
        names.add(name)
    return names


def exported_names(exposition: str) -> set[str]:
    """Series names a /metrics page can produce, from its # TYPE lines (histograms and summaries
    expand to their _bucket/_sum/_count series) plus any sample lines."""
    names: set[str] = set()
    for line in exposition.splitlines():
        if line.startswith("# TYPE "):
            parts = line.split()
            if len(parts) < 4:
                continue
            name, kind = parts[2], parts[3]
            names.add(name)
            if kind == "histogram":
                names |= {f"{name}_bucket", f"{name}_sum", f"{name}_count"}
            elif kind == "summary":
                names |= {f"{name}_sum", f"{name}_count"}
            elif kind == "counter" and not name.endswith("_total"):
                names.add(f"{name}_total")
        elif line and not line.startswith("#"):
            names.add(re.split(r"[{\s]", line, maxsplit=1)[0])
    return names
