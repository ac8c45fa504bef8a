# Builds .srp-out/real-scans/manifest.json (run by scripts/scan-sample; jq -n with the arguments below).
# Counts are read from the real reports by this second, independent reader (jq), so the engine's tests
# can compare their own normalized results with them. No secret value ever enters the manifest.
# Inputs: $trivy $gitleaks $network (strings); $planted $commits $raw (JSON);
#         $gdir $ggit $gsarif $tfs $tfss $tcfg $tcfgs $tconv (slurped reports).

def count_by(f): map(f | tostring) | group_by(.) | map({key: .[0], value: length}) | from_entries;

def gitleaks_json($mode; $cmd):
  {tool: "gitleaks", format: "gitleaks-json", mode: $mode, command: $cmd,
   findings: length, byRule: count_by(.RuleID), byFile: count_by(.File)};

def sarif($tool; $cmd):
  [.runs[].results[]] as $r
  | {tool: $tool, format: "sarif-2.1.0", command: $cmd, runs: (.runs | length),
     driver: (.runs[0].tool.driver | {name, version: (.version // null)}),
     rules: ([.runs[].tool.driver.rules[]?] | length),
     results: ($r | length), byRule: ($r | count_by(.ruleId)), byLevel: ($r | count_by(.level // "none"))};

def trivy_json($cmd):
  [.Results[]?] as $res
  | [$res[] | .Secrets[]?] as $s
  | [$res[] | .Misconfigurations[]? | select(.Status == "FAIL")] as $m
  | [$res[] | .Licenses[]?] as $l
  | {tool: "trivy", format: "trivy-json", schemaVersion: .SchemaVersion, command: $cmd,
     artifactType: .ArtifactType, results: ($res | length),
     secrets: {count: ($s | length), byRule: ($s | count_by(.RuleID)), bySeverity: ($s | count_by(.Severity))},
     misconfigurations: {failures: ($m | length), byId: ($m | count_by(.ID)), bySeverity: ($m | count_by(.Severity)),
                         byTarget: ([$res[] | {t: .Target, n: ([.Misconfigurations[]? | select(.Status == "FAIL")] | length)}
                                     | select(.n > 0) | {key: .t, value: .n}] | from_entries)},
     licenses: {count: ($l | length), byName: ($l | count_by(.Name)), bySeverity: ($l | count_by(.Severity))},
     vulnerabilities: ([$res[] | .Vulnerabilities[]?] | length)};

{
  generator: "scripts/scan-sample",
  tools: {trivy: $trivy, gitleaks: $gitleaks},
  network: $network,
  sampleRepository: {commits: $commits},
  planted: $planted,
  canary: {file: "planted-secrets.txt",
           note: "one raw planted secret per line; the private key is multi-line, so each of its body lines is listed; rawSecretsPerReport counts how many of those lines each report holds in clear",
           rawSecretsPerReport: $raw},
  files: {
    "gitleaks-dir.json": ($gdir[0] | gitleaks_json("dir"; "gitleaks dir --report-format json --exit-code 0 .")),
    "gitleaks-git.json": ($ggit[0] | gitleaks_json("git"; "gitleaks git --report-format json --exit-code 0 .")),
    "gitleaks.sarif": ($gsarif[0] | sarif("gitleaks"; "gitleaks git --report-format sarif --exit-code 0 .")),
    "trivy-fs.json": ($tfs[0] | trivy_json("trivy fs --scanners secret,misconfig,license --format json .")),
    "trivy-fs.sarif": ($tfss[0] | sarif("trivy"; "trivy fs --scanners secret,misconfig,license --format sarif .")),
    "trivy-config.json": ($tcfg[0] | trivy_json("trivy config --format json .")),
    "trivy-config.sarif": ($tcfgs[0] | sarif("trivy"; "trivy config --format sarif .")),
    "trivy-convert.sarif": ($tconv[0] | sarif("trivy"; "trivy convert --format sarif trivy-fs.json"))
  }
}
