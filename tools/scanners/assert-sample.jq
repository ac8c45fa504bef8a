# Assertions of scripts/checks/30-scanners.sh on the real reports written by scripts/scan-sample.
# Prints one line per failed expectation ("FAIL: what, where"); prints nothing else, so an empty output
# means every planted secret, misconfiguration and licence was found where the manifest says.
# Never prints a secret value: failures name the planted item, the rule and the path only.
# Inputs: $m (manifest.json), $canary (planted-secrets.txt, raw), $trivy_pin $gitleaks_pin, and the
#         slurped reports $gdir $ggit $gsarif $tfs $tfss $tcfg $tcfgs $tconv.

def lines_of($idx): [$idx[] as $i | ($canary | split("\n"))[$i - 1]];
def check(cond; msg): if cond then empty else "FAIL: " + msg end;
def sarif_results: [.runs[].results[]];
def sarif_has($rule; $path):
  any(sarif_results[]; .ruleId == $rule
      and any(.locations[]?; .physicalLocation.artifactLocation.uri == $path));
def sarif_has_line($rule; $path; $line):
  any(sarif_results[]; .ruleId == $rule
      and any(.locations[]?; .physicalLocation.artifactLocation.uri == $path
                             and .physicalLocation.region.startLine == $line));
def trivy_fail_ids($path): [.Results[]? | select(.Target == $path) | .Misconfigurations[]? | select(.Status == "FAIL")];

