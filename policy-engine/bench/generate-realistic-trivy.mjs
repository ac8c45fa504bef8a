/**
 * Realistic synthetic Trivy JSON report (SchemaVersion 2), written to a file as it is built.
 *
 * Every vulnerability is a REAL Trivy entry read at run time from the shared fixtures (titles, descriptions,
 * CVSS blocks, vendor severities, references, data sources, dates, layers...), recombined: VulnerabilityID,
 * package name, installed version, fingerprint and UID vary so that findings are distinct. About `distinct`
 * of the findings carry distinct IDs (0.2 by default: each ID appears on ~5 package versions, as in real images),
 * spread over one os-pkgs result and several lang-pkgs results with realistic targets. The output is indented
 * like `trivy --format json` (2 spaces, Go's HTML escaping of <, > and &), so the byte size per finding is real.
 *
 * Reports of several GiB cannot be one JS string (V8 stops near 512 MiB), so the file is written in ~1 MiB chunks.
 *
 * CLI: node bench/generate-realistic-trivy.mjs COUNT OUT [--seed=N] [--distinct=0.2] [--fixtures=DIR]
 */
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_FIXTURES = resolve(here, '..', '..', '..', 'shared', 'fixtures', 'trivy');

/** Share of findings per severity, close to a large real image scan; CRITICAL and HIGH make the gate block. */
const SEVERITY_MIX = [
  ['CRITICAL', 0.06],
  ['HIGH', 0.22],
  ['MEDIUM', 0.42],
  ['LOW', 0.25],
  ['UNKNOWN', 0.05],
];

/** Where entries of each fixture Type land: realistic targets of a `trivy image` scan with lockfiles inside. */
const LANG_TARGETS = {
  npm: ['app/package-lock.json', 'app/services/web/package-lock.json', 'app/services/worker/package-lock.json'],
  pip: ['opt/ml/requirements.txt'],
  pom: ['opt/legacy/pom.xml'],
  gomod: ['src/gateway/go.mod', 'src/gateway/tools/go.mod'],
  jar: ['Java'],
};
const IMAGE = 'registry.example.com/shop/api:1234';

/** Packages per template, so each entry's ID variants spread over several package names. */
const PACKAGE_VARIANTS = 40;
const CHUNK_CHARS = 1 << 20;
const ID_BASE = 100000;