$m[0] as $man
| ($man.sampleRepository.commits | map(.sha)) as $shas
| $man.planted as $p
| (
  # --- versions and isolation --------------------------------------------------------------------------
  check($man.tools.trivy == ($trivy_pin | ltrimstr("v")); "manifest says trivy \($man.tools.trivy), pinned \($trivy_pin)"),
  check($man.tools.gitleaks == ($gitleaks_pin | ltrimstr("v")); "manifest says gitleaks \($man.tools.gitleaks), pinned \($gitleaks_pin)"),
  check($tfs[0].Trivy.Version == ($trivy_pin | ltrimstr("v")); "trivy-fs.json reports Trivy.Version \($tfs[0].Trivy.Version)"),
  check($man.network | startswith("none"); "scans were not isolated from the network (\($man.network)); run as root so `unshare -n` works"),
  check(($shas | length) == 3; "sample repository should have 3 commits, has \($shas | length)"),
  check(($canary | split("\n") | map(select(length > 0)) | length) == 19; "planted-secrets.txt should have 19 lines"),

  # --- every planted secret, in every report whose scanner covers it ----------------------------------
  ($p.secrets[] as $s
   | lines_of($s.canaryLines) as $raw
   | ($shas[$s.introducedInCommit - 1]) as $commit
   | (
     check(any($ggit[0][]; .RuleID == $s.gitleaks.rule and .File == $s.path and .StartLine == $s.gitleaks.startLine
                and .Commit == $commit and (.Secret as $x | all($raw[]; . as $r | $x | contains($r))));
           "gitleaks-git.json: \($s.name) not found (rule \($s.gitleaks.rule), \($s.path):\($s.gitleaks.startLine), commit \($commit[0:7]))"),
     check($gsarif[0] | sarif_has_line($s.gitleaks.rule; $s.path; $s.gitleaks.startLine);
           "gitleaks.sarif: \($s.name) not found (rule \($s.gitleaks.rule), \($s.path))"),
     (if $s.inWorkingTree then
        check(any($gdir[0][]; .RuleID == $s.gitleaks.rule and .File == $s.path and .StartLine == $s.gitleaks.startLine
                   and (.Secret as $x | all($raw[]; . as $r | $x | contains($r))));
              "gitleaks-dir.json: \($s.name) not found (rule \($s.gitleaks.rule), \($s.path):\($s.gitleaks.startLine))")
      else
        check(all($gdir[0][]; .File != $s.path and (.Secret as $x | all($raw[]; . as $r | $x | contains($r) | not)));
              "gitleaks-dir.json: history-only \($s.name) must not be in the working-tree scan"),
        check(all($tfs[0].Results[]?; .Target != $s.path); "trivy-fs.json: history-only \($s.path) must not be scanned")
      end),
     (if $s.trivy != null then
        check(any($tfs[0].Results[]? | select(.Target == $s.path and .Class == "secret") | .Secrets[]?;
                  .RuleID == $s.trivy.rule and .StartLine == $s.trivy.startLine and .Severity == $s.trivy.severity);
              "trivy-fs.json: \($s.name) not found (rule \($s.trivy.rule), \($s.trivy.severity), \($s.path):\($s.trivy.startLine))"),
        check($tfss[0] | sarif_has($s.trivy.rule; $s.path); "trivy-fs.sarif: \($s.name) not found (rule \($s.trivy.rule), \($s.path))"),
        check($tconv[0] | sarif_has($s.trivy.rule; $s.path); "trivy-convert.sarif: \($s.name) not found (rule \($s.trivy.rule), \($s.path))")
      else empty end)
   )),

  # --- exact secret counts: nothing unexpected (a false positive on a generated file would show here) -----
  check(($ggit[0] | length) == ($p.secrets | length); "gitleaks-git.json has \($ggit[0] | length) findings, planted \($p.secrets | length)"),
  check(($gdir[0] | length) == ([$p.secrets[] | select(.inWorkingTree)] | length);
        "gitleaks-dir.json has \($gdir[0] | length) findings, planted \([$p.secrets[] | select(.inWorkingTree)] | length) in the working tree"),
  check(($gsarif[0] | sarif_results | length) == ($p.secrets | length); "gitleaks.sarif has \($gsarif[0] | sarif_results | length) results, planted \($p.secrets | length)"),
  check(([$tfs[0].Results[]?.Secrets[]?] | length) == ([$p.secrets[] | select(.trivy != null)] | length);
        "trivy-fs.json has \([$tfs[0].Results[]?.Secrets[]?] | length) secrets, planted \([$p.secrets[] | select(.trivy != null)] | length) that Trivy covers"),

  # --- misconfigurations: in both Trivy JSON reports and all three Trivy SARIF logs ----------------------
  ($p.misconfigurations[] as $c
   | (check(any($tfs[0] | trivy_fail_ids($c.path)[]; .ID == $c.id and .Severity == $c.severity);
            "trivy-fs.json: \($c.id) (\($c.severity), \($c.mistake)) not reported as FAIL on \($c.path)"),
      check(any($tcfg[0] | trivy_fail_ids($c.path)[]; .ID == $c.id and .Severity == $c.severity);
            "trivy-config.json: \($c.id) (\($c.severity), \($c.mistake)) not reported as FAIL on \($c.path)"),
      check($tfss[0] | sarif_has($c.id; $c.path); "trivy-fs.sarif: \($c.id) not found on \($c.path)"),
      check($tcfgs[0] | sarif_has($c.id; $c.path); "trivy-config.sarif: \($c.id) not found on \($c.path)"),
      check($tconv[0] | sarif_has($c.id; $c.path); "trivy-convert.sarif: \($c.id) not found on \($c.path)"))),
  check(([$tfs[0].Results[]?.Misconfigurations[]? | select(.Status == "FAIL")] | length)
        == ([$tcfg[0].Results[]?.Misconfigurations[]? | select(.Status == "FAIL")] | length);
        "trivy fs and trivy config disagree on the number of failed checks"),

  # --- licences -----------------------------------------------------------------------------------------
  ($p.licenses[] as $l
   | (check(any($tfs[0].Results[]? | select(.Class == "license") | .Licenses[]?;
                .PkgName == $l.package and .Name == $l.license and .Severity == $l.severity
                and .Category == $l.category and .FilePath == $l.path);
            "trivy-fs.json: licence \($l.license) of \($l.package) (\($l.severity), \($l.category)) not found"),
      check($tfss[0] | sarif_has("\($l.package):\($l.license)"; $l.path); "trivy-fs.sarif: licence \($l.package):\($l.license) not found"))),
  check(([$tfs[0].Results[]?.Licenses[]?] | length) == ($p.licenses | length);
        "trivy-fs.json has \([$tfs[0].Results[]?.Licenses[]?] | length) licences, planted \($p.licenses | length)"),

  # --- the SARIF logs are SARIF 2.1.0 with one run, and agree with the JSON they come from -------------
  ($gsarif, $tfss, $tcfgs, $tconv | .[0] | check(.version == "2.1.0" and (.runs | length) == 1; "a SARIF report is not a one-run SARIF 2.1.0 log")),
  check(($tconv[0] | sarif_results | length) == ($tfss[0] | sarif_results | length);
        "trivy-convert.sarif (\($tconv[0] | sarif_results | length)) and trivy-fs.sarif (\($tfss[0] | sarif_results | length)) differ in result count"),
  check(($tfss[0] | sarif_results | length)
        == ([$tfs[0].Results[]? | (.Secrets[]?, (.Misconfigurations[]? | select(.Status == "FAIL")), .Licenses[]?)] | length);
        "trivy-fs.sarif result count differs from the findings in trivy-fs.json")
)