/** Deterministic 32-bit mix (murmur3 finalizer): the same seed gives byte-identical reports. */
function mix(x) {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex(seed, words) {
  let out = '';
  for (let w = 0; w < words; w += 1) out += mix(seed * 31 + w).toString(16).padStart(8, '0');
  return out;
}

/** Go's encoding/json escapes these by default, and trivy writes its JSON with it. */
function goEscape(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text.replace(/^/gm, pad);
}

/** Splits a serialized template on ⟦NAME⟧ markers: even parts are literal text, odd parts are field names. */
function compile(text) {
  return text.split(/⟦(\w+)⟧/);
}

function shortName(pkgName) {
  return pkgName.split(/[:/]/).pop();
}

/** Reads the vulnerability entries of every Trivy fixture, one template per distinct VulnerabilityID. */
export function loadTemplates(fixturesDir = DEFAULT_FIXTURES) {
  const byId = new Map();
  for (const file of readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort()) {
    let report;
    try {
      report = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'));
    } catch {
      continue;
    }
    if (Array.isArray(report) || report.SchemaVersion !== 2) continue; // legacy bare arrays repeat alpine-3.9
    for (const result of report.Results ?? []) {
      for (const v of result.Vulnerabilities ?? []) {
        if (byId.has(v.VulnerabilityID) || !/-\d+$/.test(v.VulnerabilityID)) continue;
        byId.set(v.VulnerabilityID, { file, resultClass: result.Class, type: result.Type, entry: v });
      }
    }
  }
  if (byId.size === 0) throw new Error(`generate-realistic-trivy: no Trivy vulnerabilities found in ${fixturesDir}`);
  return [...byId.values()].map(({ file, resultClass, type, entry }) => {
    const id = entry.VulnerabilityID;
    const name = entry.PkgName;
    const short = shortName(name);
    const version = entry.InstalledVersion;
    const swap = (s) => s.split(id).join('⟦ID⟧').split(id.toLowerCase()).join('⟦id⟧');
    const pkgRef = (s) => s.split(version).join('⟦VER⟧').split(short).join(`${short}⟦SFX⟧`);
    const copy = structuredClone(entry);
    copy.VulnerabilityID = '⟦ID⟧';
    copy.PkgName = `${name}⟦SFX⟧`;
    copy.InstalledVersion = '⟦VER⟧';
    if (copy.PkgID !== undefined) copy.PkgID = pkgRef(copy.PkgID);
    if (copy.PkgIdentifier?.PURL !== undefined) copy.PkgIdentifier.PURL = pkgRef(copy.PkgIdentifier.PURL);
    if (copy.PkgIdentifier?.UID !== undefined) copy.PkgIdentifier.UID = '⟦UID⟧';
    if (copy.PrimaryURL !== undefined) copy.PrimaryURL = swap(copy.PrimaryURL);
    if (copy.Fingerprint !== undefined) copy.Fingerprint = 'sha256:⟦FP⟧';
    if (Array.isArray(copy.References)) copy.References = copy.References.map(swap);
    const [, prefix, number] = /^(.*-)(\d+)$/.exec(id);
    return {
      file,
      resultClass: resultClass === 'os-pkgs' ? 'os-pkgs' : 'lang-pkgs',
      type,
      severity: entry.Severity,
      idPrefix: prefix,
      idNumber: Number(number),
      version,
      parts: compile(indent(goEscape(JSON.stringify(copy, null, 2)), 8)),
    };
  });
}

/** Picks the template of each distinct ID: severity by SEVERITY_MIX, then a template of that severity. */
function chooseTemplates(templates, distinctIds, seed) {
  const bySeverity = new Map();
  for (const [i, t] of templates.entries()) bySeverity.set(t.severity, [...(bySeverity.get(t.severity) ?? []), i]);
  const mixAvailable = SEVERITY_MIX.filter(([s]) => bySeverity.has(s));
  const total = mixAvailable.reduce((sum, [, w]) => sum + w, 0);
  const chosen = new Uint16Array(distinctIds);
  const variant = new Uint32Array(distinctIds); // how many earlier IDs reuse the same template
  const uses = new Uint32Array(templates.length);
  for (let g = 0; g < distinctIds; g += 1) {
    let r = (mix(seed * 7919 + g) / 4294967296) * total;
    let severity = mixAvailable[mixAvailable.length - 1][0];
    for (const [s, w] of mixAvailable) {
      if (r < w) {
        severity = s;
        break;
      }
      r -= w;
    }
    const pool = bySeverity.get(severity);
    chosen[g] = pool[mix(seed * 104729 + g) % pool.length];
    variant[g] = uses[chosen[g]]++;
  }
  return { chosen, variant };
}

function resultsFor(templates) {
  const results = [{ Target: `${IMAGE} (alpine 3.9.4)`, Class: 'os-pkgs', Type: 'alpine' }];
  for (const type of [...new Set(templates.filter((t) => t.resultClass === 'lang-pkgs').map((t) => t.type))]) {
    for (const target of LANG_TARGETS[type] ?? [`app/${type}.lock`]) results.push({ Target: target, Class: 'lang-pkgs', Type: type });
  }
  return results;
}

/**
 * Writes a report of `count` vulnerabilities to `path`, in chunks; returns { bytes, findings, distinctIds, results }.
 */
export function writeRealisticTrivyReport(path, count, { seed = 42, distinct = 0.2, fixturesDir = DEFAULT_FIXTURES } = {}) {
  const templates = loadTemplates(fixturesDir);
  const header = JSON.parse(readFileSync(join(fixturesDir, 'alpine-3.9-image-vulns.json'), 'utf8'));
  const distinctIds = Math.max(1, Math.min(count, Math.round(count * distinct)));
  const { chosen, variant } = chooseTemplates(templates, distinctIds, seed);
  const results = resultsFor(templates);
  const targetsOf = (t) =>
    results.flatMap((r, index) => ((t.resultClass === 'os-pkgs' ? r.Class === 'os-pkgs' : r.Type === t.type) ? [index] : []));
  const targetIndexes = templates.map(targetsOf);
  // Finding i: distinct ID g = i mod distinctIds, occurrence o = i div distinctIds (another version or lockfile).
  const resultOf = new Uint16Array(count);
  for (let i = 0; i < count; i += 1) {
    const g = i % distinctIds;
    const targets = targetIndexes[chosen[g]];
    resultOf[i] = targets[(g + Math.floor(i / distinctIds)) % targets.length];
  }

  const top = {
    SchemaVersion: header.SchemaVersion,
    Trivy: header.Trivy,
    ReportID: header.ReportID,
    CreatedAt: header.CreatedAt,
    ArtifactName: IMAGE,
    ArtifactType: header.ArtifactType,
    Metadata: { ...header.Metadata, RepoTags: [IMAGE], Reference: IMAGE },
  };
  const fd = openSync(path, 'w');
  let chunk = `${goEscape(JSON.stringify(top, null, 2)).slice(0, -2)},\n  "Results": [\n`;
  const flush = (force) => {
    if (force || chunk.length >= CHUNK_CHARS) {
      writeSync(fd, chunk);
      chunk = '';
    }
  };
  const written = results.filter((_, r) => resultOf.includes(r));
  try {
    for (const [n, result] of written.entries()) {
      const r = results.indexOf(result);
      const head = indent(goEscape(JSON.stringify(result, null, 2)), 4).slice(0, -6);
      chunk += `${n === 0 ? '' : ',\n'}${head},\n      "Vulnerabilities": [\n`;
      let first = true;
      for (let i = 0; i < count; i += 1) {
        if (resultOf[i] !== r) continue;
        const g = i % distinctIds;
        const o = Math.floor(i / distinctIds);
        const t = templates[chosen[g]];
        const v = variant[g];
        // The first use of a template keeps its real ID; later ones get 6-digit numbers no real entry here has,
        // unique because g is.
        const fields = {
          ID: v === 0 ? `${t.idPrefix}${t.idNumber}` : `${t.idPrefix}${ID_BASE + g}`,
          SFX: v % PACKAGE_VARIANTS === 0 ? '' : `-${v % PACKAGE_VARIANTS}`,
          VER: o === 0 ? t.version : `${t.version}.${o}`,
          UID: hex(seed + i * 2, 2),
          FP: hex(seed + i * 2 + 1, 8),
        };
        fields.id = fields.ID.toLowerCase();
        chunk += first ? '' : ',\n';
        first = false;
        const { parts } = t;
        for (let p = 0; p < parts.length; p += 1) chunk += p % 2 === 0 ? parts[p] : fields[parts[p]];
        flush(false);
      }
      chunk += '\n      ]\n    }';
    }
    chunk += '\n  ]\n}\n';
    flush(true);
  } finally {
    closeSync(fd);
  }
  return { bytes: statSync(path).size, findings: count, distinctIds, results: written.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const [count, out] = positional;
  if (!(Number(count) > 0) || out === undefined) {
    console.error('usage: node bench/generate-realistic-trivy.mjs COUNT OUT [--seed=N] [--distinct=0.2] [--fixtures=DIR]');
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const made = writeRealisticTrivyReport(out, Number(count), {
    seed: Number(option('seed') ?? 42),
    distinct: Number(option('distinct') ?? 0.2),
    fixturesDir: option('fixtures') ?? DEFAULT_FIXTURES,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${out}: ${made.findings} vulnerabilities (${made.distinctIds} distinct IDs) in ${made.results} results, ` +
      `${(made.bytes / 1e6).toFixed(1)} MB (${(made.bytes / 2 ** 20).toFixed(1)} MiB) in ${seconds.toFixed(1)} s`,
  );
}
