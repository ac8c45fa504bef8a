#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// ../node_modules/tsup/assets/cjs_shims.js
var init_cjs_shims = __esm({
  "../node_modules/tsup/assets/cjs_shims.js"() {
    "use strict";
  }
});

// src/errors.ts
function escapeCharacter(c) {
  const short = SHORT_ESCAPES[c];
  if (short) return short;
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function printableLine(text3, maxChars = Number.POSITIVE_INFINITY) {
  return cutText(text3, maxChars).replace(UNPRINTABLE, escapeCharacter);
}
function cutText(text3, maxChars) {
  if (text3.length <= maxChars) return text3;
  let end = Math.max(0, maxChars - 1);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text3.charAt(end - 1))) end--;
  return `${text3.slice(0, end)}\u2026`;
}
var EXIT, DOCS_URL, SrpError, FileError, UsageError, InputError, PolicyError, OutputError, UNPRINTABLE, SHORT_ESCAPES;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    init_cjs_shims();
    EXIT = {
      passed: 0,
      blocked: 1,
      inputError: 2,
      networkError: 3,
      internalError: 4
    };
    DOCS_URL = "docs/engine.md";
    SrpError = class extends Error {
      /** Anchor in docs/engine.md that explains this failure. */
      docsAnchor = "errors";
    };
    FileError = class extends SrpError {
      constructor(file, problem) {
        super(`${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
      }
      file;
      problem;
    };
    UsageError = class extends SrpError {
      exitCode = EXIT.inputError;
      docsAnchor = "usage";
    };
    InputError = class extends FileError {
      exitCode = EXIT.inputError;
      docsAnchor = "input-errors";
    };
    PolicyError = class extends FileError {
      exitCode = EXIT.inputError;
      docsAnchor = "policy-file";
    };
    OutputError = class extends FileError {
      exitCode = EXIT.inputError;
      docsAnchor = "output-errors";
    };
    UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
    SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  }
});

// src/limits.ts
var GITHUB_MAX_RESULTS_PER_RUN, GITHUB_MAX_RUNS_PER_FILE, GITHUB_STATUS_DESCRIPTION_MAX, GITHUB_MAX_STATUSES_PER_CONTEXT, GITHUB_STATUS_CONTEXT_MAX, REPORT_TEXT_MAX_CHARS, REPORT_FIELD_MAX_CHARS, REDACTION_VISIBLE_PREFIX, ERROR_MESSAGE_MAX_CHARS, JUNIT_MAX_FAILURES_PER_SUITE, JUNIT_MAX_SKIPPED_PER_SUITE, JUNIT_MAX_ATTRIBUTE_CHARS, JUNIT_MAX_TEXT_CHARS, SUMMARY_MAX_BLOCKING_ROWS, SUMMARY_MAX_SUPPRESSION_ROWS, SUMMARY_MAX_NOTES, SUMMARY_MAX_CELL_CHARS, SUMMARY_MAX_ID_CHARS, SUMMARY_MAX_BLOCKING_TABLE_CHARS, VERDICT_MAX_BLOCKING_FINDINGS, VERDICT_MAX_BLOCKING_FINDINGS_CHARS, VERDICT_MAX_SUPPRESSIONS_PER_LIST, VERDICT_MAX_SUPPRESSION_LIST_CHARS;
var init_limits = __esm({
  "src/limits.ts"() {
    "use strict";
    init_cjs_shims();
    GITHUB_MAX_RESULTS_PER_RUN = 25e3;
    GITHUB_MAX_RUNS_PER_FILE = 20;
    GITHUB_STATUS_DESCRIPTION_MAX = 140;
    GITHUB_MAX_STATUSES_PER_CONTEXT = 1e3;
    GITHUB_STATUS_CONTEXT_MAX = 255;
    REPORT_TEXT_MAX_CHARS = 64 * 1024;
    REPORT_FIELD_MAX_CHARS = 4096;
    REDACTION_VISIBLE_PREFIX = 4;
    ERROR_MESSAGE_MAX_CHARS = 1e3;
    JUNIT_MAX_FAILURES_PER_SUITE = 1e3;
    JUNIT_MAX_SKIPPED_PER_SUITE = 1e3;
    JUNIT_MAX_ATTRIBUTE_CHARS = 500;
    JUNIT_MAX_TEXT_CHARS = 4e3;
    SUMMARY_MAX_BLOCKING_ROWS = 1e3;
    SUMMARY_MAX_SUPPRESSION_ROWS = 200;
    SUMMARY_MAX_NOTES = 50;
    SUMMARY_MAX_CELL_CHARS = 160;
    SUMMARY_MAX_ID_CHARS = 120;
    SUMMARY_MAX_BLOCKING_TABLE_CHARS = 7e5;
    VERDICT_MAX_BLOCKING_FINDINGS = 1e4;
    VERDICT_MAX_BLOCKING_FINDINGS_CHARS = 16 * 1024 * 1024;
    VERDICT_MAX_SUPPRESSIONS_PER_LIST = 1e3;
    VERDICT_MAX_SUPPRESSION_LIST_CHARS = 2 * 1024 * 1024;
  }
});

// src/readers/json.ts
function parseJsonReport(body2, file) {
  refuseNonJson(body2, file);
  try {
    return JSON.parse(body2);
  } catch {
    const offset = findJsonErrorOffset(body2);
    const { line: line2, column } = lineColumn(body2, offset);
    const what = offset >= body2.length ? "the JSON ends early (truncated file?)" : "invalid JSON";
    throw new InputError(file, `${what} at line ${line2}, column ${column}: the report must be the scanner's complete JSON or SARIF output`);
  }
}
function refuseNonJson(text3, file) {
  let i = 0;
  while (i < text3.length && isSpace(text3.charCodeAt(i))) i++;
  if (i === text3.length) {
    throw new InputError(file, "the file is empty: expected a Trivy/Gitleaks JSON or SARIF report (did the scanner fail before writing it?)");
  }
  const head = text3.slice(i, i + 4096);
  if (head.includes("\0")) {
    throw new InputError(file, "this is a binary file, not a scan report: pass the JSON or SARIF file the scanner wrote");
  }
  const first = head[0];
  if (first === "\uFEFF") {
    throw new InputError(file, "starts with two byte order marks: save the report as UTF-8 with one at most");
  }
  if (first === "<") {
    throw new InputError(
      file,
      "this is XML (a JUnit or HTML report?), not a scan report: run the scanner with JSON or SARIF output (trivy --format json|sarif, gitleaks --report-format json|sarif)"
    );
  }
  if (first === void 0 || !/[{["\-0-9tfn]/.test(first)) {
    const firstLine2 = head.split("\n", 1)[0] ?? "";
    if (firstLine2.includes(",")) {
      throw new InputError(
        file,
        "this looks like CSV, not a JSON scan report: run the scanner with JSON or SARIF output (gitleaks --report-format json|sarif)"
      );
    }
    throw new InputError(file, "this is not JSON: pass the JSON or SARIF report the scanner wrote");
  }
}
function isSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function lineColumn(text3, offset) {
  let line2 = 1;
  let lineStart = 0;
  const end = Math.min(offset, text3.length);
  for (let i = 0; i < end; i++) {
    if (text3.charCodeAt(i) === 10) {
      line2++;
      lineStart = i + 1;
    }
  }
  return { line: line2, column: end - lineStart + 1 };
}
function findJsonErrorOffset(text3) {
  let i = 0;
  const n = text3.length;
  const ws = () => {
    while (i < n && isSpace(text3.charCodeAt(i))) i++;
  };
  const fail = () => {
    throw new SyntaxAt(i);
  };
  const literal2 = (word) => {
    if (text3.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string3 = () => {
    i++;
    while (i < n) {
      const c = text3.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail();
      if (c === 92) {
        const e = text3[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text3.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
    fail();
  };
  const number2 = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text3.slice(i, i + 400));
    if (!m) fail();
    i += m[0].length;
  };
  const value = () => {
    ws();
    if (i >= n) fail();
    const c = text3[i];
    if (c === "{") {
      i++;
      ws();
      if (text3[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        ws();
        if (text3[i] !== '"') fail();
        string3();
        ws();
        if (text3[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text3[i] === ",") {
          i++;
          continue;
        }
        if (text3[i] === "}") {
          i++;
          return;
        }
        fail();
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text3[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value();
        ws();
        if (text3[i] === ",") {
          i++;
          continue;
        }
        if (text3[i] === "]") {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') string3();
    else if (c === "t") literal2("true");
    else if (c === "f") literal2("false");
    else if (c === "n") literal2("null");
    else number2();
  };
  try {
    value();
    ws();
    if (i < n) return i;
    return n;
  } catch (e) {
    if (e instanceof SyntaxAt) return e.offset;
    return 0;
  }
}
var SyntaxAt;
var init_json = __esm({
  "src/readers/json.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    SyntaxAt = class {
      constructor(offset) {
        this.offset = offset;
      }
      offset;
    };
  }
});

// src/sarif/model.ts
var SEVERITIES, FINDING_KINDS, FINGERPRINT_KEY;
var init_model = __esm({
  "src/sarif/model.ts"() {
    "use strict";
    init_cjs_shims();
    SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"];
    FINDING_KINDS = ["vulnerability", "misconfiguration", "secret", "license", "code"];
    FINGERPRINT_KEY = "srp/v1";
  }
});

// src/sarif/severity.ts
function severityWord(value) {
  if (typeof value !== "string") return void 0;
  return SEVERITY_LOOKUP[value] ?? SEVERITY_LOOKUP[value.trim().toUpperCase()];
}
function isSeverityWord(value) {
  return severityWord(value) !== void 0;
}
function severityToLevel(severity, isSecret = false) {
  if (isSecret) return "error";
  switch (severity) {
    case "CRITICAL":
    case "HIGH":
      return "error";
    case "MEDIUM":
      return "warning";
    default:
      return "note";
  }
}
function scoreToSeverity(score3) {
  if (!(score3 > 0)) return "UNKNOWN";
  if (score3 >= 9) return "CRITICAL";
  if (score3 >= 7) return "HIGH";
  if (score3 >= 4) return "MEDIUM";
  return "LOW";
}
function levelToSeverity(level2) {
  switch (level2) {
    case "error":
      return "HIGH";
    case "warning":
      return "MEDIUM";
    case "note":
      return "LOW";
    case "none":
      return "UNKNOWN";
    default:
      return void 0;
  }
}
function securitySeverity(severity, cvssScore2) {
  if (severity === "UNKNOWN") return void 0;
  if (cvssScore2 !== void 0 && Number.isFinite(cvssScore2) && scoreToSeverity(cvssScore2) === severity) {
    return scoreText(cvssScore2);
  }
  return BAND_SCORE[severity];
}
function scoreText(score3) {
  const tenths = Math.round(score3 * 10);
  return tenths >= 0 && tenths <= 100 && Math.abs(score3 * 10 - tenths) < 1e-9 ? SCORE_TEXT[tenths] : score3.toFixed(1);
}
function parseScore(value) {
  if (value === void 0 || value === null) return Number.NaN;
  const score3 = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(score3) && score3 >= 0 && score3 <= 10 ? score3 : void 0;
}
function severityRank(severity) {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}
function severityKey(severity) {
  return KEY_OF.get(severity) ?? severity.toLowerCase();
}
function zeroSeverityCounts() {
  return Object.fromEntries(SEVERITY_KEYS.map((key) => [key, 0]));
}
var BAND_SCORE, SEVERITY_LOOKUP, SEVERITY_WORDS, SCORE_TEXT, SEVERITY_KEYS, KEY_OF;
var init_severity = __esm({
  "src/sarif/severity.ts"() {
    "use strict";
    init_cjs_shims();
    init_model();
    BAND_SCORE = {
      CRITICAL: "9.5",
      HIGH: "8.0",
      MEDIUM: "5.5",
      LOW: "2.0",
      UNKNOWN: void 0
    };
    SEVERITY_LOOKUP = Object.assign(/* @__PURE__ */ Object.create(null), {
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      MEDIUM: "MEDIUM",
      MODERATE: "MEDIUM",
      LOW: "LOW",
      UNKNOWN: "UNKNOWN"
    });
    SEVERITY_WORDS = "CRITICAL, HIGH, MEDIUM (or MODERATE), LOW or UNKNOWN";
    SCORE_TEXT = Array.from({ length: 101 }, (_, i) => (i / 10).toFixed(1));
    SEVERITY_KEYS = SEVERITIES.map((s) => s.toLowerCase());
    KEY_OF = new Map(SEVERITIES.map((s, i) => [s, SEVERITY_KEYS[i]]));
  }
});

// src/sarif/uri.ts
function toRelativeUri(path, alreadyEncoded = false, root) {
  let p = path;
  if (p === "") return void 0;
  if (/^file:\/\//i.test(p)) {
    p = p.slice(7);
    alreadyEncoded = true;
  }
  if (alreadyEncoded) {
    try {
      p = decodeURIComponent(p);
    } catch {
    }
  }
  if (/^[A-Za-z]:\\/.test(p)) p = p.replace(/\\/g, "/");
  let outside = false;
  if (root !== void 0) {
    p = stripRoot(p, root);
    outside = p.startsWith("/");
  }
  p = p.replace(/^[A-Za-z]:\//, "");
  const segments = [];
  for (const segment of p.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
      else segments.push("..");
      continue;
    }
    segments.push(encodeURIComponent(wellFormed(segment)));
  }
  if (outside) {
    while (segments[0] === "..") segments.shift();
    if (segments.length === 0) return void 0;
    segments[0] = `%2F${segments[0]}`;
  }
  return segments.length > 0 ? segments.join("/") : void 0;
}
function wellFormed(text3) {
  return text3.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function stripRoot(path, root) {
  const r = root.replace(/\\/g, "/").replace(/\/+$/, "");
  if (r === "") return path.replace(/^\/+/, "");
  if (path === r) return "";
  return path.startsWith(`${r}/`) ? path.slice(r.length + 1) : path;
}
function uriToPath(uri) {
  return uri.split("/").map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  }).join("/");
}
function toRelativePath(path, alreadyEncoded = false, root) {
  const uri = toRelativeUri(path, alreadyEncoded, root);
  return uri === void 0 ? void 0 : uriToPath(uri);
}
function pathToUri(path) {
  const uri = toRelativeUri(path);
  return uri !== void 0 && path.startsWith("/") ? `%2F${uri}` : uri;
}
var init_uri = __esm({
  "src/sarif/uri.ts"() {
    "use strict";
    init_cjs_shims();
  }
});

// src/readers/shape.ts
function isRec(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function typeName(value) {
  if (value === void 0) return "nothing (the key is missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
function describeWord(value) {
  return typeof value === "string" && /^[A-Za-z][\w -]{0,15}$/.test(value) ? `"${value}"` : typeName(value);
}
function keyPath(at, key, index) {
  return index === void 0 ? `${at}.${key}` : `${at}[${index}].${key}`;
}
function positive(value) {
  return value !== void 0 && Number.isInteger(value) && value > 0 ? value : void 0;
}
var Shape, KeySpelling, EMPTY;
var init_shape = __esm({
  "src/readers/shape.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_severity();
    init_uri();
    Shape = class {
      constructor(file, what, root) {
        this.file = file;
        this.what = what;
        this.root = root;
      }
      file;
      what;
      root;
      uriCache = /* @__PURE__ */ new Map();
      pathCache = /* @__PURE__ */ new Map();
      /**
       * A SARIF artifact URI as our relative URI and plain path; cached, as many results share a file.
       * `encoded: false` for producers that write the raw path there (Gitleaks): `%63onfig` is then a
       * file of that name, not `config`.
       */
      sarifUri(raw, encoded = true) {
        const key = encoded ? raw : `\0raw:${raw}`;
        let entry = this.uriCache.get(key);
        if (entry === void 0) {
          const uri = toRelativeUri(raw, encoded, this.root);
          entry = { uri, path: uri !== void 0 ? uriToPath(uri) : void 0 };
          this.uriCache.set(key, entry);
        }
        return entry;
      }
      /** The report file as a relative URI: the location of last resort for results that name none. */
      reportUri() {
        return toRelativeUri(this.file, false, this.root);
      }
      /**
       * A scanner path as a plain relative path (see toRelativeUri); cached, as thousands of findings
       * share a file (every vulnerability of a jar has its PkgPath).
       */
      relPath(path) {
        let relative = this.pathCache.get(path);
        if (relative === void 0 && !this.pathCache.has(path)) {
          relative = toRelativePath(path, false, this.root);
          this.pathCache.set(path, relative);
        }
        return relative;
      }
      /**
       * `quoteWord`: only for fields that hold a fixed vocabulary (severity, status), where the word is
       * what the user needs to see; elsewhere a value could be a secret and only its type is named.
       */
      fail(path, expected, got, quoteWord = false) {
        throw new InputError(
          this.file,
          `not a valid ${this.what}: ${path} must be ${expected}, found ${quoteWord ? describeWord(got) : typeName(got)} (is this file complete and produced by the scanner? --format forces another format)`
        );
      }
      /** `path` names the key as the format spells it; the report has it in another case. */
      miscased(path, meant) {
        throw new InputError(
          this.file,
          `not a valid ${this.what}: ${path} is spelled in another case in this file; keys are case-sensitive, so it must be "${meant}" exactly (was the report edited or produced by another tool?)`
        );
      }
      object(value, path) {
        return isRec(value) ? value : this.fail(path, "an object", value);
      }
      /** Arrays that may be absent or null (Go's encoding of an empty slice) come back as []. */
      array(o, key, at) {
        const value = o[key];
        if (Array.isArray(value)) return value;
        if (value === void 0 || value === null) return EMPTY;
        return this.fail(`${at}.${key}`, "an array", value);
      }
      /**
       * `index`: when given, `o` is `at[index]`. Hot loops (one call per vulnerability) pass the array's
       * path and the index instead of building `\u2026Vulnerabilities[i]` for every element: the path string
       * is only needed when a check fails.
       */
      string(o, key, at, index) {
        const value = o[key];
        return typeof value === "string" && value !== "" ? value : this.fail(keyPath(at, key, index), "a non-empty string", value);
      }
      /** Optional string: absent, null and "" all mean "not given". */
      optString(o, key, at, index) {
        const value = o[key];
        if (typeof value === "string") return value === "" ? void 0 : value;
        if (value === void 0 || value === null) return void 0;
        return this.fail(keyPath(at, key, index), "a string", value);
      }
      /** A required severity word (see severityWord): anything else names the JSON path, never UNKNOWN. */
      severity(o, key, at, index) {
        const value = o[key];
        return severityWord(value) ?? this.fail(keyPath(at, key, index), SEVERITY_WORDS, value, true);
      }
      optNumber(o, key, at) {
        const value = o[key];
        if (typeof value === "number") return value;
        if (value === void 0 || value === null) return void 0;
        return this.fail(`${at}.${key}`, "a number", value);
      }
      optObject(o, key, at, index) {
        const value = o[key];
        if (isRec(value)) return value;
        if (value === void 0 || value === null) return void 0;
        return this.fail(keyPath(at, key, index), "an object", value);
      }
    };
    KeySpelling = class {
      known;
      byLower = /* @__PURE__ */ new Map();
      /** `read`: keys whose absence changes what is read; `alsoKnown`: other keys the format writes. */
      constructor(read, alsoKnown = []) {
        this.known = /* @__PURE__ */ new Set([...read, ...alsoKnown]);
        for (const key of read) this.byLower.set(key.toLowerCase(), key);
      }
      check(shape, o, at, index) {
        for (const key in o) {
          if (this.known.has(key)) continue;
          const meant = this.byLower.get(key.toLowerCase());
          if (meant !== void 0) shape.miscased(keyPath(at, meant, index), meant);
        }
      }
    };
    EMPTY = Object.freeze([]);
  }
});

// src/readers/refuse.ts
function refuseNonReports(document2, file) {
  if (!isRec(document2)) return;
  if (document2.bomFormat === "CycloneDX" || typeof document2.spdxVersion === "string" || typeof document2.SPDXID === "string" && "packages" in document2) {
    const kind = document2.bomFormat === "CycloneDX" ? "a CycloneDX SBOM" : "an SPDX SBOM";
    throw new InputError(
      file,
      `this is ${kind}, not a scan report: run trivy sbom on it (trivy sbom --format json ${"<file>"}) and pass that report`
    );
  }
}
var init_refuse = __esm({
  "src/readers/refuse.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_shape();
  }
});

// src/sarif/fingerprint.ts
function fingerprintKey(facts) {
  const key = `${facts.scanner}\0${facts.kind}\0${facts.id}\0${facts.package ?? ""}\0${facts.path ?? ""}`;
  return facts.kind === "secret" ? `${key}\0L${facts.line ?? ""}` : key;
}
function fingerprintOf(key, occurrence = 1) {
  const input = occurrence > 1 ? `${key}\0#${occurrence}` : key;
  return hash("sha256", input, "hex").slice(0, 32);
}
function isPlainKey(facts) {
  return facts.kind !== "secret" && !facts.scanner.includes("\0") && !facts.id.includes("\0") && (facts.package === void 0 || !facts.package.includes("\0")) && (facts.path === void 0 || !facts.path.includes("\0"));
}
var crypto, hash, FingerprintCounter;
var init_fingerprint = __esm({
  "src/sarif/fingerprint.ts"() {
    "use strict";
    init_cjs_shims();
    crypto = __toESM(require("crypto"), 1);
    ({ hash } = crypto);
    FingerprintCounter = class {
      // Occurrences so far per key (the key, not its digest: a repeated key then costs one digest, not
      // two; 7,269 of the 10k findings of the bench's realistic report repeat a key, one CVE in two
      // versions of a package). The counter is dropped with its RunBuilder.
      seen = /* @__PURE__ */ new Map();
      // Set by the first key counted without a group (its id had none yet, see RunBuilder.add): from then
      // on no first key stays out of the Map, or a group made later could count that key from 1 again.
      countedWithoutGroup = false;
      /**
       * `group`: the findings with this one's id, whenever the caller has one for it. The first plain key of an id (see isPlainKey) stays
       * out of the Map, in the group: a later equal key is plain with the same id, so it finds it there.
       * Most findings are the first of their id (all 10k of the bench's light report), and hashing and
       * inserting 10k fresh keys into one Map took ~10% of normalizing's main-thread time.
       */
      next(facts, group) {
        const key = fingerprintKey(facts);
        if (group === void 0) this.countedWithoutGroup = true;
        const firstKey = group?.firstFingerprintKey;
        if (group !== void 0 && firstKey === void 0 && !this.countedWithoutGroup && isPlainKey(facts)) {
          group.firstFingerprintKey = key;
          return fingerprintOf(key);
        }
        const occurrence = (this.seen.get(key) ?? (key === firstKey ? 1 : 0)) + 1;
        this.seen.set(key, occurrence);
        return fingerprintOf(key, occurrence);
      }
    };
  }
});

// src/sarif/bounds.ts
function boundText(text3) {
  return text3.length <= REPORT_TEXT_MAX_CHARS ? text3 : text3.slice(0, REPORT_TEXT_MAX_CHARS - TEXT_MARKER.length) + TEXT_MARKER;
}
function boundField(value) {
  if (value.length <= REPORT_FIELD_MAX_CHARS) return value;
  const hash2 = fingerprintOf(value);
  return `${value.slice(0, REPORT_FIELD_MAX_CHARS - hash2.length - 2)}\u2026#${hash2}`;
}
function boundFacts(facts) {
  const field = REPORT_FIELD_MAX_CHARS;
  if (facts.scanner !== void 0 && facts.scanner.length > field) facts.scanner = boundField(facts.scanner);
  if (facts.id !== void 0 && facts.id.length > field) facts.id = boundField(facts.id);
  if (facts.path !== void 0 && facts.path.length > field) facts.path = boundField(facts.path);
  if (facts.target !== void 0 && facts.target.length > field) facts.target = boundField(facts.target);
  if (facts.package !== void 0 && facts.package.length > field) facts.package = boundField(facts.package);
  if (facts.installedVersion !== void 0 && facts.installedVersion.length > field) facts.installedVersion = boundField(facts.installedVersion);
  if (facts.fixedVersion !== void 0 && facts.fixedVersion.length > field) facts.fixedVersion = boundField(facts.fixedVersion);
  if (facts.status !== void 0 && facts.status.length > field) facts.status = boundField(facts.status);
  if (facts.nativeFingerprint !== void 0 && facts.nativeFingerprint.length > field) facts.nativeFingerprint = boundField(facts.nativeFingerprint);
  if (facts.title !== void 0 && facts.title.length > REPORT_TEXT_MAX_CHARS) facts.title = boundText(facts.title);
  if (facts.resolution !== void 0 && facts.resolution.length > REPORT_TEXT_MAX_CHARS) facts.resolution = boundText(facts.resolution);
  if (facts.aliases !== void 0) facts.aliases = facts.aliases.map(boundField);
}
var TEXT_MARKER;
var init_bounds = __esm({
  "src/sarif/bounds.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_fingerprint();
    TEXT_MARKER = " \u2026[cut by srp: longer than the report text limit]";
  }
});

// src/sarif/build.ts
function ruleTags(input) {
  if (input === void 0) return SECURITY_ONLY;
  let tags = TAGS_CACHE.get(input);
  if (tags === void 0) {
    tags = ["security"];
    for (const tag of input) tags.push(tag);
    Object.freeze(tags);
    TAGS_CACHE.set(input, tags);
  }
  return tags;
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
function oneLine(text3) {
  const i = text3.indexOf("\n");
  return i === -1 ? text3 : text3.slice(0, i);
}
var LazyHelp, LazyMessage, RunBuilder, LEVEL_CONFIG, TAGS_CACHE, SECURITY_ONLY;
var init_build = __esm({
  "src/sarif/build.ts"() {
    "use strict";
    init_cjs_shims();
    init_bounds();
    init_fingerprint();
    init_model();
    init_severity();
    init_uri();
    init_limits();
    LazyHelp = class {
      toJSON() {
        const markdown = this.markdown;
        return markdown ? { text: this.text, markdown } : { text: this.text };
      }
    };
    LazyMessage = class {
      #render;
      #from;
      constructor(render, from) {
        this.#render = render;
        this.#from = from;
      }
      get text() {
        return boundText(this.#render(this.#from));
      }
      toJSON() {
        return { text: this.text };
      }
    };
    RunBuilder = class {
      constructor(driver, fallbackUri) {
        this.fallbackUri = fallbackUri;
        this.driver = { ...driver, name: boundField(driver.name) };
      }
      fallbackUri;
      rules = /* @__PURE__ */ new Map();
      ruleList = [];
      results = [];
      fingerprints = new FingerprintCounter();
      uriCache = /* @__PURE__ */ new Map();
      locationCache = /* @__PURE__ */ new Map();
      // The rule last looked up or registered: readers call hasRule(id), maybe rule(), then add() for the
      // same id, so add() finds it here instead of hashing the id into a 100k-entry Map a second time.
      lastId;
      lastRule;
      missId;
      /**
       * `fallbackUri`: where results without any location are placed (the report file itself). GitHub
       * code scanning refuses results without a location (Multitool GH1015/GH1017/GH2012).
       */
      driver;
      get scanner() {
        return this.driver.name;
      }
      hasRule(id) {
        const rule = this.rules.get(id);
        if (rule === void 0) {
          this.missId = id;
          return false;
        }
        this.lastId = id;
        this.lastRule = rule;
        return true;
      }
      /** Registers a rule once; later calls with the same id are ignored (first description wins). */
      rule(input) {
        if (input.id.length > REPORT_FIELD_MAX_CHARS) input = { ...input, id: boundField(input.id) };
        if (input.id !== this.missId && this.rules.has(input.id)) return;
        this.missId = void 0;
        const tags = ruleTags(input.tags);
        let help;
        if (input.help !== void 0) {
          help = input.help;
        } else {
          help = { text: boundText(input.helpText) };
          if (input.helpMarkdown) help.markdown = boundText(input.helpMarkdown);
        }
        const descriptor = {
          id: input.id,
          shortDescription: { text: oneLine(boundText(input.shortDescription || input.id)) },
          fullDescription: { text: boundText(input.fullDescription || input.shortDescription || input.id) },
          help,
          properties: { tags, precision: "very-high" }
        };
        if (input.name) descriptor.name = input.name;
        if (input.helpUri) descriptor.helpUri = input.helpUri;
        const state = { descriptor, index: this.ruleList.length, severity: "UNKNOWN", score: Number.NaN, scoreText: void 0, firstFingerprintKey: void 0 };
        this.rules.set(input.id, state);
        this.ruleList.push(descriptor);
        this.lastId = input.id;
        this.lastRule = state;
      }
      add(input) {
        const facts = input.facts;
        boundFacts(facts);
        const ruleId = boundField(input.ruleId ?? facts.id);
        let rule = ruleId === this.lastId ? this.lastRule : this.rules.get(ruleId);
        if (rule === void 0) {
          this.rule({ id: ruleId, shortDescription: facts.title ?? ruleId, helpText: facts.title ?? ruleId });
          rule = this.rules.get(ruleId);
        }
        const isSecret = facts.kind === "secret";
        const score3 = input.securitySeverity ?? securitySeverity(facts.severity, input.cvssScore);
        if (rule.severity !== facts.severity || rule.scoreText !== score3 || rule.descriptor.defaultConfiguration === void 0) {
          this.raiseRule(rule, facts.severity, score3, isSecret);
        }
        const uri = input.uri ?? this.uriFor(facts.path) ?? this.fallbackUri;
        const fingerprint = input.fingerprint ?? this.fingerprints.next(facts, ruleId === facts.id ? rule : this.rules.get(facts.id));
        const result = {
          ruleId,
          ruleIndex: rule.index,
          level: severityToLevel(facts.severity, isSecret),
          message: typeof input.message === "string" ? { text: boundText(input.message) } : input.message,
          locations: uri === void 0 ? void 0 : input.region ? [{ physicalLocation: { artifactLocation: { uri }, region: input.region } }] : this.sharedLocation(uri),
          partialFingerprints: input.otherFingerprints ? { ...input.otherFingerprints, [FINGERPRINT_KEY]: fingerprint } : (
            // FINGERPRINT_KEY spelled out: a computed key costs a runtime call per literal in V8's first tiers.
            { "srp/v1": fingerprint }
          ),
          properties: score3 === void 0 ? { srp: facts } : { srp: facts, "security-severity": score3 }
        };
        if (uri === void 0) delete result.locations;
        if (input.suppressions && input.suppressions.length > 0) result.suppressions = input.suppressions;
        if (input.baselineState) result.baselineState = input.baselineState;
        this.results.push(result);
        return result;
      }
      build() {
        const driver = {
          name: this.driver.name,
          ...this.driver.fullName ? { fullName: this.driver.fullName } : {},
          ...this.driver.version ? { version: this.driver.version } : {},
          ...this.driver.informationUri ? { informationUri: this.driver.informationUri } : {},
          rules: this.ruleList
        };
        return { tool: { driver }, results: this.results, columnKind: "utf16CodeUnits" };
      }
      /** A rule's level and security-severity follow its worst result (GitHub reads them from the rule). */
      raiseRule(rule, severity, score3, isSecret) {
        const numeric = parseScore(score3) ?? Number.NaN;
        const worse = severityRank(severity) > severityRank(rule.severity);
        if (worse || rule.descriptor.defaultConfiguration === void 0) {
          rule.severity = worse ? severity : rule.severity;
          rule.descriptor.defaultConfiguration = LEVEL_CONFIG[severityToLevel(rule.severity, isSecret)];
        }
        if (score3 !== void 0 && (Number.isNaN(rule.score) || numeric > rule.score)) {
          rule.score = numeric;
          rule.scoreText = score3;
          rule.descriptor.properties["security-severity"] = score3;
        }
      }
      /**
       * Results without a region (package vulnerabilities, licenses) at the same URI share one frozen
       * location array: on a 100k-finding image that saves 400k objects. Frozen, so a stage that tried to
       * edit one result's location in place would fail loudly instead of editing them all.
       */
      sharedLocation(uri) {
        let locations = this.locationCache.get(uri);
        if (locations === void 0) {
          locations = deepFreeze([{ physicalLocation: { artifactLocation: { uri } } }]);
          this.locationCache.set(uri, locations);
        }
        return locations;
      }
      uriFor(path) {
        if (path === void 0) return void 0;
        let uri = this.uriCache.get(path);
        if (uri === void 0 && !this.uriCache.has(path)) {
          uri = pathToUri(path);
          this.uriCache.set(path, uri);
        }
        return uri;
      }
    };
    LEVEL_CONFIG = {
      error: Object.freeze({ level: "error" }),
      warning: Object.freeze({ level: "warning" }),
      note: Object.freeze({ level: "note" }),
      none: Object.freeze({ level: "none" })
    };
    TAGS_CACHE = /* @__PURE__ */ new WeakMap();
    SECURITY_ONLY = Object.freeze(["security"]);
  }
});

// src/sarif/redact.ts
function redactSecret(secret) {
  const chars = Array.from(secret);
  const length = chars.length;
  if (length === 0) return "(empty)";
  const prefix = length >= REDACTION_MIN_LENGTH_FOR_PREFIX ? chars.slice(0, REDACTION_VISIBLE_PREFIX).join("") : "";
  return `${prefix}\u2026(${length} chars)`;
}
var REDACTION_MIN_LENGTH_FOR_PREFIX;
var init_redact = __esm({
  "src/sarif/redact.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    REDACTION_MIN_LENGTH_FOR_PREFIX = 12;
  }
});

// src/readers/gitleaks-json.ts
function addV8(builder, shape, f, at) {
  const ruleId = shape.string(f, "RuleID", at);
  const file = shape.optString(f, "File", at) ?? shape.optString(f, "SymlinkFile", at);
  const startLine = positive(shape.optNumber(f, "StartLine", at));
  const endLine = positive(shape.optNumber(f, "EndLine", at));
  const startColumn = positive(shape.optNumber(f, "StartColumn", at));
  const endColumn = positive(shape.optNumber(f, "EndColumn", at));
  const commit = shape.optString(f, "Commit", at);
  const description = shape.optString(f, "Description", at);
  const raw = shape.optString(f, "Secret", at) ?? shape.optString(f, "Match", at) ?? shape.optString(f, "Context", at);
  const fingerprint = shape.optString(f, "Fingerprint", at) ?? nativeFingerprint(commit, file, ruleId, startLine);
  addSecretFinding(builder, {
    ruleId,
    description,
    path: file !== void 0 ? shape.relPath(file) : void 0,
    startLine,
    endLine,
    startColumn,
    endColumn,
    commit,
    redacted: raw !== void 0 ? redactSecret(raw) : void 0,
    fingerprint
  });
}
function addV7(builder, shape, f, at) {
  const ruleId = shape.string(f, "rule", at);
  const file = shape.optString(f, "file", at);
  const line2 = positive(shape.optNumber(f, "lineNumber", at));
  const commit = shape.optString(f, "commit", at);
  const raw = shape.optString(f, "offender", at) ?? shape.optString(f, "line", at);
  addSecretFinding(builder, {
    ruleId,
    path: file !== void 0 ? shape.relPath(file) : void 0,
    startLine: line2,
    commit,
    redacted: raw !== void 0 ? redactSecret(raw) : void 0,
    fingerprint: nativeFingerprint(commit, file, ruleId, line2)
  });
}
function nativeFingerprint(commit, file, ruleId, line2) {
  const parts = [file ?? "", ruleId, String(line2 ?? 0)];
  return (commit ? [commit, ...parts] : parts).join(":");
}
function addSecretFinding(builder, s) {
  const facts = {
    scanner: "gitleaks",
    kind: "secret",
    severity: GITLEAKS_SEVERITY,
    id: s.ruleId,
    resolution: SECRET_RESOLUTION
  };
  if (s.path !== void 0) facts.path = s.path;
  if (s.description !== void 0) facts.title = s.description;
  if (s.startLine !== void 0) facts.line = s.startLine;
  if (s.fingerprint !== void 0 && s.fingerprint !== "") facts.nativeFingerprint = s.fingerprint;
  if (!builder.hasRule(s.ruleId)) {
    const title = s.description ?? s.ruleId;
    builder.rule({
      id: s.ruleId,
      name: "Secret",
      shortDescription: title,
      fullDescription: `Gitleaks rule ${s.ruleId}: ${title}.`,
      helpText: `Secret ${title}
Gitleaks found a credential. ${SECRET_RESOLUTION}.`,
      helpMarkdown: `**Secret ${title}**

Gitleaks found a credential. ${SECRET_RESOLUTION}.`,
      helpUri: "https://github.com/gitleaks/gitleaks#rules",
      tags: ["secret"]
    });
  }
  const where = `${s.path ?? "unknown file"}${s.startLine ? `:${s.startLine}` : ""}`;
  const commit = s.commit ? ` (commit ${s.commit.slice(0, 12)})` : "";
  const startLine = s.startLine ?? 1;
  const region = {
    startLine,
    ...s.endLine !== void 0 && s.endLine >= startLine ? { endLine: s.endLine } : {},
    ...s.startColumn !== void 0 ? { startColumn: s.startColumn } : {},
    // Gitleaks' columns are inclusive, SARIF's endColumn is exclusive; only keep a consistent pair.
    ...s.startColumn !== void 0 && s.endColumn !== void 0 && (s.endLine ?? startLine) !== startLine ? { endColumn: s.endColumn + 1 } : s.startColumn !== void 0 && s.endColumn !== void 0 && s.endColumn >= s.startColumn ? { endColumn: s.endColumn + 1 } : {}
  };
  builder.add({
    facts,
    message: `Secret ${s.ruleId} in ${where}${commit}${s.redacted ? `: ${s.redacted}` : ""} \u2014 revoke and rotate it`,
    region
  });
}
var GITLEAKS_DRIVER, GITLEAKS_SEVERITY, SECRET_RESOLUTION, V8_KEYS, V7_KEYS, gitleaksJsonReader;
var init_gitleaks_json = __esm({
  "src/readers/gitleaks-json.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_redact();
    init_shape();
    GITLEAKS_DRIVER = { name: "gitleaks", informationUri: "https://github.com/gitleaks/gitleaks" };
    GITLEAKS_SEVERITY = "HIGH";
    SECRET_RESOLUTION = "Revoke and rotate the credential, then remove it from the file and from version control history";
    V8_KEYS = ["RuleID", "Secret", "Match", "Context", "Fingerprint", "StartLine"];
    V7_KEYS = ["offender", "rule", "lineNumber", "leakURL"];
    gitleaksJsonReader = {
      format: "gitleaks-json",
      description: "Gitleaks JSON (v8 array incl. v8.0 Context, v7 lower-camel keys)",
      detect(document2) {
        if (!Array.isArray(document2)) return false;
        if (document2.length === 0) return true;
        const first = document2[0];
        return isRec(first) && (V8_KEYS.some((k) => k in first) || V7_KEYS.some((k) => k in first));
      },
      read(document2, source) {
        const shape = new Shape(source.file, "Gitleaks JSON report", source.root);
        const findings = Array.isArray(document2) ? document2 : shape.fail("$", "an array of findings", document2);
        const builder = new RunBuilder({ ...GITLEAKS_DRIVER }, shape.reportUri());
        for (let i = 0; i < findings.length; i++) {
          const at = `$[${i}]`;
          const f = shape.object(findings[i], at);
          if ("rule" in f || "offender" in f) addV7(builder, shape, f, at);
          else addV8(builder, shape, f, at);
        }
        return [builder.build()];
      }
    };
  }
});

// src/readers/sarif-view.ts
function level(shape, o, at) {
  const value = shape.optString(o, "level", at);
  return value === void 0 || LEVELS.has(value) ? value : shape.fail(`${at}.level`, "one of error, warning, note, none", value, true);
}
function score(shape, properties, at) {
  const value = properties["security-severity"];
  return parseScore(value) ?? shape.fail(`${at}.properties["security-severity"]`, "a score from 0.0 to 10.0", value);
}
function text(shape, o, key, at) {
  if (o === void 0) return void 0;
  const m = shape.optObject(o, key, at);
  return m ? shape.optString(m, "text", `${at}.${key}`) : void 0;
}
function viewRules(shape, component, at) {
  const rules = shape.array(component, "rules", at);
  const views = [];
  for (let i = 0; i < rules.length; i++) {
    const rat = `${at}.rules[${i}]`;
    const r = shape.object(rules[i], rat);
    RULE_KEYS.check(shape, r, rat);
    const properties = shape.optObject(r, "properties", rat) ?? {};
    const help = shape.optObject(r, "help", rat);
    const config = shape.optObject(r, "defaultConfiguration", rat);
    views.push({
      id: shape.string(r, "id", rat),
      raw: r,
      name: shape.optString(r, "name", rat),
      shortDescription: text(shape, r, "shortDescription", rat),
      fullDescription: text(shape, r, "fullDescription", rat),
      helpText: help ? shape.optString(help, "text", `${rat}.help`) : void 0,
      helpMarkdown: help ? shape.optString(help, "markdown", `${rat}.help`) : void 0,
      helpUri: shape.optString(r, "helpUri", rat),
      level: config ? level(shape, config, `${rat}.defaultConfiguration`) : void 0,
      score: score(shape, properties, rat),
      properties,
      tags: Array.isArray(properties.tags) ? properties.tags.filter((t) => typeof t === "string") : []
    });
  }
  return views;
}
function componentView(shape, component, at) {
  const rules = viewRules(shape, component, at);
  const byId = /* @__PURE__ */ new Map();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return { name: shape.optString(component, "name", at), guid: shape.optString(component, "guid", at), rules, byId };
}
function viewCatalog(shape, run3, driver, at) {
  const tool = shape.object(run3.tool, `${at}.tool`);
  const catalog = {
    driver: componentView(shape, driver, `${at}.tool.driver`),
    extensions: shape.array(tool, "extensions", `${at}.tool`).map((e, i) => componentView(shape, shape.object(e, `${at}.tool.extensions[${i}]`), `${at}.tool.extensions[${i}]`))
  };
  const overridden = /* @__PURE__ */ new Map();
  const invocations = shape.array(run3, "invocations", at);
  for (let i = 0; i < invocations.length; i++) {
    const iat = `${at}.invocations[${i}]`;
    const invocation = shape.object(invocations[i], iat);
    const overrides = shape.array(invocation, "ruleConfigurationOverrides", iat);
    for (let j = 0; j < overrides.length; j++) {
      const oat = `${iat}.ruleConfigurationOverrides[${j}]`;
      const o = shape.object(overrides[j], oat);
      const descriptor = shape.object(o.descriptor, `${oat}.descriptor`);
      const rule = resolveRule(shape, catalog, descriptor, void 0, void 0, `${oat}.descriptor`);
      const config = shape.optObject(o, "configuration", oat);
      const value = config ? level(shape, config, `${oat}.configuration`) : void 0;
      if (rule === void 0 || value === void 0) continue;
      const before = overridden.get(rule);
      if (before === void 0 || LEVEL_RANK[value] > LEVEL_RANK[before]) overridden.set(rule, value);
    }
  }
  for (const [rule, value] of overridden) rule.level = value;
  return catalog;
}
function resolveComponent(shape, catalog, ref, at) {
  if (ref === void 0) return catalog.driver;
  const index = shape.optNumber(ref, "index", at);
  const all = [catalog.driver, ...catalog.extensions];
  let found;
  if (index !== void 0) {
    found = Number.isInteger(index) && index >= 0 ? catalog.extensions[index] : void 0;
    if (found === void 0) shape.fail(`${at}.index`, `the index of one of the run's ${catalog.extensions.length} tool.extensions`, index);
    return found;
  }
  const guid = shape.optString(ref, "guid", at);
  if (guid !== void 0) {
    found = all.find((c) => c.guid !== void 0 && c.guid.toLowerCase() === guid.toLowerCase());
    return found ?? shape.fail(`${at}.guid`, "the guid of the run's driver or one of its extensions", guid);
  }
  const name = shape.optString(ref, "name", at);
  if (name !== void 0) {
    found = all.find((c) => c.name === name);
    return found ?? shape.fail(`${at}.name`, "the name of the run's driver or one of its extensions", name);
  }
  return catalog.driver;
}
function resolveRule(shape, catalog, ref, ruleIndex, ruleId, at) {
  const componentRef = ref ? shape.optObject(ref, "toolComponent", at) : void 0;
  const component = resolveComponent(shape, catalog, componentRef, `${at}.toolComponent`);
  const refIndex = ref ? shape.optNumber(ref, "index", at) : void 0;
  const id = ruleId ?? (ref ? shape.optString(ref, "id", at) : void 0);
  const known = (n) => n === -1 ? void 0 : n;
  const a = known(refIndex);
  const b = known(ruleIndex);
  if (a !== void 0 && b !== void 0 && a !== b) shape.fail(`${at}.index`, `the same index as ruleIndex (${b})`, a);
  const index = a ?? b;
  if (index !== void 0) {
    const rule = Number.isInteger(index) && index >= 0 ? component.rules[index] : void 0;
    if (rule === void 0) shape.fail(componentRef || a !== void 0 ? `${at}.index` : `${at.replace(/\.rule$/, "")}.ruleIndex`, `the index of one of the ${component.rules.length} rules of its tool component`, index);
    if (id === void 0 || rule.id === id || id.startsWith(`${rule.id}/`)) return rule;
    return component.byId.get(id) ?? rule;
  }
  if (id === void 0) return void 0;
  if (componentRef !== void 0) {
    return component.byId.get(id) ?? shape.fail(`${at}.id`, "the id of a rule of the tool component it names", id);
  }
  return catalog.driver.byId.get(id) ?? catalog.extensions.map((c) => c.byId.get(id)).find((r) => r !== void 0);
}
function viewResult(shape, catalog, result, at, rawUris = false) {
  const r = shape.object(result, at);
  RESULT_KEYS.check(shape, r, at);
  const ruleIndex = shape.optNumber(r, "ruleIndex", at);
  const ruleRef = shape.optObject(r, "rule", at);
  let ruleId = shape.optString(r, "ruleId", at) ?? (ruleRef ? shape.optString(ruleRef, "id", `${at}.rule`) : void 0);
  const rule = resolveRule(shape, catalog, ruleRef, ruleIndex, ruleId, `${at}.rule`);
  ruleId ??= rule?.id ?? "unknown-rule";
  const messageObj = shape.optObject(r, "message", at);
  let message = messageObj ? shape.optString(messageObj, "text", `${at}.message`) ?? shape.optString(messageObj, "markdown", `${at}.message`) : void 0;
  if (message === void 0 && messageObj && rule) {
    const id = shape.optString(messageObj, "id", `${at}.message`);
    const strings = id ? rule.raw.messageStrings : void 0;
    const entry = isRec(strings) && id ? strings[id] : void 0;
    if (isRec(entry) && typeof entry.text === "string") message = entry.text;
  }
  if (message !== void 0 && messageObj && Array.isArray(messageObj.arguments)) {
    const args = messageObj.arguments;
    let budget = REPORT_TEXT_MAX_CHARS;
    message = message.replace(/\{(\d+)\}/g, (whole, n) => {
      const value = args[Number(n)];
      if (typeof value !== "string" || budget <= 0) return typeof value === "string" ? "" : whole;
      const piece = value.length > budget ? value.slice(0, budget) : value;
      budget -= piece.length;
      return piece;
    });
  }
  let uri;
  let path;
  let region;
  let locationText;
  const locations = shape.array(r, "locations", at);
  const first = locations[0];
  if (first !== void 0) {
    const lat = `${at}.locations[0]`;
    const loc = shape.object(first, lat);
    const locMessage = shape.optObject(loc, "message", lat);
    if (locMessage) locationText = shape.optString(locMessage, "text", `${lat}.message`);
    const physical = shape.optObject(loc, "physicalLocation", lat);
    if (physical) {
      const pat = `${lat}.physicalLocation`;
      const artifact = shape.optObject(physical, "artifactLocation", pat);
      const rawUri = artifact ? shape.optString(artifact, "uri", `${pat}.artifactLocation`) : void 0;
      if (rawUri !== void 0) ({ uri, path } = shape.sarifUri(rawUri, !rawUris));
      const reg = shape.optObject(physical, "region", pat);
      if (reg) {
        const startLine = positive(shape.optNumber(reg, "startLine", `${pat}.region`));
        if (startLine !== void 0) {
          const endLine = positive(shape.optNumber(reg, "endLine", `${pat}.region`));
          const startColumn = positive(shape.optNumber(reg, "startColumn", `${pat}.region`));
          const endColumn = positive(shape.optNumber(reg, "endColumn", `${pat}.region`));
          region = { startLine };
          if (endLine !== void 0 && endLine >= startLine) region.endLine = endLine;
          if (startColumn !== void 0) region.startColumn = startColumn;
          if (endColumn !== void 0 && (startColumn === void 0 || endColumn >= startColumn || (region.endLine ?? startLine) > startLine)) {
            region.endColumn = endColumn;
          }
        }
      }
    }
  }
  const fingerprints = {};
  const pf = shape.optObject(r, "partialFingerprints", at);
  if (pf) {
    for (const [k, v] of Object.entries(pf)) if (typeof v === "string" && k !== "__proto__") fingerprints[k] = v;
  }
  const suppressions = [];
  for (const [i, s] of shape.array(r, "suppressions", at).entries()) {
    const sat = `${at}.suppressions[${i}]`;
    const sup = shape.object(s, sat);
    const kind2 = shape.string(sup, "kind", sat);
    if (kind2 !== "inSource" && kind2 !== "external") shape.fail(`${sat}.kind`, '"inSource" or "external"', kind2);
    const status = shape.optString(sup, "status", sat);
    if (status !== void 0 && status !== "accepted" && status !== "underReview" && status !== "rejected") {
      shape.fail(`${sat}.status`, "one of accepted, underReview, rejected", status, true);
    }
    const justification = shape.optString(sup, "justification", sat);
    const props = shape.optObject(sup, "properties", sat);
    suppressions.push({
      kind: kind2,
      ...status !== void 0 ? { status } : {},
      ...justification ? { justification } : {},
      ...props && props.srpOrigin === "scanner" ? { properties: { srpOrigin: "scanner" } } : {}
    });
  }
  const properties = shape.optObject(r, "properties", at) ?? {};
  const resultScore = score(shape, properties, at);
  const kind = shape.optString(r, "kind", at);
  const ownLevel = level(shape, r, at);
  if (kind !== void 0 && NOT_FAILURES.has(kind) && ownLevel !== void 0 && ownLevel !== "none") {
    shape.fail(`${at}.level`, `"none" or absent for a result of kind "${kind}" (SARIF \xA73.27.10)`, ownLevel, true);
  }
  return {
    ruleId,
    rule,
    message: message ?? ruleId,
    uri,
    path,
    locationText,
    region,
    level: ownLevel ?? rule?.level,
    score: Number.isNaN(resultScore) ? rule?.score ?? Number.NaN : resultScore,
    kind,
    properties,
    partialFingerprints: fingerprints,
    suppressions
  };
}
var LEVELS, NOT_FAILURES, RULE_KEYS, RESULT_KEYS, LEVEL_RANK;
var init_sarif_view = __esm({
  "src/readers/sarif-view.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_severity();
    init_shape();
    LEVELS = /* @__PURE__ */ new Set(["error", "warning", "note", "none"]);
    NOT_FAILURES = /* @__PURE__ */ new Set(["pass", "notApplicable", "informational"]);
    RULE_KEYS = new KeySpelling(["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties", "messageStrings"]);
    RESULT_KEYS = new KeySpelling(["ruleId", "ruleIndex", "rule", "message", "locations", "level", "kind", "properties", "partialFingerprints", "suppressions"]);
    LEVEL_RANK = { none: 0, note: 1, warning: 2, error: 3 };
  }
});

// src/readers/sarif-generic.ts
function isSecretRule(rule) {
  return rule.tags.some((t) => /^secrets?$/i.test(t.trim()));
}
function convertGenericSarifRun(shape, run3, driver, at) {
  const dat = `${at}.tool.driver`;
  const catalog = viewCatalog(shape, run3, driver, at);
  const name = shape.string(driver, "name", dat);
  const version = shape.optString(driver, "version", dat) ?? shape.optString(driver, "semanticVersion", dat);
  const fullName = shape.optString(driver, "fullName", dat);
  const informationUri = shape.optString(driver, "informationUri", dat);
  const driverInfo = {
    name,
    ...fullName ? { fullName } : {},
    ...version ? { version } : {},
    ...informationUri ? { informationUri } : {}
  };
  const builder = new RunBuilder(driverInfo, shape.reportUri());
  const scanner = name.toLowerCase();
  const results = shape.array(run3, "results", at);
  for (let i = 0; i < results.length; i++) {
    const v = viewResult(shape, catalog, results[i], `${at}.results[${i}]`);
    if (v.kind !== void 0 && NOT_FAILURES.has(v.kind)) continue;
    const score3 = v.score;
    const severity = score3 > 0 ? scoreToSeverity(score3) : levelToSeverity(v.level ?? "warning");
    const secret = v.rule !== void 0 && isSecretRule(v.rule);
    const facts = { scanner, kind: secret ? "secret" : "code", severity, id: v.ruleId };
    if (v.path !== void 0) facts.path = v.path;
    if (v.region) facts.line = v.region.startLine;
    const title = v.rule?.shortDescription ?? v.rule?.name;
    if (title !== void 0) facts.title = title;
    if (secret) facts.resolution = SECRET_RESOLUTION;
    if (v.rule && secret && !builder.hasRule(v.rule.id)) {
      builder.rule({
        id: v.rule.id,
        ...v.rule.name ? { name: v.rule.name } : {},
        shortDescription: v.rule.shortDescription ?? v.rule.name ?? v.rule.id,
        fullDescription: `Secret detected by ${name} rule ${v.rule.id}.`,
        helpText: `Secret ${title ?? v.rule.id}
${SECRET_RESOLUTION}.`,
        ...v.rule.helpUri ? { helpUri: v.rule.helpUri } : {},
        tags: v.rule.tags.filter((t) => t !== "security")
      });
    } else if (v.rule && !builder.hasRule(v.rule.id)) {
      builder.rule({
        id: v.rule.id,
        ...v.rule.name ? { name: v.rule.name } : {},
        shortDescription: v.rule.shortDescription ?? v.rule.name ?? v.rule.id,
        ...v.rule.fullDescription ? { fullDescription: v.rule.fullDescription } : {},
        helpText: v.rule.helpText ?? v.rule.fullDescription ?? v.rule.shortDescription ?? v.rule.id,
        ...v.rule.helpMarkdown ? { helpMarkdown: v.rule.helpMarkdown } : {},
        ...v.rule.helpUri ? { helpUri: v.rule.helpUri } : {},
        tags: v.rule.tags.filter((t) => t !== "security")
      });
    }
    const others = {};
    for (const [k, value] of Object.entries(v.partialFingerprints)) if (KEEP_FINGERPRINT.test(k) && k !== "srp/v1") others[k] = value;
    builder.add({
      facts,
      message: secret ? `Secret ${v.ruleId}${title ? ` (${title})` : ""} in ${v.path ?? "unknown file"}${v.region ? `:${v.region.startLine}` : ""} (${severity}) \u2014 revoke and rotate it` : v.message,
      ...v.uri !== void 0 ? { uri: v.uri } : {},
      ...v.region ? { region: v.region } : {},
      ...score3 > 0 ? { securitySeverity: String(v.properties["security-severity"] ?? v.rule?.properties["security-severity"]) } : {},
      ...Object.keys(others).length > 0 ? { otherFingerprints: others } : {},
      ...v.suppressions.length > 0 ? { suppressions: v.suppressions } : {}
    });
  }
  return builder.build();
}
var KEEP_FINGERPRINT;
var init_sarif_generic = __esm({
  "src/readers/sarif-generic.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_severity();
    init_gitleaks_json();
    init_sarif_view();
    init_shape();
    KEEP_FINGERPRINT = /^[A-Za-z0-9_./-]+$/;
  }
});

// src/readers/gitleaks-sarif.ts
function isGitleaksRun(driverName) {
  return driverName.toLowerCase().includes("gitleaks");
}
function snippetOf(result) {
  if (!isRec(result) || !Array.isArray(result.locations)) return void 0;
  const loc = result.locations[0];
  const region = isRec(loc) && isRec(loc.physicalLocation) ? loc.physicalLocation.region : void 0;
  const snippet = isRec(region) ? region.snippet : void 0;
  return isRec(snippet) && typeof snippet.text === "string" && snippet.text !== "" ? snippet.text : void 0;
}
function convertGitleaksSarifRun(shape, run3, driver, at) {
  const catalog = viewCatalog(shape, run3, driver, at);
  const version = shape.optString(driver, "version", `${at}.tool.driver`);
  const builder = new RunBuilder({ ...GITLEAKS_DRIVER, ...version ? { version } : {} }, shape.reportUri());
  const results = shape.array(run3, "results", at);
  for (let i = 0; i < results.length; i++) {
    const v = viewResult(shape, catalog, results[i], `${at}.results[${i}]`, true);
    const snippet = snippetOf(results[i]);
    const commit = v.partialFingerprints.commitSha;
    addSecretFinding(builder, {
      ruleId: v.ruleId,
      description: v.rule?.shortDescription,
      path: v.path,
      startLine: v.region?.startLine,
      endLine: v.region?.endLine,
      startColumn: v.region?.startColumn,
      endColumn: v.region?.endColumn !== void 0 ? v.region.endColumn : void 0,
      commit,
      redacted: snippet !== void 0 ? redactSecret(snippet) : void 0,
      fingerprint: nativeFingerprint(commit, v.path, v.ruleId, v.region?.startLine)
    });
  }
  return builder.build();
}
var init_gitleaks_sarif = __esm({
  "src/readers/gitleaks-sarif.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_redact();
    init_gitleaks_json();
    init_sarif_view();
    init_shape();
  }
});

// src/readers/srp-sarif.ts
function isSrpRun(run3) {
  const results = run3.results;
  if (!Array.isArray(results) || results.length === 0) return false;
  const first = results[0];
  return isRec(first) && isRec(first.properties) && isRec(first.properties.srp);
}
function readFacts(shape, value, at) {
  const o = shape.object(value, at);
  const kind = shape.string(o, "kind", at);
  if (!FINDING_KINDS.includes(kind)) shape.fail(`${at}.kind`, `one of ${FINDING_KINDS.join(", ")}`, kind);
  const severity = shape.string(o, "severity", at);
  if (!SEVERITIES.includes(severity)) shape.fail(`${at}.severity`, `one of ${SEVERITIES.join(", ")}`, severity);
  const facts = {
    scanner: shape.string(o, "scanner", at),
    kind,
    severity,
    id: shape.string(o, "id", at)
  };
  for (const key of OPTIONAL_STRINGS) {
    const v = shape.optString(o, key, at);
    if (v !== void 0) facts[key] = v;
  }
  const line2 = positive(shape.optNumber(o, "line", at));
  if (line2 !== void 0) facts.line = line2;
  const aliases = shape.array(o, "aliases", at).filter((a) => typeof a === "string");
  if (aliases.length > 0) facts.aliases = aliases;
  return facts;
}
function ruleInput(rule) {
  return {
    id: rule.id,
    ...rule.name ? { name: rule.name } : {},
    shortDescription: rule.shortDescription ?? rule.id,
    ...rule.fullDescription ? { fullDescription: rule.fullDescription } : {},
    helpText: rule.helpText ?? rule.shortDescription ?? rule.id,
    ...rule.helpMarkdown ? { helpMarkdown: rule.helpMarkdown } : {},
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    tags: rule.tags.filter((t) => t !== "security")
  };
}
function convertSrpRun(shape, run3, driver, at) {
  const dat = `${at}.tool.driver`;
  const catalog = viewCatalog(shape, run3, driver, at);
  const rules = catalog.driver.rules;
  const version = shape.optString(driver, "version", dat);
  const fullName = shape.optString(driver, "fullName", dat);
  const informationUri = shape.optString(driver, "informationUri", dat);
  const driverInfo = {
    name: shape.string(driver, "name", dat),
    ...fullName ? { fullName } : {},
    ...version ? { version } : {},
    ...informationUri ? { informationUri } : {}
  };
  const builder = new RunBuilder(driverInfo, shape.reportUri());
  for (const rule of rules) builder.rule(ruleInput(rule));
  const results = shape.array(run3, "results", at);
  for (let i = 0; i < results.length; i++) {
    const rat = `${at}.results[${i}]`;
    const raw = results[i];
    if (isRec(raw) && raw.baselineState === "absent") continue;
    const v = viewResult(shape, catalog, raw, rat);
    const facts = readFacts(shape, v.properties.srp, `${rat}.properties.srp`);
    const fingerprint = v.partialFingerprints[FINGERPRINT_KEY];
    const { [FINGERPRINT_KEY]: _own, ...others } = v.partialFingerprints;
    const kept = v.suppressions.filter((s) => isRec(s.properties) && s.properties.srpOrigin === "scanner");
    const score3 = v.properties["security-severity"];
    builder.add({
      facts,
      ruleId: v.ruleId,
      message: v.message,
      ...v.uri !== void 0 ? { uri: v.uri } : {},
      ...v.region ? { region: v.region } : {},
      ...typeof score3 === "string" ? { securitySeverity: score3 } : {},
      ...fingerprint !== void 0 ? { fingerprint } : {},
      ...Object.keys(others).length > 0 ? { otherFingerprints: others } : {},
      ...kept.length > 0 ? { suppressions: kept } : {}
    });
  }
  return builder.build();
}
var OPTIONAL_STRINGS;
var init_srp_sarif = __esm({
  "src/readers/srp-sarif.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_model();
    init_sarif_view();
    init_shape();
    OPTIONAL_STRINGS = ["path", "target", "package", "installedVersion", "fixedVersion", "status", "resolution", "title", "nativeFingerprint"];
  }
});

// src/readers/trivy-licenses.ts
function addTrivyLicense(builder, shape, l, at, t, suppression) {
  LICENSE_KEYS.check(shape, l, at);
  const name = shape.string(l, "Name", at);
  const pkg = shape.optString(l, "PkgName", at);
  const category = shape.optString(l, "Category", at);
  const filePath = shape.optString(l, "FilePath", at);
  const link = shape.optString(l, "Link", at);
  const facts = {
    scanner: "trivy",
    kind: "license",
    severity: shape.severity(l, "Severity", at),
    id: name,
    path: (filePath !== void 0 ? shape.relPath(filePath) : void 0) ?? t.path,
    title: `License ${name}${category ? ` (${category})` : ""}`
  };
  if (t.target !== void 0) facts.target = t.target;
  if (pkg !== void 0) facts.package = pkg;
  if (!builder.hasRule(name)) {
    builder.rule({
      id: name,
      name: "License",
      shortDescription: facts.title,
      helpText: `License ${name}${category ? `
Classification: ${category}` : ""}
Check that this license is acceptable for the release.`,
      ...link ? { helpUri: link } : {},
      tags: ["license", ...category ? [category] : []]
    });
  }
  builder.add({
    facts,
    message: `License ${name}${category ? ` (${category})` : ""} in ${pkg ?? facts.path} (${facts.severity})`,
    ...suppression ? { suppressions: [suppression] } : {}
  });
}
var LICENSE_KEYS;
var init_trivy_licenses = __esm({
  "src/readers/trivy-licenses.ts"() {
    "use strict";
    init_cjs_shims();
    init_shape();
    LICENSE_KEYS = new KeySpelling(["Name", "PkgName", "Category", "FilePath", "Link", "Severity"], ["Text", "Confidence"]);
  }
});

// src/readers/trivy-findings.ts
function addTrivyResult(builder, shape, result, at, ctx = {}) {
  RESULT_KEYS2.check(shape, result, at);
  const rawTarget = result.Target;
  if (typeof rawTarget !== "string") shape.fail(`${at}.Target`, "a string", rawTarget);
  const target = rawTarget !== "" ? rawTarget : ctx.artifactName;
  const type = shape.optString(result, "Type", at);
  const cls = shape.optString(result, "Class", at) ?? guessClass(result, target, type);
  const t = locate(shape, target, cls, ctx);
  const vulns = shape.array(result, "Vulnerabilities", at);
  if (vulns.length > 0 && t.isFile) t.packageLines = packageLines(shape, result, at);
  const vulnsAt = `${at}.Vulnerabilities`;
  for (let i = 0; i < vulns.length; i++) {
    const v = vulns[i];
    if (!isRec(v)) shape.fail(`${vulnsAt}[${i}]`, "an object", v);
    addVulnerability(builder, shape, v, vulnsAt, i, t);
  }
  const misconfs = shape.array(result, "Misconfigurations", at);
  for (let i = 0; i < misconfs.length; i++) {
    const m = shape.object(misconfs[i], `${at}.Misconfigurations[${i}]`);
    addMisconfiguration(builder, shape, m, `${at}.Misconfigurations[${i}]`, t, type);
  }
  const secrets = shape.array(result, "Secrets", at);
  for (let i = 0; i < secrets.length; i++) {
    const s = shape.object(secrets[i], `${at}.Secrets[${i}]`);
    addSecret(builder, shape, s, `${at}.Secrets[${i}]`, t);
  }
  const licenses = shape.array(result, "Licenses", at);
  for (let i = 0; i < licenses.length; i++) {
    const l = shape.object(licenses[i], `${at}.Licenses[${i}]`);
    addTrivyLicense(builder, shape, l, `${at}.Licenses[${i}]`, t);
  }
  const modified = shape.array(result, "ExperimentalModifiedFindings", at);
  for (let i = 0; i < modified.length; i++) {
    const mat = `${at}.ExperimentalModifiedFindings[${i}]`;
    const m = shape.object(modified[i], mat);
    const finding = shape.object(m.Finding, `${mat}.Finding`);
    const suppression = vexSuppression(shape, m, mat);
    const kind = (shape.optString(m, "Type", mat) ?? "vulnerability").toLowerCase();
    if (kind === "misconfiguration") addMisconfiguration(builder, shape, finding, `${mat}.Finding`, t, type, suppression);
    else if (kind === "secret") addSecret(builder, shape, finding, `${mat}.Finding`, t, suppression);
    else if (kind === "license") addTrivyLicense(builder, shape, finding, `${mat}.Finding`, t, suppression);
    else addVulnerability(builder, shape, finding, `${mat}.Finding`, void 0, t, suppression);
  }
}
function guessClass(result, target, type) {
  if (result.Secrets) return "secret";
  if (result.Misconfigurations) return "config";
  if (result.Licenses) return "license";
  if (type !== void 0 && OS_TYPES.has(type.toLowerCase()) || target !== void 0 && /\([a-z.-]+ [\w.-]+\)$/i.test(target)) return "os-pkgs";
  return "lang-pkgs";
}
function locate(shape, target, cls, ctx) {
  if (ctx.resourcePath !== void 0) return { target, cls, path: ctx.resourcePath, isFile: false, packageLines: void 0 };
  if (cls === "os-pkgs" || target === void 0 || LANGUAGE_TARGETS.has(target)) {
    return { target, cls, path: cls, isFile: false, packageLines: void 0 };
  }
  return { target, cls, path: shape.relPath(target) ?? cls, isFile: true, packageLines: void 0 };
}
function packageLines(shape, result, at) {
  const packages = shape.array(result, "Packages", at);
  if (packages.length === 0) return void 0;
  const lines2 = /* @__PURE__ */ new Map();
  for (const p of packages) {
    if (!isRec(p) || typeof p.Name !== "string" || !Array.isArray(p.Locations)) continue;
    const first = p.Locations[0];
    if (!isRec(first)) continue;
    const startLine = positive(typeof first.StartLine === "number" ? first.StartLine : void 0);
    if (startLine === void 0) continue;
    const endLine = positive(typeof first.EndLine === "number" ? first.EndLine : void 0);
    lines2.set(`${p.Name}@${typeof p.Version === "string" ? p.Version : ""}`, endLine !== void 0 && endLine >= startLine ? { startLine, endLine } : { startLine });
  }
  return lines2;
}
function cvssScore(shape, v, at, index) {
  const cvss = shape.optObject(v, "CVSS", at, index);
  if (cvss === void 0) return void 0;
  const source = typeof v.SeveritySource === "string" ? v.SeveritySource : void 0;
  const entry = source !== void 0 ? cvss[source] : void 0;
  if (!isRec(entry)) return void 0;
  const score3 = typeof entry.V3Score === "number" ? entry.V3Score : entry.V40Score;
  return typeof score3 === "number" && score3 > 0 ? score3 : void 0;
}
function addVulnerability(builder, shape, v, at, index, t, suppression) {
  VULNERABILITY_KEYS.check(shape, v, at, index);
  const id = shape.string(v, "VulnerabilityID", at, index);
  const pkg = shape.optString(v, "PkgName", at, index);
  const installed = shape.optString(v, "InstalledVersion", at, index);
  const fixed = shape.optString(v, "FixedVersion", at, index);
  const status = shape.optString(v, "Status", at, index);
  const rawTitle = shape.optString(v, "Title", at, index);
  const title = rawTitle !== void 0 ? boundText(rawTitle) : void 0;
  const pkgPath = shape.optString(v, "PkgPath", at, index);
  const severity = shape.severity(v, "Severity", at, index);
  const facts = {
    scanner: "trivy",
    kind: "vulnerability",
    severity,
    id,
    path: (pkgPath !== void 0 && t.cls !== "os-pkgs" ? shape.relPath(pkgPath) : void 0) ?? t.path,
    target: t.target,
    package: pkg,
    installedVersion: installed,
    fixedVersion: fixed,
    status,
    title
  };
  const region = pkg !== void 0 && t.packageLines !== void 0 && pkgPath === void 0 ? t.packageLines.get(`${pkg}@${installed ?? ""}`) : void 0;
  if (region !== void 0) facts.line = region.startLine;
  if (!builder.hasRule(id)) {
    const rawDescription = shape.optString(v, "Description", at, index);
    const description = rawDescription !== void 0 ? boundText(rawDescription) : void 0;
    const url = shape.optString(v, "PrimaryURL", at, index);
    builder.rule({
      id,
      name: t.cls === "os-pkgs" ? "OsPackageVulnerability" : "LanguageSpecificPackageVulnerability",
      shortDescription: title ?? id,
      fullDescription: description ?? title ?? id,
      helpText: "",
      help: new VulnerabilityHelp(id, title, description, url),
      helpUri: url,
      tags: t.cls === "os-pkgs" ? OS_VULN_TAGS : LANG_VULN_TAGS
    });
  }
  builder.add({
    facts,
    message: new LazyMessage(vulnerabilityMessage, facts),
    region,
    cvssScore: cvssScore(shape, v, at, index),
    // No spread: one object shape for every call (add() ignores undefined suppressions).
    suppressions: suppression ? [suppression] : void 0
  });
}
function vulnerabilityMessage(f) {
  const subject = f.package ? f.installedVersion ? `${f.package} ${f.installedVersion}` : f.package : f.installedVersion ?? "package";
  const fix = f.fixedVersion ? ` \u2192 fixed in ${f.fixedVersion}` : `, no fixed version${f.status ? ` (${f.status})` : ""}`;
  return `${f.id}: ${subject}${fix} (${f.severity})${f.title ? ` \u2014 ${f.title}` : ""}`;
}
function addMisconfiguration(builder, shape, m, at, t, type, suppression) {
  MISCONFIGURATION_KEYS.check(shape, m, at);
  const status = shape.optString(m, "Status", at)?.toUpperCase();
  if (status !== void 0 && status !== "FAIL") {
    if (status === "PASS" || status === "EXCEPTION") return;
    shape.fail(`${at}.Status`, "FAIL, PASS or EXCEPTION", m.Status, true);
  }
  const avdId = shape.optString(m, "AVDID", at);
  const id = shape.optString(m, "ID", at) ?? avdId ?? shape.string(m, "ID", at);
  const title = shape.optString(m, "Title", at);
  const detail = shape.optString(m, "Message", at);
  const resolution = shape.optString(m, "Resolution", at);
  const cause = shape.optObject(m, "CauseMetadata", at);
  const startLine = cause ? positive(shape.optNumber(cause, "StartLine", `${at}.CauseMetadata`)) : void 0;
  const endLine = cause ? positive(shape.optNumber(cause, "EndLine", `${at}.CauseMetadata`)) : void 0;
  const facts = { scanner: "trivy", kind: "misconfiguration", severity: shape.severity(m, "Severity", at), id, path: t.path };
  if (t.target !== void 0) facts.target = t.target;
  if (title !== void 0) facts.title = title;
  if (resolution !== void 0) facts.resolution = resolution;
  facts.line = startLine ?? 1;
  if (avdId !== void 0 && avdId !== id) facts.aliases = [avdId];
  if (!builder.hasRule(id)) {
    const description = shape.optString(m, "Description", at);
    const url = shape.optString(m, "PrimaryURL", at);
    builder.rule({
      id,
      name: "Misconfiguration",
      shortDescription: title ?? id,
      fullDescription: description ?? title ?? id,
      helpText: `Misconfiguration ${id}${type ? ` (${type})` : ""}: ${title ?? ""}
${description ?? ""}${resolution ? `
Resolution: ${resolution}` : ""}${url ? `
More: ${url}` : ""}`,
      helpMarkdown: `**Misconfiguration ${id}**${title ? `: ${title}` : ""}

${description ?? ""}${resolution ? `

**Resolution:** ${resolution}` : ""}${url ? `

[${id}](${url})` : ""}`,
      ...url ? { helpUri: url } : {},
      tags: ["misconfiguration", ...type ? [type] : []]
    });
  }
  builder.add({
    facts,
    message: `${id}: ${detail ?? title ?? "misconfiguration"} (${facts.severity})${resolution ? ` \u2014 fix: ${resolution}` : ""}`,
    region: { startLine: startLine ?? 1, ...endLine !== void 0 && endLine >= (startLine ?? 1) ? { endLine } : {} },
    ...suppression ? { suppressions: [suppression] } : {}
  });
}
function addSecret(builder, shape, s, at, t, suppression) {
  SECRET_KEYS.check(shape, s, at);
  const id = shape.string(s, "RuleID", at);
  const title = shape.optString(s, "Title", at);
  const category = shape.optString(s, "Category", at);
  const startLine = positive(shape.optNumber(s, "StartLine", at));
  const endLine = positive(shape.optNumber(s, "EndLine", at));
  const facts = {
    scanner: "trivy",
    kind: "secret",
    severity: shape.severity(s, "Severity", at),
    id,
    path: t.path,
    resolution: "Revoke and rotate the credential, then remove it from the file and from version control history"
  };
  if (t.target !== void 0) facts.target = t.target;
  if (title !== void 0) facts.title = title;
  facts.line = startLine ?? 1;
  if (!builder.hasRule(id)) {
    builder.rule({
      id,
      name: "Secret",
      shortDescription: title ?? id,
      fullDescription: `Secret detected by Trivy rule ${id}${category ? ` (category ${category})` : ""}.`,
      helpText: `Secret ${title ?? id}
A credential was found in the scanned files. Revoke and rotate it, then remove it from the file and from version control history.`,
      helpMarkdown: `**Secret ${title ?? id}**

A credential was found in the scanned files. Revoke and rotate it, then remove it from the file and from version control history.`,
      helpUri: TRIVY_SECRET_RULES_URI,
      tags: ["secret", ...category ? [category] : []]
    });
  }
  builder.add({
    facts,
    message: `Secret ${id}${title ? ` (${title})` : ""} in ${t.path}${startLine ? `:${startLine}` : ""} (${facts.severity}) \u2014 revoke and rotate it`,
    region: { startLine: startLine ?? 1, ...endLine !== void 0 && endLine >= (startLine ?? 1) ? { endLine } : {} },
    ...suppression ? { suppressions: [suppression] } : {}
  });
}
function vexSuppression(shape, m, at) {
  const given = shape.optString(m, "Status", at);
  const status = given?.trim().toLowerCase();
  if (status === void 0 || !VEX_SUPPRESSING.has(status)) shape.fail(`${at}.Status`, "one of not_affected, fixed, ignored (a status that suppresses)", given, true);
  const statement = shape.optString(m, "Statement", at);
  const source = shape.optString(m, "Source", at);
  return {
    kind: "external",
    status: "accepted",
    justification: `Trivy suppressed it (${status}${statement ? `: ${statement}` : ""}${source ? `, from ${source}` : ""})`,
    properties: { srpOrigin: "scanner" }
  };
}
var TRIVY_DRIVER, TRIVY_SECRET_RULES_URI, LANGUAGE_TARGETS, OS_VULN_TAGS, LANG_VULN_TAGS, RESULT_KEYS2, VULNERABILITY_KEYS, MISCONFIGURATION_KEYS, SECRET_KEYS, OS_TYPES, VulnerabilityHelp, VEX_SUPPRESSING, TRIVY_KINDS;
var init_trivy_findings = __esm({
  "src/readers/trivy-findings.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_bounds();
    init_shape();
    init_trivy_licenses();
    TRIVY_DRIVER = {
      name: "trivy",
      fullName: "Trivy Vulnerability Scanner",
      informationUri: "https://github.com/aquasecurity/trivy"
    };
    TRIVY_SECRET_RULES_URI = "https://github.com/aquasecurity/trivy/blob/main/pkg/fanal/secret/builtin-rules.go";
    LANGUAGE_TARGETS = /* @__PURE__ */ new Set(["Java", "Node.js", "Python", "Ruby", "PHP", ".NET", "Rust", "Go", "Dart", "Elixir", "Swift", "Conan", "Julia", "C/C++", "Bitnami"]);
    OS_VULN_TAGS = ["vulnerability", "os-pkgs"];
    LANG_VULN_TAGS = ["vulnerability", "lang-pkgs"];
    RESULT_KEYS2 = new KeySpelling(
      ["Target", "Class", "Type", "Vulnerabilities", "Misconfigurations", "Secrets", "Licenses", "Packages", "ExperimentalModifiedFindings"],
      ["MisconfSummary", "CustomResources"]
    );
    VULNERABILITY_KEYS = new KeySpelling(
      ["VulnerabilityID", "PkgName", "InstalledVersion", "FixedVersion", "Status", "Title", "PkgPath", "Severity", "Description", "PrimaryURL", "CVSS", "SeveritySource"],
      ["PkgID", "PkgIdentifier", "Layer", "DataSource", "Fingerprint", "CweIDs", "VendorSeverity", "References", "PublishedDate", "LastModifiedDate", "VendorIDs", "Custom"]
    );
    MISCONFIGURATION_KEYS = new KeySpelling(
      ["ID", "AVDID", "Title", "Description", "Message", "Resolution", "Severity", "PrimaryURL", "Status", "CauseMetadata"],
      ["Type", "Namespace", "Query", "References", "Layer"]
    );
    SECRET_KEYS = new KeySpelling(["RuleID", "Category", "Severity", "Title", "StartLine", "EndLine"], ["Code", "Match", "Offset", "Layer"]);
    OS_TYPES = /* @__PURE__ */ new Set(["alpine", "alma", "amazon", "azurelinux", "bottlerocket", "cbl-mariner", "centos", "chainguard", "debian", "echo", "fedora", "minimos", "opensuse", "opensuse.leap", "opensuse.tumbleweed", "oracle", "photon", "redhat", "rocky", "sles", "suse linux enterprise server", "ubuntu", "wolfi"]);
    VulnerabilityHelp = class extends LazyHelp {
      // Private fields: invisible to for-in and Object.keys, so schema checks see only text/markdown.
      #id;
      #title;
      #description;
      #url;
      constructor(id, title, description, url) {
        super();
        this.#id = id;
        this.#title = title;
        this.#description = description;
        this.#url = url;
      }
      get text() {
        const url = this.#url;
        return `Vulnerability ${this.#id}: ${this.#title ?? ""}
${this.#description ?? ""}${url ? `
More: ${url}` : ""}`;
      }
      get markdown() {
        const title = this.#title;
        const url = this.#url;
        return `**Vulnerability ${this.#id}**${title ? `: ${title}` : ""}

${this.#description ?? ""}${url ? `

[${this.#id}](${url})` : ""}`;
      }
    };
    VEX_SUPPRESSING = /* @__PURE__ */ new Set(["not_affected", "fixed", "ignored"]);
    TRIVY_KINDS = /* @__PURE__ */ new Map([
      ["OsPackageVulnerability", "vulnerability"],
      ["LanguageSpecificPackageVulnerability", "vulnerability"],
      ["Misconfiguration", "misconfiguration"],
      ["Secret", "secret"],
      ["License", "license"]
    ]);
  }
});

// src/readers/trivy-sarif.ts
function isTrivyRun(driverName) {
  return driverName.toLowerCase() === "trivy";
}
function line(text3, label) {
  if (text3 === void 0) return void 0;
  const start = text3.indexOf(`${label}: `);
  if (start === -1 || start > 0 && text3[start - 1] !== "\n") return void 0;
  const from = start + label.length + 2;
  const end = text3.indexOf("\n", from);
  const value = (end === -1 ? text3.slice(from) : text3.slice(from, end)).trim();
  return value === "" ? void 0 : value;
}
function lines(text3, label) {
  if (text3 === void 0) return [];
  const values = [];
  for (const row2 of text3.split("\n")) {
    if (!row2.startsWith(`${label}: `)) continue;
    const value = row2.slice(label.length + 2).trim();
    if (value !== "") values.push(value);
  }
  return values;
}
function severityOf(shape, at, message, rule, bracket, level2) {
  const stated = [];
  for (const word of lines(message, "Severity")) stated.push(severityWord(word) ?? shape.fail(`${at}.message.text (its "Severity:" line)`, SEVERITY_WORDS, word, true));
  if (bracket !== void 0) stated.push(severityWord(bracket) ?? shape.fail(`${at}.ruleId (its "[SEVERITY]" prefix)`, SEVERITY_WORDS, bracket, true));
  for (const tag of rule?.tags ?? []) if (isSeverityWord(tag)) stated.push(severityWord(tag));
  for (const word of lines(rule?.helpText, "Severity")) stated.push(severityWord(word) ?? shape.fail(`${at} (its rule's help "Severity:" line)`, SEVERITY_WORDS, word, true));
  if (stated.length > 0) return stated.reduce((worst, s) => severityRank(s) > severityRank(worst) ? s : worst);
  if (rule !== void 0 && rule.score > 0) return scoreToSeverity(rule.score);
  return level2 === void 0 ? "UNKNOWN" : levelToSeverity(level2);
}
function trivyPath(shape, v, packageSuffix) {
  const text3 = v.locationText;
  if (text3 === void 0) return v.path;
  if (packageSuffix === void 0) return shape.relPath(text3);
  return text3.endsWith(packageSuffix) ? shape.relPath(text3.slice(0, -packageSuffix.length)) : v.path;
}
function kindOf(rule, message) {
  const tags = rule?.tags ?? [];
  if (rule?.name === "Secret" || tags.includes("secret") || line(message, "Match") !== void 0) return "secret";
  const named = rule?.name !== void 0 ? TRIVY_KINDS.get(rule.name) : void 0;
  if (named !== void 0) return named;
  const tagged = tags.find((t) => KIND_TAGS.has(t));
  return tagged ?? "vulnerability";
}
function convertTrivySarifRun(shape, run3, driver, at) {
  const catalog = viewCatalog(shape, run3, driver, at);
  const version = shape.optString(driver, "version", `${at}.tool.driver`);
  const builder = new RunBuilder({ ...TRIVY_DRIVER, ...version ? { version } : {} }, shape.reportUri());
  const results = shape.array(run3, "results", at);
  for (let i = 0; i < results.length; i++) {
    const v = viewResult(shape, catalog, results[i], `${at}.results[${i}]`);
    const bracket = /^\[([A-Za-z]+)\]\s+(.+)$/.exec(v.ruleId);
    const id = bracket?.[2] ?? v.ruleId;
    const rule = v.rule;
    const kind = kindOf(rule, v.message);
    const severity = severityOf(shape, `${at}.results[${i}]`, v.message, rule, bracket?.[1], v.level);
    const facts = { scanner: "trivy", kind, severity, id };
    const pkg = kind === "vulnerability" ? line(v.message, "Package") ?? line(rule?.helpText, "Package") : void 0;
    const installed = kind === "vulnerability" ? line(v.message, "Installed Version") ?? line(rule?.helpText, "Installed Version") : void 0;
    const path = trivyPath(shape, v, kind === "vulnerability" ? `: ${pkg ?? ""}@${installed ?? ""}` : void 0);
    if (path !== void 0) facts.target = path;
    const title = rule?.shortDescription && rule.shortDescription !== id ? rule.shortDescription : void 0;
    const cvss = parseScore(rule?.properties["cvssv3_baseScore"] ?? rule?.properties["security-severity"]) ?? Number.NaN;
    let message;
    if (kind === "vulnerability") {
      facts.path = rule?.name === "OsPackageVulnerability" ? "os-pkgs" : path ?? "lang-pkgs";
      const fixed = line(v.message, "Fixed Version") ?? line(rule?.helpText, "Fixed Version");
      if (pkg !== void 0) facts.package = pkg;
      if (v.region && !(v.region.startLine === 1 && (v.region.endLine ?? 1) === 1)) facts.line = v.region.startLine;
      if (installed !== void 0) facts.installedVersion = installed;
      if (fixed !== void 0) facts.fixedVersion = fixed;
      const fullTitle = title ?? rule?.fullDescription;
      if (fullTitle !== void 0) facts.title = fullTitle.split("\n", 1)[0];
      message = vulnerabilityMessage(facts);
    } else if (kind === "secret") {
      if (path !== void 0) facts.path = path;
      if (v.region) facts.line = v.region.startLine;
      const secretTitle = line(v.message, "Secret") ?? title;
      if (secretTitle !== void 0) facts.title = secretTitle;
      facts.resolution = SECRET_RESOLUTION;
      message = `Secret ${id}${secretTitle ? ` (${secretTitle})` : ""} in ${path ?? "unknown file"}${v.region ? `:${v.region.startLine}` : ""} (${severity}) \u2014 revoke and rotate it`;
    } else if (kind === "license") {
      const cut = id.lastIndexOf(":");
      if (cut > 0) {
        facts.package = id.slice(0, cut);
        facts.id = id.slice(cut + 1);
      }
      const filePath = line(v.message, " Path");
      facts.path = (filePath !== void 0 ? shape.relPath(filePath) : void 0) ?? (path !== void 0 && !LANGUAGE_TARGETS.has(path) ? path : "license");
      const classification = line(v.message, " Classification") ?? line(v.message, "Classification");
      facts.title = `License ${facts.id}${classification ? ` (${classification})` : ""}`;
      message = `${facts.title} in ${facts.package ?? facts.path} (${severity})`;
    } else {
      if (path !== void 0) facts.path = path;
      if (v.region) facts.line = v.region.startLine;
      if (title !== void 0) facts.title = title;
      const detail = line(v.message, "Message");
      message = `${id}: ${detail ?? title ?? "misconfiguration"} (${severity})`;
    }
    if (!builder.hasRule(facts.id)) {
      const secret = kind === "secret";
      builder.rule({
        id: facts.id,
        ...rule?.name ? { name: rule.name } : {},
        shortDescription: facts.title ?? facts.id,
        // Trivy's fullDescription and help for secrets hold the Match line: never copied.
        fullDescription: secret ? `Secret detected by Trivy rule ${facts.id}.` : rule?.fullDescription ?? facts.title ?? facts.id,
        // Vulnerability help is rebuilt too: Trivy's names one package although the rule covers all.
        helpText: secret ? `Secret ${facts.title ?? facts.id}
${SECRET_RESOLUTION}.` : kind === "vulnerability" ? `Vulnerability ${facts.id}: ${facts.title ?? ""}
${rule?.fullDescription ?? ""}${rule?.helpUri ? `
More: ${rule.helpUri}` : ""}` : rule?.helpText ?? facts.title ?? facts.id,
        ...!secret && kind !== "vulnerability" && rule?.helpMarkdown ? { helpMarkdown: rule.helpMarkdown } : {},
        ...rule?.helpUri ? { helpUri: rule.helpUri } : {},
        tags: [kind]
      });
    }
    builder.add({
      facts,
      ruleId: facts.id,
      message,
      ...kind !== "vulnerability" && kind !== "license" ? { region: v.region ?? { startLine: 1 } } : {},
      ...kind === "vulnerability" && facts.line !== void 0 && v.region ? { region: v.region } : {},
      ...Number.isFinite(cvss) ? { cvssScore: cvss } : {},
      ...v.suppressions.length > 0 ? { suppressions: v.suppressions } : {}
    });
  }
  return builder.build();
}
var KIND_TAGS;
var init_trivy_sarif = __esm({
  "src/readers/trivy-sarif.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_severity();
    init_gitleaks_json();
    init_sarif_view();
    init_shape();
    init_trivy_findings();
    KIND_TAGS = /* @__PURE__ */ new Set(["vulnerability", "misconfiguration", "secret", "license"]);
  }
});

// src/readers/sarif-log.ts
function isSarifLog(document2) {
  return isRec(document2) && Array.isArray(document2.runs) && (typeof document2.version === "string" || typeof document2.$schema === "string");
}
function driverNames(document2) {
  return document2.runs.map((run3) => {
    const driver = isRec(run3) && isRec(run3.tool) && isRec(run3.tool.driver) ? run3.tool.driver : void 0;
    return driver && typeof driver.name === "string" ? driver.name : "";
  });
}
function notificationDescriptors(shape, run3, driver, at) {
  const tool = shape.object(run3.tool, `${at}.tool`);
  const component = (c, cat) => {
    const notifications = shape.array(c, "notifications", cat);
    notifications.forEach((d, i) => {
      if (isRec(d) && isRec(d.defaultConfiguration)) level(shape, d.defaultConfiguration, `${cat}.notifications[${i}].defaultConfiguration`);
    });
    return { name: c.name, guid: c.guid, notifications };
  };
  const extensions = shape.array(tool, "extensions", `${at}.tool`).map((e, i) => isRec(e) ? component(e, `${at}.tool.extensions[${i}]`) : { name: void 0, guid: void 0, notifications: [] });
  return { driver: component(driver, `${at}.tool.driver`), extensions };
}
function notificationComponent(shape, ref, at, descriptors) {
  const component = shape.optObject(ref, "toolComponent", at);
  if (component === void 0) return descriptors.driver;
  const cat = `${at}.toolComponent`;
  const all = [descriptors.driver, ...descriptors.extensions];
  const index = shape.optNumber(component, "index", cat);
  if (index !== void 0) {
    const found = Number.isInteger(index) && index >= 0 ? descriptors.extensions[index] : void 0;
    return found ?? shape.fail(`${cat}.index`, `the index of one of the run's ${descriptors.extensions.length} tool.extensions`, index);
  }
  const guid = shape.optString(component, "guid", cat);
  if (guid !== void 0) {
    const found = all.find((c) => typeof c.guid === "string" && c.guid.toLowerCase() === guid.toLowerCase());
    return found ?? shape.fail(`${cat}.guid`, "the guid of the run's driver or one of its extensions", guid);
  }
  const name = shape.optString(component, "name", cat);
  if (name !== void 0) return all.find((c) => c.name === name) ?? shape.fail(`${cat}.name`, "the name of the run's driver or one of its extensions", name);
  return descriptors.driver;
}
function notificationLevel(shape, n, at, descriptors, overrides) {
  const own = level(shape, n, at);
  if (own !== void 0) return own;
  const ref = shape.optObject(n, "descriptor", at);
  if (ref === void 0) return "warning";
  const id = typeof ref.id === "string" ? ref.id : void 0;
  const index = typeof ref.index === "number" && ref.index >= 0 ? ref.index : void 0;
  const component = notificationComponent(shape, ref, `${at}.descriptor`, descriptors).notifications;
  const named = (d) => isRec(d) && id !== void 0 && d.id === id;
  const candidates = [descriptors.driver, ...descriptors.extensions].flatMap((c) => c.notifications).filter(named);
  if (index !== void 0 && component[index] !== void 0) candidates.push(component[index]);
  const levels = candidates.map((d) => isRec(d) && isRec(d.defaultConfiguration) ? d.defaultConfiguration.level : void 0);
  for (const o of overrides) {
    const target = isRec(o) && isRec(o.descriptor) ? o.descriptor : void 0;
    if (target === void 0 || !(id !== void 0 && target.id === id || index !== void 0 && target.index === index)) continue;
    levels.push(isRec(o) && isRec(o.configuration) ? o.configuration.level : void 0);
  }
  return levels.includes("error") ? "error" : "warning";
}
function refuseFailedRun(shape, run3, driver, at) {
  const invocations = shape.array(run3, "invocations", at);
  const descriptors = notificationDescriptors(shape, run3, driver, at);
  for (let i = 0; i < invocations.length; i++) {
    const iat = `${at}.invocations[${i}]`;
    const invocation = shape.object(invocations[i], iat);
    const succeeded = invocation.executionSuccessful;
    if (succeeded !== true && succeeded !== false) shape.fail(`${iat}.executionSuccessful`, "true or false (SARIF requires it)", succeeded);
    let where = succeeded === false ? `${iat}.executionSuccessful is false` : void 0;
    const overrides = shape.array(invocation, "notificationConfigurationOverrides", iat);
    for (let j = 0; j < overrides.length; j++) {
      const o = overrides[j];
      if (isRec(o) && isRec(o.configuration)) level(shape, o.configuration, `${iat}.notificationConfigurationOverrides[${j}].configuration`);
    }
    for (const key of ["toolExecutionNotifications", "toolConfigurationNotifications"]) {
      const notifications = shape.array(invocation, key, iat);
      for (let j = 0; j < notifications.length; j++) {
        const nat = `${iat}.${key}[${j}]`;
        const n = notifications[j];
        if (!isRec(n)) continue;
        if (notificationLevel(shape, n, nat, descriptors, overrides) === "error") where ??= `${nat} is an error`;
      }
    }
    if (where !== void 0) {
      throw new InputError(shape.file, `the scanner reported that its run failed (${where}): its results cannot be trusted as complete; fix the scan and run it again`);
    }
  }
}
function readSarif(document2, source) {
  const shape = new Shape(source.file, "SARIF 2.1.0 log", source.root);
  const log = shape.object(document2, "$");
  const version = log.version;
  if (version !== "2.1.0") {
    if (typeof version === "string") {
      const shown = /^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/.test(version) ? `SARIF version "${version}"` : "this SARIF version";
      throw new InputError(source.file, `${shown} is not supported: only SARIF 2.1.0 is read (re-run the tool with SARIF 2.1.0 output)`);
    }
    shape.fail("$.version", '"2.1.0"', version);
  }
  const runs = Array.isArray(log.runs) ? log.runs : shape.fail("$.runs", "an array", log.runs);
  if (runs.length === 0) throw new InputError(source.file, "this SARIF log has no runs: no tool results are in it, so it cannot show a clean scan; pass the log the scanner wrote");
  const out = [];
  for (let i = 0; i < runs.length; i++) {
    const at = `$.runs[${i}]`;
    const run3 = shape.object(runs[i], at);
    const tool = shape.object(run3.tool, `${at}.tool`);
    const driver = shape.object(tool.driver, `${at}.tool.driver`);
    const name = shape.string(driver, "name", `${at}.tool.driver`);
    RUN_KEYS.check(shape, run3, at);
    refuseFailedRun(shape, run3, driver, at);
    if (!Array.isArray(run3.results)) {
      throw new InputError(shape.file, `the scanner reported no results array for ${at} (${run3.results === null ? "null" : "absent"}), which in SARIF means it did not compute its results; fix the scan and run it again`);
    }
    if (isSrpRun(run3)) out.push(convertSrpRun(shape, run3, driver, at));
    else if (isTrivyRun(name)) out.push(convertTrivySarifRun(shape, run3, driver, at));
    else if (isGitleaksRun(name)) out.push(convertGitleaksSarifRun(shape, run3, driver, at));
    else out.push(convertGenericSarifRun(shape, run3, driver, at));
  }
  return out;
}
function onlyTool(document2, test) {
  if (!isSarifLog(document2)) return false;
  const names = driverNames(document2);
  return names.length > 0 && names.every(test) && !document2.runs.some((r) => isRec(r) && isSrpRun(r));
}
var RUN_KEYS, trivySarifReader, gitleaksSarifReader, sarifReader;
var init_sarif_log = __esm({
  "src/readers/sarif-log.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_sarif_generic();
    init_gitleaks_sarif();
    init_shape();
    init_sarif_view();
    init_srp_sarif();
    init_trivy_sarif();
    RUN_KEYS = new KeySpelling(["tool", "results", "invocations"]);
    trivySarifReader = {
      format: "trivy-sarif",
      description: "Trivy's SARIF (trivy --format sarif, and the old @contrib/sarif.tpl template)",
      detect: (document2) => onlyTool(document2, isTrivyRun),
      read: readSarif
    };
    gitleaksSarifReader = {
      format: "gitleaks-sarif",
      description: "Gitleaks' SARIF (gitleaks --report-format sarif)",
      detect: (document2) => onlyTool(document2, isGitleaksRun),
      read: readSarif
    };
    sarifReader = {
      format: "sarif",
      description: "any SARIF 2.1.0 log (Semgrep, CodeQL, Checkov, \u2026 and logs srp wrote)",
      detect: isSarifLog,
      read: readSarif
    };
  }
});

// src/readers/trivy-json.ts
function isLegacyResult(value) {
  return isRec(value) && typeof value.Target === "string" && ("Vulnerabilities" in value || "Type" in value || "Class" in value || "Misconfigurations" in value);
}
var TRIVY_KEYS, REPORT_KEYS, trivyJsonReader;
var init_trivy_json = __esm({
  "src/readers/trivy-json.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_trivy_findings();
    init_shape();
    TRIVY_KEYS = ["SchemaVersion", "ArtifactName", "ArtifactType", "Results"];
    REPORT_KEYS = new KeySpelling(["SchemaVersion", "Trivy", "ArtifactName", "Results"], ["ReportID", "CreatedAt", "ArtifactID", "ArtifactType", "Metadata"]);
    trivyJsonReader = {
      format: "trivy-json",
      description: "Trivy JSON (SchemaVersion 2, legacy bare array, trivy convert)",
      detect(document2) {
        if (Array.isArray(document2)) return document2.length > 0 && isLegacyResult(document2[0]);
        return isRec(document2) && TRIVY_KEYS.some((k) => k in document2) && !("ClusterName" in document2);
      },
      read(document2, source) {
        const shape = new Shape(source.file, "Trivy JSON report", source.root);
        let results;
        let version;
        let artifactName;
        if (Array.isArray(document2)) {
          results = document2;
        } else {
          const report = shape.object(document2, "$");
          REPORT_KEYS.check(shape, report, "$");
          const schemaVersion = report.SchemaVersion;
          if (schemaVersion !== void 0 && schemaVersion !== 2) {
            shape.fail("$.SchemaVersion", "2 (the only Trivy JSON schema in use)", schemaVersion);
          }
          const trivy = shape.optObject(report, "Trivy", "$");
          version = trivy ? shape.optString(trivy, "Version", "$.Trivy") : void 0;
          artifactName = shape.optString(report, "ArtifactName", "$");
          results = shape.array(report, "Results", "$");
        }
        const builder = new RunBuilder({ ...TRIVY_DRIVER, ...version ? { version } : {} }, shape.reportUri());
        for (let i = 0; i < results.length; i++) {
          const at = Array.isArray(document2) ? `$[${i}]` : `$.Results[${i}]`;
          const result = shape.object(results[i], at);
          addTrivyResult(builder, shape, result, at, artifactName !== void 0 ? { artifactName } : {});
        }
        return [builder.build()];
      }
    };
  }
});

// src/readers/trivy-k8s.ts
var CLUSTER_KEYS, RESOURCE_KEYS, GROUPS, trivyK8sReader;
var init_trivy_k8s = __esm({
  "src/readers/trivy-k8s.ts"() {
    "use strict";
    init_cjs_shims();
    init_build();
    init_trivy_findings();
    init_errors();
    init_shape();
    CLUSTER_KEYS = new KeySpelling(["ClusterName", "Resources", "Findings", "Vulnerabilities", "Misconfigurations"], ["SchemaVersion"]);
    RESOURCE_KEYS = new KeySpelling(["Namespace", "Kind", "Name", "Results", "Error"], ["Metadata"]);
    GROUPS = ["Resources", "Findings", "Vulnerabilities", "Misconfigurations"];
    trivyK8sReader = {
      format: "trivy-k8s",
      description: "Trivy Kubernetes cluster report (trivy k8s --format json)",
      detect(document2) {
        return isRec(document2) && typeof document2.ClusterName === "string";
      },
      read(document2, source) {
        const shape = new Shape(source.file, "Trivy k8s report", source.root);
        const report = shape.object(document2, "$");
        CLUSTER_KEYS.check(shape, report, "$");
        const builder = new RunBuilder({ ...TRIVY_DRIVER }, shape.reportUri());
        for (const group of GROUPS) {
          const resources = shape.array(report, group, "$");
          for (let i = 0; i < resources.length; i++) {
            const at = `$.${group}[${i}]`;
            const resource = shape.object(resources[i], at);
            RESOURCE_KEYS.check(shape, resource, at);
            const error = resource.Error;
            if (error !== void 0 && error !== null && error !== "") {
              throw new InputError(shape.file, `the scanner reported that its run failed (${at}.Error: Trivy could not scan this resource); fix the scan and run it again`);
            }
            const namespace = shape.optString(resource, "Namespace", at) ?? "_cluster";
            const kind = shape.optString(resource, "Kind", at) ?? "Resource";
            const name = shape.optString(resource, "Name", at) ?? "unnamed";
            const results = shape.array(resource, "Results", at);
            for (let j = 0; j < results.length; j++) {
              addTrivyResult(builder, shape, shape.object(results[j], `${at}.Results[${j}]`), `${at}.Results[${j}]`, {
                resourcePath: `${namespace}/${kind}/${name}`
              });
            }
          }
        }
        return [builder.build()];
      }
    };
  }
});

// src/readers/registry.ts
function findReader(format) {
  return READERS.find((r) => r.format === format);
}
function detectReader(document2) {
  return READERS.find((r) => r.detect(document2));
}
var READERS;
var init_registry = __esm({
  "src/readers/registry.ts"() {
    "use strict";
    init_cjs_shims();
    init_gitleaks_json();
    init_sarif_log();
    init_trivy_json();
    init_trivy_k8s();
    READERS = [
      trivyK8sReader,
      trivyJsonReader,
      gitleaksJsonReader,
      trivySarifReader,
      gitleaksSarifReader,
      sarifReader
    ];
  }
});

// src/readers/index.ts
var readers_exports = {};
__export(readers_exports, {
  REPORT_FORMATS: () => REPORT_FORMATS,
  chooseReader: () => chooseReader,
  parseReport: () => parseReport,
  readReportDocument: () => readReportDocument
});
function parseReport(text3, source, format) {
  const reader = chooseReader(format);
  return readDocument(parseJsonReport(text3, source.file), source, reader);
}
function readReportDocument(document2, source, format) {
  return readDocument(document2, source, chooseReader(format));
}
function chooseReader(format) {
  const reader = format !== void 0 ? findReader(format) : void 0;
  if (format !== void 0 && reader === void 0) {
    const shown = /^[\w.-]{1,40}$/.test(format) ? `'${format}'` : "value";
    throw new UsageError(`unknown --format ${shown}: valid formats are ${READERS.map((r) => r.format).join(", ")}`);
  }
  return reader;
}
function readDocument(document2, source, forced) {
  let reader = forced;
  refuseNonReports(document2, source.file);
  if (reader !== void 0 && !reader.detect(document2)) {
    throw new InputError(source.file, `--format ${reader.format} does not fit this file (its shape is not ${reader.description}); check the file, or leave out --format to detect the format`);
  }
  reader ??= detectReader(document2);
  if (reader === void 0) {
    throw new InputError(
      source.file,
      `unrecognised report: not Trivy JSON (no SchemaVersion/Results), not Gitleaks JSON (not an array of findings), not SARIF 2.1.0 (no runs); pass a scanner's JSON or SARIF output, or force one with --format (${READERS.map((r) => r.format).join(", ")})`
    );
  }
  return { format: reader.format, runs: reader.read(document2, source) };
}
var REPORT_FORMATS;
var init_readers = __esm({
  "src/readers/index.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_json();
    init_refuse();
    init_registry();
    REPORT_FORMATS = READERS.map((r) => ({
      format: r.format,
      description: r.description
    }));
  }
});

// src/sarif/location.ts
function findingLocation(f) {
  if (f.scanner === "trivy" && f.path !== void 0 && TRIVY_PLACEHOLDER_PATHS.has(f.path) && f.target !== f.path) {
    return f.target === "" ? void 0 : f.target;
  }
  return f.path ?? (f.target === "" ? void 0 : f.target);
}
function findingWhere(f) {
  const location = findingLocation(f);
  if (f.package) {
    const pkg = `${f.package}${f.installedVersion ? ` ${f.installedVersion}` : ""}`;
    return location === void 0 ? pkg : `${pkg} in ${location}`;
  }
  if (location === void 0) return "";
  return `${location}${f.line !== void 0 ? `:${f.line}` : ""}`;
}
var TRIVY_PLACEHOLDER_PATHS;
var init_location = __esm({
  "src/sarif/location.ts"() {
    "use strict";
    init_cjs_shims();
    TRIVY_PLACEHOLDER_PATHS = /* @__PURE__ */ new Set([
      "os-pkgs",
      "lang-pkgs",
      "config",
      "secret",
      "license",
      "license-file",
      "custom"
    ]);
  }
});

// src/outputs/text-cells.ts
function findingFix(f) {
  if (f.fixedVersion) return `upgrade to ${f.fixedVersion}`;
  if (f.resolution) return f.resolution;
  if (f.kind === "vulnerability") return "no fixed version yet";
  if (f.kind === "secret") return "remove it from code and history, then rotate it";
  return "";
}
function suppressionOrigin(s) {
  return s.file ? `${s.source} (${s.file})` : s.source;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var MORE_BLOCKING_LISTED;
var init_text_cells = __esm({
  "src/outputs/text-cells.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_location();
    MORE_BLOCKING_LISTED = `the verdict JSON lists the first ${VERDICT_MAX_BLOCKING_FINDINGS}, the SARIF log up to ${GITHUB_MAX_RESULTS_PER_RUN} per tool`;
  }
});

// src/outputs/html.ts
function escapeHtml(text3) {
  return text3.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function text2(value, maxChars = SUMMARY_MAX_CELL_CHARS) {
  if (value === void 0) return "";
  return escapeHtml(printableLine(cutText(String(value), maxChars).replace(/[\r\n]+/g, " ")));
}
function table(header, rows, options = {}) {
  const isNumeric = (i) => options.numericFrom !== void 0 && i >= options.numericFrom;
  const th = header.map((h, i) => `<th scope="col"${isNumeric(i) ? ' class="num"' : ""}>${h}</th>`).join("");
  const body2 = rows.map((cells, r) => {
    const total = options.totalRow && r === rows.length - 1 ? ' class="total"' : "";
    const tds = cells.map((c, i) => `<td data-label="${header[i] ?? ""}"${isNumeric(i) ? ' class="num"' : ""}>${c}</td>`).join("");
    return `<tr${total}>${tds}</tr>`;
  }).join("\n");
  const element = `<table class="${options.cards ? "cards" : "counts cards compact"}${options.className ? ` ${options.className}` : ""}">
<thead><tr>${th}</tr></thead>
<tbody>
${body2}
</tbody>
</table>`;
  return `<div class="scroll">${element}</div>`;
}
function writeHtmlReport(verdict, write) {
  const headline = verdict.passed ? "Release gate PASSED" : `Release gate BLOCKED: ${plural(verdict.blocking, "blocking finding")}`;
  write(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
`);
  write(`<header class="verdict ${verdict.passed ? "passed" : "blocked"}">
<h1>${verdict.passed ? "&#10004; Release gate PASSED" : "&#10008; Release gate BLOCKED"}</h1>
<p>${verdict.passed ? "No finding blocks the release." : `${plural(verdict.blocking, "blocking finding")}: the release must not ship until they are fixed or suppressed with a reason.`}</p>
</header>
`);
  const policy = policyLine(verdict);
  if (policy) write(`<p class="policy">${policy}</p>
`);
  write(countsSection(verdict));
  if (verdict.baseline) {
    const b = verdict.baseline;
    write(`<section>
<h2>Compared with the baseline</h2>
<p>New: <strong>${b.new}</strong> \xB7 updated (more severe than in the baseline): <strong>${b.updated}</strong> \xB7 unchanged: ${b.unchanged} \xB7 absent (gone since the baseline): ${b.absent}</p>
</section>
`);
  }
  if (verdict.blockingFindings.length > 0) write(blockingSection(verdict));
  write(suppressionSections(verdict));
  const notes = verdict.notes ?? [];
  if (notes.length > 0) {
    const items = notes.slice(0, SUMMARY_MAX_NOTES).map((note) => `<li>${text2(note, SUMMARY_MAX_CELL_CHARS * 4)}</li>`);
    if (notes.length > SUMMARY_MAX_NOTES) items.push(`<li class="cut">\u2026and ${notes.length - SUMMARY_MAX_NOTES} more notes (see the verdict JSON).</li>`);
    write(`<section>
<h2>Notes</h2>
<ul>
${items.join("\n")}
</ul>
</section>
`);
  }
  write(`<footer>
<p>Evaluated at <span class="mono">${text2(verdict.evaluatedAt, 40)}</span> by srp.</p>
</footer>
</main>
</body>
</html>
`);
}
function policyLine(verdict) {
  const p = verdict.policy;
  if (!p) return "";
  const parts = [
    `Policy: ${p.source === "default" ? "default" : `<code>${text2(p.source)}</code>`}`,
    `blocks ${p.blockingSeverities.length > 0 ? p.blockingSeverities.map((s) => text2(s, 16)).join(", ") : "no severity"}`
  ];
  if (p.secretsAlwaysBlock) parts.push("every secret blocks");
  if (p.ignoreUnfixed) parts.push("unfixed vulnerabilities do not block");
  if (p.newFindingsOnly) parts.push("only new findings block (with a baseline)");
  if (p.hasOverrides) parts.push("with per-scanner or per-kind overrides");
  return `${parts.join(" \xB7 ")}.`;
}
function countsSection(verdict) {
  const rows = Object.keys(verdict.byScanner).sort().map((name) => {
    const s = verdict.byScanner[name];
    const c2 = s.counts;
    return [text2(name), outcome(s.passed), ...[s.blocking, c2.critical, c2.high, c2.medium, c2.low, c2.unknown, s.suppressed].map(String)];
  });
  const c = verdict.counts;
  rows.push(["all", outcome(verdict.passed, true), ...[verdict.blocking, c.critical, c.high, c.medium, c.low, c.unknown, verdict.suppressed].map(String)]);
  const header = ["Scanner", "Result", "Blocking", "Critical", "High", "Medium", "Low", "Unknown", "Suppressed"];
  return `<section>
<h2>Findings by scanner</h2>
${table(header, rows, { numericFrom: 2, totalRow: true })}
<p class="muted">Severity counts leave out suppressed findings. ${plural(verdict.total, "finding")} in total.</p>
</section>
`;
}
function blockingSection(verdict) {
  const withBaseline = verdict.baseline !== void 0;
  const header = ["Severity", "Scanner", "Id", "Title", "Where", "Fix or resolution"];
  if (withBaseline) header.push("Baseline");
  const shown = verdict.blockingFindings.slice(0, SUMMARY_MAX_BLOCKING_ROWS);
  const rows = shown.map((f) => {
    const cells = [badge(f.severity), text2(f.scanner), `<span class="mono">${text2(f.id)}</span>`, text2(f.title), text2(findingWhere(f)), text2(findingFix(f))];
    if (withBaseline) cells.push(text2(f.baselineState));
    return cells;
  });
  const more = verdict.blockingFindings.length - shown.length;
  return `<section>
<h2>Blocking findings (${verdict.blockingFindings.length})</h2>
${table(header, rows, { cards: true, className: "findings" })}
${more > 0 ? `<p class="cut">\u2026and ${more} more blocking findings; ${MORE_BLOCKING_LISTED}.</p>
` : ""}</section>
`;
}
function suppressionSections(verdict) {
  const { applied, expiringSoon, expired, unused } = verdict.suppressions;
  if (applied.length + expired.length + unused.length === 0) return "";
  const out = ["<section>", "<h2>Suppressions</h2>"];
  out.push(
    `<p>${plural(applied.length, "suppression")} applied (${plural(verdict.suppressed, "finding")} suppressed) \xB7 ${expiringSoon.length > 0 ? `<strong class="attention">${expiringSoon.length} expiring soon</strong>` : "0 expiring soon"} \xB7 ${expired.length} expired \xB7 ${unused.length} unused</p>`
  );
  const section = (title, items, withMatched) => {
    if (items.length === 0) return;
    out.push(`<h3>${title}</h3>`);
    const header = ["Matcher", "Reason", "Expires", "From"];
    if (withMatched) header.push("Findings");
    const rows = items.slice(0, SUMMARY_MAX_SUPPRESSION_ROWS).map((s) => {
      const cells = [`<span class="mono">${text2(s.id, SUMMARY_MAX_ID_CHARS)}</span>`, text2(s.reason), text2(s.expires, 40), text2(suppressionOrigin(s))];
      if (withMatched) cells.push(String("matched" in s ? s.matched : 0));
      return cells;
    });
    out.push(table(header, rows, { cards: true, className: "suppressions" }));
    if (items.length > rows.length) out.push(`<p class="cut">\u2026and ${items.length - rows.length} more (see the verdict JSON).</p>`);
  };
  section("Expiring soon: renew with a new reason, or fix the finding", expiringSoon, false);
  section("Expired: no longer applied, the findings they covered are gated again", expired, true);
  section("Unused: matched nothing in this scan, consider removing", unused, false);
  section("Applied", applied, true);
  out.push("</section>");
  return `${out.join("\n")}
`;
}
var HTML_REPORT_CSP, HTML_ENTITIES, SEVERITY_CLASS, STYLE, badge, outcome;
var init_html = __esm({
  "src/outputs/html.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_limits();
    init_text_cells();
    HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";
    HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    SEVERITY_CLASS = {
      CRITICAL: "sev-critical",
      HIGH: "sev-high",
      MEDIUM: "sev-medium",
      LOW: "sev-low",
      UNKNOWN: "sev-unknown"
    };
    STYLE = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg-soft:#f6f8fa;--pass:#1a7f37;--block:#cf222e;--warn:#9a6700}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--fg);background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.6em;margin:0}
h2{font-size:1.25em;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.05em;margin:20px 0 6px}
p{margin:8px 0}
.verdict{border-radius:8px;padding:14px 18px;color:#fff}
.verdict p{margin:4px 0 0;font-size:1.05em}
.verdict.passed{background:var(--pass)}
.verdict.blocked{background:var(--block)}
.policy,.muted,footer{color:var(--muted)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}
th{background:var(--bg-soft);font-weight:600;white-space:nowrap}
table.counts td.num,table.counts th.num{text-align:right;font-variant-numeric:tabular-nums}
table.counts td,table.counts th{overflow-wrap:normal;word-break:normal;white-space:nowrap}
tr.total td{font-weight:600;background:var(--bg-soft)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-weight:600;font-size:.85em;color:#fff;white-space:nowrap}
.sev-critical{background:#8250df}.sev-high{background:var(--block)}.sev-medium{background:#bf8700}.sev-low{background:#0969da}.sev-unknown{background:#6e7781}
.ok{color:var(--pass);font-weight:600}.bad{color:var(--block);font-weight:600}
.cut{font-style:italic;color:var(--muted)}
.attention{color:var(--warn)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
@media (min-width:701px){table.findings td:nth-child(-n+3),table.suppressions td:nth-child(3){white-space:nowrap}}
@media (max-width:700px){
main{padding:10px}
table.cards thead{display:none}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards tr{border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:4px 0}
table.cards td{border:0;padding:3px 10px}
table.cards td::before{content:attr(data-label);display:block;font-size:.8em;font-weight:600;color:var(--muted)}
table.cards td:empty{display:none}
table.cards.compact tr{display:grid;grid-template-columns:repeat(4,minmax(0,1fr))}
table.cards.compact td{padding:3px 6px;overflow-wrap:normal}
table.cards.compact td.num{text-align:left}
table.cards.compact td:first-child{grid-column:1/-1;font-weight:600}
}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
thead{display:table-header-group}
tr,.verdict{break-inside:avoid}
h2,h3{break-after:avoid}
.scroll{overflow:visible}
}
`.trim();
    badge = (severity) => `<span class="badge ${SEVERITY_CLASS[severity] ?? "sev-unknown"}">${text2(severity, 16)}</span>`;
    outcome = (passed, strong = false) => passed ? `<span class="ok">${strong ? "PASSED" : "passed"}</span>` : `<span class="bad">${strong ? "BLOCKED" : "blocked"}</span>`;
  }
});

// src/outputs/xml-text.ts
function unreordered(text3) {
  return MAYBE_REORDERING.test(text3) ? text3.replace(REORDERING, "\uFFFD") : text3;
}
function xmlSafe(text3) {
  return MAYBE_INVALID_XML_CHARS.test(text3) ? text3.replace(INVALID_XML_CHARS, "\uFFFD") : text3;
}
function xmlSafeLine(text3) {
  const safe = xmlSafe(text3);
  if (!safe.includes("\n") && !safe.includes("\r")) return safe;
  return safe.replace(/\s+/g, (run3) => run3.includes("\n") || run3.includes("\r") ? " " : run3);
}
function escapeMarkup(text3) {
  return MARKUP.test(text3) ? text3.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text3;
}
function attributeText(text3, maxChars) {
  if (text3.length <= maxChars && !MAYBE_ATTRIBUTE_CHANGES.test(text3)) return text3;
  return unreordered(xmlSafeLine(cutText(text3, maxChars)));
}
function elementText(text3, maxChars) {
  return unreordered(xmlSafe(cutText(text3, maxChars)));
}
function xmlAttribute(text3, maxChars) {
  return escapeMarkup(attributeText(text3, maxChars));
}
var INVALID_XML_CHARS, MAYBE_INVALID_XML_CHARS, REORDERING_CHARS, REORDERING, MAYBE_REORDERING, MAYBE_ATTRIBUTE_CHANGES, ENTITIES, MARKUP;
var init_xml_text = __esm({
  "src/outputs/xml-text.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    MAYBE_INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
    REORDERING_CHARS = "\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069";
    REORDERING = new RegExp(`[${REORDERING_CHARS}]`, "g");
    MAYBE_REORDERING = new RegExp(`[${REORDERING_CHARS}]`);
    MAYBE_ATTRIBUTE_CHANGES = new RegExp(`[\\u0000-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF${REORDERING_CHARS}]`);
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
    MARKUP = /[&<>"']/;
  }
});

// src/outputs/junit.ts
function caseCounts(t) {
  const failures = Math.min(t.blocking, JUNIT_MAX_FAILURES_PER_SUITE) + (t.blocking > JUNIT_MAX_FAILURES_PER_SUITE ? 1 : 0);
  const skipped = Math.min(t.suppressed, JUNIT_MAX_SKIPPED_PER_SUITE) + (t.suppressed > JUNIT_MAX_SKIPPED_PER_SUITE ? 1 : 0);
  return { failures, skipped, tests: failures + skipped + (t.blocking === 0 ? 1 : 0) };
}
function tallySuites(runs, evaluation) {
  const tallies = /* @__PURE__ */ new Map();
  runs.forEach((run3, runIndex) => {
    const name = run3.tool.driver.name.toLowerCase();
    let tally = tallies.get(name);
    if (!tally) {
      tally = { name, runIndexes: [], blocking: 0, suppressed: 0, findings: 0 };
      tallies.set(name, tally);
    }
    tally.runIndexes.push(runIndex);
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run3.results.length; i++) {
      const decision = decisions[i];
      if (!decision || !decision.duplicate) tally.findings++;
      if (!decision || decision.duplicate) continue;
      if (decision.blocking) tally.blocking++;
      else if (decision.suppression) tally.suppressed++;
    }
  });
  return [...tallies.values()];
}
function suiteCases(runs, evaluation, tally, visit2) {
  let failures = 0;
  let skips = 0;
  const lastFailure = Math.min(tally.blocking, JUNIT_MAX_FAILURES_PER_SUITE);
  const lastSkip = Math.min(tally.suppressed, JUNIT_MAX_SKIPPED_PER_SUITE);
  for (const runIndex of tally.runIndexes) {
    if (failures >= lastFailure && skips >= lastSkip) break;
    const run3 = runs[runIndex];
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run3.results.length && (failures < lastFailure || skips < lastSkip); i++) {
      const decision = decisions[i];
      if (!decision || decision.duplicate) continue;
      const result = run3.results[i];
      if (decision.blocking) {
        if (++failures <= JUNIT_MAX_FAILURES_PER_SUITE) visit2(failedCase(result, decision));
      } else if (decision.suppression) {
        if (++skips <= JUNIT_MAX_SKIPPED_PER_SUITE) visit2(skippedCase(result, decision));
      }
    }
  }
  if (tally.blocking > JUNIT_MAX_FAILURES_PER_SUITE) visit2(cutFailuresCase(tally));
  if (tally.suppressed > JUNIT_MAX_SKIPPED_PER_SUITE) visit2(cutSkipsCase(tally));
  if (tally.blocking === 0) visit2(noneBlockingCase(tally.name, tally.findings));
}
function writeJUnit(runs, evaluation, write) {
  const tallies = tallySuites(runs, evaluation);
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const tally of tallies) {
    const counts = caseCounts(tally);
    tests += counts.tests;
    failures += counts.failures;
    skipped += counts.skipped;
  }
  write(`${JUNIT_XML_DECLARATION}<testsuites name="srp release gate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">
`);
  for (const tally of tallies) {
    const counts = caseCounts(tally);
    write(
      `  <testsuite name="${xmlAttribute(tally.name, JUNIT_MAX_ATTRIBUTE_CHARS)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}">
`
    );
    suiteCases(runs, evaluation, tally, (c) => write(testCaseXml(c)));
    write("  </testsuite>\n");
  }
  write("</testsuites>\n");
}
function noneBlockingCase(name, findings) {
  const summary = `${findings} finding${findings === 1 ? "" : "s"}, none blocking the release`;
  return { classname: attr(`srp.${name}`), name: attr(`${name}: ${summary}`) };
}
function cutFailuresCase(tally) {
  const more = tally.blocking - JUNIT_MAX_FAILURES_PER_SUITE;
  const text3 = `${tally.blocking} findings of ${tally.name} block the release; the first ${JUNIT_MAX_FAILURES_PER_SUITE} are test cases here, the other ${more} are not (${MORE_BLOCKING_LISTED})`;
  return {
    classname: attr(`srp.${tally.name}`),
    name: attr(`${tally.name}: ${more} more blocking findings not listed`),
    failure: { type: attr("TRUNCATED"), message: attr(text3), text: body(text3) }
  };
}
function cutSkipsCase(tally) {
  const more = tally.suppressed - JUNIT_MAX_SKIPPED_PER_SUITE;
  return {
    classname: attr(`srp.${tally.name}`),
    name: attr(`${tally.name}: ${more} more suppressed findings not listed`),
    skipped: { message: attr(`${tally.suppressed} suppressed findings; ${more} are listed only in the SARIF log`) }
  };
}
function testCaseXml(c) {
  const open = `    <testcase classname="${escapeMarkup(c.classname)}" name="${escapeMarkup(c.name)}"`;
  if (c.failure) {
    return `${open}>
      <failure type="${escapeMarkup(c.failure.type)}" message="${escapeMarkup(c.failure.message)}">${escapeMarkup(c.failure.text)}</failure>
    </testcase>
`;
  }
  if (c.skipped) return `${open}>
      <skipped message="${escapeMarkup(c.skipped.message)}"/>
    </testcase>
`;
  return `${open}/>
`;
}
function caseTitle(result) {
  const f = result.properties.srp;
  const place = findingWhere(f);
  return `${f.severity} ${f.id}${place ? ` in ${place}` : ""}`;
}
function failedCase(result, decision) {
  const f = result.properties.srp;
  const remedy = findingFix(f);
  const title = caseTitle(result);
  let text3 = `${f.severity} ${f.kind} ${f.id}${f.title ? `: ${f.title}` : ""}`;
  if (f.package) text3 += `
package: ${f.package}${f.installedVersion ? ` ${f.installedVersion}` : ""}`;
  if (f.path) text3 += `
location: ${f.path}${f.line !== void 0 ? `:${f.line}` : ""}`;
  if (f.target) text3 += `
target: ${f.target}`;
  if (remedy) text3 += `
fix: ${remedy}`;
  if (decision.baselineState) text3 += `
baseline: ${decision.baselineState}`;
  text3 += `
message: ${result.message.text}
fingerprint: ${result.partialFingerprints["srp/v1"]}`;
  return {
    classname: attr(`srp.${f.scanner}.${f.kind}`),
    name: attr(title),
    failure: { type: attr(f.severity), message: attr(`${title}${remedy ? `: ${remedy}` : ""}`), text: body(text3) }
  };
}
function skippedCase(result, decision) {
  const f = result.properties.srp;
  const s = decision.suppression;
  const source = s ? `${s.source}${s.file ? ` ${s.file}` : ""}${s.expires ? `, expires ${s.expires}` : ""}` : "";
  return {
    classname: attr(`srp.${f.scanner}.${f.kind}`),
    name: caseName(result),
    skipped: { message: attr(`suppressed (${source}): ${s?.reason ?? ""}`) }
  };
}
var JUNIT_XML_DECLARATION, attr, body, caseName;
var init_junit = __esm({
  "src/outputs/junit.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_text_cells();
    init_xml_text();
    JUNIT_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
    attr = (text3) => attributeText(text3, JUNIT_MAX_ATTRIBUTE_CHARS);
    body = (text3) => elementText(text3, JUNIT_MAX_TEXT_CHARS);
    caseName = (result) => attr(caseTitle(result));
  }
});

// src/outputs/markdown.ts
function escapeMarkdownChar(c) {
  if (c === "&") return "&amp;";
  if (c === "<") return "&lt;";
  if (c === ">") return "&gt;";
  return `\\${c}`;
}
function mdCell(text3, maxChars = SUMMARY_MAX_CELL_CHARS) {
  if (text3 === void 0 || text3 === "") return "";
  const cut = cutText(String(text3), maxChars);
  if (!MD_CELL_CHANGES.test(cut)) return cut;
  return cut.replace(/[\r\n]+/g, " ").replace(UNPRINTABLE, "\uFFFD").replace(MD_ESCAPED, escapeMarkdownChar);
}
function row(cells) {
  return `| ${cells.map((c) => typeof c === "number" ? String(c) : c ?? "").join(" | ")} |`;
}
function table2(header, rows) {
  return [row(header), row(header.map(() => "---")), ...rows];
}
function renderMarkdownSummary(verdict) {
  const out = [];
  out.push(
    verdict.passed ? "## \u2705 Release gate PASSED" : `## \u274C Release gate BLOCKED: ${plural(verdict.blocking, "blocking finding")}`
  );
  out.push("");
  out.push(policyLine2(verdict));
  out.push("");
  out.push("### Findings by scanner");
  out.push("");
  const scannerRows = Object.keys(verdict.byScanner).sort().map((name) => {
    const s = verdict.byScanner[name];
    return row([mdCell(name), s.passed ? "\u2705 passed" : "\u274C blocked", s.blocking, s.counts.critical, s.counts.high, s.counts.medium, s.counts.low, s.counts.unknown, s.suppressed]);
  });
  const c = verdict.counts;
  scannerRows.push(
    row(["**all**", verdict.passed ? "\u2705 **passed**" : "\u274C **blocked**", verdict.blocking, c.critical, c.high, c.medium, c.low, c.unknown, verdict.suppressed])
  );
  out.push(...table2(["Scanner", "Result", "Blocking", "Critical", "High", "Medium", "Low", "Unknown", "Suppressed"], scannerRows));
  out.push("");
  out.push(`Severity counts leave out suppressed findings. ${plural(verdict.total, "finding")} in total.`);
  out.push("");
  if (verdict.baseline) {
    const b = verdict.baseline;
    out.push("### Compared with the baseline");
    out.push("");
    out.push(`New: **${b.new}** \xB7 updated (more severe than in the baseline): **${b.updated}** \xB7 unchanged: ${b.unchanged} \xB7 absent (gone since the baseline): ${b.absent}`);
    out.push("");
  }
  if (verdict.blockingFindings.length > 0) {
    out.push(`### Blocking findings (${verdict.blockingFindings.length})`);
    out.push("");
    const withBaseline = verdict.baseline !== void 0;
    const header = ["Severity", "Scanner", "Id", "Title", "Where", "Fix or resolution"];
    if (withBaseline) header.push("Baseline");
    const rows = [];
    let size = 0;
    for (const f of verdict.blockingFindings) {
      if (rows.length >= MARKDOWN_MAX_BLOCKING_ROWS || size > SUMMARY_MAX_BLOCKING_TABLE_CHARS) break;
      const line2 = blockingRow(f, withBaseline);
      rows.push(line2);
      size += line2.length + 1;
    }
    out.push(...table2(header, rows));
    if (verdict.blockingFindings.length > rows.length) {
      out.push("");
      out.push(
        `\u2026and ${verdict.blockingFindings.length - rows.length} more blocking findings; ${MORE_BLOCKING_LISTED}.`
      );
    }
    out.push("");
  }
  out.push(...suppressionSections2(verdict));
  if (verdict.notes && verdict.notes.length > 0) {
    out.push("### Notes");
    out.push("");
    for (const note of verdict.notes.slice(0, SUMMARY_MAX_NOTES)) out.push(`- ${mdCell(note, SUMMARY_MAX_CELL_CHARS * 4)}`);
    if (verdict.notes.length > SUMMARY_MAX_NOTES) out.push(`- \u2026and ${verdict.notes.length - SUMMARY_MAX_NOTES} more notes (see the verdict JSON).`);
    out.push("");
  }
  out.push(`<sub>Evaluated at ${mdCell(verdict.evaluatedAt)} by srp.</sub>`);
  return `${out.join("\n")}
`;
}
function policyLine2(verdict) {
  const p = verdict.policy;
  if (!p) return "";
  const parts = [
    `Policy: ${p.source === "default" ? "default" : `\`${cutText(p.source, SUMMARY_MAX_CELL_CHARS).replace(/`/g, "'").replace(UNPRINTABLE, "\uFFFD")}\``}`,
    `blocks ${p.blockingSeverities.length > 0 ? p.blockingSeverities.join(", ") : "no severity"}`
  ];
  if (p.secretsAlwaysBlock) parts.push("every secret blocks");
  if (p.ignoreUnfixed) parts.push("unfixed vulnerabilities do not block");
  if (p.newFindingsOnly) parts.push("only new findings block (with a baseline)");
  if (p.hasOverrides) parts.push("with per-scanner or per-kind overrides");
  return `${parts.join(" \xB7 ")}.`;
}
function blockingRow(f, withBaseline) {
  const cells = `| ${ICON[f.severity]} ${f.severity} | ${mdCell(f.scanner)} | ${mdCell(f.id)} | ${mdCell(f.title)} | ${mdCell(findingWhere(f))} | ${mdCell(findingFix(f))} |`;
  return withBaseline ? `${cells} ${mdCell(f.baselineState)} |` : cells;
}
function suppressionSections2(verdict) {
  const { applied, expiringSoon, expired, unused } = verdict.suppressions;
  if (applied.length + expired.length + unused.length === 0) return [];
  const out = ["### Suppressions", ""];
  out.push(
    `${plural(applied.length, "suppression")} applied (${plural(verdict.suppressed, "finding")} suppressed) \xB7 ${expiringSoon.length} expiring soon \xB7 ${expired.length} expired \xB7 ${unused.length} unused`
  );
  out.push("");
  const section = (title, items, withMatched) => {
    if (items.length === 0) return;
    out.push(`**${title}**`);
    out.push("");
    const shown = items.slice(0, MARKDOWN_MAX_SUPPRESSION_ROWS);
    const header = ["Matcher", "Reason", "Expires", "From"];
    if (withMatched) header.push("Findings");
    out.push(
      ...table2(
        header,
        shown.map((s) => {
          const cells = [mdCell(s.id, SUMMARY_MAX_ID_CHARS), mdCell(s.reason), mdCell(s.expires), mdCell(suppressionOrigin(s))];
          if (withMatched) cells.push("matched" in s ? s.matched : 0);
          return row(cells);
        })
      )
    );
    if (items.length > shown.length) out.push("", `\u2026and ${items.length - shown.length} more (see the verdict JSON).`);
    out.push("");
  };
  section("\u23F3 Expiring soon: renew with a new reason, or fix the finding", expiringSoon, false);
  section("\u231B Expired: no longer applied, the findings they covered are gated again", expired, true);
  section("\u{1F9F9} Unused: matched nothing in this scan, consider removing", unused, false);
  section("Applied", applied, true);
  return out;
}
var MARKDOWN_MAX_BLOCKING_ROWS, MARKDOWN_MAX_SUPPRESSION_ROWS, ICON, MD_ESCAPED, MD_CELL_CHANGES;
var init_markdown = __esm({
  "src/outputs/markdown.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_limits();
    init_text_cells();
    MARKDOWN_MAX_BLOCKING_ROWS = SUMMARY_MAX_BLOCKING_ROWS;
    MARKDOWN_MAX_SUPPRESSION_ROWS = SUMMARY_MAX_SUPPRESSION_ROWS;
    ICON = { CRITICAL: "\u{1F534}", HIGH: "\u{1F7E0}", MEDIUM: "\u{1F7E1}", LOW: "\u{1F535}", UNKNOWN: "\u26AA" };
    MD_ESCAPED = /[&<>\\|`*_[\]]/g;
    MD_CELL_CHANGES = new RegExp(`${UNPRINTABLE.source}|${MD_ESCAPED.source}`);
  }
});

// src/outputs/sarif.ts
function writeSarifLog(runs, evaluation, write, options = {}) {
  writeBuiltSarifLog(buildSarifLog(runs, evaluation, options), write);
}
function writeBuiltSarifLog(log, write) {
  streamCompactJson(log, write);
}
function streamCompactJson(log, out) {
  streamObject(log, out);
  out("\n");
}
function streamObject(object, out) {
  let first = true;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === void 0 || typeof value === "function" || typeof value === "symbol") continue;
    out(`${first ? "{" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(value) && key === "runs") {
      out("[");
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out(",");
        const item = value[i];
        if (isPlainObject(item)) streamObject(item, out);
        else out(JSON.stringify(item) ?? "null");
      }
      out("]");
    } else if (Array.isArray(value) && SLICED_ARRAYS.has(key)) {
      streamArrayInSlices(value, out);
    } else if (STREAMED_OBJECTS.has(key) && isPlainObject(value)) {
      streamObject(value, out);
    } else {
      out(JSON.stringify(value));
    }
  }
  out(first ? "{}" : "}");
}
function streamArrayInSlices(array3, out) {
  if (array3.length === 0) {
    out("[]");
    return;
  }
  let sliceLength = FIRST_SLICE_LENGTH;
  for (let start = 0; start < array3.length; ) {
    const end = Math.min(start + sliceLength, array3.length);
    const json = JSON.stringify(start === 0 && end === array3.length ? array3 : array3.slice(start, end));
    if (start > 0) out(",");
    out(json.slice(start === 0 ? 0 : 1, end === array3.length ? json.length : -1));
    sliceLength = Math.max(1, Math.floor(SLICE_TARGET_CHARS * (end - start) / json.length));
    start = end;
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.toJSON !== "function";
}
function buildSarifLog(runs, evaluation, options = {}) {
  const maxResults = options.maxResultsPerRun ?? GITHUB_MAX_RESULTS_PER_RUN;
  const maxRuns = options.maxRunsPerFile ?? GITHUB_MAX_RUNS_PER_FILE;
  const withBaseline = evaluation?.verdict.baseline !== void 0;
  let groups = groupByTool(runs, evaluation);
  const runNotes = [];
  if (groups.length > maxRuns) {
    const ordered2 = [...groups].sort((a, b) => (b.blocking > 0 ? 1 : 0) - (a.blocking > 0 ? 1 : 0));
    const dropped = ordered2.slice(maxRuns).map((g) => g.key);
    groups = ordered2.slice(0, maxRuns);
    runNotes.push(
      `GitHub code scanning accepts at most ${maxRuns} runs per SARIF file; the runs of ${dropped.join(", ")} were left out of this log. The gate evaluated them all.`
    );
  }
  const outRuns = groups.map(
    (group, index) => buildRun(group, withBaseline, maxResults, index === 0 ? runNotes : [])
  );
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: outRuns };
}
function toolKey(run3) {
  return run3.tool.driver.name.toLowerCase();
}
function groupByTool(runs, evaluation) {
  const groups = /* @__PURE__ */ new Map();
  runs.forEach((run3, runIndex) => {
    const key = toolKey(run3);
    const decisions = evaluation?.decisions[runIndex] ?? [];
    let blocking = 0;
    for (const decision of decisions) if (decision?.blocking) blocking++;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, runs: [run3], results: run3.results, decisions, absent: [], blocking });
      return;
    }
    if (group.runs.length === 1) {
      group.results = [...group.results];
      group.decisions = padded(group.decisions, group.results.length);
    }
    group.runs.push(run3);
    group.results.push(...run3.results);
    group.decisions.push(...padded(decisions, run3.results.length));
    group.blocking += blocking;
  });
  for (const absent of evaluation?.absent ?? []) {
    const key = absent.driver.name.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      const placeholder = { tool: { driver: { ...absent.driver, rules: [] } }, results: [] };
      group = { key, runs: [placeholder], results: [], decisions: [], absent: [], blocking: 0 };
      groups.set(key, group);
    }
    group.absent.push(absent);
  }
  return [...groups.values()];
}
function padded(list, length) {
  return list.length >= length ? [...list] : [...list, ...new Array(length - list.length)];
}
function priority(result, decision) {
  const severity = severityRank("CRITICAL") - severityRank(result.properties.srp.severity);
  if (decision?.suppression) return 10 + severity;
  if (decision?.blocking) return severity;
  return 5 + severity;
}
function selectIndexes(group, maxResults) {
  const total = group.results.length + group.absent.length;
  if (total <= maxResults) return { order: void 0, droppedBlocking: 0 };
  const buckets = Array.from({ length: ABSENT_RANK + 1 }, () => []);
  for (let i = 0; i < group.results.length; i++) {
    buckets[priority(group.results[i], group.decisions[i])].push(i);
  }
  const absentBucket = buckets[ABSENT_RANK];
  for (let i = 0; i < group.absent.length; i++) absentBucket.push(group.results.length + i);
  const order = [];
  let droppedBlocking = 0;
  for (const bucket of buckets) {
    for (const index of bucket) {
      if (order.length < maxResults) order.push(index);
      else if (index < group.results.length && group.decisions[index]?.blocking) droppedBlocking++;
    }
  }
  return { order, droppedBlocking };
}
function buildRun(group, withBaseline, maxResults, notes) {
  const runNotes = [...notes];
  const total = group.results.length + group.absent.length;
  const { order, droppedBlocking } = selectIndexes(group, maxResults);
  let truncated;
  if (order) {
    truncated = { kept: order.length, dropped: total - order.length, droppedBlocking };
    runNotes.push(
      `GitHub code scanning ingests at most ${maxResults} results per run; ${truncated.dropped} of ${total} ${group.key} results were left out of this log (kept blocking findings first, then by severity; suppressed and absent ones last${droppedBlocking > 0 ? `; ${droppedBlocking} blocking findings did not fit` : ""}). The gate evaluated every result; the verdict JSON lists every blocking finding.`
    );
  }
  const first = group.runs[0];
  const ownRules = group.runs.length === 1 ? first.tool.driver.rules : void 0;
  let rulesById;
  const ruleFor = (result, current) => {
    const own = current && ownRules && result.ruleIndex !== void 0 ? ownRules[result.ruleIndex] : void 0;
    if (own?.id === result.ruleId) return own;
    if (!rulesById) {
      rulesById = /* @__PURE__ */ new Map();
      for (const run4 of group.runs) for (const rule of run4.tool.driver.rules ?? []) if (!rulesById.has(rule.id)) rulesById.set(rule.id, rule);
    }
    return rulesById.get(result.ruleId);
  };
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const count = order ? order.length : total;
  const results = new Array(count);
  for (let i = 0; i < count; i++) {
    const index = order ? order[i] : i;
    const current = index < group.results.length;
    const result = current ? group.results[index] : group.absent[index - group.results.length].result;
    const absent = current ? void 0 : group.absent[index - group.results.length];
    let ruleAt = ruleIndex.get(result.ruleId);
    if (ruleAt === void 0) {
      ruleAt = rules.length;
      ruleIndex.set(result.ruleId, ruleAt);
      rules.push(ruleFor(result, current) ?? absent?.rule ?? fallbackRule(result));
    }
    results[i] = outputResult(result, current ? group.decisions[index] : void 0, absent !== void 0, ruleAt, withBaseline);
  }
  const driver = { ...first.tool.driver, rules };
  if (!driver.semanticVersion && driver.version && /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(driver.version)) {
    driver.semanticVersion = driver.version;
  }
  const run3 = {
    tool: { ...first.tool, driver },
    automationDetails: { id: `srp/${group.key}/` },
    results
  };
  if (first.columnKind) run3.columnKind = first.columnKind;
  if (first.originalUriBaseIds) run3.originalUriBaseIds = first.originalUriBaseIds;
  if (runNotes.length > 0) run3.invocations = [invocationWithNotes(runNotes)];
  const properties = { ...first.properties };
  if (truncated) properties["srp/truncated"] = { ...truncated, limit: maxResults, note: runNotes[runNotes.length - 1] };
  if (Object.keys(properties).length > 0) run3.properties = properties;
  return run3;
}
function outputResult(result, decision, absent, ruleIndex, withBaseline) {
  const suppression = decision?.suppression;
  if (result.ruleIndex === ruleIndex && !absent && result.baselineState === void 0 && !(suppression && suppression.source !== "sarif") && !(withBaseline && decision?.baselineState)) {
    return result;
  }
  const out = { ...result, ruleIndex };
  if (suppression && suppression.source !== "sarif") {
    out.suppressions = [...result.suppressions ?? [], toSarifSuppression(suppression)];
  }
  if (absent) out.baselineState = "absent";
  else if (withBaseline && decision?.baselineState) out.baselineState = decision.baselineState;
  else if (out.baselineState !== void 0) delete out.baselineState;
  return out;
}
function toSarifSuppression(ref) {
  const detail = { source: ref.source, matcher: ref.id };
  if (ref.file) detail.file = ref.file;
  if (ref.expires) detail.expires = ref.expires;
  return { kind: "external", status: "accepted", justification: ref.reason, properties: { srp: detail } };
}
function fallbackRule(result) {
  const facts = result.properties.srp;
  const title = facts.title ?? result.ruleId;
  return {
    id: result.ruleId,
    shortDescription: { text: title },
    fullDescription: { text: title },
    help: { text: facts.resolution ?? title }
  };
}
function invocationWithNotes(notes) {
  const toolExecutionNotifications = notes.map((text3) => ({
    level: "warning",
    message: { text: text3 },
    descriptor: { id: "srp/limits" }
  }));
  return { executionSuccessful: true, toolExecutionNotifications };
}
var SARIF_SCHEMA_URI, SLICED_ARRAYS, STREAMED_OBJECTS, SLICE_TARGET_CHARS, FIRST_SLICE_LENGTH, ABSENT_RANK;
var init_sarif = __esm({
  "src/outputs/sarif.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_severity();
    SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    SLICED_ARRAYS = /* @__PURE__ */ new Set(["rules", "results"]);
    STREAMED_OBJECTS = /* @__PURE__ */ new Set(["tool", "driver"]);
    SLICE_TARGET_CHARS = 48e3;
    FIRST_SLICE_LENGTH = 8;
    ABSENT_RANK = 20;
  }
});

// src/outputs/terminal.ts
function terminalSafe(text3) {
  return text3.replace(UNPRINTABLE, "?");
}
function truncate(text3, width) {
  return text3.length <= width ? text3 : `${text3.slice(0, width - 1)}\u2026`;
}
function renderTerminalSummary(verdict, options) {
  const paint = (style, text3) => options.color ? `\x1B[${CODES[style]}m${text3}\x1B[0m` : text3;
  const lines2 = [];
  const policy = verdict.policy ? ` (policy: ${terminalSafe(verdict.policy.source)})` : "";
  lines2.push(
    verdict.passed ? `${paint("green", paint("bold", "PASSED"))} release gate: no blocking findings${policy}` : `${paint("red", paint("bold", "BLOCKED"))} release gate: ${plural(verdict.blocking, "blocking finding")}${policy}`
  );
  lines2.push("");
  const header = ["SCANNER", "RESULT", "BLOCKING", "CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN", "SUPPRESSED"];
  const rows = Object.keys(verdict.byScanner).sort().map((name) => {
    const s = verdict.byScanner[name];
    const c2 = s.counts;
    return {
      cells: [terminalSafe(name), s.passed ? "passed" : "blocked", s.blocking, c2.critical, c2.high, c2.medium, c2.low, c2.unknown, s.suppressed].map(String),
      passed: s.passed
    };
  });
  const c = verdict.counts;
  rows.push({
    cells: ["all", verdict.passed ? "passed" : "blocked", verdict.blocking, c.critical, c.high, c.medium, c.low, c.unknown, verdict.suppressed].map(String),
    passed: verdict.passed
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? "").length)));
  const format = (cells) => cells.map((cell, i) => i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)).join("  ");
  lines2.push(paint("bold", format(header)));
  for (const r of rows) {
    const text3 = format(r.cells);
    const start = (widths[0] ?? 0) + 2;
    const end = start + (widths[1] ?? 0);
    lines2.push(`${text3.slice(0, start)}${paint(r.passed ? "green" : "red", text3.slice(start, end))}${text3.slice(end)}`);
  }
  if (verdict.blockingFindings.length > 0) {
    lines2.push("");
    lines2.push(paint("bold", "Blocking findings:"));
    for (const f of verdict.blockingFindings.slice(0, TERMINAL_MAX_BLOCKING_LINES)) {
      const where = findingWhere(f);
      const fix = findingFix(f);
      lines2.push(
        `  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8))}  ${terminalSafe(f.scanner).padEnd(8)}  ${terminalSafe(f.id)}${where ? `  ${truncate(terminalSafe(where), 60)}` : ""}${fix ? paint("dim", `  \u2192 ${truncate(terminalSafe(fix), 80)}`) : ""}${f.baselineState === "new" || f.baselineState === "updated" ? paint("yellow", `  [${f.baselineState}]`) : ""}`
      );
    }
    const more = verdict.blockingFindings.length - TERMINAL_MAX_BLOCKING_LINES;
    if (more > 0) lines2.push(`  \u2026and ${more} more (full list in the --summary / --json outputs)`);
  }
  const { applied, expiringSoon, expired, unused } = verdict.suppressions;
  if (applied.length + expired.length + unused.length > 0) {
    lines2.push("");
    lines2.push(
      `Suppressions: ${applied.length} applied (${plural(verdict.suppressed, "finding")}) \xB7 ${expiringSoon.length} expiring soon \xB7 ${expired.length} expired \xB7 ${unused.length} unused`
    );
    for (const s of expiringSoon) lines2.push(paint("yellow", `  expiring ${s.expires}: ${terminalSafe(cutText(s.id, SUMMARY_MAX_ID_CHARS))} from ${terminalSafe(suppressionOrigin(s))}`));
    for (const s of expired) lines2.push(paint("red", `  expired ${s.expires}: ${terminalSafe(cutText(s.id, SUMMARY_MAX_ID_CHARS))} from ${terminalSafe(suppressionOrigin(s))}`));
  }
  if (verdict.baseline) {
    const b = verdict.baseline;
    lines2.push("");
    lines2.push(`Baseline: ${b.new} new \xB7 ${b.updated} updated \xB7 ${b.unchanged} unchanged \xB7 ${b.absent} absent`);
  }
  for (const note of verdict.notes ?? []) lines2.push(paint("yellow", `Note: ${terminalSafe(note)}`));
  return `${lines2.join("\n")}
`;
}
var TERMINAL_MAX_BLOCKING_LINES, CODES, SEVERITY_STYLE;
var init_terminal = __esm({
  "src/outputs/terminal.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_limits();
    init_text_cells();
    TERMINAL_MAX_BLOCKING_LINES = 20;
    CODES = { red: "31", green: "32", yellow: "33", blue: "34", magenta: "35", bold: "1", dim: "2" };
    SEVERITY_STYLE = {
      CRITICAL: "magenta",
      HIGH: "red",
      MEDIUM: "yellow",
      LOW: "blue",
      UNKNOWN: "dim"
    };
  }
});

// src/outputs/verdict-json.ts
function ordered(value, keys) {
  const source = value;
  const out = {};
  for (const key of keys) if (source[key] !== void 0) out[key] = source[key];
  for (const key of Object.keys(source).sort()) if (!(key in out) && source[key] !== void 0) out[key] = source[key];
  return out;
}
function orderVerdictHead(verdict) {
  const out = ordered(verdict, VERDICT_KEYS);
  delete out.blockingFindingsOmitted;
  out.counts = ordered(verdict.counts, SEVERITY_KEYS);
  const byScanner = /* @__PURE__ */ Object.create(null);
  for (const name of Object.keys(verdict.byScanner).sort()) {
    const scanner = ordered(verdict.byScanner[name], SCANNER_KEYS);
    scanner.counts = ordered(scanner.counts, SEVERITY_KEYS);
    byScanner[name] = scanner;
  }
  out.byScanner = byScanner;
  if (verdict.baseline) out.baseline = ordered(verdict.baseline, BASELINE_KEYS);
  const suppressions = ordered(verdict.suppressions, SUPPRESSION_LIST_KEYS);
  for (const list of SUPPRESSION_LIST_KEYS) {
    const items = suppressions[list];
    if (!Array.isArray(items)) continue;
    const kept = [];
    const omitted = eachWithin(
      items,
      VERDICT_MAX_SUPPRESSIONS_PER_LIST,
      VERDICT_MAX_SUPPRESSION_LIST_CHARS,
      (s) => ordered(s, SUPPRESSION_KEYS),
      (s) => JSON.stringify(s, null, 2).length,
      (s) => kept.push(s)
    );
    suppressions[list] = kept;
    if (omitted > 0) suppressions[`${list}Omitted`] = omitted;
  }
  out.suppressions = ordered(suppressions, SUPPRESSIONS_KEYS);
  return out;
}
function eachWithin(items, maxItems, maxChars, shape, chars, use) {
  let total = 0;
  let kept = 0;
  for (; kept < items.length && kept < maxItems; kept++) {
    const shaped = shape(items[kept]);
    total += chars(shaped);
    if (total > maxChars) break;
    use(shaped);
  }
  return items.length - kept;
}
function writeVerdictJson(verdict, write) {
  const head = orderVerdictHead(verdict);
  let first = true;
  const member = (key, text3) => {
    write(`${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: ${text3}`);
    first = false;
  };
  for (const key of Object.keys(head)) {
    const value = head[key];
    if (key === "blockingFindings" && Array.isArray(value)) {
      member(key, "");
      const omitted = writeFindings(value, write);
      if (omitted > 0) member("blockingFindingsOmitted", String(omitted));
      continue;
    }
    const text3 = JSON.stringify(value, null, 2);
    if (text3 === void 0) continue;
    member(key, indent(text3, "  "));
  }
  write(first ? "{}\n" : "\n}\n");
}
function writeFindings(findings, write) {
  let count = 0;
  const omitted = eachWithin(
    findings,
    VERDICT_MAX_BLOCKING_FINDINGS,
    VERDICT_MAX_BLOCKING_FINDINGS_CHARS,
    listedFinding,
    (f) => f.plainLength,
    (f) => {
      write(`${count === 0 ? `[
${ITEM_INDENT}` : `,
${ITEM_INDENT}`}${f.text}`);
      count++;
    }
  );
  write(count === 0 ? "[]" : "\n  ]");
  return omitted;
}
function listedFinding(finding) {
  const direct = findingJson(finding);
  if (direct !== void 0) return direct;
  const plain = JSON.stringify(ordered(finding, FINDING_KEYS), null, 2);
  return { text: indent(plain, ITEM_INDENT), plainLength: plain.length };
}
function jsonString(text3) {
  return NEEDS_JSON_ESCAPE.test(text3) ? JSON.stringify(text3) : `"${text3}"`;
}
function findingJson(finding) {
  const source = finding;
  let text3 = "{";
  let members = 0;
  for (let i = 0; i < FINDING_KEYS.length; i++) {
    const value = source[FINDING_KEYS[i]];
    if (value === void 0) continue;
    let valueJson;
    if (typeof value === "string") valueJson = jsonString(value);
    else if (typeof value === "number") valueJson = JSON.stringify(value);
    else return void 0;
    text3 += members === 0 ? `${FINDING_FIELD_OPENERS[i]}${valueJson}` : `,${FINDING_FIELD_OPENERS[i]}${valueJson}`;
    members++;
  }
  if (members !== Object.keys(source).length) return void 0;
  if (members === 0) return { text: "{}", plainLength: 2 };
  text3 += `
${ITEM_INDENT}}`;
  return { text: text3, plainLength: text3.length - ITEM_INDENT.length * (members + 1) };
}
function indent(json, by) {
  return json.includes("\n") ? json.replace(/\n/g, `
${by}`) : json;
}
var VERDICT_KEYS, SCANNER_KEYS, SUPPRESSION_LIST_KEYS, SUPPRESSIONS_KEYS, SUPPRESSION_KEYS, FINDING_KEYS, BASELINE_KEYS, ITEM_INDENT, NEEDS_JSON_ESCAPE, FINDING_FIELD_OPENERS;
var init_verdict_json = __esm({
  "src/outputs/verdict-json.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_severity();
    VERDICT_KEYS = [
      "schemaVersion",
      "passed",
      "blocking",
      "counts",
      "suppressed",
      "total",
      "duplicates",
      "byScanner",
      "baseline",
      "suppressions",
      "blockingFindings",
      "blockingFindingsOmitted",
      "policy",
      "notes",
      "evaluatedAt"
    ];
    SCANNER_KEYS = ["passed", "blocking", "counts", "suppressed"];
    SUPPRESSION_LIST_KEYS = ["applied", "expiringSoon", "expired", "unused"];
    SUPPRESSIONS_KEYS = SUPPRESSION_LIST_KEYS.flatMap((list) => [list, `${list}Omitted`]);
    SUPPRESSION_KEYS = ["source", "id", "reason", "expires", "file", "matched"];
    FINDING_KEYS = [
      "scanner",
      "kind",
      "severity",
      "id",
      "ruleId",
      "title",
      "path",
      "target",
      "line",
      "package",
      "installedVersion",
      "fixedVersion",
      "resolution",
      "baselineState",
      "fingerprint"
    ];
    BASELINE_KEYS = ["new", "unchanged", "updated", "absent"];
    ITEM_INDENT = "    ";
    NEEDS_JSON_ESCAPE = /["\\\u0000-\u001F\uD800-\uDFFF]/;
    FINDING_FIELD_OPENERS = FINDING_KEYS.map((key) => `
${ITEM_INDENT}  ${JSON.stringify(key)}: `);
  }
});

// src/policy/baseline.ts
function severityEscalated(before, now) {
  if (before === now) return false;
  const known = before !== "UNKNOWN" && now !== "UNKNOWN";
  return !(known && severityRank(now) < severityRank(before));
}
function identity(result) {
  const facts = result.properties.srp;
  return `${facts.scanner}\0${facts.kind}\0${result.partialFingerprints[FINGERPRINT_KEY]}`;
}
var Baseline;
var init_baseline = __esm({
  "src/policy/baseline.ts"() {
    "use strict";
    init_cjs_shims();
    init_model();
    init_severity();
    Baseline = class {
      /** scanner + kind + fingerprint \u2192 slot in `entries`; `seen[slot]` marks the ones found again. */
      slots = /* @__PURE__ */ new Map();
      entries = [];
      seen;
      constructor(runs) {
        for (const run3 of runs) {
          for (const result of run3.results) {
            if (result.baselineState === "absent") continue;
            const key = identity(result);
            const slot = this.slots.get(key);
            if (slot === void 0) {
              this.slots.set(key, this.entries.length);
              this.entries.push({ result, run: run3, severities: [result.properties.srp.severity] });
            } else {
              this.entries[slot]?.severities.push(result.properties.srp.severity);
            }
          }
        }
        this.seen = new Uint8Array(this.entries.length);
      }
      get size() {
        return this.entries.length;
      }
      /** Classifies a current finding and remembers it so absent() can list what disappeared. */
      classify(result) {
        const slot = this.slots.get(identity(result));
        if (slot === void 0) return "new";
        this.seen[slot] = 1;
        const severity = result.properties.srp.severity;
        const before = this.entries[slot].severities;
        return before.some((s) => severityEscalated(s, severity)) ? "updated" : "unchanged";
      }
      absent() {
        const out = [];
        const rulesByRun = /* @__PURE__ */ new Map();
        for (let slot = 0; slot < this.entries.length; slot++) {
          if (this.seen[slot]) continue;
          const { result, run: run3 } = this.entries[slot];
          let rules = rulesByRun.get(run3);
          if (!rules) {
            rules = new Map((run3.tool.driver.rules ?? []).map((r) => [r.id, r]));
            rulesByRun.set(run3, rules);
          }
          const rule = rules.get(result.ruleId);
          const entry = { scanner: result.properties.srp.scanner, result, driver: run3.tool.driver };
          if (rule) entry.rule = rule;
          out.push(entry);
        }
        return out;
      }
    };
  }
});

// src/policy/dates.ts
function isCalendarDate(text3) {
  const match = DATE_PATTERN.exec(text3);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function expiryInstant(date) {
  return Date.parse(`${date}T00:00:00Z`);
}
function isExpired(date, now) {
  return now.getTime() >= expiryInstant(date);
}
function isExpiringWithin(date, now, days) {
  const at = expiryInstant(date);
  return now.getTime() < at && at - now.getTime() <= days * DAY_MS;
}
var YAML_OPTIONS, DATE_PATTERN, DAY_MS;
var init_dates = __esm({
  "src/policy/dates.ts"() {
    "use strict";
    init_cjs_shims();
    YAML_OPTIONS = { uniqueKeys: true, schema: "core", resolveKnownTags: false, logLevel: "error" };
    DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
    DAY_MS = 864e5;
  }
});

// src/policy/duplicates.ts
function sameList(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a.length !== b.length) return false;
  return a.every((value, i) => value === b[i]);
}
function sameSuppressions(a, b) {
  if ((a?.length ?? 0) === 0 && (b?.length ?? 0) === 0) return true;
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}
function sameFinding(a, b) {
  if (a.partialFingerprints[FINGERPRINT_KEY] !== b.partialFingerprints[FINGERPRINT_KEY]) return false;
  if (a.ruleId !== b.ruleId || a.message.text !== b.message.text) return false;
  const fa = a.properties.srp;
  const fb = b.properties.srp;
  for (const key of FACT_KEYS) if (fa[key] !== fb[key]) return false;
  return sameList(fa.aliases, fb.aliases) && sameSuppressions(a.suppressions, b.suppressions);
}
var FACT_KEYS;
var init_duplicates = __esm({
  "src/policy/duplicates.ts"() {
    "use strict";
    init_cjs_shims();
    init_model();
    FACT_KEYS = [
      "scanner",
      "kind",
      "severity",
      "id",
      "package",
      "installedVersion",
      "fixedVersion",
      "status",
      "path",
      "target",
      "line",
      "nativeFingerprint",
      "title",
      "resolution"
    ];
  }
});

// src/policy/gate.ts
function isUnfixed(facts) {
  if (facts.kind !== "vulnerability") return false;
  return !facts.fixedVersion && facts.status !== "fixed";
}
var Gate;
var init_gate = __esm({
  "src/policy/gate.ts"() {
    "use strict";
    init_cjs_shims();
    Gate = class {
      constructor(policy) {
        this.policy = policy;
      }
      policy;
      // Two-level cache (scanner, then kind): called once per finding, so no key strings are built.
      cache = /* @__PURE__ */ new Map();
      last;
      /** Top-level settings, then the scanner's override, then the kind's (the most specific wins). */
      settingsFor(scanner, kind) {
        return this.resolved(scanner, kind).settings;
      }
      resolved(scanner, kind) {
        const last = this.last;
        if (last !== void 0 && last.scanner === scanner && last.kind === kind) return last.entry;
        const entry = this.lookup(scanner, kind);
        this.last = { scanner, kind, entry };
        return entry;
      }
      lookup(scanner, kind) {
        let byKind = this.cache.get(scanner);
        if (!byKind) {
          byKind = /* @__PURE__ */ new Map();
          this.cache.set(scanner, byKind);
        }
        let entry = byKind.get(kind);
        if (!entry) {
          const { blockingSeverities, secretsAlwaysBlock, ignoreUnfixed } = this.policy;
          const settings = {
            blockingSeverities,
            secretsAlwaysBlock,
            ignoreUnfixed,
            ...this.policy.scanners[scanner.toLowerCase()],
            ...this.policy.kinds[kind]
          };
          entry = { settings, severities: new Set(settings.blockingSeverities) };
          byKind.set(kind, entry);
        }
        return entry;
      }
      /** What the finding itself warrants under the policy, before suppressions and baselines. */
      severityBlocks(facts) {
        const { settings, severities } = this.resolved(facts.scanner, facts.kind);
        if (facts.kind === "secret" && settings.secretsAlwaysBlock) return true;
        if (settings.ignoreUnfixed && isUnfixed(facts)) return false;
        return severities.has(facts.severity);
      }
      /**
       * The whole rule: suppressed never blocks; with newFindingsOnly and a baseline, unchanged never
       * blocks (updated \u2014 in the baseline at a lower severity \u2014 is gated like new).
       */
      shouldBlock(facts, context) {
        if (context?.suppressed) return false;
        if (this.policy.newFindingsOnly && context?.baselineState === "unchanged") return false;
        return this.severityBlocks(facts);
      }
    };
  }
});

// src/policy/ignore-lines.ts
function ignoreLines(text3) {
  const entries = [];
  let comment = [];
  const lines2 = text3.split(/\r?\n/);
  for (let index = 0; index < lines2.length; index++) {
    const line2 = (lines2[index] ?? "").trim();
    if (line2 === "") {
      comment = [];
    } else if (line2.startsWith("#")) {
      const note = line2.replace(/^#+\s*/, "");
      if (note !== "") comment.push(note);
    } else {
      entries.push({ text: line2, number: index + 1, comment: comment.join(" ") });
      comment = [];
    }
  }
  return entries;
}
var init_ignore_lines = __esm({
  "src/policy/ignore-lines.ts"() {
    "use strict";
    init_cjs_shims();
  }
});

// src/policy/gitleaksignore.ts
function parseGitleaksIgnore(text3, file) {
  const entries = [];
  for (const { text: line2, number: number2, comment } of ignoreLines(text3)) {
    if (/\s#/.test(line2)) {
      throw new InputError(
        file,
        `line ${number2} has a trailing comment, which Gitleaks does not support (the entry would never match); put the comment on the line above`
      );
    }
    if (!FINGERPRINT.test(line2)) {
      throw new InputError(
        file,
        `line ${number2} is not a Gitleaks fingerprint (expected commit:file:rule:line or file:rule:line, as in the report's Fingerprint field)`
      );
    }
    entries.push({ fingerprint: line2, reason: comment || `listed in ${file}`, line: number2 });
  }
  return { source: "gitleaksignore", scanner: "gitleaks", file, entries };
}
function gitleaksFingerprintForms(nativeFingerprint2, finding) {
  const commitPrefix = /^[0-9a-f]{7,64}:/i.exec(nativeFingerprint2);
  if (!commitPrefix || finding.path === void 0) return [nativeFingerprint2];
  const rest = nativeFingerprint2.slice(commitPrefix[0].length);
  return rest === `${finding.path}:${finding.id}:${finding.line ?? 0}` ? [nativeFingerprint2, rest] : [nativeFingerprint2];
}
var FINGERPRINT;
var init_gitleaksignore = __esm({
  "src/policy/gitleaksignore.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_ignore_lines();
    FINGERPRINT = /^.+:[^:\s]+:\d+$/;
  }
});

// src/policy/glob.ts
function compileNodes(nodes) {
  const op = [];
  const a = [];
  const b = [];
  const classes = [];
  const emit = (code, x = 0, y = 0) => {
    op.push(code);
    a.push(x);
    b.push(y);
    return op.length - 1;
  };
  const loop = (charOp) => {
    const split = emit(SPLIT);
    emit(charOp);
    emit(JMP, split);
    a[split] = split + 1;
    b[split] = op.length;
  };
  const seq = (list) => {
    for (const n of list) {
      switch (n.t) {
        case "lit":
          emit(LIT, n.c);
          break;
        case "one":
          emit(ONE);
          break;
        case "class":
          classes.push({ ranges: n.ranges, negated: n.negated });
          emit(CLASS, classes.length - 1);
          break;
        case "star":
          loop(ONE);
          break;
        case "any":
          loop(ANYCHAR);
          break;
        case "opt": {
          const split = emit(SPLIT);
          seq(n.body);
          a[split] = split + 1;
          b[split] = op.length;
          break;
        }
        case "alt": {
          const jumps = [];
          n.options.forEach((option, k) => {
            if (k < n.options.length - 1) {
              const split = emit(SPLIT);
              seq(option);
              jumps.push(emit(JMP));
              a[split] = split + 1;
              b[split] = op.length;
            } else {
              seq(option);
            }
          });
          for (const j of jumps) a[j] = op.length;
          break;
        }
      }
    }
  };
  seq(nodes);
  emit(MATCH);
  return { op: Uint8Array.from(op), a: Int32Array.from(a), b: Int32Array.from(b), classes };
}
function inClass(cls, c) {
  if (c === SLASH) return false;
  let hit = false;
  for (let k = 0; k < cls.ranges.length; k += 2) {
    if (c >= cls.ranges[k] && c <= cls.ranges[k + 1]) {
      hit = true;
      break;
    }
  }
  return hit !== cls.negated;
}
function run(p, subject) {
  const n = p.op.length;
  let current = new Int32Array(n);
  let next = new Int32Array(n);
  let currentSize = 0;
  let nextSize = 0;
  const mark = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n * 2 + 2);
  let generation = 0;
  const add = (list, size, pc) => {
    let top = 0;
    stack[top++] = pc;
    while (top > 0) {
      const at = stack[--top];
      if (mark[at] === generation) continue;
      mark[at] = generation;
      const code = p.op[at];
      if (code === JMP) stack[top++] = p.a[at];
      else if (code === SPLIT) {
        stack[top++] = p.b[at];
        stack[top++] = p.a[at];
      } else list[size++] = at;
    }
    return size;
  };
  currentSize = add(current, 0, 0);
  for (const ch of subject) {
    if (currentSize === 0) return false;
    const c = ch.codePointAt(0);
    generation++;
    nextSize = 0;
    for (let k = 0; k < currentSize; k++) {
      const pc = current[k];
      let ok;
      switch (p.op[pc]) {
        case LIT:
          ok = p.a[pc] === c;
          break;
        case ONE:
          ok = c !== SLASH;
          break;
        case ANYCHAR:
          ok = true;
          break;
        case CLASS:
          ok = inClass(p.classes[p.a[pc]], c);
          break;
        default:
          ok = false;
      }
      if (ok) nextSize = add(next, nextSize, pc + 1);
    }
    [current, next] = [next, current];
    currentSize = nextSize;
  }
  for (let k = 0; k < currentSize; k++) if (p.op[current[k]] === MATCH) return true;
  return false;
}
function compileGlob(glob) {
  if (glob.length === 0) throw new GlobSyntaxError("is empty");
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  const source = glob.startsWith("./") ? glob.slice(2) : glob;
  const nodes = new Parser(source).parse();
  let prefix = "";
  let suffix = "";
  for (const n of nodes) {
    if (n.t !== "lit") break;
    prefix += String.fromCodePoint(n.c);
  }
  if (prefix.length < source.length) {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const n = nodes[k];
      if (n.t !== "lit") break;
      suffix = String.fromCodePoint(n.c) + suffix;
    }
  }
  const literalSegments = [];
  let segment = "";
  const endSegment = () => {
    if (segment) literalSegments.push(segment);
    segment = "";
  };
  for (const n of nodes) {
    if (n.t === "lit" && n.c === SLASH || n.t === "opt" || n.t === "any") endSegment();
    else if (n.t === "lit" && segment !== void 0) segment += String.fromCodePoint(n.c);
    else segment = void 0;
  }
  endSegment();
  const program = compileNodes(nodes);
  const exact = prefix.length > 0 && nodes.every((n) => n.t === "lit");
  return {
    glob,
    literalSegments,
    matches(subject) {
      const s = subject.startsWith("./") ? subject.slice(2) : subject;
      if (s.length > MAX_GLOB_SUBJECT_LENGTH) return false;
      if (exact) return s === prefix;
      if (!s.startsWith(prefix) || !s.endsWith(suffix)) return false;
      return run(program, s);
    }
  };
}
function globProblem(glob) {
  try {
    compileGlob(glob);
    return void 0;
  } catch (error) {
    if (error instanceof GlobSyntaxError) return error.message;
    throw error;
  }
}
var MAX_GLOB_LENGTH, MAX_GLOB_SUBJECT_LENGTH, GlobSyntaxError, SLASH, Parser, LIT, ONE, ANYCHAR, CLASS, SPLIT, JMP, MATCH;
var init_glob = __esm({
  "src/policy/glob.ts"() {
    "use strict";
    init_cjs_shims();
    MAX_GLOB_LENGTH = 1024;
    MAX_GLOB_SUBJECT_LENGTH = 4096;
    GlobSyntaxError = class extends Error {
    };
    SLASH = 47;
    Parser = class {
      constructor(glob) {
        this.glob = glob;
        this.cps = Array.from(glob, (ch) => ch.codePointAt(0));
      }
      glob;
      i = 0;
      cps;
      parse() {
        const seq = this.sequence(false, true);
        if (this.i < this.cps.length) throw new GlobSyntaxError(`unexpected '${this.glob[this.i]}'`);
        return seq;
      }
      /** A sequence up to the end, or up to `,`/`}` inside braces. */
      sequence(inBrace, atSegmentStart) {
        const out = [];
        const start = this.i;
        while (this.i < this.cps.length) {
          const c = this.cps[this.i];
          if (inBrace && (c === 44 || c === 125)) break;
          const segmentStart = this.i === start ? atSegmentStart : this.cps[this.i - 1] === SLASH;
          if (c === 42) {
            let stars = 0;
            while (this.cps[this.i] === 42) {
              stars++;
              this.i++;
            }
            const next = this.cps[this.i];
            const endsHere = next === void 0 || inBrace && (next === 44 || next === 125);
            if (stars >= 2 && segmentStart && (next === SLASH || endsHere)) {
              if (next === SLASH) {
                this.i++;
                out.push({ t: "opt", body: [{ t: "any" }, { t: "lit", c: SLASH }] });
              } else if (out.length > 0 && out[out.length - 1]?.t === "lit" && out[out.length - 1].c === SLASH) {
                out.pop();
                out.push({ t: "opt", body: [{ t: "lit", c: SLASH }, { t: "any" }] });
              } else {
                out.push({ t: "any" });
              }
            } else {
              out.push({ t: "star" });
            }
            continue;
          }
          this.i++;
          if (c === 63) out.push({ t: "one" });
          else if (c === 91) out.push(this.charClass());
          else if (c === 123) out.push(this.braces(segmentStart));
          else if (c === 92) {
            const escaped = this.cps[this.i++];
            if (escaped === void 0) throw new GlobSyntaxError("ends with a lone backslash");
            out.push({ t: "lit", c: escaped });
          } else out.push({ t: "lit", c });
        }
        return out;
      }
      braces(segmentStart) {
        const options = [];
        for (; ; ) {
          options.push(this.sequence(true, segmentStart));
          const c = this.cps[this.i++];
          if (c === 125) break;
          if (c !== 44) throw new GlobSyntaxError("has a '{' without its '}'");
        }
        return { t: "alt", options };
      }
      charClass() {
        let negated = false;
        if (this.cps[this.i] === 33 || this.cps[this.i] === 94) {
          negated = true;
          this.i++;
        }
        const ranges = [];
        let first = true;
        for (; ; ) {
          let c = this.cps[this.i++];
          if (c === void 0) throw new GlobSyntaxError("has a '[' without its ']'");
          if (c === 93 && !first) break;
          first = false;
          if (c === 92) {
            c = this.cps[this.i++];
            if (c === void 0) throw new GlobSyntaxError("has a '[' without its ']'");
          }
          let hi = c;
          if (this.cps[this.i] === 45 && this.cps[this.i + 1] !== void 0 && this.cps[this.i + 1] !== 93) {
            hi = this.cps[this.i + 1];
            this.i += 2;
            if (hi < c) throw new GlobSyntaxError("has a character range written backwards");
          }
          ranges.push(c, hi);
        }
        return { t: "class", ranges, negated };
      }
    };
    LIT = 0;
    ONE = 1;
    ANYCHAR = 2;
    CLASS = 3;
    SPLIT = 4;
    JMP = 5;
    MATCH = 6;
  }
});

// src/policy/suppressions.ts
function describePolicySuppression(s) {
  const parts = [];
  if (s.id) parts.push(s.id);
  if (s.fingerprint) parts.push(`fingerprint=${s.fingerprint}`);
  if (s.package) parts.push(`package=${s.package}`);
  if (s.path) parts.push(`path=${s.path}`);
  if (s.scanner) parts.push(`scanner=${s.scanner}`);
  return parts.join(" ");
}
function withOptional(base, extra) {
  for (const [key, value] of Object.entries(extra)) if (value !== void 0) base[key] = value;
  return base;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function fingerprintKeys(result, facts) {
  const keys = [result.partialFingerprints[FINGERPRINT_KEY]];
  if (facts.nativeFingerprint) keys.push(...gitleaksFingerprintForms(facts.nativeFingerprint, facts));
  if (facts.scanner === "gitleaks" && facts.path && facts.line !== void 0) {
    keys.push(`${facts.path}:${facts.id}:${facts.line}`);
  }
  return keys.length === 1 ? keys : [...new Set(keys)];
}
function canonicalCheckId(id) {
  const match = /^(?:AVD-)?([A-Z][A-Z0-9]*?)-?(\d{3,4})$/.exec(id.toUpperCase());
  return match ? `~${match[1]}-${Number(match[2])}` : void 0;
}
function suppressionIdKeys(id, exact) {
  const canonical = canonicalCheckId(id);
  if (exact) return canonical && id === id.toUpperCase() ? [`e:${id}`, `e:${canonical}`] : [`e:${id}`];
  return canonical ? [`i:${id.toLowerCase()}`, `i:${canonical}`] : [`i:${id.toLowerCase()}`];
}
function findingIdKeys(id) {
  let keys = keyCache.get(id);
  if (keys === void 0) {
    const canonical = canonicalCheckId(id);
    keys = {
      plain: [`e:${id}`, `i:${id.toLowerCase()}`],
      // Exact-case canonical key only when the id itself is written the way Trivy writes it.
      check: canonical ? [...id === id.toUpperCase() ? [`e:${canonical}`] : [], `i:${canonical}`] : []
    };
    if (keyCache.size > 1e5) keyCache.clear();
    keyCache.set(id, keys);
  }
  return keys;
}
function findingKeys(facts, result) {
  const ids = [facts.id, result.ruleId];
  const aliases = facts.aliases;
  if (Array.isArray(aliases)) {
    for (const alias of aliases) if (typeof alias === "string") ids.push(alias);
  }
  const isTrivyCheck = facts.scanner === "trivy" && facts.kind === "misconfiguration";
  const keys = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (ids.indexOf(id) !== i) continue;
    const k = findingIdKeys(id);
    for (const key of k.plain) if (!keys.includes(key)) keys.push(key);
    if (isTrivyCheck) {
      for (const key of k.check) if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}
function isOsPackage(facts) {
  return facts.path === "os-pkgs" || targetOs(facts.target) !== void 0;
}
function targetOs(target) {
  const os = target === void 0 ? null : /\(([a-z.-]+) ([\w.-]+)\)$/i.exec(target);
  return os ? { family: os[1].toLowerCase(), version: os[2] } : void 0;
}
function purlMatches(p, facts) {
  if (p.uncheckable || facts.package !== p.name || p.osPackage !== isOsPackage(facts)) return false;
  if (p.osFamily !== void 0 || p.distro !== void 0) {
    const os = targetOs(facts.target);
    if (!os) return false;
    if (p.osFamily !== void 0 && p.osFamily !== os.family) return false;
    if (p.distro !== void 0 && p.distro !== os.version && p.distro !== `${os.family}-${os.version}`) return false;
  }
  if (p.version === void 0) return true;
  const installed = facts.installedVersion;
  return installed === p.version || p.epoch !== void 0 && installed === `${p.epoch}:${p.version}`;
}
function matches(s, facts, result, where) {
  if (s.scanner !== void 0 && s.scanner !== facts.scanner) return false;
  if (s.kind !== void 0 && s.kind !== facts.kind) return false;
  if (s.ids && !findingKeys(facts, result).some((key) => s.ids?.includes(key))) return false;
  if (s.fingerprint !== void 0 && !fingerprintKeys(result, facts).includes(s.fingerprint)) return false;
  if (s.packageName !== void 0 && s.packageName !== facts.package) return false;
  if (s.packages && !s.packages.some((p) => purlMatches(p, facts))) return false;
  if (s.globs) {
    const place = where();
    const hit = (subject) => subject !== void 0 && subject !== "" && (s.globs?.some((g) => g.matches(subject)) ?? false);
    if (!hit(place) && !(s.globsMatchTarget && facts.target !== place && hit(facts.target))) return false;
  }
  return true;
}
var SuppressionMatcher, keyCache;
var init_suppressions = __esm({
  "src/policy/suppressions.ts"() {
    "use strict";
    init_cjs_shims();
    init_location();
    init_model();
    init_dates();
    init_gitleaksignore();
    init_glob();
    SuppressionMatcher = class {
      constructor(policySuppressions, policyFile, ignoreFiles, now, honorReportSuppressions) {
        this.honorReportSuppressions = honorReportSuppressions;
        for (const s of policySuppressions) {
          const ref = withOptional(
            { id: describePolicySuppression(s), reason: s.reason, source: "policy" },
            { expires: s.expires, file: policyFile === "default" ? void 0 : policyFile }
          );
          this.add(
            withOptional(this.base(ref, now), {
              // Policy ids are compared case-insensitively: people write cve-2024-1 and mean CVE-2024-1.
              ids: s.id ? suppressionIdKeys(s.id, false) : void 0,
              fingerprint: s.fingerprint,
              packageName: s.package,
              globs: s.path ? [compileGlob(s.path)] : void 0,
              scanner: s.scanner?.toLowerCase()
            })
          );
        }
        for (const ignore of ignoreFiles) {
          for (const entry of ignore.entries) {
            const label = entry.id ?? entry.fingerprint ?? "";
            const ref = withOptional(
              { id: entry.paths ? `${label} paths=${entry.paths.join(",")}` : label, reason: entry.reason, source: ignore.source },
              { expires: entry.expires, file: ignore.file }
            );
            this.add(
              withOptional(this.base(ref, now), {
                // Ignore files are compared as their scanner compares them: exactly (Trivy 0.74 does
                // not ignore ds-0002 for DS-0002), so srp never suppresses what the scanner would report.
                ids: entry.id ? suppressionIdKeys(entry.id, true) : void 0,
                fingerprint: entry.fingerprint,
                packages: entry.packages,
                globs: entry.paths?.map(compileGlob),
                globsMatchTarget: entry.paths ? true : void 0,
                scanner: ignore.scanner,
                kind: entry.kind
              })
            );
          }
        }
      }
      honorReportSuppressions;
      all = [];
      byId = /* @__PURE__ */ new Map();
      byFingerprint = /* @__PURE__ */ new Map();
      /** Policy suppressions whose first matcher is a package name. */
      byPackage = /* @__PURE__ */ new Map();
      /** Path-only suppressions by a whole path segment their glob spells out literally. */
      bySegment = /* @__PURE__ */ new Map();
      /** Path-only suppressions whose glob has no literal segment (`**\/*.md`): tried on every location. */
      wildcardPaths = [];
      /** In-report SARIF suppressions, grouped by their justification for the verdict. */
      fromReports = /* @__PURE__ */ new Map();
      matchCalls = 0;
      base(ref, now) {
        return { ref, order: this.all.length, expired: ref.expires ? isExpired(ref.expires, now) : false, matched: 0 };
      }
      add(s) {
        this.all.push(s);
        if (s.ids) {
          for (const id of s.ids) push(this.byId, id, s);
        } else if (s.fingerprint) {
          push(this.byFingerprint, s.fingerprint, s);
        } else if (s.packageName !== void 0) {
          push(this.byPackage, s.packageName, s);
        } else {
          const segments = s.globs?.[0]?.literalSegments ?? [];
          const key = segments.reduce((best, seg) => best === void 0 || seg.length > best.length ? seg : best, void 0);
          if (key !== void 0) push(this.bySegment, key, s);
          else this.wildcardPaths.push(s);
        }
      }
      /** The suppression that accepts this finding, if any; counts matches for the verdict. */
      match(result) {
        return this.find(result, true);
      }
      /**
       * What match() would answer for this finding, without counting it: decided on this finding's
       * own facts, so a copy of a suppressed finding is never suppressed by association.
       */
      peek(result) {
        return this.find(result, false);
      }
      find(result, count) {
        if (this.all.length === 0) return this.honorReportSuppressions ? this.fromReport(result, count) : void 0;
        const facts = result.properties.srp;
        let winner;
        let location;
        const where = () => (location ??= { value: findingLocation(facts) }).value;
        const consider = (candidates) => {
          if (!candidates) return;
          for (const s of candidates) {
            if (!matches(s, facts, result, where)) continue;
            if (count) s.matched++;
            if (!s.expired && (winner === void 0 || s.order < winner.order)) winner = s;
          }
        };
        if (this.byId.size > 0) {
          const stamp = ++this.matchCalls;
          for (const key of findingKeys(facts, result)) {
            const candidates = this.byId.get(key);
            if (!candidates) continue;
            for (const c of candidates) {
              if (c.stamp === stamp) continue;
              c.stamp = stamp;
              consider([c]);
            }
          }
        }
        if (this.byFingerprint.size > 0) {
          for (const key of fingerprintKeys(result, facts)) consider(this.byFingerprint.get(key));
        }
        if (this.byPackage.size > 0 && facts.package !== void 0) consider(this.byPackage.get(facts.package));
        if (this.bySegment.size > 0 || this.wildcardPaths.length > 0) {
          const place = where();
          if (place !== void 0) {
            if (this.bySegment.size > 0) {
              for (const segment of new Set(place.split("/"))) consider(this.bySegment.get(segment));
            }
            consider(this.wildcardPaths);
          }
        }
        if (winner) return winner.ref;
        return this.honorReportSuppressions ? this.fromReport(result, count) : void 0;
      }
      fromReport(result, count) {
        const suppressions = result.suppressions;
        if (!suppressions || suppressions.length === 0) return void 0;
        if (suppressions.some((s) => s.status === "underReview" || s.status === "rejected")) return void 0;
        const accepted = suppressions.find((s) => s.status === void 0 || s.status === "accepted");
        if (!accepted) return void 0;
        const reason = accepted.justification?.trim() || `suppressed in the report (${accepted.kind})`;
        const key = `${accepted.kind}\0${reason}`;
        let applied = this.fromReports.get(key);
        if (!applied) {
          applied = { id: `report ${accepted.kind} suppression`, reason, source: "sarif", matched: 0 };
          this.fromReports.set(key, applied);
        }
        if (count) applied.matched++;
        return applied;
      }
      report() {
        const applied = [];
        const expired = [];
        const unused = [];
        for (const s of this.all) {
          if (s.expired) expired.push({ ...s.ref, matched: s.matched });
          else if (s.matched > 0) applied.push({ ...s.ref, matched: s.matched });
          else unused.push(s.ref);
        }
        for (const s of this.fromReports.values()) applied.push({ ...s });
        return { applied, expired, unused };
      }
    };
    keyCache = /* @__PURE__ */ new Map();
  }
});

// src/policy/evaluate.ts
function emptyCounts() {
  return zeroSeverityCounts();
}
function summarizeFinding(result, baselineState) {
  const f = result.properties.srp;
  const summary = {
    scanner: f.scanner,
    kind: f.kind,
    severity: f.severity,
    id: f.id,
    ruleId: result.ruleId,
    fingerprint: result.partialFingerprints[FINGERPRINT_KEY]
  };
  if (f.title !== void 0) summary.title = f.title;
  if (f.path !== void 0) summary.path = f.path;
  if (f.target !== void 0) summary.target = f.target;
  if (f.line !== void 0) summary.line = f.line;
  if (f.package !== void 0) summary.package = f.package;
  if (f.installedVersion !== void 0) summary.installedVersion = f.installedVersion;
  if (f.fixedVersion !== void 0) summary.fixedVersion = f.fixedVersion;
  if (f.resolution !== void 0) summary.resolution = f.resolution;
  if (baselineState !== void 0) summary.baselineState = baselineState;
  return summary;
}
function evaluate(input) {
  const { runs, policy, now } = input;
  const gate = new Gate(policy);
  const matcher = new SuppressionMatcher(
    policy.suppressions,
    policy.source,
    input.ignores ?? [],
    now,
    input.honorReportSuppressions ?? policy.honorReportSuppressions
  );
  const baseline = input.baseline ? new Baseline(input.baseline) : void 0;
  const counts = emptyCounts();
  const byScanner = /* @__PURE__ */ Object.create(null);
  const blockingByRank = [[], [], [], [], [], []];
  const decisions = [];
  let total = 0;
  let duplicates = 0;
  let suppressed = 0;
  const seen = /* @__PURE__ */ new Map();
  let newCount = 0;
  let unchangedCount = 0;
  let updatedCount = 0;
  for (const run3 of runs) {
    const runDecisions = new Array(run3.results.length);
    const runScanner = run3.tool.driver.name.toLowerCase();
    if (run3.results.length === 0 && !byScanner[runScanner]) byScanner[runScanner] = scannerVerdict();
    for (let index = 0; index < run3.results.length; index++) {
      const result = run3.results[index];
      const facts = result.properties.srp;
      const scanner = byScanner[facts.scanner] ??= scannerVerdict();
      const fingerprint = result.partialFingerprints[FINGERPRINT_KEY];
      const gated = seen.get(fingerprint);
      let first;
      for (let g = gated; g !== void 0 && first === void 0; g = g.next) if (sameFinding(g.result, result)) first = g.decision;
      if (first && matcher.peek(result) === first.suppression) {
        duplicates++;
        runDecisions[index] = { ...first, blocking: false, duplicate: true };
        continue;
      }
      total++;
      const decision = { blocking: false };
      if (gated === void 0) seen.set(fingerprint, { result, decision, next: void 0 });
      else {
        let last = gated;
        while (last.next !== void 0) last = last.next;
        last.next = { result, decision, next: void 0 };
      }
      if (baseline) {
        const state = baseline.classify(result);
        decision.baselineState = state;
        if (state === "new") newCount++;
        else if (state === "updated") updatedCount++;
        else unchangedCount++;
      }
      const suppression = matcher.match(result);
      if (suppression) {
        decision.suppression = suppression;
        suppressed++;
        scanner.suppressed++;
      } else {
        const key = severityKey(facts.severity);
        counts[key]++;
        scanner.counts[key]++;
        if (gate.shouldBlock(facts, decision.baselineState === void 0 ? void 0 : { baselineState: decision.baselineState })) {
          decision.blocking = true;
          scanner.blocking++;
          scanner.passed = false;
          blockingByRank[severityRank(facts.severity)].push(summarizeFinding(result, decision.baselineState));
        }
      }
      runDecisions[index] = decision;
    }
    decisions.push(runDecisions);
  }
  const blockingFindings = blockingByRank.reverse().flat();
  const report = matcher.report();
  const expiringSoon = report.applied.filter((s) => s.expires !== void 0 && isExpiringWithin(s.expires, now, policy.expiryWarningDays)).map(({ matched: _matched, ...ref }) => ref);
  const absent = baseline ? baseline.absent() : [];
  const notes = [];
  if (policy.newFindingsOnly && !baseline) {
    notes.push("newFindingsOnly is set but no baseline was given, so every finding was gated.");
  }
  if (report.expired.some((s) => s.matched > 0)) {
    notes.push("Expired suppressions no longer apply; the findings they covered are gated again.");
  }
  const verdict = {
    schemaVersion: 1,
    passed: blockingFindings.length === 0,
    blocking: blockingFindings.length,
    counts,
    suppressed,
    total,
    byScanner,
    suppressions: { applied: report.applied, expired: report.expired, unused: report.unused, expiringSoon },
    blockingFindings,
    evaluatedAt: now.toISOString(),
    policy: {
      source: policy.source,
      blockingSeverities: [...policy.blockingSeverities],
      secretsAlwaysBlock: policy.secretsAlwaysBlock,
      ignoreUnfixed: policy.ignoreUnfixed,
      newFindingsOnly: policy.newFindingsOnly,
      hasOverrides: Object.keys(policy.scanners).length > 0 || Object.keys(policy.kinds).length > 0
    },
    notes
  };
  if (duplicates > 0) {
    verdict.duplicates = duplicates;
    notes.push(
      `${duplicates} finding${duplicates === 1 ? " was" : "s were"} reported more than once, identical in every detail, and counted once.`
    );
  }
  if (baseline) verdict.baseline = { new: newCount, unchanged: unchangedCount, updated: updatedCount, absent: absent.length };
  return { verdict, decisions, absent };
}
function scannerVerdict() {
  return { passed: true, blocking: 0, counts: emptyCounts(), suppressed: 0 };
}
var init_evaluate = __esm({
  "src/policy/evaluate.ts"() {
    "use strict";
    init_cjs_shims();
    init_model();
    init_severity();
    init_baseline();
    init_dates();
    init_duplicates();
    init_gate();
    init_suppressions();
  }
});

// src/commands/args.ts
function parseCommandArgs(command, argv, options, allowPositionals = true) {
  try {
    return (0, import_node_util.parseArgs)({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error.message.split("\n")[0] ?? "invalid arguments";
    throw new UsageError(`${command}: ${message}; run 'srp ${command} --help'`);
  }
}
function helpLines(flags, column = 25) {
  return flags.map(({ flag, short, arg, text: text3 }) => {
    const name = `  ${short ? `-${short}, ` : ""}--${flag}${arg ? ` ${arg}` : ""}`;
    const lines2 = text3.split("\n").map((line2) => `${" ".repeat(column)}${line2}`);
    if (name.length > column - 2) return [name, ...lines2].join("\n");
    return [`${name.padEnd(column - 1)} ${text3.split("\n")[0]}`, ...lines2.slice(1)].join("\n");
  }).map((line2) => `${line2}
`).join("");
}
var import_node_util;
var init_args = __esm({
  "src/commands/args.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_util = require("util");
    init_errors();
  }
});

// src/commands/notify-options.ts
function notifying(values) {
  return values["github-status"] === true || typeof values["report-to"] === "string";
}
var NOTIFY_HELP_COLUMN, GITHUB_TARGET_OPTIONS, NETWORK_OPTIONS, NOTIFY_OPTIONS, GITHUB_TARGET_HELP, NETWORK_HELP, NOTIFY_HELP;
var init_notify_options = __esm({
  "src/commands/notify-options.ts"() {
    "use strict";
    init_cjs_shims();
    init_args();
    NOTIFY_HELP_COLUMN = 31;
    GITHUB_TARGET_OPTIONS = {
      "github-api-url": { type: "string" },
      repo: { type: "string" },
      sha: { type: "string" },
      "token-env": { type: "string" }
    };
    NETWORK_OPTIONS = {
      "notify-timeout": { type: "string" },
      "notify-retries": { type: "string" },
      verbose: { type: "boolean", default: false }
    };
    NOTIFY_OPTIONS = {
      "github-status": { type: "boolean", default: false },
      "status-context-prefix": { type: "string" },
      "status-scanners": { type: "string" },
      "target-url": { type: "string" },
      ...GITHUB_TARGET_OPTIONS,
      "report-to": { type: "string" },
      "report-token-env": { type: "string" },
      branch: { type: "string" },
      "build-number": { type: "string" },
      "build-url": { type: "string" },
      image: { type: "string" },
      "image-tag": { type: "string" },
      ...NETWORK_OPTIONS
    };
    GITHUB_TARGET_HELP = helpLines(
      [
        {
          flag: "github-api-url",
          arg: "URL",
          text: "GitHub Enterprise Server: https://HOST/api/v3 (default: GITHUB_API_URL\nor https://api.github.com)"
        },
        { flag: "repo", arg: "OWNER/NAME", text: "default: GIT_URL, then the checkout's origin remote" },
        { flag: "sha", arg: "SHA", text: "default: ghprbActualCommit, GIT_COMMIT (PR head for PR merge builds), HEAD" },
        { flag: "token-env", arg: "NAME", text: "variable holding the token (default: GITHUB_TOKEN); never printed" }
      ],
      NOTIFY_HELP_COLUMN
    );
    NETWORK_HELP = helpLines(
      [
        { flag: "notify-timeout", arg: "SECONDS", text: "per-request timeout (default: 10)" },
        { flag: "notify-retries", arg: "N", text: "retries for 5xx, timeouts and rate limits (default: 3)" },
        { flag: "verbose", text: "log each request's method, path and status (never headers or tokens)" }
      ],
      NOTIFY_HELP_COLUMN
    );
    NOTIFY_HELP = `GitHub commit statuses (docs/github-statuses.md)
${helpLines(
      [
        { flag: "github-status", text: "post one status per scanner and one for the gate" },
        { flag: "status-context-prefix", arg: "P", text: "contexts P/<scanner> and P/gate (default: security)" },
        {
          flag: "status-scanners",
          arg: "LIST",
          text: "scanners whose status is always posted (default: gitleaks,trivy;\none with no report gets 'error'); '' for only those in the reports"
        },
        { flag: "target-url", arg: "URL", text: "link on the statuses (default: BUILD_URL)" }
      ],
      NOTIFY_HELP_COLUMN
    )}${GITHUB_TARGET_HELP}Release ledger
${helpLines(
      [
        { flag: "report-to", arg: "URL", text: "post the verdict to the ledger service (POST /api/v1/releases)" },
        { flag: "report-token-env", arg: "NAME", text: "variable holding its bearer token (default: SRP_API_TOKEN)" },
        {
          flag: "branch",
          arg: "B, --build-number N, --build-url URL, --image NAME, --image-tag T",
          text: "release metadata (defaults: CHANGE_BRANCH/BRANCH_NAME/GIT_BRANCH or\ngit; BUILD_NUMBER; BUILD_URL; SRP_IMAGE; SRP_IMAGE_TAG or BUILD_NUMBER)"
        }
      ],
      NOTIFY_HELP_COLUMN
    )}Network
${NETWORK_HELP}`;
  }
});

// src/io.ts
function describeOpenError(file, error) {
  switch (error.code) {
    case "ENOENT":
      return new InputError(file, "no such file; check the path (is the scanner step writing its report there?)");
    case "EACCES":
    case "EPERM":
      return new InputError(file, "permission denied; make the file readable by this user");
    case "EISDIR":
      return new InputError(file, "is a directory, not a report file; pass the report file itself");
    case "ELOOP":
      return new InputError(file, "is a symbolic link loop");
    default:
      return new InputError(file, `cannot be read (${error.code ?? "unknown error"})`);
  }
}
function specialKind(stat) {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  return "not a regular file";
}
function refuseSpecial(file, stat, what) {
  return new InputError(file, `is ${specialKind(stat)}, not a ${what} file; save the ${what} to a regular file and pass that`);
}
function openInput(file, what, maxBytes) {
  let before;
  try {
    before = (0, import_node_fs.statSync)(file);
  } catch (error) {
    throw describeOpenError(file, error);
  }
  if (before.isDirectory()) throw new InputError(file, `is a directory, not a ${what} file; pass the file itself`);
  if (!before.isFile()) throw refuseSpecial(file, before, what);
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, READ_FLAGS);
  } catch (error) {
    throw describeOpenError(file, error);
  }
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (stat.isDirectory()) throw new InputError(file, `is a directory, not a ${what} file; pass the file itself`);
    if (!stat.isFile()) throw refuseSpecial(file, stat, what);
    if (stat.size === 0) {
      throw new InputError(file, `is empty (0 bytes); the step that writes this ${what} probably failed`);
    }
    if (maxBytes !== void 0 && stat.size > maxBytes) {
      throw new InputError(
        file,
        `is ${Math.ceil(stat.size / MIB)} MiB, above the ${Math.floor(maxBytes / MIB)} MiB limit for a ${what}; split the scan (one report per image or directory)`
      );
    }
    return { fd, size: stat.size };
  } catch (error) {
    (0, import_node_fs.closeSync)(fd);
    throw error;
  }
}
function refuseBinary(head, file, what) {
  if (head.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new InputError(file, `is binary, not a text ${what}; pass the JSON/SARIF/YAML file`);
  }
}
function readBytes(fd, buffer, length, position) {
  let offset = 0;
  while (offset < length) {
    const read = (0, import_node_fs.readSync)(fd, buffer, offset, length - offset, position + offset);
    if (read === 0) break;
    offset += read;
  }
  return offset;
}
function firstNonUtf8(buffer) {
  let i = 0;
  while (i < buffer.length) {
    const c = buffer[i];
    if (c < 128) {
      i++;
      continue;
    }
    const need = c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
    if (need === 0 || i + need > buffer.length || !(0, import_node_buffer.isUtf8)(buffer.subarray(i, i + need))) return i;
    i += need;
  }
  return i;
}
function readTextInput(file, what, maxBytes) {
  const { fd, size } = openInput(file, what, maxBytes);
  try {
    return readOpenText(fd, size, file, what);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function readOpenText(fd, size, file, what) {
  try {
    const buffer = Buffer.allocUnsafe(size);
    if (readBytes(fd, buffer, size, 0) !== size) throw new InputError(file, "changed size while being read; rerun once the writer is done");
    refuseBinary(buffer, file, what);
    if (!(0, import_node_buffer.isUtf8)(buffer)) {
      throw new InputError(file, `is not UTF-8 (byte ${firstNonUtf8(buffer)} is not part of a UTF-8 character); save the ${what} as UTF-8`);
    }
    let text3 = buffer.toString("utf8");
    if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
    if (text3.trim() === "") throw new InputError(file, `contains only whitespace; the step that writes this ${what} probably failed`);
    return text3;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof RangeError) {
      throw new InputError(file, `is too large to read as text; split the scan into smaller ${what}s`);
    }
    throw describeOpenError(file, error);
  }
}
var import_node_buffer, import_node_fs, MIB, BINARY_SNIFF_BYTES, READ_FLAGS;
var init_io = __esm({
  "src/io.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_buffer = require("buffer");
    import_node_fs = require("fs");
    init_errors();
    MIB = 1024 * 1024;
    BINARY_SNIFF_BYTES = 64 * 1024;
    READ_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0);
  }
});

// src/readers/json-scan.ts
function scalarEnd(buf, i, to, first) {
  const isNumber = first === 45 || first >= 48 && first <= 57;
  const isLiteral = first === 116 || first === 102 || first === 110;
  if (!isNumber && !isLiteral) return -(i + 1);
  let k = i + 1;
  if (isNumber) {
    while (k < to) {
      const c = buf[k];
      if (c >= 48 && c <= 57 || c === 46 || c === 101 || c === 69 || c === 43 || c === 45) k++;
      else break;
    }
  } else {
    while (k < to) {
      const c = buf[k];
      if (c >= 97 && c <= 122) k++;
      else break;
    }
  }
  return k;
}
function validScalar(buf, i, end, first) {
  if (first === 116) return end - i === 4 && buf[i + 1] === 114 && buf[i + 2] === 117 && buf[i + 3] === 101;
  if (first === 102) return end - i === 5 && buf[i + 1] === 97 && buf[i + 2] === 108 && buf[i + 3] === 115 && buf[i + 4] === 101;
  if (first === 110) return end - i === 4 && buf[i + 1] === 117 && buf[i + 2] === 108 && buf[i + 3] === 108;
  let k = i;
  if (buf[k] === 45) k++;
  if (k === end) return false;
  if (buf[k] === 48) k++;
  else if (isDigit(buf[k])) while (k < end && isDigit(buf[k])) k++;
  else return false;
  if (k < end && buf[k] === 46) {
    const digits = ++k;
    while (k < end && isDigit(buf[k])) k++;
    if (k === digits) return false;
  }
  if (k < end && (buf[k] === 101 || buf[k] === 69)) {
    k++;
    if (k < end && (buf[k] === 43 || buf[k] === 45)) k++;
    const digits = k;
    while (k < end && isDigit(buf[k])) k++;
    if (k === digits) return false;
  }
  return k === end;
}
function isDigit(c) {
  return c !== void 0 && c >= 48 && c <= 57;
}
function scanJsonFile(fd, size, spillBytes, chunkBytes = CHUNK_BYTES) {
  const scanner = new Scanner(spillBytes);
  const buf = Buffer.from(new ArrayBuffer(Math.max(chunkBytes, 16) + MAX_TOKEN_BYTES + 8 & ~3));
  const words = new Int32Array(buf.buffer, 0, buf.length >> 2);
  let base = 0;
  let filled = 0;
  let scanFrom = 0;
  let checkFrom = 0;
  let bodyStart = 0;
  let first = true;
  for (; ; ) {
    const want = Math.min(chunkBytes, buf.length - filled);
    const read = readBytes(fd, buf.subarray(filled), want, base + filled);
    filled += read;
    const last = base + filled >= size || read === 0;
    if (first) {
      first = false;
      if (filled >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) bodyStart = scanFrom = checkFrom = 3;
    }
    const checkTo = last ? filled : completeUtf8End(buf, checkFrom, filled);
    if (!(0, import_node_buffer2.isUtf8)(buf.subarray(checkFrom, checkTo))) throw new JsonScanError(base + checkFrom + firstNonUtf8(buf.subarray(checkFrom, checkTo)), "utf8");
    checkFrom = checkTo;
    const stopped = scanner.scan(buf, words, scanFrom, filled, base, last);
    if (last) {
      if (base + filled !== size) throw new JsonScanError(base + filled, "truncated");
      return { root: scanner.root, bodyStart };
    }
    const keep = Math.min(stopped, checkFrom);
    buf.copy(buf, 0, keep, filled);
    base += keep;
    filled -= keep;
    scanFrom = stopped - keep;
    checkFrom -= keep;
  }
}
function completeUtf8End(buf, from, to) {
  let k = to - 1;
  let back = 0;
  while (k >= from && back < 3 && (buf[k] & 192) === 128) {
    k--;
    back++;
  }
  if (k < from) return to;
  const lead = buf[k];
  const need = lead >= 240 ? 4 : lead >= 224 ? 3 : lead >= 192 ? 2 : 1;
  return to - k >= need ? to : k;
}
var import_node_buffer2, JsonScanError, MAX_JSON_DEPTH, CHUNK_BYTES, MAX_TOKEN_BYTES, MAX_JSON_MEMBERS, QUOTE, BACKSLASH, STRING_STOP, HEX, VALUE, VALUE_OR_CLOSE, KEY, KEY_OR_CLOSE, COLON, AFTER, DONE, IN_OBJECT, IN_ARRAY, Scanner;
var init_json_scan = __esm({
  "src/readers/json-scan.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_buffer2 = require("buffer");
    init_io();
    JsonScanError = class extends Error {
      constructor(offset, reason) {
        super(`${reason} at byte ${offset}`);
        this.offset = offset;
        this.reason = reason;
      }
      offset;
      reason;
    };
    MAX_JSON_DEPTH = 1024;
    CHUNK_BYTES = 8 * 1024 * 1024;
    MAX_TOKEN_BYTES = 1024 * 1024;
    MAX_JSON_MEMBERS = 8 * 1024 * 1024;
    QUOTE = 34;
    BACKSLASH = 92;
    STRING_STOP = new Uint8Array(256);
    for (let c = 0; c < 32; c++) STRING_STOP[c] = 1;
    STRING_STOP[QUOTE] = 1;
    STRING_STOP[BACKSLASH] = 1;
    HEX = new Uint8Array(256);
    for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
    VALUE = 0;
    VALUE_OR_CLOSE = 1;
    KEY = 2;
    KEY_OR_CLOSE = 3;
    COLON = 4;
    AFTER = 5;
    DONE = 6;
    IN_OBJECT = 1;
    IN_ARRAY = 2;
    Scanner = class {
      constructor(spillBytes) {
        this.spillBytes = spillBytes;
      }
      spillBytes;
      expect = VALUE;
      inString = false;
      /** The string being read is a key (then COLON follows), else a value (AFTER follows). */
      stringIsKey = false;
      depth = 0;
      kinds = new Uint8Array(MAX_JSON_DEPTH + 1);
      starts = new Float64Array(MAX_JSON_DEPTH + 1);
      marks = new Float64Array(MAX_JSON_DEPTH + 1);
      nonEmpty = new Uint8Array(MAX_JSON_DEPTH + 1);
      kids = [];
      commas = new Float64Array(1 << 16);
      commaCount = 0;
      /** Separators kept in the LargeNodes recorded so far. */
      retained = 0;
      root;
      /**
       * Scans buf[from, to) (file offset of buf[0] is `base`). Returns where it stopped: `to`, or the
       * start of a number, literal or escape that continues past `to` (the caller carries those bytes
       * into the next chunk). At the end of the file, `last` is true and nothing may continue.
       */
      scan(buf, words, from, to, base, last) {
        let i = from;
        let expect = this.expect;
        let inString = this.inString;
        while (i < to) {
          if (inString) {
            for (; ; ) {
              if ((i & 3) === 0) {
                while (i + 4 <= to) {
                  const w = words[i >> 2];
                  const q = w ^ 572662306;
                  const b = w ^ 1549556828;
                  if (((q - 16843009 | 0) & ~q | (b - 16843009 | 0) & ~b | (w - 538976288 | 0) & ~w) & 2155905152) break;
                  i += 4;
                }
              }
              if (i >= to || STRING_STOP[buf[i]] !== 0) break;
              i++;
            }
            if (i === to) break;
            const c2 = buf[i];
            if (c2 === QUOTE) {
              inString = false;
              expect = this.stringIsKey ? COLON : AFTER;
              i++;
              continue;
            }
            if (c2 === BACKSLASH) {
              if (i + 1 >= to) {
                if (last) throw new JsonScanError(base + to, "truncated");
                break;
              }
              const e = buf[i + 1];
              if (e === 117) {
                if (i + 6 > to) {
                  if (last) throw new JsonScanError(base + to, "truncated");
                  break;
                }
                for (let k = i + 2; k < i + 6; k++) if (HEX[buf[k]] === 0) throw new JsonScanError(base + k, "syntax");
                i += 6;
              } else if (e === QUOTE || e === BACKSLASH || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
                i += 2;
              } else {
                throw new JsonScanError(base + i + 1, "syntax");
              }
              continue;
            }
            throw new JsonScanError(base + i, "syntax");
          }
          const c = buf[i];
          if (c === 32 || c === 10 || c === 13 || c === 9) {
            i++;
            while ((i & 3) === 0 && i + 4 <= to && words[i >> 2] === 538976288) i += 4;
            continue;
          }
          switch (expect) {
            case VALUE:
            case VALUE_OR_CLOSE:
              if (c === QUOTE) {
                inString = true;
                this.stringIsKey = false;
                this.markValue();
                i++;
              } else if (c === 123 || c === 91) {
                this.markValue();
                this.open(c === 123 ? IN_OBJECT : IN_ARRAY, base + i);
                expect = c === 123 ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
                i++;
              } else if (c === 93 && expect === VALUE_OR_CLOSE) {
                this.close(base + i);
                expect = this.depth === 0 ? DONE : AFTER;
                i++;
              } else {
                const end = scalarEnd(buf, i, to, c);
                if (end < 0) throw new JsonScanError(base - end - 1, "syntax");
                if (end === to && !last) {
                  if (to - i > MAX_TOKEN_BYTES) throw new JsonScanError(base + i, "token");
                  this.expect = expect;
                  this.inString = inString;
                  return i;
                }
                if (!validScalar(buf, i, end, c)) throw new JsonScanError(base + i, "syntax");
                this.markValue();
                i = end;
                expect = this.depth === 0 ? DONE : AFTER;
              }
              break;
            case KEY:
            case KEY_OR_CLOSE:
              if (c === QUOTE) {
                inString = true;
                this.stringIsKey = true;
                i++;
              } else if (c === 125 && expect === KEY_OR_CLOSE) {
                this.close(base + i);
                expect = this.depth === 0 ? DONE : AFTER;
                i++;
              } else throw new JsonScanError(base + i, "syntax");
              break;
            case COLON:
              if (c !== 58) throw new JsonScanError(base + i, "syntax");
              this.nonEmpty[this.depth] = 1;
              expect = VALUE;
              i++;
              break;
            case AFTER: {
              const kind = this.kinds[this.depth];
              if (c === 44) {
                this.comma(base + i);
                expect = kind === IN_OBJECT ? KEY : VALUE;
              } else if (c === 125 && kind === IN_OBJECT || c === 93 && kind === IN_ARRAY) {
                this.close(base + i);
                expect = this.depth === 0 ? DONE : AFTER;
              } else throw new JsonScanError(base + i, "syntax");
              i++;
              break;
            }
            default:
              throw new JsonScanError(base + i, "syntax");
          }
        }
        this.expect = expect;
        this.inString = inString;
        if (last && (inString || expect !== DONE)) throw new JsonScanError(base + to, "truncated");
        return i;
      }
      markValue() {
        this.nonEmpty[this.depth] = 1;
      }
      open(kind, offset) {
        const d = ++this.depth;
        if (d > MAX_JSON_DEPTH) throw new JsonScanError(offset, "depth");
        this.kinds[d] = kind;
        this.starts[d] = offset;
        this.marks[d] = this.commaCount;
        this.nonEmpty[d] = 0;
        this.kids[d] = void 0;
      }
      comma(offset) {
        if (this.commaCount + this.retained >= MAX_JSON_MEMBERS) throw new JsonScanError(offset, "members");
        if (this.commaCount === this.commas.length) {
          const bigger = new Float64Array(this.commas.length * 2);
          bigger.set(this.commas);
          this.commas = bigger;
        }
        this.commas[this.commaCount++] = offset;
      }
      close(offset) {
        const d = this.depth;
        const start = this.starts[d];
        const mark = this.marks[d];
        if (offset - start + 1 > this.spillBytes || d === 1) {
          const commas = this.commas.slice(mark, this.commaCount);
          const node = {
            kind: this.kinds[d] === IN_OBJECT ? "object" : "array",
            start,
            end: offset,
            commas,
            count: this.nonEmpty[d] ? commas.length + 1 : 0,
            kids: this.kids[d] ?? []
          };
          this.retained += commas.length;
          if (d === 1) this.root = node;
          else (this.kids[d - 1] ??= []).push(node);
        }
        this.kids[d] = void 0;
        this.commaCount = mark;
        this.depth = d - 1;
      }
    };
  }
});

// src/readers/json-spill.ts
function decode(buf, a, b, at) {
  try {
    return buf.toString("utf8", a, b);
  } catch (error) {
    if (error.code === "ERR_STRING_TOO_LONG") throw new ValueTooLargeError(at);
    throw error;
  }
}
function parseValidated(text3, offset) {
  try {
    return JSON.parse(text3);
  } catch (error) {
    if (error instanceof SyntaxError) throw new FileChangedError(offset);
    throw error;
  }
}
function memberStart(node, m) {
  return m === 0 ? node.start + 1 : node.commas[m - 1] + 1;
}
function memberEnd(node, m) {
  return m === node.count - 1 ? node.end : node.commas[m];
}
function define(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
var WINDOW_BYTES, BATCH_BYTES, FileWindow, FileChangedError, ValueTooLargeError, SpilledDocument;
var init_json_spill = __esm({
  "src/readers/json-spill.ts"() {
    "use strict";
    init_cjs_shims();
    init_io();
    WINDOW_BYTES = 4 * 1024 * 1024;
    BATCH_BYTES = 256 * 1024;
    FileWindow = class {
      constructor(fd, size) {
        this.fd = fd;
        this.size = size;
      }
      fd;
      size;
      buf = Buffer.allocUnsafe(0);
      from = 0;
      to = 0;
      /** The text of bytes [a, b). */
      text(a, b) {
        if (a < this.from || b > this.to) this.load(a, b);
        return decode(this.buf, a - this.from, b - this.from, a);
      }
      /**
       * The text of bytes [a, b) between `open` and `close`, e.g. `[` elements `]`: the separators
       * around the range (a `[`, `{` or `,` before it; a `,`, `]` or `}` after it) are swapped for
       * the brackets in the window's copy while it is decoded, so JSON.parse gets one flat string.
       */
      wrapped(a, b, open, close) {
        if (a - 1 < this.from || b + 1 > this.to) this.load(a - 1, b + 1);
        const i = a - 1 - this.from;
        const j = b - this.from;
        const before = this.buf[i];
        const after = this.buf[j];
        this.buf[i] = open;
        this.buf[j] = close;
        try {
          return decode(this.buf, i, j + 1, a);
        } finally {
          this.buf[i] = before;
          this.buf[j] = after;
        }
      }
      load(a, b) {
        const length = Math.min(Math.max(WINDOW_BYTES, b - a), this.size - a);
        if (this.buf.length < length || this.buf.length > WINDOW_BYTES && length <= WINDOW_BYTES) this.buf = Buffer.allocUnsafe(length);
        const read = readBytes(this.fd, this.buf, length, a);
        if (read !== length) throw new FileChangedError(a + read);
        this.from = a;
        this.to = a + length;
      }
    };
    FileChangedError = class extends Error {
      constructor(offset) {
        super(`the file changed at byte ${offset} while being read`);
        this.offset = offset;
      }
      offset;
    };
    ValueTooLargeError = class extends Error {
      constructor(offset) {
        super(`a value from byte ${offset} on is longer than a string can be`);
        this.offset = offset;
      }
      offset;
    };
    SpilledDocument = class {
      window;
      constructor(fd, size) {
        this.window = new FileWindow(fd, size);
      }
      /** The value of a large container (pass one recorded it). */
      build(node) {
        return node.kind === "object" ? this.object(node) : this.array(node);
      }
      object(node) {
        const target = {};
        let kid = 0;
        let groupFrom = -1;
        let groupTo = -1;
        const flush = () => {
          if (groupFrom < 0) return;
          const part = parseValidated(this.window.wrapped(groupFrom, groupTo, 123, 125), groupFrom);
          for (const key of Object.keys(part)) define(target, key, part[key]);
          groupFrom = -1;
        };
        for (let m = 0; m < node.count; m++) {
          const from = memberStart(node, m);
          const to = memberEnd(node, m);
          const large = node.kids[kid];
          if (large !== void 0 && large.start < to) {
            flush();
            const head = this.window.text(from, large.start);
            const key = parseValidated(head.slice(0, head.lastIndexOf(":")), from);
            if (typeof key !== "string") throw new FileChangedError(from);
            define(target, key, this.build(large));
            kid++;
          } else {
            if (groupFrom >= 0 && to - groupFrom > BATCH_BYTES) flush();
            if (groupFrom < 0) groupFrom = from;
            groupTo = to;
          }
        }
        flush();
        return target;
      }
      array(node) {
        const count = node.count;
        const kids = node.kids;
        let batch = [];
        let batchFrom = 0;
        let batchTo = 0;
        const kidFrom = (at) => {
          let lo = 0;
          let hi = kids.length;
          while (lo < hi) {
            const mid = lo + hi >>> 1;
            if (kids[mid].start < at) lo = mid + 1;
            else hi = mid;
          }
          return lo;
        };
        const element = (i) => {
          if (i >= batchFrom && i < batchTo) return batch[i - batchFrom];
          const from = memberStart(node, i);
          const k = kidFrom(from);
          const large = kids[k];
          if (large !== void 0 && large.start < memberEnd(node, i)) {
            const value = this.build(large);
            batch = [value];
            batchFrom = i;
            batchTo = i + 1;
            return value;
          }
          const onward = i === batchTo || batchTo === 0;
          const nextKid = kids[k]?.start ?? Infinity;
          let j = i + 1;
          while (onward && j < count && memberEnd(node, j) - from <= BATCH_BYTES && memberEnd(node, j) < nextKid) j++;
          batch = parseValidated(this.window.wrapped(from, memberEnd(node, j - 1), 91, 93), from);
          batchFrom = i;
          batchTo = j;
          return batch[0];
        };
        return new Proxy([], {
          get(target, key, receiver) {
            if (typeof key === "string") {
              if (key === "length") return count;
              const c = key.charCodeAt(0);
              if (c >= 48 && c <= 57) {
                const i = Number(key);
                return Number.isInteger(i) && i < count && String(i) === key ? element(i) : void 0;
              }
            }
            return Reflect.get(target, key, receiver);
          },
          has(target, key) {
            if (typeof key === "string") {
              if (key === "length") return true;
              const i = Number(key);
              if (Number.isInteger(i) && i >= 0 && String(i) === key) return i < count;
            }
            return Reflect.has(target, key);
          },
          set() {
            return false;
          },
          defineProperty() {
            return false;
          },
          deleteProperty() {
            return false;
          }
        });
      }
    };
  }
});

// src/report-input.ts
function readReportFile(source, format, tuning = DEFAULT_TUNING) {
  chooseReader(format);
  const { file } = source;
  const { fd, size } = openInput(file, "report");
  try {
    if (size <= tuning.streamAboveBytes) return parseReport(readOpenText(fd, size, file, "report"), source, format);
    refuseNonReportHead(fd, size, file);
    const before = (0, import_node_fs2.fstatSync)(fd);
    try {
      const { root } = scanJsonFile(fd, size, tuning.spillBytes);
      if (root === void 0) return parseReport(readOpenText(fd, size, file, "report"), source, format);
      const read = readReportDocument(new SpilledDocument(fd, size).build(root), source, format);
      const after = (0, import_node_fs2.fstatSync)(fd);
      if (after.size !== size || after.mtimeMs !== before.mtimeMs) throw new FileChangedError(0);
      return read;
    } catch (error) {
      if (error instanceof JsonScanError) throw new InputError(file, describeScanError(fd, error));
      if (error instanceof FileChangedError) throw new InputError(file, "changed while being read; rerun once the writer is done");
      if (error instanceof ValueTooLargeError) throw new InputError(file, `has a value too large to read as text, from byte ${error.offset} on: this is not a scan report`);
      throw error;
    }
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function refuseNonReportHead(fd, size, file) {
  const head = Buffer.allocUnsafe(Math.min(size, BINARY_SNIFF_BYTES));
  readBytes(fd, head, head.length, 0);
  refuseBinary(head, file, "report");
  let text3 = head.toString("utf8");
  if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
  if (text3.trim() === "") return;
  refuseNonJson(text3, file);
}
function describeScanError(fd, error) {
  return SCAN_PROBLEMS[error.reason].replace("{at}", `byte ${error.offset} (line ${lineAt(fd, error.offset)})`);
}
function lineAt(fd, offset) {
  const chunk = Buffer.allocUnsafe(8 * 1024 * 1024);
  let line2 = 1;
  for (let position = 0; position < offset; ) {
    const read = readBytes(fd, chunk, Math.min(chunk.length, offset - position), position);
    if (read === 0) break;
    for (let i = chunk.indexOf(10); i !== -1 && i < read; i = chunk.indexOf(10, i + 1)) line2++;
    position += read;
  }
  return line2;
}
var import_node_fs2, DEFAULT_TUNING, SCAN_PROBLEMS;
var init_report_input = __esm({
  "src/report-input.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_fs2 = require("fs");
    init_errors();
    init_io();
    init_readers();
    init_json();
    init_json_scan();
    init_json_spill();
    DEFAULT_TUNING = { streamAboveBytes: 64 * 1024 * 1024, spillBytes: 1024 * 1024 };
    SCAN_PROBLEMS = {
      syntax: "invalid JSON at {at}: the report must be the scanner's complete JSON or SARIF output",
      truncated: "the JSON ends early (truncated file?) at {at}: the report must be the scanner's complete JSON or SARIF output",
      utf8: "is not UTF-8 at {at}; save the report as UTF-8 (scanners write UTF-8: was it converted or damaged on the way?)",
      depth: `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels at {at}: this is not a scan report`,
      token: "has a number or literal longer than 1 MiB at {at}: this is not a scan report",
      members: `has more than ${MAX_JSON_MEMBERS} array elements and object members in its large arrays and objects at {at}: this is not a scan report`
    };
  }
});

// src/policy/default-policy.ts
var DEFAULT_POLICY;
var init_default_policy = __esm({
  "src/policy/default-policy.ts"() {
    "use strict";
    init_cjs_shims();
    DEFAULT_POLICY = Object.freeze({
      version: 1,
      blockingSeverities: Object.freeze(["CRITICAL", "HIGH"]),
      secretsAlwaysBlock: true,
      ignoreUnfixed: false,
      newFindingsOnly: false,
      expiryWarningDays: 14,
      honorReportSuppressions: true,
      scanners: Object.freeze(/* @__PURE__ */ Object.create(null)),
      kinds: Object.freeze({}),
      suppressions: Object.freeze([]),
      source: "default"
    });
  }
});

// src/sarif/merge.ts
function score2(rule) {
  const value = parseScore(rule.properties?.["security-severity"]);
  return value === void 0 || Number.isNaN(value) ? -1 : value;
}
function textKey(rule) {
  const tags = rule.properties?.tags;
  return [rule.name, rule.shortDescription?.text, rule.fullDescription?.text, rule.help?.text, rule.helpUri, Array.isArray(tags) ? tags.join(",") : ""].map((part) => part ?? "").join("\0");
}
function worseRule(kept, other) {
  const keptLevel = LEVEL_RANK2.get(kept.defaultConfiguration?.level) ?? -1;
  const otherLevel = LEVEL_RANK2.get(other.defaultConfiguration?.level) ?? -1;
  const keptScore = score2(kept);
  const otherScore = score2(other);
  const texts = kept === other || textKey(kept) <= textKey(other) ? kept : other;
  if (texts === kept && otherLevel <= keptLevel && otherScore <= keptScore) return kept;
  const merged = { ...texts };
  const worseLevel = otherLevel > keptLevel ? other : kept;
  if (worseLevel.defaultConfiguration !== void 0) merged.defaultConfiguration = worseLevel.defaultConfiguration;
  const worseScore = otherScore > keptScore ? other : kept;
  const worseScoreText = worseScore.properties?.["security-severity"];
  if (worseScoreText !== void 0) merged.properties = { ...texts.properties, "security-severity": worseScoreText };
  return merged;
}
function toolKey2(run3) {
  return run3.tool.driver.name.toLowerCase();
}
function driverKey(driver) {
  return [driver.name, driver.version, driver.fullName, driver.informationUri].map((part) => part ?? "\uFFFF").join("\0");
}
function mergeRunsByTool(runs) {
  const merged = /* @__PURE__ */ new Map();
  for (const run3 of runs) {
    const key = toolKey2(run3);
    const into = merged.get(key);
    if (!into) {
      const driver = { ...run3.tool.driver, rules: [...run3.tool.driver.rules] };
      merged.set(key, { ...run3, tool: { ...run3.tool, driver }, results: [...run3.results] });
      continue;
    }
    if (driverKey(run3.tool.driver) < driverKey(into.tool.driver)) into.tool.driver = { ...run3.tool.driver, rules: into.tool.driver.rules };
    const ruleIndex = new Map(into.tool.driver.rules.map((rule, index) => [rule.id, index]));
    for (const rule of run3.tool.driver.rules) {
      const index = ruleIndex.get(rule.id);
      if (index === void 0) {
        ruleIndex.set(rule.id, into.tool.driver.rules.length);
        into.tool.driver.rules.push(rule);
      } else {
        const rules = into.tool.driver.rules;
        rules[index] = worseRule(rules[index], rule);
      }
    }
    for (const result of run3.results) {
      const index = ruleIndex.get(result.ruleId);
      into.results.push(index === void 0 ? result : { ...result, ruleIndex: index });
    }
  }
  return [...merged.values()];
}
var LEVEL_RANK2;
var init_merge = __esm({
  "src/sarif/merge.ts"() {
    "use strict";
    init_cjs_shims();
    init_severity();
    LEVEL_RANK2 = /* @__PURE__ */ new Map([
      ["none", 0],
      ["note", 1],
      ["warning", 2],
      ["error", 3]
    ]);
  }
});

// srp-config:srp-config
var require_srp_config = __commonJS({
  "srp-config:srp-config"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    var code = 'var nn=Object.defineProperty;var mi=Object.getOwnPropertyDescriptor;var hi=Object.getOwnPropertyNames;var gi=Object.prototype.hasOwnProperty;var rn=(t,e)=>{for(var n in e)nn(t,n,{get:e[n],enumerable:!0})},yi=(t,e,n,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let o of hi(e))!gi.call(t,o)&&o!==n&&nn(t,o,{get:()=>e[o],enumerable:!(r=mi(e,o))||r.enumerable});return t};var bi=t=>yi(nn({},"__esModule",{value:!0}),t);var Ms={};rn(Ms,{p0:()=>Zn,p1:()=>ur});module.exports=bi(Ms);var Zn={};rn(Zn,{array:()=>go,boolean:()=>ho,enum:()=>wo,gte:()=>wt,int:()=>mo,literal:()=>xo,lte:()=>_t,minLength:()=>Sn,nullish:()=>vo,number:()=>po,optional:()=>En,partialRecord:()=>_o,record:()=>bo,refine:()=>$o,startsWith:()=>zn,strictObject:()=>yo,string:()=>On,superRefine:()=>ko,trim:()=>An});function cn(t){let e=Object.values(t).filter(r=>typeof r=="number");return Object.entries(t).filter(([r,o])=>e.indexOf(+r)===-1).map(([r,o])=>o)}function an(t,e="|"){return t.map(n=>fn(n)).join(e)}function fr(t,e){return typeof e=="bigint"?e.toString():e}var sn=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function pr(t){return new sn(t)}function dr(t){return t==null}function un(t){let e=t.startsWith("^")?1:0,n=t.endsWith("$")?t.length-1:t.length;return t.slice(e,n)}function mr(t,e,n){Object.defineProperty(t,e,{value:n,writable:!0,enumerable:!0,configurable:!0})}var ln="captureStackTrace"in Error?Error.captureStackTrace:(...t)=>{};function ht(t){return typeof t=="object"&&t!==null&&!Array.isArray(t)}function hr(t){if(ht(t)===!1)return!1;let e=t.constructor;if(e===void 0||typeof e!="function")return!0;let n=e.prototype;return!(ht(n)===!1||Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===!1)}var gr=new Set(["string","number","symbol"]);function Ne(t){return t.replace(/[.*+?^${}()|[\\]\\\\]/g,"\\\\$&")}function Je(t,e,n){let r=new t._zod.constr(e??t._zod.def);return(!e||n?.parent)&&(r._zod.parent=t),r}function N(t){let e=t;if(!e)return{};if(typeof e=="string")return{error:()=>e};if(e?.message!==void 0){if(e?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");e.error=e.message}return delete e.message,typeof e.error=="string"?{...e,error:()=>e.error}:e}function fn(t){return typeof t=="bigint"?t.toString()+"n":typeof t=="string"?`"${t}"`:`${t}`}function yr(t){return Object.keys(t).filter(e=>t[e]._zod.optin!==void 0&&t[e]._zod.optout==="optional")}var br={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function be(t,e=0){if(t.aborted===!0)return!0;for(let n=e;n<t.issues.length;n++)if(t.issues[n]?.continue!==!0)return!0;return!1}function _r(t,e=0){if(t.aborted===!0)return!0;for(let n=e;n<t.issues.length;n++)if(t.issues[n]?.continue===!1)return!0;return!1}function _e(t,e){return e.map(n=>{var r;return(r=n).path??(r.path=[]),n.path.unshift(t),n})}function Ve(t){return typeof t=="string"?t:t?.message}function pn(t){let e=[];for(let n of t??[]){let r=n._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let o=r.maximum??r.length??r.size;o>=0&&e.push([o,n])}return e}function gt(t,e,n){var r;for(let o=e;o<t.length;o++)(r=t[o]).schema??(r.schema=n)}function we(t,e,n){var r;let o=t.inst?._zod?.traits;o?.has("$ZodType")&&(o.has("$ZodCheck")?(r=t).schema??(r.schema=t.inst):t.schema=t.inst);let i=t.schema!==t.inst?t.schema?._zod.def?.error:void 0,s=t.message?t.message:Ve(t.inst?._zod.def?.error?.(t))??Ve(i?.(t))??Ve(e?.error?.(t))??Ve(n.customError?.(t))??Ve(n.localeError?.(t))??"Invalid input",c={};for(let a of Object.keys(t))a==="inst"||a==="schema"||a==="continue"||a==="input"||a==="__proto__"||(c[a]=t[a]);return c.path??(c.path=[]),c.message=s,e?.reportInput&&(c.input=t.input),c}var _i=/[\\uD800-\\uDBFF]/;function wr(t){let e=t.length;if(!_i.test(t))return e;let n=e;for(let r=0;r<e-1;r++)(t.charCodeAt(r)&64512)===55296&&(t.charCodeAt(r+1)&64512)===56320&&(n--,r++);return n}function xr(t){return Array.isArray(t)?"array":typeof t=="string"?"string":"unknown"}function vr(t){let e=typeof t;switch(e){case"number":return Number.isNaN(t)?"nan":"number";case"object":{if(t===null)return"null";if(Array.isArray(t))return"array";let n=t;if(n&&Object.getPrototypeOf(n)!==Object.prototype&&"constructor"in n&&n.constructor)return n.constructor.name}}return e}function Ge(...t){let[e,n,r]=t;return typeof e=="string"?{message:e,code:"custom",input:n,inst:r}:{...e}}function $r(t,e){for(let n in e){let r=Object.getOwnPropertyDescriptor(e,n);r.get?Object.defineProperty(t,n,{...r,enumerable:!1}):wi(t,n,r.value)}}function Pe(t,e,n,r=!0){return Object.defineProperty(t,e,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function dn(t,e,n){return Pe(t,e,n,!1)}function wi(t,e,n){Object.defineProperty(t,e,{configurable:!0,get(){return this==null?n:Pe(this,e,n.bind(this))},set(r){Pe(this,e,r)}})}function xi(t,e){let n=Object.getPrototypeOf(t);return e in n?void 0:n}var on,ye=!1,vi={configurable:!0,get(){ye=!0}};function V(t,e,n){let r=Object.getPrototypeOf(t._zod);if(e in r&&on!==t._zod){on=void 0;return}on=t._zod,Object.defineProperty(r,e,{configurable:!0,get(){Object.defineProperty(this,e,vi);let o=ye;ye=!1;try{let i=n(this);return ye?delete this[e]:Object.defineProperty(this,e,{configurable:!0,writable:!0,value:i}),ye=ye||o,i}catch(i){throw delete this[e],ye=ye||o,i}},set(o){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:o})}})}function kr(t,e,n,r){let o=xi(t,e);o&&Object.defineProperty(o,e,{configurable:!0,get(){let i={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,e,i),i.value=n(this),Object.defineProperty(this,e,i),i.value},set(i){Object.defineProperty(this,e,{configurable:!0,writable:!0,enumerable:r,value:i})}})}var Sr;var mn={value:void 0,enumerable:!1},zr="captureStackTrace"in Error?Error:null;function $i(t){let e=zr;if(e){let n=e.stackTraceLimit;if(typeof n=="number"){try{e.stackTraceLimit=0}catch{return zr=null,new t}try{return new t}finally{e.stackTraceLimit=n}}}return new t}function z(t,e,n,r){let o={};function i(f){this.def=f,this.constr=l,this.traits=new Set}i.prototype=o;let s=n,c=s&&new WeakSet;function a(f,m){if(f._zod){if(f._zod.traits.has(t))return}else{mn.value=new i(m);try{Object.defineProperty(f,"_zod",mn)}finally{mn.value=void 0}}if(f._zod.traits.add(t),e(f,m),c){let d=Object.getPrototypeOf(f),h=f._zod.constr.prototype,y=d;for(;y&&y!==h;)y=Object.getPrototypeOf(y);let b=y??d;c.has(b)||(c.add(b),$r(b,s))}let g=l.prototype;for(let d in g)Object.prototype.hasOwnProperty.call(g,d)&&(d in f||(f[d]=g[d].bind(f)))}let u=r?.Parent??Object;class p extends u{}Object.defineProperty(p,"name",{value:t});function l(f){let m=r?.Parent?$i(p):this;a(m,f);let g=m._zod.deferred;if(g){for(let h of g)h();m._zod.deferred=void 0}let d=globalThis.__zod_globalConfig?.postProcessor;return d&&d(m),m}return Object.defineProperty(l,"init",{value:a}),Object.defineProperty(l,Symbol.hasInstance,{value:f=>r?.Parent&&f instanceof r.Parent?!0:f?._zod?.traits?.has(t)}),Object.defineProperty(l,"name",{value:t}),l}var fe=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(Sr=globalThis).__zod_globalConfig??(Sr.__zod_globalConfig={});var Te=globalThis.__zod_globalConfig;function J(t){return t&&Object.assign(Te,t),Te}function ki(){let t=this._zod;return t.message??(t.message=JSON.stringify(t.def,fr,2)),t.message}function Si(t){this._zod.message=t}var zi={get:ki,set:Si,enumerable:!0,configurable:!0},gn={value:void 0,enumerable:!1},Ar=new WeakSet([Object.prototype,Error.prototype]),Pr=(t,e)=>{t.name="$ZodError",gn.value=e,Object.defineProperty(t,"issues",gn),gn.value=void 0,Object.defineProperty(t,"message",zi);let n=Object.getPrototypeOf(t);Ar.has(n)||(Ar.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},Bs=z("$ZodError",Pr),We=z("$ZodError",Pr,void 0,{Parent:Error});var Pi=t=>{let e=(n,r,o,i)=>{let s=o?{...o,async:!1}:{async:!1},c=n._zod.run({value:r,issues:[]},s);if(c instanceof Promise)throw new fe;if(c.issues.length){let a=new(i?.Err??t)(c.issues.map(u=>we(u,s,J())));throw ln(a,i?.callee??e),a}return c.value};return e},yn=Pi(We),Oi=t=>{let e=async(n,r,o,i)=>{let s=o?{...o,async:!0}:{async:!0},c=n._zod.run({value:r,issues:[]},s);if(c instanceof Promise&&(c=await c),c.issues.length){let a=new(i?.Err??t)(c.issues.map(u=>we(u,s,J())));throw ln(a,i?.callee??e),a}return c.value};return e},bn=Oi(We),Ei=t=>(e,n,r)=>{let o=r?{...r,async:!1}:{async:!1},i=e._zod.run({value:n,issues:[]},o);if(i instanceof Promise)throw new fe;return i.issues.length?Or(t,i.issues,o):{success:!0,data:i.value}},_n=Ei(We);function Or(t,e,n){let r;return{success:!1,get error(){return r||(r=new t(e.map(o=>we(o,n,J()))),e=void 0,n=void 0),r},set error(o){r=o,e=void 0,n=void 0}}}var Zi=t=>async(e,n,r)=>{let o=r?{...r,async:!0}:{async:!0},i=e._zod.run({value:n,issues:[]},o);return i instanceof Promise&&(i=await i),i.issues.length?Or(t,i.issues,o):{success:!0,data:i.value}},wn=Zi(We);var Er=/^[\\s\\S]{0,}$/;var xn=/^-?\\d+(?:\\.\\d+)?$/,Zr=/^(?:true|false)$/i;var G=z("$ZodCheck",(t,e)=>{var n;t._zod??(t._zod={}),t._zod.def=e,(n=t._zod).onattach??(n.onattach=[])});var Ii=t=>{let e=t.value;return!dr(e)&&e.length!==void 0},yt={number:"number",bigint:"bigint",object:"date"},Ir=z("$ZodCheckLessThan",(t,e)=>{G.init(t,e);let n=yt[typeof e.value];t._zod.check=r=>{(e.inclusive?r.value<=e.value:r.value<e.value)||r.issues.push({origin:yt[typeof r.value]??n,code:"too_big",maximum:typeof e.value=="object"?e.value.getTime():e.value,input:r.value,inclusive:e.inclusive,inst:t,continue:!e.abort})}}),Nr=z("$ZodCheckGreaterThan",(t,e)=>{G.init(t,e);let n=yt[typeof e.value];t._zod.check=r=>{(e.inclusive?r.value>=e.value:r.value>e.value)||r.issues.push({origin:yt[typeof r.value]??n,code:"too_small",minimum:typeof e.value=="object"?e.value.getTime():e.value,input:r.value,inclusive:e.inclusive,inst:t,continue:!e.abort})}});var Tr=z("$ZodCheckNumberFormat",(t,e)=>{G.init(t,e),e.format=e.format||"float64";let n=e.format?.includes("int"),r=n?"int":"number",[o,i]=br[e.format];t._zod.check=s=>{let c=s.value;if(n){if(!Number.isInteger(c)){s.issues.push({expected:r,format:e.format,code:"invalid_type",continue:!1,input:c,inst:t});return}if(!Number.isSafeInteger(c)){c>0?s.issues.push({input:c,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:t,origin:r,inclusive:!0,continue:!e.abort}):s.issues.push({input:c,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:t,origin:r,inclusive:!0,continue:!e.abort});return}}c<o&&s.issues.push({origin:"number",input:c,code:"too_small",minimum:o,inclusive:!0,inst:t,continue:!e.abort}),c>i&&s.issues.push({origin:"number",input:c,code:"too_big",maximum:i,inclusive:!0,inst:t,continue:!e.abort})}});var Cr=z("$ZodCheckMinLength",(t,e)=>{var n;G.init(t,e),(n=t._zod.def).when??(n.when=Ii),t._zod.check=r=>{let o=r.value,i=o.length;if((typeof o=="string"&&i>=e.minimum&&i<e.minimum*2?wr(o):i)>=e.minimum)return;let c=xr(o);r.issues.push({origin:c,code:"too_small",minimum:e.minimum,inclusive:!0,input:o,inst:t,continue:!e.abort})}});var Lr=z("$ZodCheckStartsWith",(t,e)=>{G.init(t,e);let n=new RegExp(`^${Ne(e.prefix)}.*`);e.pattern??(e.pattern=n),t._zod.check=r=>{r.value.startsWith(e.prefix)||r.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:e.prefix,input:r.value,inst:t,continue:!e.abort})}});var Mr=z("$ZodCheckOverwrite",(t,e)=>{G.init(t,e),t._zod.check=n=>{n.value=e.tx(n.value)}});var Rr={major:4,minor:6,patch:7};var j=z("$ZodType",(t,e)=>{var n;t??(t={}),t._zod.def=e,t._zod.bag=t._zod.bag||{},t._zod.version=Rr;let r=t._zod.def.checks,o=t._zod.traits.has("$ZodCheck")?[t,...r??[]]:r?.length?[...r]:[];for(let i of o)for(let s of i._zod.onattach)s(t);if(o.length===0)(n=t._zod).deferred??(n.deferred=[]),t._zod.deferred?.push(()=>{t._zod.run=t._zod.parse});else{let i=(c,a,u)=>{if(c.memo)return c;let p=be(c),l;for(let f of a){if(f._zod.def.when){if(_r(c)||!f._zod.def.when(c))continue}else if(p)continue;let m=c.issues.length,g=f._zod.check(c);if(g instanceof Promise&&u?.async===!1)throw new fe;if(l||g instanceof Promise)l=(l??Promise.resolve()).then(async()=>{await g,c.issues.length!==m&&(gt(c.issues,m,t),p||(p=be(c,m)))});else{if(c.issues.length===m)continue;gt(c.issues,m,t),p||(p=be(c,m))}}return l?l.then(()=>c):c},s=(c,a,u)=>{if(be(c))return c.aborted=!0,c;let p=i(a,o,u);if(p instanceof Promise){if(u.async===!1)throw new fe;return p.then(l=>t._zod.parse(l,u))}return t._zod.parse(p,u)};t._zod.run=(c,a)=>{if(a.skipChecks)return t._zod.parse(c,a);if(a.direction==="backward"){let p=t._zod.parse({value:c.value,issues:[]},{...a,skipChecks:!0});return p instanceof Promise?p.then(l=>s(l,c,a)):s(p,c,a)}let u=t._zod.parse(c,a);if(u instanceof Promise){if(a.async===!1)throw new fe;return u.then(p=>i(p,o,a))}return i(u,o,a)}}},{get"~standard"(){return dn(this,"~standard",Ti(this))},set"~standard"(t){Pe(this,"~standard",t)}}),Ur=(t,e)=>t.issues.length?{issues:t.issues.map(n=>we(n,e,J()))}:{value:t.value};async function Ni(t,e){let n={async:!0};return Ur(await t._zod.run({value:e,issues:[]},n),n)}function Ti(t){return{validate:e=>{let n={async:!1};try{let r=t._zod.run({value:e,issues:[]},n);if(!(r instanceof Promise))return Ur(r,n)}catch{}return Ni(t,e)},vendor:"zod",version:1}}var Kr=z("$ZodString",(t,e)=>{j.init(t,e),t._zod.pattern=e.pattern??Er,t._zod.parse=(n,r)=>{if(e.coerce)try{n.value=String(n.value)}catch{}return typeof n.value=="string"||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:t}),n}});var $n=z("$ZodNumber",(t,e)=>{j.init(t,e),t._zod.pattern=xn,t._zod.parse=(n,r)=>{if(e.coerce)try{n.value=Number(n.value)}catch{}let o=n.value;if(typeof o=="number"&&!Number.isNaN(o)&&Number.isFinite(o))return n;let i=typeof o=="number"?Number.isNaN(o)?"NaN":Number.isFinite(o)?void 0:String(o):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:o,inst:t,...i?{received:i}:{}}),n}}),qr=z("$ZodNumberFormat",(t,e)=>{Tr.init(t,e),$n.init(t,e)}),Vr=z("$ZodBoolean",(t,e)=>{j.init(t,e),t._zod.pattern=Zr,t._zod.parse=(n,r)=>{if(e.coerce)try{n.value=!!n.value}catch{}let o=n.value;return typeof o=="boolean"||n.issues.push({expected:"boolean",code:"invalid_type",input:o,inst:t}),n}});var Jr=z("$ZodNever",(t,e)=>{j.init(t,e),t._zod.parse=(n,r)=>(n.issues.push({expected:"never",code:"invalid_type",input:n.value,inst:t}),n)});function Ci(t,e){let n=pn(t._zod.def.checks);if(!n.length)return;let r=Math.min(...n.map(i=>i[0])),o=t._zod.parse;t._zod.parse=(i,s)=>{let c=e(i.value);if(c>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[a,u]of pn(t._zod.def.checks))if(c>a&&u._zod.def.when(i)){let p=i.issues.length;return u._zod.check(i),i.issues[p].continue=!1,gt(i.issues,p,t),i}}return o(i,s)}}var Li=t=>Array.isArray(t)?t.length:-1;function jr(t,e,n){t.issues.length&&e.issues.push(..._e(n,t.issues)),e.value[n]=t.value}var Gr=z("$ZodArray",(t,e)=>{j.init(t,e);let n=Te.memoizer;n?.attach(t),t._zod.parse=(r,o)=>{let i=r.value;if(!Array.isArray(i))return r.issues.push({expected:"array",code:"invalid_type",input:i,inst:t}),r;r.value=n?n.alloc(t,r,Array(i.length),o):Array(i.length);let s=[],c=o?.abortEarly;for(let a=0;a<i.length;a++){let u=i[a],p=e.element._zod.run({value:u,issues:[]},o);if(p instanceof Promise)s.push(p.then(l=>jr(l,r,a)));else if(jr(p,r,a),c&&p.issues.length!==0&&be(p))break}return s.length?Promise.all(s).then(()=>r):r},Ci(t,Li)});function bt(t,e,n,r,o,i){let s=n in r,c=i==="optional";if(!(!s&&c&&o==="optional")){if(t.issues.length){if(o!==void 0&&c&&!s)return;e.issues.push(..._e(n,t.issues))}if(!s&&o===void 0){t.issues.length||e.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]});return}t.value===void 0?(s||o==="defaulted"&&!c)&&(e.value[n]=void 0):e.value[n]=t.value}}var Mi=[];function Di(t){let e=Object.keys(t.shape),n=Object.getOwnPropertySymbols(t.shape),r=n.length?n:Mi,o=r.length?[...e,...r]:e;for(let s of o)if(!t.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let i=yr(t.shape);return{...t,allKeys:o,symbolKeys:r,keySet:new Set(e),numKeys:e.length,optionalKeys:new Set(i)}}function Ri(t,e,n,r,o,i,s){let c=[],a=o.keySet,u=o.catchall._zod,p=u.def.type,l=u.optin,f=u.optout,m=0;for(let g in e){if(s&&n.issues.length!==m){if(be(n,m))break;m=n.issues.length}if(a.has(g))continue;if(g==="__proto__"){p==="never"&&c.push(g);continue}if(p==="never"){c.push(g);continue}let d=u.run({value:e[g],issues:[]},r);d instanceof Promise?t.push(d.then(h=>bt(h,n,g,e,l,f))):bt(d,n,g,e,l,f)}return c.length&&n.issues.push({code:"unrecognized_keys",keys:c,input:e,inst:i,continue:!0}),t.length?Promise.all(t).then(()=>n):n}var Wr=z("$ZodObject",(t,e)=>{j.init(t,e);let n=Object.getOwnPropertyDescriptor(e,"shape"),r=n?.get?n.get.raw:e.shape??{};if(r){let u=()=>{let p={...r};return Object.defineProperty(e,"shape",{value:p}),u.raw=p,p};u.raw=r,Object.defineProperty(e,"shape",{get:u})}let o=pr(()=>Di(e));V(t,"propValues",u=>{let p=u.def.shape,l={};for(let f in p){let m=p[f]._zod;if(m.values){Object.prototype.hasOwnProperty.call(l,f)||mr(l,f,new Set);for(let g of m.values)l[f].add(g);m.optin!==void 0&&l[f].add(void 0)}}return l});let i=ht,s=e.catchall,c,a=Te.memoizer;a?.attach(t),t._zod.parse=(u,p)=>{c??(c=o.value);let l=u.value;if(!i(l))return u.issues.push({expected:"object",code:"invalid_type",input:l,inst:t}),u;u.value=a?a.alloc(t,u,{},p):{};let f=[],m=c.shape,g=p?.abortEarly,d=u.issues.length;for(let h of c.allKeys){if(g&&u.issues.length!==d){if(be(u,d))break;d=u.issues.length}if(h==="__proto__")continue;let y=m[h],b=y._zod.optin,x=y._zod.optout,v=y._zod.run({value:l[h],issues:[]},p);v instanceof Promise?f.push(v.then($=>bt($,u,h,l,b,x))):bt(v,u,h,l,b,x)}return s?Ri(f,l,u,p,o.value,t,g===!0):f.length?Promise.all(f).then(()=>u):u}});var Yr=z("$ZodRecord",(t,e)=>{j.init(t,e);let n=Te.memoizer;n?.attach(t),t._zod.parse=(r,o)=>{let i=r.value;if(!hr(i))return r.issues.push({expected:"record",code:"invalid_type",input:i,inst:t}),r;let s=[],c=e.keyType._zod.values;if(c&&!e.partial){r.value=n?n.alloc(t,r,{},o):{};let a=new Set;for(let p of c)if(typeof p=="string"||typeof p=="number"||typeof p=="symbol"){if(a.add(typeof p=="number"?p.toString():p),p==="__proto__")continue;let l=e.keyType._zod.run({value:p,issues:[]},o);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(l.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(g=>we(g,o,J())),input:p,path:[p],inst:t});continue}let f=l.value;if(f==="__proto__")continue;let m=e.valueType._zod.run({value:i[p],issues:[]},o);m instanceof Promise?s.push(m.then(g=>{g.issues.length&&r.issues.push(..._e(p,g.issues)),r.value[f]=g.value})):(m.issues.length&&r.issues.push(..._e(p,m.issues)),r.value[f]=m.value)}let u;for(let p in i)if(!a.has(p))if(e.mode==="loose"){if(p==="__proto__")continue;r.value[p]=i[p]}else u=u??[],u.push(p);u&&u.length>0&&r.issues.push({code:"unrecognized_keys",input:i,inst:t,keys:u,continue:!0})}else{r.value=n?n.alloc(t,r,{},o):{};let a;for(let u of Reflect.ownKeys(i)){if(u==="__proto__"||!Object.prototype.propertyIsEnumerable.call(i,u))continue;let p=e.keyType._zod.run({value:u,issues:[]},o);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof u=="string"&&xn.test(u)&&p.issues.length){let g=e.keyType._zod.run({value:Number(u),issues:[]},o);if(g instanceof Promise)throw new Error("Async schemas not supported in object keys currently");g.issues.length===0&&(p=g)}if(p.issues.length){e.mode==="loose"?r.value[u]=i[u]:c?(a=a??[],a.push(u)):r.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(g=>we(g,o,J())),input:u,path:[u],inst:t});continue}let f=p.value;if(f==="__proto__")continue;let m=e.valueType._zod.run({value:i[u],issues:[]},o);m instanceof Promise?s.push(m.then(g=>{g.issues.length&&r.issues.push(..._e(u,g.issues)),r.value[f]=g.value})):(m.issues.length&&r.issues.push(..._e(u,m.issues)),r.value[f]=m.value)}a&&a.length>0&&r.issues.push({code:"unrecognized_keys",input:i,inst:t,keys:a,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var Xr=z("$ZodEnum",(t,e)=>{j.init(t,e);let n=cn(e.entries),r=new Set(n);t._zod.values=r,V(t,"pattern",o=>{let i=cn(o.def.entries).filter(s=>gr.has(typeof s));return new RegExp(i.length?`^(${i.map(s=>Ne(s.toString())).join("|")})$`:"^[^\\\\s\\\\S]$")}),t._zod.parse=(o,i)=>{let s=o.value;return r.has(s)||o.issues.push({code:"invalid_value",values:n,input:s,inst:t}),o}}),Hr=z("$ZodLiteral",(t,e)=>{j.init(t,e);let n=new Set(e.values);t._zod.values=n,V(t,"pattern",r=>{let o=r.def.values;return new RegExp(o.length?`^(${o.map(i=>typeof i=="string"?Ne(i):i?Ne(i.toString()):String(i)).join("|")})$`:"^[^\\\\s\\\\S]$")}),t._zod.parse=(r,o)=>{let i=r.value;return n.has(i)||r.issues.push({code:"invalid_value",values:e.values,input:i,inst:t}),r}});function Br(t,e){return t.value=e.issues.length?void 0:e.value,t}var Qr=z("$ZodOptional",(t,e)=>{j.init(t,e),V(t,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),t._zod.optout="optional",V(t,"values",n=>{let r=n.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),V(t,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${un(r.source)})?$`):void 0}),t._zod.parse=(n,r)=>{if(n.value===void 0){if(e.innerType._zod.optin!=="defaulted")return n;let o=e.innerType._zod.run({value:n.value,issues:[]},r);return o instanceof Promise?o.then(i=>Br(n,i)):Br(n,o)}return e.innerType._zod.run(n,r)}});var eo=z("$ZodNullable",(t,e)=>{j.init(t,e),V(t,"optin",n=>n.def.innerType._zod.optin),V(t,"optout",n=>n.def.innerType._zod.optout),V(t,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${un(r.source)}|null)$`):void 0}),V(t,"values",n=>n.def.innerType._zod.values?new Set([...n.def.innerType._zod.values,null]):void 0),t._zod.parse=(n,r)=>n.value===null?n:e.innerType._zod.run(n,r)});var to=z("$ZodCustom",(t,e)=>{G.init(t,e),j.init(t,e),t._zod.parse=(n,r)=>n,t._zod.check=n=>{let r=n.value,o=e.fn(r);if(o instanceof Promise)return o.then(i=>Fr(i,n,r,t));Fr(o,n,r,t)}});function Fr(t,e,n,r){if(!t){let o={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};r._zod.def.params&&(o.params=r._zod.def.params),e.issues.push(Ge(o))}}var ji=()=>{let t={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function e(i){return t[i]??null}let n={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},r={nan:"NaN"};function o(i,s){return i==="number"&&typeof s=="number"&&!Number.isFinite(s)?String(s):r[i]??i}return i=>{switch(i.code){case"invalid_type":{let s=o(i.expected),c=vr(i.input),a=o(c,i.input);return`Invalid input: expected ${s}, received ${a}`}case"invalid_value":return i.values.length===1?`Invalid input: expected ${fn(i.values[0])}`:`Invalid option: expected one of ${an(i.values,"|")}`;case"too_big":{let s=i.exact?"exactly ":i.inclusive?"<=":"<",c=e(i.origin);return c?`Too big: expected ${i.origin??"value"} to have ${s}${i.maximum.toString()} ${c.unit??"elements"}`:`Too big: expected ${i.origin??"value"} to be ${s}${i.maximum.toString()}`}case"too_small":{let s=i.exact?"exactly ":i.inclusive?">=":">",c=e(i.origin);return c?`Too small: expected ${i.origin} to have ${s}${i.minimum.toString()} ${c.unit}`:`Too small: expected ${i.origin} to be ${s}${i.minimum.toString()}`}case"invalid_format":{let s=i;return s.format==="starts_with"?`Invalid string: must start with "${s.prefix}"`:s.format==="ends_with"?`Invalid string: must end with "${s.suffix}"`:s.format==="includes"?`Invalid string: must include "${s.includes}"`:s.format==="regex"?`Invalid string: must match pattern ${s.pattern}`:`Invalid ${n[s.format]??i.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${i.divisor}`;case"unrecognized_keys":return`Unrecognized key${i.keys.length>1?"s":""}: ${an(i.keys,", ")}`;case"invalid_key":return`Invalid key in ${i.origin}`;case"invalid_union":return i.options&&Array.isArray(i.options)&&i.options.length>0?`Invalid discriminator value. Expected ${i.options.map(c=>`\'${c}\'`).join(" | ")}`:i.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${i.origin}`;default:return"Invalid input"}}};function kn(){return{localeError:ji()}}function no(t){return t.checks&&(t.checks=[...t.checks]),t}function ro(t,e){return new t(no({type:"string",...N(e)}))}function oo(t,e){return new t(no({type:"number",checks:[],...N(e)}))}function io(t,e){return new t({type:"number",check:"number_format",abort:!1,format:"safeint",...N(e)})}function so(t,e){return new t({type:"boolean",...N(e)})}function co(t,e){return new t({type:"never",...N(e)})}function _t(t,e){return new Ir({check:"less_than",...N(e),value:t,inclusive:!0})}function wt(t,e){return new Nr({check:"greater_than",...N(e),value:t,inclusive:!0})}function Sn(t,e){return new Cr({check:"min_length",...N(e),minimum:t})}function zn(t,e){return new Lr({check:"string_format",format:"starts_with",...N(e),prefix:t})}function ao(t){return new Mr({check:"overwrite",tx:t})}function An(){return ao(t=>t.trim())}function uo(t,e,n){return new t({type:"custom",check:"custom",fn:e,...N(n)})}function lo(t,e){let n=Ui(r=>(r.addIssue=o=>{if(typeof o=="string")r.issues.push(Ge(o,r.value,n._zod.def));else{let i=o;i.fatal&&(i.continue=!1),i.code??(i.code="custom"),"input"in i||(i.input=r.value),i.inst??(i.inst=n),i.continue??(i.continue=!n._zod.def.abort),r.issues.push(Ge(i))}},t(r.value,r)),e);return n}function Ui(t,e){let n=new G({check:"custom",...N(e)});return n._zod.check=t,n}var U=z("ZodMiniType",(t,e)=>{if(!t._zod)throw new Error("Uninitialized schema in ZodMiniType.");j.init(t,e),t.def=e,t.type=e.type},{get with(){return this.check},set with(t){Pe(this,"with",t)},parse(t,e){return yn(this,t,e,{callee:this.parse})},parseAsync(t,e){return bn(this,t,e,{callee:this.parseAsync})},safeParse(t,e){return _n(this,t,e)},safeParseAsync(t,e){return wn(this,t,e)},check(...t){let e=this.def;return this.clone({...e,checks:[...e.checks??[],...t.map(n=>typeof n=="function"?{_zod:{check:n,def:{check:"custom"},onattach:[]}}:n)]},{parent:!0})},clone(t,e){return Je(this,t,e)},brand(){return this},register(t,e){return t.add(this,e),this},apply(t,...e){return e.length===0?t(this):t(this,...e)}}),Vi=z("ZodMiniString",(t,e)=>{Kr.init(t,e),U.init(t,e)});function On(t){return ro(Vi,t)}var fo=z("ZodMiniNumber",(t,e)=>{$n.init(t,e),U.init(t,e)});function po(t){return oo(fo,t)}var Ji=z("ZodMiniNumberFormat",(t,e)=>{qr.init(t,e),fo.init(t,e)});function mo(t){return io(Ji,t)}var Gi=z("ZodMiniBoolean",(t,e)=>{Vr.init(t,e),U.init(t,e)});function ho(t){return so(Gi,t)}var Wi=z("ZodMiniNever",(t,e)=>{Jr.init(t,e),U.init(t,e)});function Yi(t){return co(Wi,t)}var Xi=z("ZodMiniArray",(t,e)=>{Gr.init(t,e),U.init(t,e)});function go(t,e){return new Xi({type:"array",element:t,...N(e)})}var Hi=z("ZodMiniObject",(t,e)=>{Wr.init(t,e),U.init(t,e),kr(t,"shape",n=>n._zod.def.shape,!1)});function yo(t,e){return new Hi({type:"object",shape:t,catchall:Yi(),...N(e)})}var Pn=z("ZodMiniRecord",(t,e)=>{Yr.init(t,e),U.init(t,e)});function bo(t,e,n){return!e||!e._zod?new Pn({type:"record",keyType:On(),valueType:t,...N(e)}):new Pn({type:"record",keyType:t,valueType:e,...N(n)})}function _o(t,e,n){return new Pn({type:"record",keyType:t,valueType:e,...N(n),partial:!0})}var Qi=z("ZodMiniEnum",(t,e)=>{Xr.init(t,e),U.init(t,e),t.options=[...t._zod.values]});function wo(t,e){let n=Array.isArray(t)?Object.fromEntries(t.map(r=>[r,r])):t;return new Qi({type:"enum",entries:n,...N(e)})}var es=z("ZodMiniLiteral",(t,e)=>{Hr.init(t,e),U.init(t,e)});function xo(t,e){return new es({type:"literal",values:Array.isArray(t)?t:[t],...N(e)})}var ts=z("ZodMiniOptional",(t,e)=>{Qr.init(t,e),U.init(t,e)});function En(t){return new ts({type:"optional",innerType:t})}var ns=z("ZodMiniNullable",(t,e)=>{eo.init(t,e),U.init(t,e)});function rs(t){return new ns({type:"nullable",innerType:t})}function vo(t){return En(rs(t))}var os=z("ZodMiniCustom",(t,e)=>{to.init(t,e),U.init(t,e)});function $o(t,e={}){return uo(os,t,e)}function ko(t,e){return lo(t,e)}J({jitless:!0,...kn()});var ur={};rn(ur,{isNode:()=>A,isScalar:()=>k,parseDocument:()=>ar,visit:()=>K});var xt=Symbol.for("yaml.alias"),vt=Symbol.for("yaml.document"),W=Symbol.for("yaml.map"),In=Symbol.for("yaml.pair"),F=Symbol.for("yaml.scalar"),pe=Symbol.for("yaml.seq"),R=Symbol.for("yaml.node.type"),Y=t=>!!t&&typeof t=="object"&&t[R]===xt,oe=t=>!!t&&typeof t=="object"&&t[R]===vt,X=t=>!!t&&typeof t=="object"&&t[R]===W,P=t=>!!t&&typeof t=="object"&&t[R]===In,k=t=>!!t&&typeof t=="object"&&t[R]===F,H=t=>!!t&&typeof t=="object"&&t[R]===pe;function O(t){if(t&&typeof t=="object")switch(t[R]){case W:case pe:return!0}return!1}function A(t){if(t&&typeof t=="object")switch(t[R]){case xt:case W:case F:case pe:return!0}return!1}var $t=t=>(k(t)||O(t))&&!!t.anchor;var B=Symbol("break visit"),So=Symbol("skip children"),ie=Symbol("remove node");function K(t,e){let n=zo(e);oe(t)?Ce(null,t.contents,n,Object.freeze([t]))===ie&&(t.contents=null):Ce(null,t,n,Object.freeze([]))}K.BREAK=B;K.SKIP=So;K.REMOVE=ie;function Ce(t,e,n,r){let o=Ao(t,e,n,r);if(A(o)||P(o))return Po(t,r,o),Ce(t,o,n,r);if(typeof o!="symbol"){if(O(e)){r=Object.freeze(r.concat(e));for(let i=0;i<e.items.length;++i){let s=Ce(i,e.items[i],n,r);if(typeof s=="number")i=s-1;else{if(s===B)return B;s===ie&&(e.items.splice(i,1),i-=1)}}}else if(P(e)){r=Object.freeze(r.concat(e));let i=Ce("key",e.key,n,r);if(i===B)return B;i===ie&&(e.key=null);let s=Ce("value",e.value,n,r);if(s===B)return B;s===ie&&(e.value=null)}}return o}async function kt(t,e){let n=zo(e);oe(t)?await Le(null,t.contents,n,Object.freeze([t]))===ie&&(t.contents=null):await Le(null,t,n,Object.freeze([]))}kt.BREAK=B;kt.SKIP=So;kt.REMOVE=ie;async function Le(t,e,n,r){let o=await Ao(t,e,n,r);if(A(o)||P(o))return Po(t,r,o),Le(t,o,n,r);if(typeof o!="symbol"){if(O(e)){r=Object.freeze(r.concat(e));for(let i=0;i<e.items.length;++i){let s=await Le(i,e.items[i],n,r);if(typeof s=="number")i=s-1;else{if(s===B)return B;s===ie&&(e.items.splice(i,1),i-=1)}}}else if(P(e)){r=Object.freeze(r.concat(e));let i=await Le("key",e.key,n,r);if(i===B)return B;i===ie&&(e.key=null);let s=await Le("value",e.value,n,r);if(s===B)return B;s===ie&&(e.value=null)}}return o}function zo(t){return typeof t=="object"&&(t.Collection||t.Node||t.Value)?Object.assign({Alias:t.Node,Map:t.Node,Scalar:t.Node,Seq:t.Node},t.Value&&{Map:t.Value,Scalar:t.Value,Seq:t.Value},t.Collection&&{Map:t.Collection,Seq:t.Collection},t):t}function Ao(t,e,n,r){if(typeof n=="function")return n(t,e,r);if(X(e))return n.Map?.(t,e,r);if(H(e))return n.Seq?.(t,e,r);if(P(e))return n.Pair?.(t,e,r);if(k(e))return n.Scalar?.(t,e,r);if(Y(e))return n.Alias?.(t,e,r)}function Po(t,e,n){let r=e[e.length-1];if(O(r))r.items[t]=n;else if(P(r))t==="key"?r.key=n:r.value=n;else if(oe(r))r.contents=n;else{let o=Y(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${o} parent`)}}var is={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},ss=t=>t.replace(/[!,[\\]{}]/g,e=>is[e]),se=class t{constructor(e,n){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},t.defaultYaml,e),this.tags=Object.assign({},t.defaultTags,n)}clone(){let e=new t(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){let e=new t(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:t.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},t.defaultTags);break}return e}add(e,n){this.atNextDocument&&(this.yaml={explicit:t.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},t.defaultTags),this.atNextDocument=!1);let r=e.trim().split(/[ \\t]+/),o=r.shift();switch(o){case"%TAG":{if(r.length!==2&&(n(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[i,s]=r;return this.tags[i]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return n(0,"%YAML directive should contain exactly one part"),!1;let[i]=r;if(i==="1.1"||i==="1.2")return this.yaml.version=i,!0;{let s=/^\\d+\\.\\d+$/.test(i);return n(6,`Unsupported YAML version ${i}`,s),!1}}default:return n(0,`Unknown directive ${o}`,!0),!1}}tagName(e,n){if(e==="!")return"!";if(e[0]!=="!")return n(`Not a valid tag: ${e}`),null;if(e[1]==="<"){let s=e.slice(2,-1);return s==="!"||s==="!!"?(n(`Verbatim tags aren\'t resolved, so ${e} is invalid.`),null):(e[e.length-1]!==">"&&n("Verbatim tags must end with a >"),s)}let[,r,o]=e.match(/^(.*!)([^!]*)$/s);o||n(`The ${e} tag has no suffix`);let i=this.tags[r];if(i)try{return i+decodeURIComponent(o)}catch(s){return n(String(s)),null}return r==="!"?e:(n(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[n,r]of Object.entries(this.tags))if(e.startsWith(r))return n+ss(e.substring(r.length));return e[0]==="!"?e:`!<${e}>`}toString(e){let n=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),o;if(e&&r.length>0&&A(e.contents)){let i={};K(e.contents,(s,c)=>{A(c)&&c.tag&&(i[c.tag]=!0)}),o=Object.keys(i)}else o=[];for(let[i,s]of r)i==="!!"&&s==="tag:yaml.org,2002:"||(!e||o.some(c=>c.startsWith(s)))&&n.push(`%TAG ${i} ${s}`);return n.join(`\n`)}};se.defaultYaml={explicit:!1,version:"1.2"};se.defaultTags={"!!":"tag:yaml.org,2002:"};function St(t){if(/[\\x00-\\x19\\s,[\\]{}]/.test(t)){let n=`Anchor must not contain whitespace or control characters: ${JSON.stringify(t)}`;throw new Error(n)}return!0}function Nn(t){let e=new Set;return K(t,{Value(n,r){r.anchor&&e.add(r.anchor)}}),e}function Tn(t,e){for(let n=1;;++n){let r=`${t}${n}`;if(!e.has(r))return r}}function Oo(t,e){let n=[],r=new Map,o=null;return{onAnchor:i=>{n.push(i),o??(o=Nn(t));let s=Tn(e,o);return o.add(s),s},setAnchors:()=>{for(let i of n){let s=r.get(i);if(typeof s=="object"&&s.anchor&&(k(s.node)||O(s.node)))s.node.anchor=s.anchor;else{let c=new Error("Failed to resolve repeated object (this should not happen)");throw c.source=i,c}}},sourceObjects:r}}function xe(t,e,n,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let o=0,i=r.length;o<i;++o){let s=r[o],c=xe(t,r,String(o),s);c===void 0?delete r[o]:c!==s&&(r[o]=c)}else if(r instanceof Map)for(let o of Array.from(r.keys())){let i=r.get(o),s=xe(t,r,o,i);s===void 0?r.delete(o):s!==i&&r.set(o,s)}else if(r instanceof Set)for(let o of Array.from(r)){let i=xe(t,r,o,o);i===void 0?r.delete(o):i!==o&&(r.delete(o),r.add(i))}else for(let[o,i]of Object.entries(r)){let s=xe(t,r,o,i);s===void 0?delete r[o]:s!==i&&(r[o]=s)}return t.call(e,n,r)}function L(t,e,n){if(Array.isArray(t))return t.map((r,o)=>L(r,String(o),n));if(t&&typeof t.toJSON=="function"){if(!n||!$t(t))return t.toJSON(e,n);let r={aliasCount:0,count:1,res:void 0};n.anchors.set(t,r),n.onCreate=i=>{r.res=i,delete n.onCreate};let o=t.toJSON(e,n);return n.onCreate&&n.onCreate(o),o}return typeof t=="bigint"&&!n?.keep?Number(t):t}var ve=class{constructor(e){Object.defineProperty(this,R,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:n,maxAliasCount:r,onAnchor:o,reviver:i}={}){if(!oe(e))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:e,keep:!0,mapAsMap:n===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},c=L(this,"",s);if(typeof o=="function")for(let{count:a,res:u}of s.anchors.values())o(u,a);return typeof i=="function"?xe(i,{"":c},"",c):c}};var de=class extends ve{constructor(e){super(xt),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,n){if(n?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;n?.aliasResolveCache?r=n.aliasResolveCache:(r=[],K(e,{Node:(i,s)=>{(Y(s)||$t(s))&&r.push(s)}}),n&&(n.aliasResolveCache=r));let o;for(let i of r){if(i===this)break;i.anchor===this.source&&(o=i)}if(o&&n){let{anchors:i,doc:s,maxAliasCount:c}=n,a=i.get(o);if(a||(L(o,null,n),a=i.get(o)),a?.res===void 0){let u="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(u)}if(c>=0&&(a.count+=1,a.aliasCount===0&&(a.aliasCount=zt(s,o,i)),a.count*a.aliasCount>c)){let u="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(u)}}return o}toJSON(e,n){if(!n)return{source:this.source};let r=this.resolve(n.doc,n);if(!r){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(o)}return n.anchors.get(r).res}toString(e,n,r){let o=`*${this.source}`;if(e){if(St(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(i)}if(e.implicitKey)return`${o} `}return o}};function zt(t,e,n){if(Y(e)){let r=e.resolve(t),o=n&&r&&n.get(r);return o?o.count*o.aliasCount:0}else if(O(e)){let r=0;for(let o of e.items){let i=zt(t,o,n);i>r&&(r=i)}return r}else if(P(e)){let r=zt(t,e.key,n),o=zt(t,e.value,n);return Math.max(r,o)}return 1}var At=t=>!t||typeof t!="function"&&typeof t!="object",_=class extends ve{constructor(e){super(F),this.value=e}toJSON(e,n){return n?.keep?this.value:L(this.value,e,n)}toString(){return String(this.value)}};_.BLOCK_FOLDED="BLOCK_FOLDED";_.BLOCK_LITERAL="BLOCK_LITERAL";_.PLAIN="PLAIN";_.QUOTE_DOUBLE="QUOTE_DOUBLE";_.QUOTE_SINGLE="QUOTE_SINGLE";var cs="tag:yaml.org,2002:";function as(t,e,n){if(e){let r=n.filter(i=>i.tag===e),o=r.find(i=>!i.format)??r[0];if(!o)throw new Error(`Tag ${e} not found`);return o}return n.find(r=>r.identify?.(t)&&!r.format)}function me(t,e,n){if(oe(t)&&(t=t.contents),A(t))return t;if(P(t)){let l=n.schema[W].createNode?.(n.schema,null,n);return l.items.push(t),l}(t instanceof String||t instanceof Number||t instanceof Boolean||typeof BigInt<"u"&&t instanceof BigInt)&&(t=t.valueOf());let{aliasDuplicateObjects:r,onAnchor:o,onTagObj:i,schema:s,sourceObjects:c}=n,a;if(r&&t&&typeof t=="object"){if(a=c.get(t),a)return a.anchor??(a.anchor=o(t)),new de(a.anchor);a={anchor:null,node:null},c.set(t,a)}e?.startsWith("!!")&&(e=cs+e.slice(2));let u=as(t,e,s.tags);if(!u){if(t&&typeof t.toJSON=="function"&&(t=t.toJSON()),!t||typeof t!="object"){let l=new _(t);return a&&(a.node=l),l}u=t instanceof Map?s[W]:Symbol.iterator in Object(t)?s[pe]:s[W]}i&&(i(u),delete n.onTagObj);let p=u?.createNode?u.createNode(n.schema,t,n):typeof u?.nodeClass?.from=="function"?u.nodeClass.from(n.schema,t,n):new _(t);return e?p.tag=e:u.default||(p.tag=u.tag),a&&(a.node=p),p}function Ye(t,e,n){let r=n;for(let o=e.length-1;o>=0;--o){let i=e[o];if(typeof i=="number"&&Number.isInteger(i)&&i>=0){let s=[];s[i]=r,r=s}else r=new Map([[i,r]])}return me(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:t,sourceObjects:new Map})}var De=t=>t==null||typeof t=="object"&&!!t[Symbol.iterator]().next().done,Me=class extends ve{constructor(e,n){super(e),Object.defineProperty(this,"schema",{value:n,configurable:!0,enumerable:!1,writable:!0})}clone(e){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(n.schema=e),n.items=n.items.map(r=>A(r)||P(r)?r.clone(e):r),this.range&&(n.range=this.range.slice()),n}addIn(e,n){if(De(e))this.add(n);else{let[r,...o]=e,i=this.get(r,!0);if(O(i))i.addIn(o,n);else if(i===void 0&&this.schema)this.set(r,Ye(this.schema,o,n));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${o}`)}}deleteIn(e){let[n,...r]=e;if(r.length===0)return this.delete(n);let o=this.get(n,!0);if(O(o))return o.deleteIn(r);throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}getIn(e,n){let[r,...o]=e,i=this.get(r,!0);return o.length===0?!n&&k(i)?i.value:i:O(i)?i.getIn(o,n):void 0}hasAllNullValues(e){return this.items.every(n=>{if(!P(n))return!1;let r=n.value;return r==null||e&&k(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){let[n,...r]=e;if(r.length===0)return this.has(n);let o=this.get(n,!0);return O(o)?o.hasIn(r):!1}setIn(e,n){let[r,...o]=e;if(o.length===0)this.set(r,n);else{let i=this.get(r,!0);if(O(i))i.setIn(o,n);else if(i===void 0&&this.schema)this.set(r,Ye(this.schema,o,n));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${o}`)}}};var Eo=t=>t.replace(/^(?!$)(?: $)?/gm,"#");function q(t,e){return/^\\n+$/.test(t)?t.substring(1):e?t.replace(/^(?! *$)/gm,e):t}var ce=(t,e,n)=>t.endsWith(`\n`)?q(n,e):n.includes(`\n`)?`\n`+q(n,e):(t.endsWith(" ")?"":" ")+n;var Cn="flow",Pt="block",Xe="quoted";function He(t,e,n="flow",{indentAtStart:r,lineWidth:o=80,minContentWidth:i=20,onFold:s,onOverflow:c}={}){if(!o||o<0)return t;o<i&&(i=0);let a=Math.max(1+i,1+o-e.length);if(t.length<=a)return t;let u=[],p={},l=o-e.length;typeof r=="number"&&(r>o-Math.max(2,i)?u.push(0):l=o-r);let f,m,g=!1,d=-1,h=-1,y=-1;n===Pt&&(d=Zo(t,d,e.length),d!==-1&&(l=d+a));for(let x;x=t[d+=1];){if(n===Xe&&x==="\\\\"){switch(h=d,t[d+1]){case"x":d+=3;break;case"u":d+=5;break;case"U":d+=9;break;default:d+=1}y=d}if(x===`\n`)n===Pt&&(d=Zo(t,d,e.length)),l=d+e.length+a,f=void 0;else{if(x===" "&&m&&m!==" "&&m!==`\n`&&m!=="	"){let v=t[d+1];v&&v!==" "&&v!==`\n`&&v!=="	"&&(f=d)}if(d>=l)if(f)u.push(f),l=f+a,f=void 0;else if(n===Xe){for(;m===" "||m==="	";)m=x,x=t[d+=1],g=!0;let v=d>y+1?d-2:h-1;if(p[v])return t;u.push(v),p[v]=!0,l=v+a,f=void 0}else g=!0}m=x}if(g&&c&&c(),u.length===0)return t;s&&s();let b=t.slice(0,u[0]);for(let x=0;x<u.length;++x){let v=u[x],$=u[x+1]||t.length;v===0?b=`\n${e}${t.slice(0,$)}`:(n===Xe&&p[v]&&(b+=`${t[v]}\\\\`),b+=`\n${e}${t.slice(v+1,$)}`)}return b}function Zo(t,e,n){let r=e,o=e+1,i=t[o];for(;i===" "||i==="	";)if(e<o+n)i=t[++e];else{do i=t[++e];while(i&&i!==`\n`);r=e,o=e+1,i=t[o]}return r}var Et=(t,e)=>({indentAtStart:e?t.indent.length:t.indentAtStart,lineWidth:t.options.lineWidth,minContentWidth:t.options.minContentWidth}),Zt=t=>/^(%|---|\\.\\.\\.)/m.test(t);function us(t,e,n){if(!e||e<0)return!1;let r=e-n,o=t.length;if(o<=r)return!1;for(let i=0,s=0;i<o;++i)if(t[i]===`\n`){if(i-s>r)return!0;if(s=i+1,o-s<=r)return!1}return!0}function Qe(t,e){let n=JSON.stringify(t);if(e.options.doubleQuotedAsJSON)return n;let{implicitKey:r}=e,o=e.options.doubleQuotedMinMultiLineLength,i=e.indent||(Zt(t)?"  ":""),s="",c=0;for(let a=0,u=n[a];u;u=n[++a])if(u===" "&&n[a+1]==="\\\\"&&n[a+2]==="n"&&(s+=n.slice(c,a)+"\\\\ ",a+=1,c=a,u="\\\\"),u==="\\\\")switch(n[a+1]){case"u":{s+=n.slice(c,a);let p=n.substr(a+2,4);switch(p){case"0000":s+="\\\\0";break;case"0007":s+="\\\\a";break;case"000b":s+="\\\\v";break;case"001b":s+="\\\\e";break;case"0085":s+="\\\\N";break;case"00a0":s+="\\\\_";break;case"2028":s+="\\\\L";break;case"2029":s+="\\\\P";break;default:p.substr(0,2)==="00"?s+="\\\\x"+p.substr(2):s+=n.substr(a,6)}a+=5,c=a+1}break;case"n":if(r||n[a+2]===\'"\'||n.length<o)a+=1;else{for(s+=n.slice(c,a)+`\n\n`;n[a+2]==="\\\\"&&n[a+3]==="n"&&n[a+4]!==\'"\';)s+=`\n`,a+=2;s+=i,n[a+2]===" "&&(s+="\\\\"),a+=1,c=a+1}break;default:a+=1}return s=c?s+n.slice(c):n,r?s:He(s,i,Xe,Et(e,!1))}function Ln(t,e){if(e.options.singleQuote===!1||e.implicitKey&&t.includes(`\n`)||/[ \\t]\\n|\\n[ \\t]/.test(t))return Qe(t,e);let n=e.indent||(Zt(t)?"  ":""),r="\'"+t.replace(/\'/g,"\'\'").replace(/\\n+/g,`$&\n${n}`)+"\'";return e.implicitKey?r:He(r,n,Cn,Et(e,!1))}function Re(t,e){let{singleQuote:n}=e.options,r;if(n===!1)r=Qe;else{let o=t.includes(\'"\'),i=t.includes("\'");o&&!i?r=Ln:i&&!o?r=Qe:r=n?Ln:Qe}return r(t,e)}var Mn;try{Mn=new RegExp(`(^|(?<!\n))\n+(?!\n|$)`,"g")}catch{Mn=/\\n+(?!\\n|$)/g}function Ot({comment:t,type:e,value:n},r,o,i){let{blockQuote:s,commentString:c,lineWidth:a}=r.options;if(!s||/\\n[\\t ]+$/.test(n))return Re(n,r);let u=r.indent||(r.forceBlockIndent||Zt(n)?"  ":""),p=s==="literal"?!0:s==="folded"||e===_.BLOCK_FOLDED?!1:e===_.BLOCK_LITERAL?!0:!us(n,a,u.length);if(!n)return p?`|\n`:`>\n`;let l,f;for(f=n.length;f>0;--f){let $=n[f-1];if($!==`\n`&&$!=="	"&&$!==" ")break}let m=n.substring(f),g=m.indexOf(`\n`);g===-1?l="-":n===m||g!==m.length-1?(l="+",i&&i()):l="",m&&(n=n.slice(0,-m.length),m[m.length-1]===`\n`&&(m=m.slice(0,-1)),m=m.replace(Mn,`$&${u}`));let d=!1,h,y=-1;for(h=0;h<n.length;++h){let $=n[h];if($===" ")d=!0;else if($===`\n`)y=h;else break}let b=n.substring(0,y<h?y+1:h);b&&(n=n.substring(b.length),b=b.replace(/\\n+/g,`$&${u}`));let v=(d?u?"2":"1":"")+l;if(t&&(v+=" "+c(t.replace(/ ?[\\r\\n]+/g," ")),o&&o()),!p){let $=n.replace(/\\n+/g,`\n$&`).replace(/(?:^|\\n)([\\t ].*)(?:([\\n\\t ]*)\\n(?![\\n\\t ]))?/g,"$1$2").replace(/\\n+/g,`$&${u}`),S=!1,E=Et(r,!0);s!=="folded"&&e!==_.BLOCK_FOLDED&&(E.onOverflow=()=>{S=!0});let w=He(`${b}${$}${m}`,u,Pt,E);if(!S)return`>${v}\n${u}${w}`}return n=n.replace(/\\n+/g,`$&${u}`),`|${v}\n${u}${b}${n}${m}`}function ls(t,e,n,r){let{type:o,value:i}=t,{actualString:s,implicitKey:c,indent:a,indentStep:u,inFlow:p}=e;if(c&&i.includes(`\n`)||p&&/[[\\]{},]/.test(i))return Re(i,e);if(/^[\\n\\t ,[\\]{}#&*!|>\'"%@`]|^[?-]$|^[?-][ \\t]|[\\n:][ \\t]|[ \\t]\\n|[\\n\\t ]#|[\\n\\t :]$/.test(i))return c||p||!i.includes(`\n`)?Re(i,e):Ot(t,e,n,r);if(!c&&!p&&o!==_.PLAIN&&i.includes(`\n`))return Ot(t,e,n,r);if(Zt(i)){if(a==="")return e.forceBlockIndent=!0,Ot(t,e,n,r);if(c&&a===u)return Re(i,e)}let l=i.replace(/\\n+/g,`$&\n${a}`);if(s){let f=d=>d.default&&d.tag!=="tag:yaml.org,2002:str"&&d.test?.test(l),{compat:m,tags:g}=e.doc.schema;if(g.some(f)||m?.some(f))return Re(i,e)}return c?l:He(l,a,Cn,Et(e,!1))}function Oe(t,e,n,r){let{implicitKey:o,inFlow:i}=e,s=typeof t.value=="string"?t:Object.assign({},t,{value:String(t.value)}),{type:c}=t;c!==_.QUOTE_DOUBLE&&/[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u{D800}-\\u{DFFF}]/u.test(s.value)&&(c=_.QUOTE_DOUBLE);let a=p=>{switch(p){case _.BLOCK_FOLDED:case _.BLOCK_LITERAL:return o||i?Re(s.value,e):Ot(s,e,n,r);case _.QUOTE_DOUBLE:return Qe(s.value,e);case _.QUOTE_SINGLE:return Ln(s.value,e);case _.PLAIN:return ls(s,e,n,r);default:return null}},u=a(c);if(u===null){let{defaultKeyType:p,defaultStringType:l}=e.options,f=o&&p||l;if(u=a(f),u===null)throw new Error(`Unsupported default string type ${f}`)}return u}function It(t,e){let n=Object.assign({blockQuote:!0,commentString:Eo,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},t.schema.toStringOptions,e),r;switch(n.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:t,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:typeof n.indent=="number"?" ".repeat(n.indent):"  ",inFlow:r,options:n}}function fs(t,e){if(e.tag){let o=t.filter(i=>i.tag===e.tag);if(o.length>0)return o.find(i=>i.format===e.format)??o[0]}let n,r;if(k(e)){r=e.value;let o=t.filter(i=>i.identify?.(r));if(o.length>1){let i=o.filter(s=>s.test);i.length>0&&(o=i)}n=o.find(i=>i.format===e.format)??o.find(i=>!i.format)}else r=e,n=t.find(o=>o.nodeClass&&r instanceof o.nodeClass);if(!n){let o=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${o} value`)}return n}function ps(t,e,{anchors:n,doc:r}){if(!r.directives)return"";let o=[],i=(k(t)||O(t))&&t.anchor;i&&St(i)&&(n.add(i),o.push(`&${i}`));let s=t.tag??(e.default?null:e.tag);return s&&o.push(r.directives.tagString(s)),o.join(" ")}function he(t,e,n,r){if(P(t))return t.toString(e,n,r);if(Y(t)){if(e.doc.directives)return t.toString(e);if(e.resolvedAliases?.has(t))throw new TypeError("Cannot stringify circular structure without alias nodes");e.resolvedAliases?e.resolvedAliases.add(t):e.resolvedAliases=new Set([t]),t=t.resolve(e.doc)}let o,i=A(t)?t:e.doc.createNode(t,{onTagObj:a=>o=a});o??(o=fs(e.doc.schema.tags,i));let s=ps(i,o,e);s.length>0&&(e.indentAtStart=(e.indentAtStart??0)+s.length+1);let c=typeof o.stringify=="function"?o.stringify(i,e,n,r):k(i)?Oe(i,e,n,r):i.toString(e,n,r);return s?k(i)||c[0]==="{"||c[0]==="["?`${s} ${c}`:`${s}\n${e.indent}${c}`:c}function Io({key:t,value:e},n,r,o){let{allNullValues:i,doc:s,indent:c,indentStep:a,options:{commentString:u,indentSeq:p,simpleKeys:l}}=n,f=A(t)&&t.comment||null;if(l){if(f)throw new Error("With simple keys, key nodes cannot have comments");if(O(t)||!A(t)&&typeof t=="object"){let E="With simple keys, collection cannot be used as a key value";throw new Error(E)}}let m=!l&&(!t||f&&e==null&&!n.inFlow||O(t)||(k(t)?t.type===_.BLOCK_FOLDED||t.type===_.BLOCK_LITERAL:typeof t=="object"));n=Object.assign({},n,{allNullValues:!1,implicitKey:!m&&(l||!i),indent:c+a});let g=!1,d=!1,h=he(t,n,()=>g=!0,()=>d=!0);if(!m&&!n.inFlow&&h.length>1024){if(l)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");m=!0}if(n.inFlow){if(i||e==null)return g&&r&&r(),h===""?"?":m?`? ${h}`:h}else if(i&&!l||e==null&&m)return h=`? ${h}`,f&&!g?h+=ce(h,n.indent,u(f)):d&&o&&o(),h;g&&(f=null),m?(f&&(h+=ce(h,n.indent,u(f))),h=`? ${h}\n${c}:`):(h=`${h}:`,f&&(h+=ce(h,n.indent,u(f))));let y,b,x;A(e)?(y=!!e.spaceBefore,b=e.commentBefore,x=e.comment):(y=!1,b=null,x=null,e&&typeof e=="object"&&(e=s.createNode(e))),n.implicitKey=!1,!m&&!f&&k(e)&&(n.indentAtStart=h.length+1),d=!1,!p&&a.length>=2&&!n.inFlow&&!m&&H(e)&&!e.flow&&!e.tag&&!e.anchor&&(n.indent=n.indent.substring(2));let v=!1,$=he(e,n,()=>v=!0,()=>d=!0),S=" ";if(f||y||b){if(S=y?`\n`:"",b){let E=u(b);S+=`\n${q(E,n.indent)}`}$===""&&!n.inFlow?S===`\n`&&x&&(S=`\n\n`):S+=`\n${n.indent}`}else if(!m&&O(e)){let E=$[0],w=$.indexOf(`\n`),T=w!==-1,ge=n.inFlow??e.flow??e.items.length===0;if(T||!ge){let Ie=!1;if(T&&(E==="&"||E==="!")){let C=$.indexOf(" ");E==="&"&&C!==-1&&C<w&&$[C+1]==="!"&&(C=$.indexOf(" ",C+1)),(C===-1||w<C)&&(Ie=!0)}Ie||(S=`\n${n.indent}`)}}else($===""||$[0]===`\n`)&&(S="");return h+=S+$,n.inFlow?v&&r&&r():x&&!v?h+=ce(h,n.indent,u(x)):d&&o&&o(),h}function Dn(t,e){(t==="debug"||t==="warn")&&console.warn(e)}var Nt="<<",Q={identify:t=>t===Nt||typeof t=="symbol"&&t.description===Nt,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new _(Symbol(Nt)),{addToJSMap:jn}),stringify:()=>Nt},No=(t,e)=>(Q.identify(e)||k(e)&&(!e.type||e.type===_.PLAIN)&&Q.identify(e.value))&&t?.doc.schema.tags.some(n=>n.tag===Q.tag&&n.default);function jn(t,e,n){let r=To(t,n);if(H(r))for(let o of r.items)Rn(t,e,o);else if(Array.isArray(r))for(let o of r)Rn(t,e,o);else Rn(t,e,r)}function Rn(t,e,n){let r=To(t,n);if(!X(r))throw new Error("Merge sources must be maps or map aliases");let o=r.toJSON(null,t,Map);for(let[i,s]of o)e instanceof Map?e.has(i)||e.set(i,s):e instanceof Set?e.add(i):Object.prototype.hasOwnProperty.call(e,i)||Object.defineProperty(e,i,{value:s,writable:!0,enumerable:!0,configurable:!0});return e}function To(t,e){return t&&Y(e)?e.resolve(t.doc,t):e}function Tt(t,e,{key:n,value:r}){if(A(n)&&n.addToJSMap)n.addToJSMap(t,e,r);else if(No(t,n))jn(t,e,r);else{let o=L(n,"",t);if(e instanceof Map)e.set(o,L(r,o,t));else if(e instanceof Set)e.add(o);else{let i=ds(n,o,t),s=L(r,i,t);i in e?Object.defineProperty(e,i,{value:s,writable:!0,enumerable:!0,configurable:!0}):e[i]=s}}return e}function ds(t,e,n){if(e===null)return"";if(typeof e!="object")return String(e);if(A(t)&&n?.doc){let r=It(n.doc,{});r.anchors=new Set;for(let i of n.anchors.keys())r.anchors.add(i.anchor);r.inFlow=!0,r.inStringifyKey=!0;let o=t.toString(r);if(!n.mapKeyWarned){let i=JSON.stringify(o);i.length>40&&(i=i.substring(0,36)+\'..."\'),Dn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${i}. Set mapAsMap: true to use object keys.`),n.mapKeyWarned=!0}return o}return JSON.stringify(e)}function je(t,e,n){let r=me(t,void 0,n),o=me(e,void 0,n);return new Z(r,o)}var Z=class t{constructor(e,n=null){Object.defineProperty(this,R,{value:In}),this.key=e,this.value=n}clone(e){let{key:n,value:r}=this;return A(n)&&(n=n.clone(e)),A(r)&&(r=r.clone(e)),new t(n,r)}toJSON(e,n){let r=n?.mapAsMap?new Map:{};return Tt(n,r,this)}toString(e,n,r){return e?.doc?Io(this,e,n,r):JSON.stringify(this)}};function Lt(t,e,n){return(e.inFlow??t.flow?hs:ms)(t,e,n)}function ms({comment:t,items:e},n,{blockItemPrefix:r,flowChars:o,itemIndent:i,onChompKeep:s,onComment:c}){let{indent:a,options:{commentString:u}}=n,p=Object.assign({},n,{indent:i,type:null}),l=!1,f=[];for(let g=0;g<e.length;++g){let d=e[g],h=null;if(A(d))!l&&d.spaceBefore&&f.push(""),Ct(n,f,d.commentBefore,l),d.comment&&(h=d.comment);else if(P(d)){let b=A(d.key)?d.key:null;b&&(!l&&b.spaceBefore&&f.push(""),Ct(n,f,b.commentBefore,l))}l=!1;let y=he(d,p,()=>h=null,()=>l=!0);h&&(y+=ce(y,i,u(h))),l&&h&&(l=!1),f.push(r+y)}let m;if(f.length===0)m=o.start+o.end;else{m=f[0];for(let g=1;g<f.length;++g){let d=f[g];m+=d?`\n${a}${d}`:`\n`}}return t?(m+=`\n`+q(u(t),a),c&&c()):l&&s&&s(),m}function hs({items:t},e,{flowChars:n,itemIndent:r}){let{indent:o,indentStep:i,flowCollectionPadding:s,options:{commentString:c}}=e;r+=i;let a=Object.assign({},e,{indent:r,inFlow:!0,type:null}),u=!1,p=0,l=[];for(let g=0;g<t.length;++g){let d=t[g],h=null;if(A(d))d.spaceBefore&&l.push(""),Ct(e,l,d.commentBefore,!1),d.comment&&(h=d.comment);else if(P(d)){let b=A(d.key)?d.key:null;b&&(b.spaceBefore&&l.push(""),Ct(e,l,b.commentBefore,!1),b.comment&&(u=!0));let x=A(d.value)?d.value:null;x?(x.comment&&(h=x.comment),x.commentBefore&&(u=!0)):d.value==null&&b?.comment&&(h=b.comment)}h&&(u=!0);let y=he(d,a,()=>h=null);u||(u=l.length>p||y.includes(`\n`)),g<t.length-1?y+=",":e.options.trailingComma&&(e.options.lineWidth>0&&(u||(u=l.reduce((b,x)=>b+x.length+2,2)+(y.length+2)>e.options.lineWidth)),u&&(y+=",")),h&&(y+=ce(y,r,c(h))),l.push(y),p=l.length}let{start:f,end:m}=n;if(l.length===0)return f+m;if(!u){let g=l.reduce((d,h)=>d+h.length+2,2);u=e.options.lineWidth>0&&g>e.options.lineWidth}if(u){let g=f;for(let d of l)g+=d?`\n${i}${o}${d}`:`\n`;return`${g}\n${o}${m}`}else return`${f}${s}${l.join(" ")}${s}${m}`}function Ct({indent:t,options:{commentString:e}},n,r,o){if(r&&o&&(r=r.replace(/^\\n+/,"")),r){let i=q(e(r),t);n.push(i.trimStart())}}function $e(t,e){let n=k(e)?e.value:e;for(let r of t)if(P(r)&&(r.key===e||r.key===n||k(r.key)&&r.key.value===n))return r}var I=class extends Me{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(W,e),this.items=[]}static from(e,n,r){let{keepUndefined:o,replacer:i}=r,s=new this(e),c=(a,u)=>{if(typeof i=="function")u=i.call(n,a,u);else if(Array.isArray(i)&&!i.includes(a))return;(u!==void 0||o)&&s.items.push(je(a,u,r))};if(n instanceof Map)for(let[a,u]of n)c(a,u);else if(n&&typeof n=="object")for(let a of Object.keys(n))c(a,n[a]);return typeof e.sortMapEntries=="function"&&s.items.sort(e.sortMapEntries),s}add(e,n){let r;P(e)?r=e:!e||typeof e!="object"||!("key"in e)?r=new Z(e,e?.value):r=new Z(e.key,e.value);let o=$e(this.items,r.key),i=this.schema?.sortMapEntries;if(o){if(!n)throw new Error(`Key ${r.key} already set`);k(o.value)&&At(r.value)?o.value.value=r.value:o.value=r.value}else if(i){let s=this.items.findIndex(c=>i(r,c)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(e){let n=$e(this.items,e);return n?this.items.splice(this.items.indexOf(n),1).length>0:!1}get(e,n){let o=$e(this.items,e)?.value;return(!n&&k(o)?o.value:o)??void 0}has(e){return!!$e(this.items,e)}set(e,n){this.add(new Z(e,n),!0)}toJSON(e,n,r){let o=r?new r:n?.mapAsMap?new Map:{};n?.onCreate&&n.onCreate(o);for(let i of this.items)Tt(n,o,i);return o}toString(e,n,r){if(!e)return JSON.stringify(this);for(let o of this.items)if(!P(o))throw new Error(`Map items must all be pairs; found ${JSON.stringify(o)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),Lt(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:n})}};var ee={collection:"map",default:!0,nodeClass:I,tag:"tag:yaml.org,2002:map",resolve(t,e){return X(t)||e("Expected a mapping for this tag"),t},createNode:(t,e,n)=>I.from(t,e,n)};var M=class extends Me{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(pe,e),this.items=[]}add(e){this.items.push(e)}delete(e){let n=Mt(e);return typeof n!="number"?!1:this.items.splice(n,1).length>0}get(e,n){let r=Mt(e);if(typeof r!="number")return;let o=this.items[r];return!n&&k(o)?o.value:o}has(e){let n=Mt(e);return typeof n=="number"&&n<this.items.length}set(e,n){let r=Mt(e);if(typeof r!="number")throw new Error(`Expected a valid index, not ${e}.`);let o=this.items[r];k(o)&&At(n)?o.value=n:this.items[r]=n}toJSON(e,n){let r=[];n?.onCreate&&n.onCreate(r);let o=0;for(let i of this.items)r.push(L(i,String(o++),n));return r}toString(e,n,r){return e?Lt(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:n}):JSON.stringify(this)}static from(e,n,r){let{replacer:o}=r,i=new this(e);if(n&&Symbol.iterator in Object(n)){let s=0;for(let c of n){if(typeof o=="function"){let a=n instanceof Set?c:String(s++);c=o.call(n,a,c)}i.items.push(me(c,void 0,r))}}return i}};function Mt(t){let e=k(t)?t.value:t;return e&&typeof e=="string"&&(e=Number(e)),typeof e=="number"&&Number.isInteger(e)&&e>=0?e:null}var te={collection:"seq",default:!0,nodeClass:M,tag:"tag:yaml.org,2002:seq",resolve(t,e){return H(t)||e("Expected a sequence for this tag"),t},createNode:(t,e,n)=>M.from(t,e,n)};var ke={identify:t=>typeof t=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:t=>t,stringify(t,e,n,r){return e=Object.assign({actualString:!0},e),Oe(t,e,n,r)}};var Ee={identify:t=>t==null,createNode:()=>new _(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new _(null),stringify:({source:t},e)=>typeof t=="string"&&Ee.test.test(t)?t:e.options.nullStr};var et={identify:t=>typeof t=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:t=>new _(t[0]==="t"||t[0]==="T"),stringify({source:t,value:e},n){if(t&&et.test.test(t)){let r=t[0]==="t"||t[0]==="T";if(e===r)return t}return e?n.options.trueStr:n.options.falseStr}};function D({format:t,minFractionDigits:e,tag:n,value:r}){if(typeof r=="bigint")return String(r);let o=typeof r=="number"?r:Number(r);if(!isFinite(o))return isNaN(o)?".nan":o<0?"-.inf":".inf";let i=Object.is(r,-0)?"-0":JSON.stringify(r);if(!t&&e&&(!n||n==="tag:yaml.org,2002:float")&&/^-?\\d/.test(i)&&!i.includes("e")){let s=i.indexOf(".");s<0&&(s=i.length,i+=".");let c=e-(i.length-s-1);for(;c-- >0;)i+="0"}return i}var Dt={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/,resolve:t=>t.slice(-3).toLowerCase()==="nan"?NaN:t[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:D},Rt={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:t=>parseFloat(t),stringify(t){let e=Number(t.value);return isFinite(e)?e.toExponential():D(t)}},jt={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/,resolve(t){let e=new _(parseFloat(t)),n=t.indexOf(".");return n!==-1&&t[t.length-1]==="0"&&(e.minFractionDigits=t.length-n-1),e},stringify:D};var Bt=t=>typeof t=="bigint"||Number.isInteger(t),Bn=(t,e,n,{intAsBigInt:r})=>r?BigInt(t):parseInt(t.substring(e),n);function Co(t,e,n){let{value:r}=t;return Bt(r)&&r>=0?n+r.toString(e):D(t)}var Ft={identify:t=>Bt(t)&&t>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(t,e,n)=>Bn(t,2,8,n),stringify:t=>Co(t,8,"0o")},Ut={identify:Bt,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(t,e,n)=>Bn(t,0,10,n),stringify:D},Kt={identify:t=>Bt(t)&&t>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(t,e,n)=>Bn(t,2,16,n),stringify:t=>Co(t,16,"0x")};var Lo=[ee,te,ke,Ee,et,Ft,Ut,Kt,Dt,Rt,jt];function Mo(t){return typeof t=="bigint"||Number.isInteger(t)}var qt=({value:t})=>JSON.stringify(t),gs=[{identify:t=>typeof t=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:t=>t,stringify:qt},{identify:t=>t==null,createNode:()=>new _(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:qt},{identify:t=>typeof t=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:t=>t==="true",stringify:qt},{identify:Mo,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(t,e,{intAsBigInt:n})=>n?BigInt(t):parseInt(t,10),stringify:({value:t})=>Mo(t)?t.toString():JSON.stringify(t)},{identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:t=>parseFloat(t),stringify:qt}],ys={default:!0,tag:"",test:/^/,resolve(t,e){return e(`Unresolved plain scalar ${JSON.stringify(t)}`),t}},Do=[ee,te].concat(gs,ys);var tt={identify:t=>t instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(t,e){if(typeof atob=="function"){let n=atob(t.replace(/[\\n\\r]/g,"")),r=new Uint8Array(n.length);for(let o=0;o<n.length;++o)r[o]=n.charCodeAt(o);return r}else return e("This environment does not support reading binary tags; either Buffer or atob is required"),t},stringify({comment:t,type:e,value:n},r,o,i){if(!n)return"";let s=n,c;if(typeof btoa=="function"){let a="";for(let u=0;u<s.length;++u)a+=String.fromCharCode(s[u]);c=btoa(a)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(e??(e=_.BLOCK_LITERAL),e!==_.QUOTE_DOUBLE){let a=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),u=Math.ceil(c.length/a),p=new Array(u);for(let l=0,f=0;l<u;++l,f+=a)p[l]=c.substr(f,a);c=p.join(e===_.BLOCK_LITERAL?`\n`:" ")}return Oe({comment:t,type:e,value:c},r,o,i)}};function Fn(t,e){if(H(t))for(let n=0;n<t.items.length;++n){let r=t.items[n];if(!P(r)){if(X(r)){r.items.length>1&&e("Each pair must have its own sequence indicator");let o=r.items[0]||new Z(new _(null));if(r.commentBefore&&(o.key.commentBefore=o.key.commentBefore?`${r.commentBefore}\n${o.key.commentBefore}`:r.commentBefore),r.comment){let i=o.value??o.key;i.comment=i.comment?`${r.comment}\n${i.comment}`:r.comment}r=o}t.items[n]=P(r)?r:new Z(r)}}else e("Expected a sequence for this tag");return t}function Un(t,e,n){let{replacer:r}=n,o=new M(t);o.tag="tag:yaml.org,2002:pairs";let i=0;if(e&&Symbol.iterator in Object(e))for(let s of e){typeof r=="function"&&(s=r.call(e,String(i++),s));let c,a;if(Array.isArray(s))if(s.length===2)c=s[0],a=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let u=Object.keys(s);if(u.length===1)c=u[0],a=s[c];else throw new TypeError(`Expected tuple with one key, not ${u.length} keys`)}else c=s;o.items.push(je(c,a,n))}return o}var nt={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:Fn,createNode:Un};var Be=class t extends M{constructor(){super(),this.add=I.prototype.add.bind(this),this.delete=I.prototype.delete.bind(this),this.get=I.prototype.get.bind(this),this.has=I.prototype.has.bind(this),this.set=I.prototype.set.bind(this),this.tag=t.tag}toJSON(e,n){if(!n)return super.toJSON(e);let r=new Map;n?.onCreate&&n.onCreate(r);for(let o of this.items){let i,s;if(P(o)?(i=L(o.key,"",n),s=L(o.value,i,n)):i=L(o,"",n),r.has(i))throw new Error("Ordered maps must not include duplicate keys");r.set(i,s)}return r}static from(e,n,r){let o=Un(e,n,r),i=new this;return i.items=o.items,i}};Be.tag="tag:yaml.org,2002:omap";var rt={collection:"seq",identify:t=>t instanceof Map,nodeClass:Be,default:!1,tag:"tag:yaml.org,2002:omap",resolve(t,e){let n=Fn(t,e),r=[];for(let{key:o}of n.items)k(o)&&(r.includes(o.value)?e(`Ordered maps must not include duplicate keys: ${o.value}`):r.push(o.value));return Object.assign(new Be,n)},createNode:(t,e,n)=>Be.from(t,e,n)};function Ro({value:t,source:e},n){return e&&(t?Kn:qn).test.test(e)?e:t?n.options.trueStr:n.options.falseStr}var Kn={identify:t=>t===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new _(!0),stringify:Ro},qn={identify:t=>t===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new _(!1),stringify:Ro};var jo={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/,resolve:t=>t.slice(-3).toLowerCase()==="nan"?NaN:t[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:D},Bo={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:t=>parseFloat(t.replace(/_/g,"")),stringify(t){let e=Number(t.value);return isFinite(e)?e.toExponential():D(t)}},Fo={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$/,resolve(t){let e=new _(parseFloat(t.replace(/_/g,""))),n=t.indexOf(".");if(n!==-1){let r=t.substring(n+1).replace(/_/g,"");r[r.length-1]==="0"&&(e.minFractionDigits=r.length)}return e},stringify:D};var ot=t=>typeof t=="bigint"||Number.isInteger(t);function Vt(t,e,n,{intAsBigInt:r}){let o=t[0];if((o==="-"||o==="+")&&(e+=1),t=t.substring(e).replace(/_/g,""),r){switch(n){case 2:t=`0b${t}`;break;case 8:t=`0o${t}`;break;case 16:t=`0x${t}`;break}let s=BigInt(t);return o==="-"?BigInt(-1)*s:s}let i=parseInt(t,n);return o==="-"?-1*i:i}function Vn(t,e,n){let{value:r}=t;if(ot(r)){let o=r.toString(e);return r<0?"-"+n+o.substr(1):n+o}return D(t)}var Uo={identify:ot,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(t,e,n)=>Vt(t,2,2,n),stringify:t=>Vn(t,2,"0b")},Ko={identify:ot,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(t,e,n)=>Vt(t,1,8,n),stringify:t=>Vn(t,8,"0")},qo={identify:ot,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(t,e,n)=>Vt(t,0,10,n),stringify:D},Vo={identify:ot,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(t,e,n)=>Vt(t,2,16,n),stringify:t=>Vn(t,16,"0x")};var Fe=class t extends I{constructor(e){super(e),this.tag=t.tag}add(e){let n;P(e)?n=e:e&&typeof e=="object"&&"key"in e&&"value"in e&&e.value===null?n=new Z(e.key,null):n=new Z(e,null),$e(this.items,n.key)||this.items.push(n)}get(e,n){let r=$e(this.items,e);return!n&&P(r)?k(r.key)?r.key.value:r.key:r}set(e,n){if(typeof n!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof n}`);let r=$e(this.items,e);r&&!n?this.items.splice(this.items.indexOf(r),1):!r&&n&&this.items.push(new Z(e))}toJSON(e,n){return super.toJSON(e,n,Set)}toString(e,n,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),n,r);throw new Error("Set items must all have null values")}static from(e,n,r){let{replacer:o}=r,i=new this(e);if(n&&Symbol.iterator in Object(n))for(let s of n)typeof o=="function"&&(s=o.call(n,s,s)),i.items.push(je(s,null,r));return i}};Fe.tag="tag:yaml.org,2002:set";var it={collection:"map",identify:t=>t instanceof Set,nodeClass:Fe,default:!1,tag:"tag:yaml.org,2002:set",createNode:(t,e,n)=>Fe.from(t,e,n),resolve(t,e){if(X(t)){if(t.hasAllNullValues(!0))return Object.assign(new Fe,t);e("Set items must all have null values")}else e("Expected a mapping for this tag");return t}};function Jn(t,e){let n=t[0],r=n==="-"||n==="+"?t.substring(1):t,o=s=>e?BigInt(s):Number(s),i=r.replace(/_/g,"").split(":").reduce((s,c)=>s*o(60)+o(c),o(0));return n==="-"?o(-1)*i:i}function Jo(t){let{value:e}=t,n=s=>s;if(typeof e=="bigint")n=s=>BigInt(s);else if(isNaN(e)||!isFinite(e))return D(t);let r="";e<0&&(r="-",e*=n(-1));let o=n(60),i=[e%o];return e<60?i.unshift(0):(e=(e-i[0])/o,i.unshift(e%o),e>=60&&(e=(e-i[0])/o,i.unshift(e))),r+i.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\\d*$/,"")}var Jt={identify:t=>typeof t=="bigint"||Number.isInteger(t),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(t,e,{intAsBigInt:n})=>Jn(t,n),stringify:Jo},Gt={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$/,resolve:t=>Jn(t,!1),stringify:Jo},Ue={identify:t=>t instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\\\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\\\.[0-9]+)?)(?:[ \\\\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(t){let e=t.match(Ue.test);if(!e)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,n,r,o,i,s,c]=e.map(Number),a=e[7]?Number((e[7]+"00").substr(1,3)):0,u=Date.UTC(n,r-1,o,i||0,s||0,c||0,a),p=e[8];if(p&&p!=="Z"){let l=Jn(p,!1);Math.abs(l)<30&&(l*=60),u-=6e4*l}return new Date(u)},stringify:({value:t})=>t?.toISOString().replace(/(T00:00:00)?\\.000Z$/,"")??""};var Gn=[ee,te,ke,Ee,Kn,qn,Uo,Ko,qo,Vo,jo,Bo,Fo,tt,Q,rt,nt,it,Jt,Gt,Ue];var Go=new Map([["core",Lo],["failsafe",[ee,te,ke]],["json",Do],["yaml11",Gn],["yaml-1.1",Gn]]),Wo={binary:tt,bool:et,float:jt,floatExp:Rt,floatNaN:Dt,floatTime:Gt,int:Ut,intHex:Kt,intOct:Ft,intTime:Jt,map:ee,merge:Q,null:Ee,omap:rt,pairs:nt,seq:te,set:it,timestamp:Ue},Yo={"tag:yaml.org,2002:binary":tt,"tag:yaml.org,2002:merge":Q,"tag:yaml.org,2002:omap":rt,"tag:yaml.org,2002:pairs":nt,"tag:yaml.org,2002:set":it,"tag:yaml.org,2002:timestamp":Ue};function Wt(t,e,n){let r=Go.get(e);if(r&&!t)return n&&!r.includes(Q)?r.concat(Q):r.slice();let o=r;if(!o)if(Array.isArray(t))o=[];else{let i=Array.from(Go.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${e}"; use one of ${i} or define customTags array`)}if(Array.isArray(t))for(let i of t)o=o.concat(i);else typeof t=="function"&&(o=t(o.slice()));return n&&(o=o.concat(Q)),o.reduce((i,s)=>{let c=typeof s=="string"?Wo[s]:s;if(!c){let a=JSON.stringify(s),u=Object.keys(Wo).map(p=>JSON.stringify(p)).join(", ");throw new Error(`Unknown custom tag ${a}; use one of ${u}`)}return i.includes(c)||i.push(c),i},[])}var bs=(t,e)=>t.key<e.key?-1:t.key>e.key?1:0,st=class t{constructor({compat:e,customTags:n,merge:r,resolveKnownTags:o,schema:i,sortMapEntries:s,toStringDefaults:c}){this.compat=Array.isArray(e)?Wt(e,"compat"):e?Wt(null,e):null,this.name=typeof i=="string"&&i||"core",this.knownTags=o?Yo:{},this.tags=Wt(n,this.name,r),this.toStringOptions=c??null,Object.defineProperty(this,W,{value:ee}),Object.defineProperty(this,F,{value:ke}),Object.defineProperty(this,pe,{value:te}),this.sortMapEntries=typeof s=="function"?s:s===!0?bs:null}clone(){let e=Object.create(t.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}};function Xo(t,e){let n=[],r=e.directives===!0;if(e.directives!==!1&&t.directives){let a=t.directives.toString(t);a?(n.push(a),r=!0):t.directives.docStart&&(r=!0)}r&&n.push("---");let o=It(t,e),{commentString:i}=o.options;if(t.commentBefore){n.length!==1&&n.unshift("");let a=i(t.commentBefore);n.unshift(q(a,""))}let s=!1,c=null;if(t.contents){if(A(t.contents)){if(t.contents.spaceBefore&&r&&n.push(""),t.contents.commentBefore){let p=i(t.contents.commentBefore);n.push(q(p,""))}o.forceBlockIndent=!!t.comment,c=t.contents.comment}let a=c?void 0:()=>s=!0,u=he(t.contents,o,()=>c=null,a);c&&(u+=ce(u,"",i(c))),(u[0]==="|"||u[0]===">")&&n[n.length-1]==="---"?n[n.length-1]=`--- ${u}`:n.push(u)}else n.push(he(t.contents,o));if(t.directives?.docEnd)if(t.comment){let a=i(t.comment);a.includes(`\n`)?(n.push("..."),n.push(q(a,""))):n.push(`... ${a}`)}else n.push("...");else{let a=t.comment;a&&s&&(a=a.replace(/^\\n+/,"")),a&&((!s||c)&&n[n.length-1]!==""&&n.push(""),n.push(q(i(a),"")))}return n.join(`\n`)+`\n`}var Se=class t{constructor(e,n,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,R,{value:vt});let o=null;typeof n=="function"||Array.isArray(n)?o=n:r===void 0&&n&&(r=n,n=void 0);let i=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=i;let{version:s}=i;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new se({version:s}),this.setSchema(s,r),this.contents=e===void 0?null:this.createNode(e,o,r)}clone(){let e=Object.create(t.prototype,{[R]:{value:vt}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=A(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){Ke(this.contents)&&this.contents.add(e)}addIn(e,n){Ke(this.contents)&&this.contents.addIn(e,n)}createAlias(e,n){if(!e.anchor){let r=Nn(this);e.anchor=!n||r.has(n)?Tn(n||"a",r):n}return new de(e.anchor)}createNode(e,n,r){let o;if(typeof n=="function")e=n.call({"":e},"",e),o=n;else if(Array.isArray(n)){let h=b=>typeof b=="number"||b instanceof String||b instanceof Number,y=n.filter(h).map(String);y.length>0&&(n=n.concat(y)),o=n}else r===void 0&&n&&(r=n,n=void 0);let{aliasDuplicateObjects:i,anchorPrefix:s,flow:c,keepUndefined:a,onTagObj:u,tag:p}=r??{},{onAnchor:l,setAnchors:f,sourceObjects:m}=Oo(this,s||"a"),g={aliasDuplicateObjects:i??!0,keepUndefined:a??!1,onAnchor:l,onTagObj:u,replacer:o,schema:this.schema,sourceObjects:m},d=me(e,p,g);return c&&O(d)&&(d.flow=!0),f(),d}createPair(e,n,r={}){let o=this.createNode(e,null,r),i=this.createNode(n,null,r);return new Z(o,i)}delete(e){return Ke(this.contents)?this.contents.delete(e):!1}deleteIn(e){return De(e)?this.contents==null?!1:(this.contents=null,!0):Ke(this.contents)?this.contents.deleteIn(e):!1}get(e,n){return O(this.contents)?this.contents.get(e,n):void 0}getIn(e,n){return De(e)?!n&&k(this.contents)?this.contents.value:this.contents:O(this.contents)?this.contents.getIn(e,n):void 0}has(e){return O(this.contents)?this.contents.has(e):!1}hasIn(e){return De(e)?this.contents!==void 0:O(this.contents)?this.contents.hasIn(e):!1}set(e,n){this.contents==null?this.contents=Ye(this.schema,[e],n):Ke(this.contents)&&this.contents.set(e,n)}setIn(e,n){De(e)?this.contents=n:this.contents==null?this.contents=Ye(this.schema,Array.from(e),n):Ke(this.contents)&&this.contents.setIn(e,n)}setSchema(e,n={}){typeof e=="number"&&(e=String(e));let r;switch(e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new se({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new se({version:e}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let o=JSON.stringify(e);throw new Error(`Expected \'1.1\', \'1.2\' or null as first argument, but found: ${o}`)}}if(n.schema instanceof Object)this.schema=n.schema;else if(r)this.schema=new st(Object.assign(r,n));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:e,jsonArg:n,mapAsMap:r,maxAliasCount:o,onAnchor:i,reviver:s}={}){let c={anchors:new Map,doc:this,keep:!e,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof o=="number"?o:100},a=L(this.contents,n??"",c);if(typeof i=="function")for(let{count:u,res:p}of c.anchors.values())i(p,u);return typeof s=="function"?xe(s,{"":a},"",a):a}toJSON(e,n){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:n})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let n=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${n}`)}return Xo(this,e)}};function Ke(t){if(O(t))return!0;throw new Error("Expected a YAML collection as document contents")}var ct=class extends Error{constructor(e,n,r,o){super(),this.name=e,this.code=r,this.message=o,this.pos=n}},ne=class extends ct{constructor(e,n,r){super("YAMLParseError",e,n,r)}},at=class extends ct{constructor(e,n,r){super("YAMLWarning",e,n,r)}},Wn=(t,e)=>n=>{if(n.pos[0]===-1)return;n.linePos=n.pos.map(c=>e.linePos(c));let{line:r,col:o}=n.linePos[0];n.message+=` at line ${r}, column ${o}`;let i=o-1,s=t.substring(e.lineStarts[r-1],e.lineStarts[r]).replace(/[\\n\\r]+$/,"");if(i>=60&&s.length>80){let c=Math.min(i-39,s.length-79);s="\\u2026"+s.substring(c),i-=c-1}if(s.length>80&&(s=s.substring(0,79)+"\\u2026"),r>1&&/^ *$/.test(s.substring(0,i))){let c=t.substring(e.lineStarts[r-2],e.lineStarts[r-1]);c.length>80&&(c=c.substring(0,79)+`\\u2026\n`),s=c+s}if(/[^ ]/.test(s)){let c=1,a=n.linePos[1];a?.line===r&&a.col>o&&(c=Math.max(1,Math.min(a.col-o,80-i)));let u=" ".repeat(i)+"^".repeat(c);n.message+=`:\n\n${s}\n${u}\n`}};function ae(t,{flow:e,indicator:n,next:r,offset:o,onError:i,parentIndent:s,startOnNewline:c}){let a=!1,u=c,p=c,l="",f="",m=!1,g=!1,d=null,h=null,y=null,b=null,x=null,v=null,$=null;for(let w of t)switch(g&&(w.type!=="space"&&w.type!=="newline"&&w.type!=="comma"&&i(w.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g=!1),d&&(u&&w.type!=="comment"&&w.type!=="newline"&&i(d,"TAB_AS_INDENT","Tabs are not allowed as indentation"),d=null),w.type){case"space":!e&&(n!=="doc-start"||r?.type!=="flow-collection")&&w.source.includes("	")&&(d=w),p=!0;break;case"comment":{p||i(w,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let T=w.source.substring(1)||" ";l?l+=f+T:l=T,f="",u=!1;break}case"newline":u?l?l+=w.source:(!v||n!=="seq-item-ind")&&(a=!0):f+=w.source,u=!0,m=!0,(h||y)&&(b=w),p=!0;break;case"anchor":h&&i(w,"MULTIPLE_ANCHORS","A node can have at most one anchor"),w.source.endsWith(":")&&i(w.offset+w.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=w,$??($=w.offset),u=!1,p=!1,g=!0;break;case"tag":{y&&i(w,"MULTIPLE_TAGS","A node can have at most one tag"),y=w,$??($=w.offset),u=!1,p=!1,g=!0;break}case n:(h||y)&&i(w,"BAD_PROP_ORDER",`Anchors and tags must be after the ${w.source} indicator`),v&&i(w,"UNEXPECTED_TOKEN",`Unexpected ${w.source} in ${e??"collection"}`),v=w,u=n==="seq-item-ind"||n==="explicit-key-ind",p=!1;break;case"comma":if(e){x&&i(w,"UNEXPECTED_TOKEN",`Unexpected , in ${e}`),x=w,u=!1,p=!1;break}default:i(w,"UNEXPECTED_TOKEN",`Unexpected ${w.type} token`),u=!1,p=!1}let S=t[t.length-1],E=S?S.offset+S.source.length:o;return g&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&i(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),d&&(u&&d.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&i(d,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:x,found:v,spaceBefore:a,comment:l,hasNewline:m,anchor:h,tag:y,newlineAfterProp:b,end:E,start:$??E}}function ze(t){if(!t)return null;switch(t.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(t.source.includes(`\n`))return!0;if(t.end){for(let e of t.end)if(e.type==="newline")return!0}return!1;case"flow-collection":for(let e of t.items){for(let n of e.start)if(n.type==="newline")return!0;if(e.sep){for(let n of e.sep)if(n.type==="newline")return!0}if(ze(e.key)||ze(e.value))return!0}return!1;default:return!0}}function ut(t,e,n){if(e?.type==="flow-collection"){let r=e.end[0];r.indent===t&&(r.source==="]"||r.source==="}")&&ze(e)&&n(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}function Yt(t,e,n){let{uniqueKeys:r}=t.options;if(r===!1)return!1;let o=typeof r=="function"?r:(i,s)=>i===s||k(i)&&k(s)&&i.value===s.value;return e.some(i=>o(i.key,n))}var Ho="All mapping items must start at the same column";function Qo({composeNode:t,composeEmptyNode:e},n,r,o,i){let s=i?.nodeClass??I,c=new s(n.schema);n.atRoot&&(n.atRoot=!1);let a=r.offset,u=null;for(let p of r.items){let{start:l,key:f,sep:m,value:g}=p,d=ae(l,{indicator:"explicit-key-ind",next:f??m?.[0],offset:a,onError:o,parentIndent:r.indent,startOnNewline:!0}),h=!d.found;if(h){if(f&&(f.type==="block-seq"?o(a,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in f&&f.indent!==r.indent&&o(a,"BAD_INDENT",Ho)),!d.anchor&&!d.tag&&!m){u=d.end,d.comment&&(c.comment?c.comment+=`\n`+d.comment:c.comment=d.comment);continue}(d.newlineAfterProp||ze(f))&&o(f??l[l.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else d.found?.indent!==r.indent&&o(a,"BAD_INDENT",Ho);n.atKey=!0;let y=d.end,b=f?t(n,f,d,o):e(n,y,l,null,d,o);n.schema.compat&&ut(r.indent,f,o),n.atKey=!1,Yt(n,c.items,b)&&o(y,"DUPLICATE_KEY","Map keys must be unique");let x=ae(m??[],{indicator:"map-value-ind",next:g,offset:b.range[2],onError:o,parentIndent:r.indent,startOnNewline:!f||f.type==="block-scalar"});if(a=x.end,x.found){h&&(g?.type==="block-map"&&!x.hasNewline&&o(a,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),n.options.strict&&d.start<x.found.offset-1024&&o(b.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let v=g?t(n,g,x,o):e(n,a,m,null,x,o);n.schema.compat&&ut(r.indent,g,o),a=v.range[2];let $=new Z(b,v);n.options.keepSourceTokens&&($.srcToken=p),c.items.push($)}else{h&&o(b.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),x.comment&&(b.comment?b.comment+=`\n`+x.comment:b.comment=x.comment);let v=new Z(b);n.options.keepSourceTokens&&(v.srcToken=p),c.items.push(v)}}return u&&u<a&&o(u,"IMPOSSIBLE","Map comment with trailing content"),c.range=[r.offset,a,u??a],c}function ei({composeNode:t,composeEmptyNode:e},n,r,o,i){let s=i?.nodeClass??M,c=new s(n.schema);n.atRoot&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let a=r.offset,u=null;for(let{start:p,value:l}of r.items){let f=ae(p,{indicator:"seq-item-ind",next:l,offset:a,onError:o,parentIndent:r.indent,startOnNewline:!0});if(!f.found)if(f.anchor||f.tag||l)l?.type==="block-seq"?o(f.end,"BAD_INDENT","All sequence items must start at the same column"):o(a,"MISSING_CHAR","Sequence item without - indicator");else{u=f.end,f.comment&&(c.comment=f.comment);continue}let m=l?t(n,l,f,o):e(n,f.end,p,null,f,o);n.schema.compat&&ut(r.indent,l,o),a=m.range[2],c.items.push(m)}return c.range=[r.offset,a,u??a],c}function ue(t,e,n,r){let o="";if(t){let i=!1,s="";for(let c of t){let{source:a,type:u}=c;switch(u){case"space":i=!0;break;case"comment":{n&&!i&&r(c,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let p=a.substring(1)||" ";o?o+=s+p:o=p,s="";break}case"newline":o&&(s+=a),i=!0;break;default:r(c,"UNEXPECTED_TOKEN",`Unexpected ${u} at node end`)}e+=a.length}}return{comment:o,offset:e}}var Yn="Block collections are not allowed within flow collections",Xn=t=>t&&(t.type==="block-map"||t.type==="block-seq");function ti({composeNode:t,composeEmptyNode:e},n,r,o,i){let s=r.start.source==="{",c=s?"flow map":"flow sequence",a=i?.nodeClass??(s?I:M),u=new a(n.schema);u.flow=!0;let p=n.atRoot;p&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let l=r.offset+r.start.source.length;for(let h=0;h<r.items.length;++h){let y=r.items[h],{start:b,key:x,sep:v,value:$}=y,S=ae(b,{flow:c,indicator:"explicit-key-ind",next:x??v?.[0],offset:l,onError:o,parentIndent:r.indent,startOnNewline:!1});if(!S.found){if(!S.anchor&&!S.tag&&!v&&!$){h===0&&S.comma?o(S.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${c}`):h<r.items.length-1&&o(S.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${c}`),S.comment&&(u.comment?u.comment+=`\n`+S.comment:u.comment=S.comment),l=S.end;continue}!s&&n.options.strict&&ze(x)&&o(x,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)S.comma&&o(S.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${c}`);else if(S.comma||o(S.start,"MISSING_CHAR",`Missing , between ${c} items`),S.comment){let E="";e:for(let w of b)switch(w.type){case"comma":case"space":break;case"comment":E=w.source.substring(1);break e;default:break e}if(E){let w=u.items[u.items.length-1];P(w)&&(w=w.value??w.key),w.comment?w.comment+=`\n`+E:w.comment=E,S.comment=S.comment.substring(E.length+1)}}if(!s&&!v&&!S.found){let E=$?t(n,$,S,o):e(n,S.end,v,null,S,o);u.items.push(E),l=E.range[2],Xn($)&&o(E.range,"BLOCK_IN_FLOW",Yn)}else{n.atKey=!0;let E=S.end,w=x?t(n,x,S,o):e(n,E,b,null,S,o);Xn(x)&&o(w.range,"BLOCK_IN_FLOW",Yn),n.atKey=!1;let T=ae(v??[],{flow:c,indicator:"map-value-ind",next:$,offset:w.range[2],onError:o,parentIndent:r.indent,startOnNewline:!1});if(T.found){if(!s&&!S.found&&n.options.strict){if(v)for(let C of v){if(C===T.found)break;if(C.type==="newline"){o(C,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}S.start<T.found.offset-1024&&o(T.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else $&&("source"in $&&$.source?.[0]===":"?o($,"MISSING_CHAR",`Missing space after : in ${c}`):o(T.start,"MISSING_CHAR",`Missing , or : between ${c} items`));let ge=$?t(n,$,T,o):T.found?e(n,T.end,v,null,T,o):null;ge?Xn($)&&o(ge.range,"BLOCK_IN_FLOW",Yn):T.comment&&(w.comment?w.comment+=`\n`+T.comment:w.comment=T.comment);let Ie=new Z(w,ge);if(n.options.keepSourceTokens&&(Ie.srcToken=y),s){let C=u;Yt(n,C.items,w)&&o(E,"DUPLICATE_KEY","Map keys must be unique"),C.items.push(Ie)}else{let C=new I(n.schema);C.flow=!0,C.items.push(Ie);let lr=(ge??w).range;C.range=[w.range[0],lr[1],lr[2]],u.items.push(C)}l=ge?ge.range[2]:T.end}}let f=s?"}":"]",[m,...g]=r.end,d=l;if(m?.source===f)d=m.offset+m.source.length;else{let h=c[0].toUpperCase()+c.substring(1),y=p?`${h} must end with a ${f}`:`${h} in block collection must be sufficiently indented and end with a ${f}`;o(l,p?"MISSING_CHAR":"BAD_INDENT",y),m&&m.source.length!==1&&g.unshift(m)}if(g.length>0){let h=ue(g,d,n.options.strict,o);h.comment&&(u.comment?u.comment+=`\n`+h.comment:u.comment=h.comment),u.range=[r.offset,d,h.offset]}else u.range=[r.offset,d,d];return u}function Hn(t,e,n,r,o,i){let s=n.type==="block-map"?Qo(t,e,n,r,i):n.type==="block-seq"?ei(t,e,n,r,i):ti(t,e,n,r,i),c=s.constructor;return o==="!"||o===c.tagName?(s.tag=c.tagName,s):(o&&(s.tag=o),s)}function ni(t,e,n,r,o){let i=r.tag,s=i?e.directives.tagName(i.source,f=>o(i,"TAG_RESOLVE_FAILED",f)):null;if(n.type==="block-seq"){let{anchor:f,newlineAfterProp:m}=r,g=f&&i?f.offset>i.offset?f:i:f??i;g&&(!m||m.offset<g.offset)&&o(g,"MISSING_CHAR","Missing newline after block sequence props")}let c=n.type==="block-map"?"map":n.type==="block-seq"?"seq":n.start.source==="{"?"map":"seq";if(!i||!s||s==="!"||s===I.tagName&&c==="map"||s===M.tagName&&c==="seq")return Hn(t,e,n,o,s);let a=e.schema.tags.find(f=>f.tag===s&&f.collection===c);if(!a){let f=e.schema.knownTags[s];if(f?.collection===c)e.schema.tags.push(Object.assign({},f,{default:!1})),a=f;else return f?o(i,"BAD_COLLECTION_TYPE",`${f.tag} used for ${c} collection, but expects ${f.collection??"scalar"}`,!0):o(i,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),Hn(t,e,n,o,s)}let u=Hn(t,e,n,o,s,a),p=a.resolve?.(u,f=>o(i,"TAG_RESOLVE_FAILED",f),e.options)??u,l=A(p)?p:new _(p);return l.range=u.range,l.tag=s,a?.format&&(l.format=a.format),l}function Qn(t,e,n){let r=e.offset,o=_s(e,t.options.strict,n);if(!o)return{value:"",type:null,comment:"",range:[r,r,r]};let i=o.mode===">"?_.BLOCK_FOLDED:_.BLOCK_LITERAL,s=e.source?ws(e.source):[],c=s.length;for(let d=s.length-1;d>=0;--d){let h=s[d][1];if(h===""||h==="\\r")c=d;else break}if(c===0){let d=o.chomp==="+"&&s.length>0?`\n`.repeat(Math.max(1,s.length-1)):"",h=r+o.length;return e.source&&(h+=e.source.length),{value:d,type:i,comment:o.comment,range:[r,h,h]}}let a=e.indent+o.indent,u=e.offset+o.length,p=0;for(let d=0;d<c;++d){let[h,y]=s[d];if(y===""||y==="\\r")o.indent===0&&h.length>a&&(a=h.length);else{h.length<a&&n(u+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),o.indent===0&&(a=h.length),p=d,a===0&&!t.atRoot&&n(u,"BAD_INDENT","Block scalar values in collections must be indented");break}u+=h.length+y.length+1}for(let d=s.length-1;d>=c;--d)s[d][0].length>a&&(c=d+1);let l="",f="",m=!1;for(let d=0;d<p;++d)l+=s[d][0].slice(a)+`\n`;for(let d=p;d<c;++d){let[h,y]=s[d];u+=h.length+y.length+1;let b=y[y.length-1]==="\\r";if(b&&(y=y.slice(0,-1)),y&&h.length<a){let v=`Block scalar lines must not be less indented than their ${o.indent?"explicit indentation indicator":"first line"}`;n(u-y.length-(b?2:1),"BAD_INDENT",v),h=""}i===_.BLOCK_LITERAL?(l+=f+h.slice(a)+y,f=`\n`):h.length>a||y[0]==="	"?(f===" "?f=`\n`:!m&&f===`\n`&&(f=`\n\n`),l+=f+h.slice(a)+y,f=`\n`,m=!0):y===""?f===`\n`?l+=`\n`:f=`\n`:(l+=f+y,f=" ",m=!1)}switch(o.chomp){case"-":break;case"+":for(let d=c;d<s.length;++d)l+=`\n`+s[d][0].slice(a);l[l.length-1]!==`\n`&&(l+=`\n`);break;default:l+=`\n`}let g=r+o.length+e.source.length;return{value:l,type:i,comment:o.comment,range:[r,g,g]}}function _s({offset:t,props:e},n,r){if(e[0].type!=="block-scalar-header")return r(e[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:o}=e[0],i=o[0],s=0,c="",a=-1;for(let f=1;f<o.length;++f){let m=o[f];if(!c&&(m==="-"||m==="+"))c=m;else{let g=Number(m);!s&&g?s=g:a===-1&&(a=t+f)}}a!==-1&&r(a,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${o}`);let u=!1,p="",l=o.length;for(let f=1;f<e.length;++f){let m=e[f];switch(m.type){case"space":u=!0;case"newline":l+=m.source.length;break;case"comment":n&&!u&&r(m,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),l+=m.source.length,p=m.source.substring(1);break;case"error":r(m,"UNEXPECTED_TOKEN",m.message),l+=m.source.length;break;default:{let g=`Unexpected token in block scalar header: ${m.type}`;r(m,"UNEXPECTED_TOKEN",g);let d=m.source;d&&typeof d=="string"&&(l+=d.length)}}}return{mode:i,indent:s,chomp:c,comment:p,length:l}}function ws(t){let e=t.split(/\\n( *)/),n=e[0],r=n.match(/^( *)/),i=[r?.[1]?[r[1],n.slice(r[1].length)]:["",n]];for(let s=1;s<e.length;s+=2)i.push([e[s],e[s+1]]);return i}function er(t,e,n){let{offset:r,type:o,source:i,end:s}=t,c,a,u=(f,m,g)=>n(r+f,m,g);switch(o){case"scalar":c=_.PLAIN,a=xs(i,u);break;case"single-quoted-scalar":c=_.QUOTE_SINGLE,a=vs(i,u);break;case"double-quoted-scalar":c=_.QUOTE_DOUBLE,a=$s(i,u);break;default:return n(t,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${o}`),{value:"",type:null,comment:"",range:[r,r+i.length,r+i.length]}}let p=r+i.length,l=ue(s,p,e,n);return{value:a,type:c,comment:l.comment,range:[r,p,l.offset]}}function xs(t,e){let n="";switch(t[0]){case"	":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":{n=`block scalar indicator ${t[0]}`;break}case"@":case"`":{n=`reserved character ${t[0]}`;break}}return n&&e(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`),ri(t)}function vs(t,e){return(t[t.length-1]!=="\'"||t.length===1)&&e(t.length,"MISSING_CHAR","Missing closing \'quote"),ri(t.slice(1,-1)).replace(/\'\'/g,"\'")}function ri(t){let e=/(.*?)\\r?\\n/sy,n=e.exec(t);if(!n)return t;let r,o;try{r=new RegExp("(?<![ 	])[ 	]+$"),o=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \\t]+$/,o=/^[ \\t]+|[ \\t]+$/g}let i=n[1].replace(r,""),s=" ",c=e.lastIndex;for(;n=e.exec(t);){let u=n[1].replace(o,"");u===""?s===`\n`?i+=s:s=`\n`:(i+=s+u,s=" "),c=e.lastIndex}let a=/[ \\t]*(.*)/sy;return a.lastIndex=c,n=a.exec(t),i+s+(n?.[1]??"")}function $s(t,e){let n="";for(let r=1;r<t.length-1;++r){let o=t[r];if(!(o==="\\r"&&t[r+1]===`\n`))if(o===`\n`){let{fold:i,offset:s}=ks(t,r);n+=i,r=s}else if(o==="\\\\"){let i=t[++r],s=Ss[i];if(s)n+=s;else if(i===`\n`)for(i=t[r+1];i===" "||i==="	";)i=t[++r+1];else if(i==="\\r"&&t[r+1]===`\n`)for(i=t[++r+1];i===" "||i==="	";)i=t[++r+1];else if(i==="x"||i==="u"||i==="U"){let c=i==="x"?2:i==="u"?4:8;n+=zs(t,r+1,c,e),r+=c}else{let c=t.substr(r-1,2);e(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${c}`),n+=c}}else if(o===" "||o==="	"){let i=r,s=t[r+1];for(;s===" "||s==="	";)s=t[++r+1];s!==`\n`&&!(s==="\\r"&&t[r+2]===`\n`)&&(n+=r>i?t.slice(i,r+1):o)}else n+=o}return(t[t.length-1]!==\'"\'||t.length===1)&&e(t.length,"MISSING_CHAR",\'Missing closing "quote\'),n}function ks(t,e){let n="",r=t[e+1];for(;(r===" "||r==="	"||r===`\n`||r==="\\r")&&!(r==="\\r"&&t[e+2]!==`\n`);)r===`\n`&&(n+=`\n`),e+=1,r=t[e+1];return n||(n=" "),{fold:n,offset:e}}var Ss={0:"\\0",a:"\\x07",b:"\\b",e:"\\x1B",f:"\\f",n:`\n`,r:"\\r",t:"	",v:"\\v",N:"\\x85",_:"\\xA0",L:"\\u2028",P:"\\u2029"," ":" ",\'"\':\'"\',"/":"/","\\\\":"\\\\","	":"	"};function zs(t,e,n,r){let o=t.substr(e,n),s=o.length===n&&/^[0-9a-fA-F]+$/.test(o)?parseInt(o,16):NaN;try{return String.fromCodePoint(s)}catch{let c=t.substr(e-2,n+2);return r(e-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${c}`),c}}function tr(t,e,n,r){let{value:o,type:i,comment:s,range:c}=e.type==="block-scalar"?Qn(t,e,r):er(e,t.options.strict,r),a=n?t.directives.tagName(n.source,l=>r(n,"TAG_RESOLVE_FAILED",l)):null,u;t.options.stringKeys&&t.atKey?u=t.schema[F]:a?u=As(t.schema,o,a,n,r):e.type==="scalar"?u=Ps(t,o,e,r):u=t.schema[F];let p;try{let l=u.resolve(o,f=>r(n??e,"TAG_RESOLVE_FAILED",f),t.options);p=k(l)?l:new _(l)}catch(l){let f=l instanceof Error?l.message:String(l);r(n??e,"TAG_RESOLVE_FAILED",f),p=new _(o)}return p.range=c,p.source=o,i&&(p.type=i),a&&(p.tag=a),u.format&&(p.format=u.format),s&&(p.comment=s),p}function As(t,e,n,r,o){if(n==="!")return t[F];let i=[];for(let c of t.tags)if(!c.collection&&c.tag===n)if(c.default&&c.test)i.push(c);else return c;for(let c of i)if(c.test?.test(e))return c;let s=t.knownTags[n];return s&&!s.collection?(t.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(o(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,n!=="tag:yaml.org,2002:str"),t[F])}function Ps({atKey:t,directives:e,schema:n},r,o,i){let s=n.tags.find(c=>(c.default===!0||t&&c.default==="key")&&c.test?.test(r))||n[F];if(n.compat){let c=n.compat.find(a=>a.default&&a.test?.test(r))??n[F];if(s.tag!==c.tag){let a=e.tagString(s.tag),u=e.tagString(c.tag),p=`Value may be parsed as either ${a} or ${u}`;i(o,"TAG_RESOLVE_FAILED",p,!0)}}return s}function oi(t,e,n){if(e){n??(n=e.length);for(let r=n-1;r>=0;--r){let o=e[r];switch(o.type){case"space":case"comment":case"newline":t-=o.source.length;continue}for(o=e[++r];o?.type==="space";)t+=o.source.length,o=e[++r];break}}return t}var Os={composeNode:nr,composeEmptyNode:Xt};function nr(t,e,n,r){let o=t.atKey,{spaceBefore:i,comment:s,anchor:c,tag:a}=n,u,p=!0;switch(e.type){case"alias":u=Es(t,e,r),(c||a)&&r(e,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":u=tr(t,e,a,r),c&&(u.anchor=c.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{u=ni(Os,t,e,n,r),c&&(u.anchor=c.source.substring(1))}catch(l){let f=l instanceof Error?l.message:String(l);r(e,"RESOURCE_EXHAUSTION",f)}break;default:{let l=e.type==="error"?e.message:`Unsupported token (type: ${e.type})`;r(e,"UNEXPECTED_TOKEN",l),p=!1}}return u??(u=Xt(t,e.offset,void 0,null,n,r)),c&&u.anchor===""&&r(c,"BAD_ALIAS","Anchor cannot be an empty string"),o&&t.options.stringKeys&&(!k(u)||typeof u.value!="string"||u.tag&&u.tag!=="tag:yaml.org,2002:str")&&r(a??e,"NON_STRING_KEY","With stringKeys, all keys must be strings"),i&&(u.spaceBefore=!0),s&&(e.type==="scalar"&&e.source===""?u.comment=s:u.commentBefore=s),t.options.keepSourceTokens&&p&&(u.srcToken=e),u}function Xt(t,e,n,r,{spaceBefore:o,comment:i,anchor:s,tag:c,end:a},u){let p={type:"scalar",offset:oi(e,n,r),indent:-1,source:""},l=tr(t,p,c,u);return s&&(l.anchor=s.source.substring(1),l.anchor===""&&u(s,"BAD_ALIAS","Anchor cannot be an empty string")),o&&(l.spaceBefore=!0),i&&(l.comment=i,l.range[2]=a),l}function Es({options:t},{offset:e,source:n,end:r},o){let i=new de(n.substring(1));i.source===""&&o(e,"BAD_ALIAS","Alias cannot be an empty string"),i.source.endsWith(":")&&o(e+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=e+n.length,c=ue(r,s,t.strict,o);return i.range=[e,s,c.offset],c.comment&&(i.comment=c.comment),i}function ii(t,e,{offset:n,start:r,value:o,end:i},s){let c=Object.assign({_directives:e},t),a=new Se(void 0,c),u={atKey:!1,atRoot:!0,directives:a.directives,options:a.options,schema:a.schema},p=ae(r,{indicator:"doc-start",next:o??i?.[0],offset:n,onError:s,parentIndent:0,startOnNewline:!0});p.found&&(a.directives.docStart=!0,o&&(o.type==="block-map"||o.type==="block-seq")&&!p.hasNewline&&s(p.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),a.contents=o?nr(u,o,p,s):Xt(u,p.end,r,null,p,s);let l=a.contents.range[2],f=ue(i,l,!1,s);return f.comment&&(a.comment=f.comment),a.range=[n,l,f.offset],a}function lt(t){if(typeof t=="number")return[t,t+1];if(Array.isArray(t))return t.length===2?t:[t[0],t[1]];let{offset:e,source:n}=t;return[e,e+(typeof n=="string"?n.length:1)]}function si(t){let e="",n=!1,r=!1;for(let o=0;o<t.length;++o){let i=t[o];switch(i[0]){case"#":e+=(e===""?"":r?`\n\n`:`\n`)+(i.substring(1)||" "),n=!0,r=!1;break;case"%":t[o+1]?.[0]!=="#"&&(o+=1),n=!1;break;default:n||(r=!0),n=!1}}return{comment:e,afterEmptyLine:r}}var ft=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(n,r,o,i)=>{let s=lt(n);i?this.warnings.push(new at(s,r,o)):this.errors.push(new ne(s,r,o))},this.directives=new se({version:e.version||"1.2"}),this.options=e}decorate(e,n){let{comment:r,afterEmptyLine:o}=si(this.prelude);if(r){let i=e.contents;if(n)e.comment=e.comment?`${e.comment}\n${r}`:r;else if(o||e.directives.docStart||!i)e.commentBefore=r;else if(O(i)&&!i.flow&&i.items.length>0){let s=i.items[0];P(s)&&(s=s.key);let c=s.commentBefore;s.commentBefore=c?`${r}\n${c}`:r}else{let s=i.commentBefore;i.commentBefore=s?`${r}\n${s}`:r}}if(n){for(let i=0;i<this.errors.length;++i)e.errors.push(this.errors[i]);for(let i=0;i<this.warnings.length;++i)e.warnings.push(this.warnings[i])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:si(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,n=!1,r=-1){for(let o of e)yield*this.next(o);yield*this.end(n,r)}*next(e){switch(e.type){case"directive":this.directives.add(e.source,(n,r,o)=>{let i=lt(e);i[0]+=n,this.onError(i,"BAD_DIRECTIVE",r,o)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{let n=ii(this.options,this.directives,e,this.onError);this.atDirectives&&!n.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(n,!1),this.doc&&(yield this.doc),this.doc=n,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{let n=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,r=new ne(lt(e),"UNEXPECTED_TOKEN",n);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new ne(lt(e),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let n=ue(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),n.comment){let r=this.doc.comment;this.doc.comment=r?`${r}\n${n.comment}`:n.comment}this.doc.range[2]=n.offset;break}default:this.errors.push(new ne(lt(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,n=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let r=Object.assign({_directives:this.directives},this.options),o=new Se(void 0,r);this.atDirectives&&this.onError(n,"MISSING_CHAR","Missing directives-end indicator line"),o.range=[0,n,n],this.decorate(o,!1),yield o}}};var rr=Symbol("break visit"),Zs=Symbol("skip children"),ci=Symbol("remove item");function Ze(t,e){"type"in t&&t.type==="document"&&(t={start:t.start,value:t.value}),ai(Object.freeze([]),t,e)}Ze.BREAK=rr;Ze.SKIP=Zs;Ze.REMOVE=ci;Ze.itemAtPath=(t,e)=>{let n=t;for(let[r,o]of e){let i=n?.[r];if(i&&"items"in i)n=i.items[o];else return}return n};Ze.parentCollection=(t,e)=>{let n=Ze.itemAtPath(t,e.slice(0,-1)),r=e[e.length-1][0],o=n?.[r];if(o&&"items"in o)return o;throw new Error("Parent collection not found")};function ai(t,e,n){let r=n(e,t);if(typeof r=="symbol")return r;for(let o of["key","value"]){let i=e[o];if(i&&"items"in i){for(let s=0;s<i.items.length;++s){let c=ai(Object.freeze(t.concat([[o,s]])),i.items[s],n);if(typeof c=="number")s=c-1;else{if(c===rr)return rr;c===ci&&(i.items.splice(s,1),s-=1)}}typeof r=="function"&&o==="key"&&(r=r(e,t))}}return typeof r=="function"?r(e,t):r}var or="\\uFEFF",ir="",sr="",Ht="";function ui(t){switch(t){case or:return"byte-order-mark";case ir:return"doc-mode";case sr:return"flow-error-end";case Ht:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`\n`:case`\\r\n`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(t[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"\'":return"single-quoted-scalar";case\'"\':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}function re(t){switch(t){case void 0:case" ":case`\n`:case"\\r":case"	":return!0;default:return!1}}var li=new Set("0123456789ABCDEFabcdef"),Ns=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*\'()"),Qt=new Set(",[]{}"),Ts=new Set(` ,[]{}\n\\r	`),cr=t=>!t||Ts.has(t),pt=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,n=!1){if(e){if(typeof e!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!n;let r=this.next??"stream";for(;r&&(n||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos,n=this.buffer[e];for(;n===" "||n==="	";)n=this.buffer[++e];return!n||n==="#"||n===`\n`?!0:n==="\\r"?this.buffer[e+1]===`\n`:!1}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let n=this.buffer[e];if(this.indentNext>0){let r=0;for(;n===" ";)n=this.buffer[++r+e];if(n==="\\r"){let o=this.buffer[r+e+1];if(o===`\n`||!o&&!this.atEnd)return e+r+1}return n===`\n`||r>=this.indentNext||!n&&!this.atEnd?e+r:-1}if(n==="-"||n==="."){let r=this.buffer.substr(e,3);if((r==="---"||r==="...")&&re(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!="number"||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`\n`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]==="\\r"&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===or&&(yield*this.pushCount(1),e=e.substring(1)),e[0]==="%"){let n=e.length,r=e.indexOf("#");for(;r!==-1;){let i=e[r-1];if(i===" "||i==="	"){n=r-1;break}else r=e.indexOf("#",r+1)}for(;;){let i=e[n-1];if(i===" "||i==="	")n-=1;else break}let o=(yield*this.pushCount(n))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-o),this.pushNewline(),"stream"}if(this.atLineEnd()){let n=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-n),yield*this.pushNewline(),"stream"}return yield ir,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let n=this.peek(3);if((n==="---"||n==="...")&&re(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,n==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!re(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,n]=this.peek(2);if(!n&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&re(n)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext("doc");let n=yield*this.pushIndicators();switch(e[n]){case"#":yield*this.pushCount(e.length-n);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(cr),"doc";case\'"\':case"\'":return yield*this.parseQuotedScalar();case"|":case">":return n+=yield*this.parseBlockScalarHeader(),n+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-n),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,n,r=-1;do e=yield*this.pushNewline(),e>0?(n=yield*this.pushSpaces(!1),this.indentValue=r=n):n=0,n+=yield*this.pushSpaces(!0);while(e+n>0);let o=this.getLine();if(o===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&o[0]!=="#"||r===0&&(o.startsWith("---")||o.startsWith("..."))&&re(o[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(o[0]==="]"||o[0]==="}")))return this.flowLevel=0,yield sr,yield*this.parseLineStart();let i=0;for(;o[i]===",";)i+=yield*this.pushCount(1),i+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(i+=yield*this.pushIndicators(),o[i]){case void 0:return"flow";case"#":return yield*this.pushCount(o.length-i),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(cr),"flow";case\'"\':case"\'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||re(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),n=this.buffer.indexOf(e,this.pos+1);if(e==="\'")for(;n!==-1&&this.buffer[n+1]==="\'";)n=this.buffer.indexOf("\'",n+2);else for(;n!==-1;){let i=0;for(;this.buffer[n-1-i]==="\\\\";)i+=1;if(i%2===0)break;n=this.buffer.indexOf(\'"\',n+1)}let r=this.buffer.substring(0,n),o=r.indexOf(`\n`,this.pos);if(o!==-1){for(;o!==-1;){let i=this.continueScalar(o+1);if(i===-1)break;o=r.indexOf(`\n`,i)}o!==-1&&(n=o-(r[o-1]==="\\r"?2:1))}if(n===-1){if(!this.atEnd)return this.setNext("quoted-scalar");n=this.buffer.length}return yield*this.pushToIndex(n+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let n=this.buffer[++e];if(n==="+")this.blockScalarKeep=!0;else if(n>"0"&&n<="9")this.blockScalarIndent=Number(n)-1;else if(n!=="-")break}return yield*this.pushUntil(n=>re(n)||n==="#")}*parseBlockScalar(){let e=this.pos-1,n=0,r;e:for(let i=this.pos;r=this.buffer[i];++i)switch(r){case" ":n+=1;break;case`\n`:e=i,n=0;break;case"\\r":{let s=this.buffer[i+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`\n`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(n>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=n:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let i=this.continueScalar(e+1);if(i===-1)break;e=this.buffer.indexOf(`\n`,i)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let o=e+1;for(r=this.buffer[o];r===" ";)r=this.buffer[++o];if(r==="	"){for(;r==="	"||r===" "||r==="\\r"||r===`\n`;)r=this.buffer[++o];e=o-1}else if(!this.blockScalarKeep)do{let i=e-1,s=this.buffer[i];s==="\\r"&&(s=this.buffer[--i]);let c=i;for(;s===" ";)s=this.buffer[--i];if(s===`\n`&&i>=this.pos&&i+1+n>c)e=i;else break}while(!0);return yield Ht,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,n=this.pos-1,r=this.pos-1,o;for(;o=this.buffer[++r];)if(o===":"){let i=this.buffer[r+1];if(re(i)||e&&Qt.has(i))break;n=r}else if(re(o)){let i=this.buffer[r+1];if(o==="\\r"&&(i===`\n`?(r+=1,o=`\n`,i=this.buffer[r+1]):n=r),i==="#"||e&&Qt.has(i))break;if(o===`\n`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(e&&Qt.has(o))break;n=r}return!o&&!this.atEnd?this.setNext("plain-scalar"):(yield Ht,yield*this.pushToIndex(n+1,!0),e?"flow":"doc")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,n){let r=this.buffer.slice(this.pos,e);return r?(yield r,this.pos+=r.length,r.length):(n&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue e;case"&":e+=yield*this.pushUntil(cr),e+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let n=this.flowLevel>0,r=this.charAt(1);if(re(r)||n&&Qt.has(r)){n?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2,n=this.buffer[e];for(;!re(n)&&n!==">";)n=this.buffer[++e];return yield*this.pushToIndex(n===">"?e+1:e,!1)}else{let e=this.pos+1,n=this.buffer[e];for(;n;)if(Ns.has(n))n=this.buffer[++e];else if(n==="%"&&li.has(this.buffer[e+1])&&li.has(this.buffer[e+2]))n=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`\n`?yield*this.pushCount(1):e==="\\r"&&this.charAt(1)===`\n`?yield*this.pushCount(2):0}*pushSpaces(e){let n=this.pos-1,r;do r=this.buffer[++n];while(r===" "||e&&r==="	");let o=n-this.pos;return o>0&&(yield this.buffer.substr(this.pos,o),this.pos=n),o}*pushUntil(e){let n=this.pos,r=this.buffer[n];for(;!e(r);)r=this.buffer[++n];return yield*this.pushToIndex(n,!1)}};var dt=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let n=0,r=this.lineStarts.length;for(;n<r;){let i=n+r>>1;this.lineStarts[i]<e?n=i+1:r=i}if(this.lineStarts[n]===e)return{line:n+1,col:1};if(n===0)return{line:0,col:e};let o=this.lineStarts[n-1];return{line:n,col:e-o+1}}}};function Ae(t,e){for(let n=0;n<t.length;++n)if(t[n].type===e)return!0;return!1}function fi(t){for(let e=0;e<t.length;++e)switch(t[e].type){case"space":case"comment":case"newline":break;default:return e}return-1}function di(t){switch(t?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function en(t){switch(t.type){case"document":return t.start;case"block-map":{let e=t.items[t.items.length-1];return e.sep??e.start}case"block-seq":return t.items[t.items.length-1].start;default:return[]}}function qe(t){if(t.length===0)return[];let e=t.length;e:for(;--e>=0;)switch(t[e].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;t[++e]?.type==="space";);return t.splice(e,t.length)}function tn(t,e){if(e.length<1e5)Array.prototype.push.apply(t,e);else for(let n=0;n<e.length;++n)t.push(e[n])}function pi(t){if(t.start.type==="flow-seq-start")for(let e of t.items)e.sep&&!e.value&&!Ae(e.start,"explicit-key-ind")&&!Ae(e.sep,"map-value-ind")&&(e.key&&(e.value=e.key),delete e.key,di(e.value)?e.value.end?tn(e.value.end,e.sep):e.value.end=e.sep:tn(e.start,e.sep),delete e.sep)}var mt=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new pt,this.onNewLine=e}*parse(e,n=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(e,n))yield*this.next(r);n||(yield*this.end())}*next(e){if(this.source=e,this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let n=ui(e);if(n)if(n==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=n,yield*this.step(),n){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&e[0]===" "&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{let r=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){let n=e??this.stack.pop();if(!n)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield n;else{let r=this.peek(1);switch(n.type==="block-scalar"?n.indent="indent"in r?r.indent:0:n.type==="flow-collection"&&r.type==="document"&&(n.indent=0),n.type==="flow-collection"&&pi(n),r.type){case"document":r.value=n;break;case"block-scalar":r.props.push(n);break;case"block-map":{let o=r.items[r.items.length-1];if(o.value){r.items.push({start:[],key:n,sep:[]}),this.onKeyLine=!0;return}else if(o.sep)o.value=n;else{Object.assign(o,{key:n,sep:[]}),this.onKeyLine=!o.explicitKey;return}break}case"block-seq":{let o=r.items[r.items.length-1];o.value?r.items.push({start:[],value:n}):o.value=n;break}case"flow-collection":{let o=r.items[r.items.length-1];!o||o.value?r.items.push({start:[],key:n,sep:[]}):o.sep?o.value=n:Object.assign(o,{key:n,sep:[]});return}default:yield*this.pop(),yield*this.pop(n)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(n.type==="block-map"||n.type==="block-seq")){let o=n.items[n.items.length-1];o&&!o.sep&&!o.value&&o.start.length>0&&fi(o.start)===-1&&(n.indent===0||o.start.every(i=>i.type!=="comment"||i.indent<n.indent))&&(r.type==="document"?r.end=o.start:r.items.push({start:o.start}),n.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let e={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{fi(e.start)!==-1?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}let n=this.startBlockValue(e);n?this.stack.push(n):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type==="map-value-ind"){let n=en(this.peek(2)),r=qe(n),o;e.end?(o=e.end,o.push(this.sourceToken),delete e.end):o=[this.sourceToken];let i={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:o}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=i}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let n=this.source.indexOf(`\n`)+1;for(;n!==0;)this.onNewLine(this.offset+n),n=this.source.indexOf(`\n`,n)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let n=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,n.value){let r="end"in n.value?n.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else n.sep?n.sep.push(this.sourceToken):n.start.push(this.sourceToken);return;case"space":case"comment":if(n.value)e.items.push({start:[this.sourceToken]});else if(n.sep)n.sep.push(this.sourceToken);else{if(this.atIndentedComment(n.start,e.indent)){let o=e.items[e.items.length-2]?.value?.end;if(Array.isArray(o)){tn(o,n.start),o.push(this.sourceToken),e.items.pop();return}}n.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let r=!this.onKeyLine&&this.indent===e.indent,o=r&&(n.sep||n.explicitKey)&&this.type!=="seq-item-ind",i=[];if(o&&n.sep&&!n.value){let s=[];for(let c=0;c<n.sep.length;++c){let a=n.sep[c];switch(a.type){case"newline":s.push(c);break;case"space":break;case"comment":a.indent>e.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(i=n.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":o||n.value?(i.push(this.sourceToken),e.items.push({start:i}),this.onKeyLine=!0):n.sep?n.sep.push(this.sourceToken):n.start.push(this.sourceToken);return;case"explicit-key-ind":!n.sep&&!n.explicitKey?(n.start.push(this.sourceToken),n.explicitKey=!0):o||n.value?(i.push(this.sourceToken),e.items.push({start:i,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(n.explicitKey)if(n.sep)if(n.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Ae(n.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]});else if(di(n.key)&&!Ae(n.sep,"newline")){let s=qe(n.start),c=n.key,a=n.sep;a.push(this.sourceToken),delete n.key,delete n.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:c,sep:a}]})}else i.length>0?n.sep=n.sep.concat(i,this.sourceToken):n.sep.push(this.sourceToken);else if(Ae(n.start,"newline"))Object.assign(n,{key:null,sep:[this.sourceToken]});else{let s=qe(n.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else n.sep?n.value||o?e.items.push({start:i,key:null,sep:[this.sourceToken]}):Ae(n.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):n.sep.push(this.sourceToken):Object.assign(n,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);o||n.value?(e.items.push({start:i,key:s,sep:[]}),this.onKeyLine=!0):n.sep?this.stack.push(s):(Object.assign(n,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(e);if(s){if(s.type==="block-seq"){if(!n.explicitKey&&n.sep&&!Ae(n.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&e.items.push({start:i});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let n=e.items[e.items.length-1];switch(this.type){case"newline":if(n.value){let r="end"in n.value?n.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else n.start.push(this.sourceToken);return;case"space":case"comment":if(n.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(n.start,e.indent)){let o=e.items[e.items.length-2]?.value?.end;if(Array.isArray(o)){tn(o,n.start),o.push(this.sourceToken),e.items.pop();return}}n.start.push(this.sourceToken)}return;case"anchor":case"tag":if(n.value||this.indent<=e.indent)break;n.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;n.value||Ae(n.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):n.start.push(this.sourceToken);return}if(this.indent>e.indent){let r=this.startBlockValue(e);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let n=e.items[e.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!n||n.sep?e.items.push({start:[this.sourceToken]}):n.start.push(this.sourceToken);return;case"map-value-ind":!n||n.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):n.sep?n.sep.push(this.sourceToken):Object.assign(n,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!n||n.value?e.items.push({start:[this.sourceToken]}):n.sep?n.sep.push(this.sourceToken):n.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let o=this.flowScalar(this.type);!n||n.value?e.items.push({start:[],key:o,sep:[]}):n.sep?this.stack.push(o):Object.assign(n,{key:o,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}let r=this.startBlockValue(e);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===e.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let o=en(r),i=qe(o);pi(e);let s=e.end.splice(1,e.end.length);s.push(this.sourceToken);let c={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:i,key:e,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=c}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let n=this.source.indexOf(`\n`)+1;for(;n!==0;)this.onNewLine(this.offset+n),n=this.source.indexOf(`\n`,n)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let n=en(e),r=qe(n);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let n=en(e),r=qe(n);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,n){return this.type!=="comment"||this.indent<=n?!1:e.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(e){this.type!=="doc-mode"&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};function Cs(t){let e=t.prettyErrors!==!1;return{lineCounter:t.lineCounter||e&&new dt||null,prettyErrors:e}}function ar(t,e={}){let{lineCounter:n,prettyErrors:r}=Cs(e),o=new mt(n?.addNewLine),i=new ft(e),s=null;for(let c of i.compose(o.parse(t),!0,t.length))if(!s)s=c;else if(s.options.logLevel!=="silent"){s.errors.push(new ne(c.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&n&&(s.errors.forEach(Wn(t,n)),s.warnings.forEach(Wn(t,n))),s}\n';
    var wrapper = require("vm").runInThisContext(`(function (exports, require, module) {${code}
})`, { filename: "srp-config.cjs" });
    wrapper(module2.exports, require, module2);
  }
});

// srp-config-member:p0
var require_p0 = __commonJS({
  "srp-config-member:p0"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    module2.exports = require_srp_config().p0;
  }
});

// src/policy/policy.ts
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function resolvePolicy(file, source) {
  const scanners = /* @__PURE__ */ Object.create(null);
  for (const [name, override] of Object.entries(file.scanners ?? {})) {
    scanners[name.toLowerCase()] = definedOnly(override);
  }
  const kinds = {};
  for (const [kind, override] of Object.entries(file.kinds ?? {})) {
    if (override) kinds[kind] = definedOnly(override);
  }
  return {
    version: 1,
    blockingSeverities: file.blockingSeverities ?? DEFAULT_POLICY.blockingSeverities,
    secretsAlwaysBlock: file.secretsAlwaysBlock ?? DEFAULT_POLICY.secretsAlwaysBlock,
    ignoreUnfixed: file.ignoreUnfixed ?? DEFAULT_POLICY.ignoreUnfixed,
    newFindingsOnly: file.newFindingsOnly ?? DEFAULT_POLICY.newFindingsOnly,
    expiryWarningDays: file.expiryWarningDays ?? DEFAULT_POLICY.expiryWarningDays,
    honorReportSuppressions: file.honorReportSuppressions ?? DEFAULT_POLICY.honorReportSuppressions,
    scanners,
    kinds,
    suppressions: (file.suppressions ?? []).map((s) => definedOnly(s)),
    source
  };
}
var z, nonEmptyText, severityList, isoDate, gateSettings, overrideSchema, suppressionSchema, policyFileSchema;
var init_policy = __esm({
  "src/policy/policy.ts"() {
    "use strict";
    init_cjs_shims();
    z = __toESM(require_p0(), 1);
    init_model();
    init_dates();
    init_default_policy();
    init_glob();
    nonEmptyText = () => z.string().check(z.trim(), z.minLength(1));
    severityList = z.array(z.enum(SEVERITIES)).check(z.refine((list) => new Set(list).size === list.length, { message: "lists a severity twice" }));
    isoDate = z.string().check(z.refine(isCalendarDate, { message: "must be a calendar date written YYYY-MM-DD" }));
    gateSettings = {
      /** Severities that block a release. UNKNOWN only blocks when listed explicitly. */
      blockingSeverities: z.optional(severityList),
      /** Every secret blocks whatever its severity. Turn off only on purpose. */
      secretsAlwaysBlock: z.optional(z.boolean()),
      /** Vulnerabilities without a fixed version do not block (they are still reported). */
      ignoreUnfixed: z.optional(z.boolean())
    };
    overrideSchema = z.strictObject(gateSettings);
    suppressionSchema = z.strictObject({
      /** Rule, CVE, GHSA or AVD id, compared exactly (case-insensitive) with the finding id and rule id. */
      id: z.optional(nonEmptyText()),
      /** srp/v1 fingerprint or the scanner's own (Gitleaks) fingerprint. */
      fingerprint: z.optional(nonEmptyText()),
      /** Package name, exact. */
      package: z.optional(nonEmptyText()),
      /** Glob on the finding's location as the summaries show it under "Where" (see glob.ts). */
      path: z.optional(
        nonEmptyText().check(
          z.superRefine((glob, ctx) => {
            const problem = globProblem(glob);
            if (problem) ctx.addIssue({ code: "custom", message: `is not a usable glob: the pattern ${problem}` });
          })
        )
      ),
      /** Narrows the suppression to one scanner; never a matcher on its own. */
      scanner: z.optional(nonEmptyText()),
      reason: z.string({ message: "is required: say why this finding is accepted" }).check(z.trim(), z.minLength(1, "must not be empty")),
      expires: z.optional(isoDate)
    }).check(
      z.refine((s) => s.id ?? s.fingerprint ?? s.package ?? s.path, {
        message: "needs at least one matcher: id, fingerprint, package or path"
      })
    );
    policyFileSchema = z.strictObject({
      version: z.literal(1, { message: "must be 1 (the only policy file version)" }),
      ...gateSettings,
      /** Block on new findings only, when a baseline is given; without a baseline every finding is gated. */
      newFindingsOnly: z.optional(z.boolean()),
      /** Days before a suppression's expiry date from which it is reported as expiring soon. */
      expiryWarningDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(3650))),
      /** Accept suppressions already present in input SARIF logs (status accepted). Default true. */
      honorReportSuppressions: z.optional(z.boolean()),
      scanners: z.optional(z.record(z.string().check(z.minLength(1)), overrideSchema)),
      kinds: z.optional(z.partialRecord(z.enum(FINDING_KINDS), overrideSchema)),
      suppressions: z.optional(z.array(suppressionSchema))
    });
  }
});

// srp-config-member:p1
var require_p1 = __commonJS({
  "srp-config-member:p1"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    module2.exports = require_srp_config().p1;
  }
});

// src/policy/yaml-data.ts
function yamlData(text3, kind, fail) {
  const document2 = (0, import_yaml_subset.parseDocument)(text3, YAML_OPTIONS);
  const yamlError = document2.errors[0];
  if (yamlError) fail(`${kind.invalid}: ${firstLine(yamlError.message, "syntax error")}`);
  let complexKeyAt;
  (0, import_yaml_subset.visit)(document2, {
    Pair(_, pair) {
      if (pair.key === null || (0, import_yaml_subset.isScalar)(pair.key)) return void 0;
      complexKeyAt = (0, import_yaml_subset.isNode)(pair.key) ? pair.key.range?.[0] ?? 0 : 0;
      return import_yaml_subset.visit.BREAK;
    }
  });
  if (complexKeyAt !== void 0) {
    fail(`line ${lineOf(text3, complexKeyAt)}: a key is a list, mapping or alias; write each key out as plain text`);
  }
  try {
    return document2.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias/i.test(error.message)) {
      fail(`too many YAML alias expansions (an alias bomb?): write the ${kind.name} out without anchors and aliases`);
    }
    fail(`${kind.invalid}: ${firstLine(error.message, "unreadable")}`);
  }
}
function firstLine(message, otherwise) {
  return (message.split("\n")[0] || otherwise).replace(/:$/, "");
}
function lineOf(text3, offset) {
  let line2 = 1;
  for (let i = text3.indexOf("\n"); i !== -1 && i < offset; i = text3.indexOf("\n", i + 1)) line2++;
  return line2;
}
var import_yaml_subset;
var init_yaml_data = __esm({
  "src/policy/yaml-data.ts"() {
    "use strict";
    init_cjs_shims();
    init_dates();
    import_yaml_subset = __toESM(require_p1(), 1);
  }
});

// src/policy/policy-file.ts
var policy_file_exports = {};
__export(policy_file_exports, {
  DEFAULT_POLICY: () => DEFAULT_POLICY,
  describeIssue: () => describeIssue,
  formatKeyPath: () => formatKeyPath,
  parsePolicy: () => parsePolicy
});
function formatKeyPath(path) {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
function describeIssue(issue) {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => formatKeyPath([...issue.path, key]));
    return `unknown key ${keys.join(", ")} (see docs/policy.md for the allowed keys)`;
  }
  const where = formatKeyPath(issue.path);
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}
function parsePolicy(text3, file) {
  const raw = yamlData(text3, { invalid: "not valid YAML or JSON", name: "policy" }, (problem) => {
    throw new PolicyError(file, problem);
  });
  if (raw === null || raw === void 0) {
    throw new PolicyError(file, 'the policy file is empty; start it with "version: 1"');
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new PolicyError(file, 'a policy must be a mapping of keys (start it with "version: 1")');
  }
  const parsed = policyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PolicyError(file, issue ? describeIssue(issue) : "invalid policy");
  }
  return resolvePolicy(parsed.data, file);
}
var init_policy_file = __esm({
  "src/policy/policy-file.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_policy();
    init_yaml_data();
    init_policy();
  }
});

// src/policy/trivyignore.ts
function parseTrivyIgnore(text3, file) {
  const looksYaml = /\.ya?ml$/i.test(file) || YAML_SECTION.test(text3);
  const entries = looksYaml ? parseYamlForm(text3, file) : parseLineForm(text3, file);
  return { source: "trivyignore", scanner: "trivy", file, entries };
}
function parseLineForm(text3, file) {
  const entries = [];
  for (const { text: line2, number: number2, comment } of ignoreLines(text3)) {
    const fields = line2.split(/\s+/);
    const id = fields[0] ?? "";
    const entry = { id, reason: "", line: number2 };
    let inline;
    for (let f = 1; f < fields.length; f++) {
      const field = fields[f] ?? "";
      if (field.startsWith("#")) {
        inline = fields.slice(f).join(" ").replace(/^#+\s*/, "");
        break;
      }
      if (field.startsWith("exp:")) {
        const date = field.slice(4);
        if (!isCalendarDate(date)) {
          throw new InputError(file, `line ${number2}: expiry must be exp:YYYY-MM-DD (a real date)`);
        }
        entry.expires = date;
      }
    }
    entry.reason = inline || comment || `listed in ${file}`;
    entries.push(entry);
  }
  return entries;
}
function packageFromPurl(purl) {
  const [beforeHash = "", subpath = ""] = purl.slice("pkg:".length).split("#");
  const [withoutQualifiers = "", query = ""] = beforeHash.split("?");
  const at = withoutQualifiers.lastIndexOf("@");
  const path = at > 0 ? withoutQualifiers.slice(0, at) : withoutQualifiers;
  const version = at > 0 ? decodeURIComponent(withoutQualifiers.slice(at + 1)) : void 0;
  const [rawType = "", ...rest] = path.split("/").map((part) => decodeURIComponent(part));
  const type = rawType.toLowerCase();
  const osPackage = OS_PURL_TYPES.has(type);
  let name = rest[rest.length - 1] ?? "";
  const namespace = rest.slice(0, -1).join("/");
  if (namespace && !osPackage) name = type === "maven" || type === "gradle" ? `${namespace}:${name}` : `${namespace}/${name}`;
  if (type === "cocoapods" && subpath) name = `${name}/${decodeURIComponent(subpath)}`;
  const out = { name, osPackage };
  if (osPackage && namespace) out.osFamily = namespace.toLowerCase();
  if (version) out.version = version;
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === "epoch") {
      if (value !== "0") out.epoch = value;
    } else if (key === "distro" && osPackage) out.distro = value;
    else out.uncheckable = true;
  }
  return out;
}
function parseYamlForm(text3, file) {
  const raw = yamlData(text3, { invalid: "not valid YAML", name: "file" }, (problem) => {
    throw new InputError(file, problem);
  }) ?? {};
  const parsed = yamlFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, issue ? describeIssue(issue) : "not a .trivyignore.yaml file");
  }
  const entries = [];
  for (const section of Object.keys(SECTION_KIND)) {
    for (const [index, item] of (parsed.data[section] ?? []).entries()) {
      const entry = {
        id: item.id,
        kind: SECTION_KIND[section],
        reason: item.statement?.trim() || `listed in ${file}`
      };
      if (item.paths?.length) {
        for (const glob of item.paths) {
          const problem = globProblem(glob);
          if (problem) throw new InputError(file, `${section}[${index}].paths: the pattern ${problem}`);
        }
        entry.paths = item.paths;
      }
      if (item.purls?.length) {
        try {
          entry.packages = item.purls.map(packageFromPurl);
        } catch (error) {
          if (!(error instanceof URIError)) throw error;
          throw new InputError(file, `${section}[${index}].purls: a package URL has invalid percent-encoding (write %XX with two hex digits)`);
        }
      }
      if (item.expired_at) entry.expires = item.expired_at;
      entries.push(entry);
    }
  }
  return entries;
}
var z2, YAML_SECTION, dateField, yamlEntry, yamlFile, SECTION_KIND, OS_PURL_TYPES;
var init_trivyignore = __esm({
  "src/policy/trivyignore.ts"() {
    "use strict";
    init_cjs_shims();
    z2 = __toESM(require_p0(), 1);
    init_errors();
    init_dates();
    init_glob();
    init_ignore_lines();
    init_policy_file();
    init_yaml_data();
    YAML_SECTION = /^(vulnerabilities|misconfigurations|secrets|licenses)\s*:/m;
    dateField = z2.string().check(z2.refine(isCalendarDate, { message: "must be a date written YYYY-MM-DD" }));
    yamlEntry = z2.strictObject({
      id: z2.string().check(z2.trim(), z2.minLength(1)),
      paths: z2.optional(z2.array(z2.string().check(z2.minLength(1)))),
      purls: z2.optional(z2.array(z2.string().check(z2.startsWith("pkg:", { message: "must be a package URL (pkg:type/name@version)" })))),
      statement: z2.optional(z2.string()),
      expired_at: z2.optional(dateField)
    });
    yamlFile = z2.strictObject({
      vulnerabilities: z2.nullish(z2.array(yamlEntry)),
      misconfigurations: z2.nullish(z2.array(yamlEntry)),
      secrets: z2.nullish(z2.array(yamlEntry)),
      licenses: z2.nullish(z2.array(yamlEntry))
    });
    SECTION_KIND = {
      vulnerabilities: "vulnerability",
      misconfigurations: "misconfiguration",
      secrets: "secret",
      licenses: "license"
    };
    OS_PURL_TYPES = /* @__PURE__ */ new Set(["apk", "deb", "rpm"]);
  }
});

// src/policy/ignore-files.ts
var ignore_files_exports = {};
__export(ignore_files_exports, {
  parseGitleaksIgnore: () => parseGitleaksIgnore,
  parseTrivyIgnore: () => parseTrivyIgnore
});
var init_ignore_files = __esm({
  "src/policy/ignore-files.ts"() {
    "use strict";
    init_cjs_shims();
    init_gitleaksignore();
    init_trivyignore();
  }
});

// src/commands/inputs.ts
function readReports(files, format, root) {
  const runs = [];
  for (const file of files) runs.push(...readReportFile(root === void 0 ? { file } : { file, root }, format).runs);
  return mergeRunsByTool(runs);
}
async function readGateInputs(values, reportFiles, root) {
  let policy = DEFAULT_POLICY;
  if (values.policy) {
    const { parsePolicy: parsePolicy2 } = await Promise.resolve().then(() => (init_policy_file(), policy_file_exports));
    policy = parsePolicy2(readTextInput(values.policy, "policy", MAX_CONFIG_BYTES), values.policy);
  }
  const ignores = [];
  if (values.trivyignore?.length || values.gitleaksignore?.length) {
    const { parseGitleaksIgnore: parseGitleaksIgnore2, parseTrivyIgnore: parseTrivyIgnore2 } = await Promise.resolve().then(() => (init_ignore_files(), ignore_files_exports));
    for (const file of values.trivyignore ?? []) {
      ignores.push(parseTrivyIgnore2(readTextInput(file, "ignore", MAX_CONFIG_BYTES), file));
    }
    for (const file of values.gitleaksignore ?? []) {
      ignores.push(parseGitleaksIgnore2(readTextInput(file, "ignore", MAX_CONFIG_BYTES), file));
    }
  }
  const baseline = values.baseline ? readReports([values.baseline], void 0, root) : void 0;
  const runs = readReports(reportFiles, values.format, root);
  return baseline ? { runs, policy, ignores, baseline } : { runs, policy, ignores };
}
var COMMON_INPUT_OPTIONS, READ_OPTIONS_HELP, OTHER_OPTIONS_HELP, MAX_CONFIG_BYTES;
var init_inputs = __esm({
  "src/commands/inputs.ts"() {
    "use strict";
    init_cjs_shims();
    init_io();
    init_report_input();
    init_default_policy();
    init_merge();
    COMMON_INPUT_OPTIONS = {
      format: { type: "string" },
      /** Scanners that print absolute paths (gitleaks dir .) are made relative to this; default: cwd. */
      "source-root": { type: "string" },
      debug: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    };
    READ_OPTIONS_HELP = [
      { flag: "format", arg: "FMT", text: "force the input format instead of detecting it (see srp --help for the list)" },
      {
        flag: "source-root",
        arg: "DIR",
        text: "directory the scanners ran in; absolute paths in reports become relative to it\n(default: the current directory)"
      }
    ];
    OTHER_OPTIONS_HELP = [
      { flag: "debug", text: "show stack traces of internal errors" },
      { flag: "help", short: "h", text: "this help" }
    ];
    MAX_CONFIG_BYTES = 16 * 1024 * 1024;
  }
});

// src/commands/output-file.ts
function writePiecesAtomic(file, produce, options = {}) {
  writeOutputsAtomic([{ file, produce }], options);
}
function identify(file, cwd) {
  const absolute = (0, import_node_path.resolve)(cwd, file);
  let inode;
  try {
    const stat = (0, import_node_fs3.statSync)(absolute);
    inode = `${stat.dev}:${stat.ino}`;
  } catch {
  }
  let head = absolute;
  const rest = [];
  for (; ; ) {
    try {
      head = (0, import_node_fs3.realpathSync)(head);
      break;
    } catch {
      const parent = (0, import_node_path.dirname)(head);
      if (parent === head) break;
      rest.unshift((0, import_node_path.basename)(head));
      head = parent;
    }
  }
  return inode === void 0 ? { path: (0, import_node_path.join)(head, ...rest) } : { path: (0, import_node_path.join)(head, ...rest), inode };
}
function checkOutputTargets(outputs, inputs, cwd) {
  const inputIds = inputs.map((input) => ({ ...input, ...identify(input.file, cwd) }));
  const seen = [];
  for (const output of outputs) {
    const id = identify(output.file, cwd);
    const same = (other) => other.path === id.path || id.inode !== void 0 && other.inode === id.inode;
    const input = inputIds.find(same);
    if (input) {
      throw new OutputError(output.file, `${output.role} would overwrite the ${input.role} ${input.file}; write outputs to other files`);
    }
    const earlier = seen.find(same);
    if (earlier) {
      throw new OutputError(output.file, `${earlier.role} and ${output.role} both write this file; give each output its own path`);
    }
    if (id.inode !== void 0) {
      const stat = (0, import_node_fs3.statSync)((0, import_node_path.resolve)(cwd, output.file));
      if (stat.isDirectory()) throw new OutputError(output.file, `${output.role} is a directory; pass a file path`);
      if (!stat.isFile()) {
        throw new OutputError(output.file, `${output.role} is a special file (device, pipe or socket); outputs are regular files`);
      }
    }
    seen.push({ ...output, ...id });
  }
}
function describeWriteError(file, error) {
  switch (error.code) {
    case "ENOSPC":
    case "EDQUOT":
      return new OutputError(file, `cannot write (${error.code}): the disk is full; free space and rerun`);
    case "EROFS":
      return new OutputError(file, "cannot write (EROFS): the file system is read-only; write outputs elsewhere");
    default:
      return new OutputError(file, `cannot write (${error.code ?? "unknown error"}); check that its directory exists and is writable`);
  }
}
function ensureDirectory(directory, created) {
  if ((0, import_node_fs3.existsSync)(directory)) return;
  const parent = (0, import_node_path.dirname)(directory);
  if (parent !== directory) ensureDirectory(parent, created);
  (0, import_node_fs3.mkdirSync)(directory);
  created.push(directory);
}
function openTemporary(target, randomSuffix) {
  for (let attempt = 1; ; attempt++) {
    const temporary = (0, import_node_path.join)((0, import_node_path.dirname)(target), `.${(0, import_node_path.basename)(target)}.${randomSuffix()}.tmp`);
    try {
      return { temporary, fd: (0, import_node_fs3.openSync)(temporary, TEMP_OPEN_FLAGS, 438) };
    } catch (error) {
      if (error.code !== "EEXIST" || attempt >= TEMP_NAME_ATTEMPTS) throw error;
    }
  }
}
function writeOutputsAtomic(outputs, options = {}) {
  const cwd = options.cwd ?? ".";
  const randomSuffix = options.randomSuffix ?? (() => (0, import_node_crypto.randomBytes)(TEMP_NAME_RANDOM_BYTES).toString("hex"));
  const createdDirectories = [];
  const temps = [];
  let current = outputs[0]?.file ?? "";
  try {
    for (const output of outputs) {
      current = output.file;
      const target = (0, import_node_path.resolve)(cwd, output.file);
      ensureDirectory((0, import_node_path.dirname)(target), createdDirectories);
      const { temporary, fd } = openTemporary(target, randomSuffix);
      temps.push({ file: output.file, target, temporary, fd });
    }
    outputs.forEach((output, index) => {
      const temp = temps[index];
      current = output.file;
      const sink = new BufferedFile(temp.fd);
      output.produce((piece) => sink.write(piece));
      sink.flush();
      (0, import_node_fs3.closeSync)(temp.fd);
      temp.fd = void 0;
    });
  } catch (error) {
    discard(temps, createdDirectories);
    throw asOutputError(current, error);
  }
  let renamed = 0;
  try {
    for (const temp of temps) {
      current = temp.file;
      (0, import_node_fs3.renameSync)(temp.temporary, temp.target);
      renamed++;
    }
  } catch (error) {
    discard(temps.slice(renamed), []);
    const cause = asOutputError(current, error);
    if (renamed === 0 || !(cause instanceof OutputError)) throw cause;
    throw new OutputError(current, `${cause.problem}; ${renamed} other output(s) were already replaced`);
  }
}
function asOutputError(file, error) {
  const code = error?.code;
  return typeof code === "string" ? describeWriteError(file, error) : error;
}
function discard(temps, createdDirectories) {
  for (const temp of temps) {
    try {
      if (temp.fd !== void 0) (0, import_node_fs3.closeSync)(temp.fd);
      (0, import_node_fs3.rmSync)(temp.temporary, { force: true });
    } catch {
    }
  }
  for (const directory of [...createdDirectories].reverse()) {
    try {
      (0, import_node_fs3.rmdirSync)(directory);
    } catch {
    }
  }
}
var import_node_crypto, import_node_fs3, import_node_path, WRITE_BUFFER_BYTES, TEMP_NAME_RANDOM_BYTES, TEMP_NAME_ATTEMPTS, TEMP_OPEN_FLAGS, BufferedFile;
var init_output_file = __esm({
  "src/commands/output-file.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_crypto = require("crypto");
    import_node_fs3 = require("fs");
    import_node_path = require("path");
    init_errors();
    WRITE_BUFFER_BYTES = 1024 * 1024;
    TEMP_NAME_RANDOM_BYTES = 8;
    TEMP_NAME_ATTEMPTS = 8;
    TEMP_OPEN_FLAGS = import_node_fs3.constants.O_WRONLY | import_node_fs3.constants.O_CREAT | import_node_fs3.constants.O_EXCL | (import_node_fs3.constants.O_NOFOLLOW ?? 0);
    BufferedFile = class {
      constructor(fd) {
        this.fd = fd;
      }
      fd;
      buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
      used = 0;
      write(piece) {
        if (piece.length * 3 > this.buffer.length - this.used) {
          this.flush();
          if (piece.length * 3 > this.buffer.length) {
            this.writeAll(Buffer.from(piece, "utf8"));
            return;
          }
        }
        this.used += this.buffer.write(piece, this.used, "utf8");
      }
      flush() {
        if (this.used === 0) return;
        this.writeAll(this.buffer.subarray(0, this.used));
        this.used = 0;
      }
      /** write(2) may write less than asked (full disk, signals): loop like writeFileSync does. */
      writeAll(bytes) {
        for (let offset = 0; offset < bytes.length; ) offset += (0, import_node_fs3.writeSync)(this.fd, bytes, offset);
      }
    };
  }
});

// src/github/contexts.ts
function gateContext(prefix) {
  return `${prefix}/${GATE_CONTEXT_NAME}`;
}
function slug(name) {
  const head = name.slice(0, SLUG_MAX * 4).normalize("NFKC").toLowerCase();
  const cut = head.replace(/[^a-z0-9._-]+/g, "-").replace(/^[-._]+|[-._]+$/g, "").slice(0, SLUG_MAX).replace(/[-._]+$/, "");
  return cut || "tool";
}
function nameHash(name) {
  const hash2 = (0, import_node_crypto2.createHash)("sha256");
  for (let i = 0; i < name.length; i += HASH_SLICE) hash2.update(Buffer.from(name.slice(i, i + HASH_SLICE), "utf16le"));
  return hash2.digest("hex").slice(0, HASH_HEX);
}
function toolContextName(name) {
  if (PLAIN.test(name) && name !== GATE_CONTEXT_NAME) return name;
  return `${slug(name)}#${nameHash(name)}`;
}
function toolContexts(prefix, names, nameFor = toolContextName) {
  if (prefix.length + 1 + TOOL_CONTEXT_NAME_MAX > GITHUB_STATUS_CONTEXT_MAX) {
    throw new Error(`status context prefix of ${prefix.length} characters leaves no room for tool names`);
  }
  const taken = /* @__PURE__ */ new Set([gateContext(prefix).toLowerCase()]);
  const contexts = /* @__PURE__ */ new Map();
  for (const name of [...new Set(names)].sort(byCodeUnits)) {
    const base = `${prefix}/${nameFor(name)}`;
    let context = base;
    for (let n = 2; taken.has(context.toLowerCase()); n++) context = `${base}-${n}`;
    taken.add(context.toLowerCase());
    contexts.set(name, context);
  }
  return contexts;
}
var import_node_crypto2, GATE_CONTEXT_NAME, TOOL_CONTEXT_NAME_MAX, SLUG_MAX, HASH_HEX, HASH_SLICE, PLAIN, byCodeUnits;
var init_contexts = __esm({
  "src/github/contexts.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_crypto2 = require("crypto");
    init_limits();
    GATE_CONTEXT_NAME = "gate";
    TOOL_CONTEXT_NAME_MAX = 64;
    SLUG_MAX = 40;
    HASH_HEX = 12;
    HASH_SLICE = 1 << 20;
    PLAIN = new RegExp(`^[a-z0-9][a-z0-9._-]{0,${TOOL_CONTEXT_NAME_MAX - 1}}$`);
    byCodeUnits = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// src/github/statuses.ts
function clampDescription(text3) {
  const chars = [...text3];
  if (chars.length <= GITHUB_STATUS_DESCRIPTION_MAX) return text3;
  return `${chars.slice(0, GITHUB_STATUS_DESCRIPTION_MAX - 1).join("").trimEnd()}\u2026`;
}
function severityList2(counts) {
  return SEVERITY_KEYS.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ");
}
function toolLabel(context, prefix) {
  return context.slice(prefix.length + 1);
}
function describe(passed, blockingCounts, counts, suppressed) {
  const parts = [];
  if (!passed) {
    parts.push(`blocked: ${severityList2(blockingCounts) || "blocking findings"}`);
  } else {
    const below = severityList2(counts);
    parts.push(below ? `passed: ${below} below the threshold` : "passed: no findings");
  }
  if (suppressed) parts.push(suppressed);
  return clampDescription(parts.join(" \xB7 "));
}
function statusesForVerdict(verdict, options) {
  const blockingByScanner = /* @__PURE__ */ new Map();
  const gateBlocking = zeroSeverityCounts();
  for (const finding of verdict.blockingFindings) {
    const severity = finding.severity.toLowerCase();
    const key = SEVERITY_KEYS.includes(severity) ? severity : "unknown";
    let counts = blockingByScanner.get(finding.scanner);
    if (!counts) blockingByScanner.set(finding.scanner, counts = zeroSeverityCounts());
    counts[key] += 1;
    gateBlocking[key] += 1;
  }
  const target = options.targetUrl ? { targetUrl: options.targetUrl } : {};
  const scannerVerdict2 = (name) => Object.hasOwn(verdict.byScanner, name) ? verdict.byScanner[name] : void 0;
  const contexts = toolContexts(options.prefix, [...Object.keys(verdict.byScanner), ...options.expectedScanners]);
  const intents = [...contexts].sort(byContext).map(([scanner, context]) => {
    const sv = scannerVerdict2(scanner);
    if (!sv) {
      return { context, state: "error", description: clampDescription(`error: no ${toolLabel(context, options.prefix)} report reached the gate`), ...target };
    }
    const suppressed2 = sv.suppressed > 0 ? `${sv.suppressed} suppressed` : "";
    const state = sv.passed ? "success" : "failure";
    return { context, state, description: describe(sv.passed, blockingByScanner.get(scanner) ?? zeroSeverityCounts(), sv.counts, suppressed2), ...target };
  });
  const expiring = verdict.suppressions.expiringSoon.length;
  const suppressed = verdict.suppressed > 0 ? `${verdict.suppressed} suppressed${expiring > 0 ? ` (${expiring} expiring)` : ""}` : "";
  intents.push({
    context: gateContext(options.prefix),
    state: verdict.passed ? "success" : "failure",
    description: describe(verdict.passed, gateBlocking, verdict.counts, suppressed),
    ...target
  });
  return intents;
}
function statusesForInputError(options) {
  const target = options.targetUrl ? { targetUrl: options.targetUrl } : {};
  const description = "error: the gate could not read its inputs (exit 2); see the build log";
  const contexts = [...toolContexts(options.prefix, options.expectedScanners)].sort(byContext).map(([, context]) => context);
  return [...contexts, gateContext(options.prefix)].map((context) => ({
    context,
    state: "error",
    description,
    ...target
  }));
}
var STATUS_STATES, DEFAULT_CONTEXT_PREFIX, DEFAULT_EXPECTED_SCANNERS, byContext;
var init_statuses = __esm({
  "src/github/statuses.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_severity();
    init_contexts();
    init_contexts();
    STATUS_STATES = ["pending", "success", "failure", "error"];
    DEFAULT_CONTEXT_PREFIX = "security";
    DEFAULT_EXPECTED_SCANNERS = ["gitleaks", "trivy"];
    byContext = ([, a], [, b]) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// src/ledger/fit.ts
function truncate2(s, max) {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - TRUNCATION_MARKER.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + TRUNCATION_MARKER;
}
function fitLedgerDocument(doc) {
  const f = new Fitter();
  const out = f.deep(doc);
  const scanner = (name) => f.cut(name, LEDGER_LIMITS.scannerName, "scanner (SARIF tool) name");
  if (typeof out.branch === "string") out.branch = f.cut(out.branch, LEDGER_LIMITS.branch, "branch");
  if (typeof out.image === "string") out.image = f.cut(out.image, LEDGER_LIMITS.image, "image");
  if (typeof out.buildUrl === "string") out.buildUrl = withoutUserInfo(out.buildUrl, f);
  if (isObject(out.byScanner)) {
    const renamed = /* @__PURE__ */ Object.create(null);
    for (const [name, v] of Object.entries(out.byScanner)) {
      let key = scanner(name);
      for (let i = 2; key in renamed && i < 1e3; i++) key = truncate2(name, LEDGER_LIMITS.scannerName - String(i).length - 1) + `#${i}`;
      renamed[key] = v;
    }
    out.byScanner = renamed;
  }
  if (Array.isArray(out.blockingFindings)) {
    out.blockingFindings = out.blockingFindings.map((x) => isObject(x) && typeof x.scanner === "string" ? { ...x, scanner: scanner(x.scanner) } : x);
  }
  if (isObject(out.suppressions) && Array.isArray(out.suppressions.applied)) {
    out.suppressions = {
      ...out.suppressions,
      applied: out.suppressions.applied.map((s) => {
        if (!isObject(s)) return s;
        const fitted = { ...s };
        if (typeof s.id === "string") fitted.id = f.cut(s.id, LEDGER_LIMITS.suppressionId, "suppression id");
        if (typeof s.reason === "string") {
          fitted.reason = s.reason.trim() === "" ? "(no reason given)" : f.cut(s.reason, LEDGER_LIMITS.suppressionReason, "suppression reason");
        }
        if (typeof s.source === "string") fitted.source = f.cut(s.source, LEDGER_LIMITS.suppressionSource, "suppression source");
        return fitted;
      })
    };
  }
  return { doc: out, notes: [...f.notes] };
}
function withoutUserInfo(url, f) {
  try {
    const u = new URL(url);
    if (u.username === "" && u.password === "") return url;
    u.username = "";
    u.password = "";
    f.notes.add("user information removed from the build URL (the ledger serves it to every reader)");
    return u.href;
  } catch {
    return url;
  }
}
function fitSarifText(text3) {
  if (jsonDepth(text3) > LEDGER_LIMITS.depth - 1) {
    return { notes: [], omitted: `SARIF log not sent: nested deeper than the ledger's ${LEDGER_LIMITS.depth} levels` };
  }
  if (!ESCAPED_UNSTORABLE.test(text3) && !UNSTORABLE_RAW.test(text3)) return { text: text3, notes: [] };
  const f = new Fitter();
  const fixed = JSON.stringify(f.deep(JSON.parse(text3)));
  return { text: fixed, notes: [...f.notes].map((n) => `SARIF log: ${n}`) };
}
function jsonDepth(text3) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}
var LEDGER_LIMITS, TRUNCATION_MARKER, REPLACEMENT, UNSTORABLE, Fitter, isObject, ESCAPED_UNSTORABLE, UNSTORABLE_RAW;
var init_fit = __esm({
  "src/ledger/fit.ts"() {
    "use strict";
    init_cjs_shims();
    LEDGER_LIMITS = {
      scannerName: 64,
      suppressionId: 500,
      suppressionReason: 2e3,
      suppressionSource: 64,
      branch: 255,
      image: 255,
      /** service MAX_JSON_DEPTH: objects and arrays nested deeper are refused. */
      depth: 64
    };
    TRUNCATION_MARKER = "\u2026";
    REPLACEMENT = "\uFFFD";
    UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    Fitter = class {
      notes = /* @__PURE__ */ new Set();
      text(s) {
        UNSTORABLE.lastIndex = 0;
        if (!UNSTORABLE.test(s)) return s;
        this.notes.add("characters the ledger cannot store (NUL, lone UTF-16 surrogates) were replaced with U+FFFD");
        return s.replace(UNSTORABLE, REPLACEMENT);
      }
      cut(s, max, what) {
        const out = truncate2(s, max);
        if (out !== s) this.notes.add(`${what} cut to the ledger's ${max}-character limit (marked with ${TRUNCATION_MARKER})`);
        return out;
      }
      /** Every string and key, recursively; depth is bounded by the caller's document (the verdict). */
      deep(value) {
        if (typeof value === "string") return this.text(value);
        if (Array.isArray(value)) return value.map((v) => this.deep(v));
        if (value && typeof value === "object") {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.deep(v)]));
        }
        return value;
      }
    };
    isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    ESCAPED_UNSTORABLE = /\\u0000|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;
    UNSTORABLE_RAW = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  }
});

// src/ledger/record.ts
function buildLedgerBody(verdict, meta, sarifText) {
  const notes = [];
  const blockingFindings = verdict.blockingFindings.map((f) => ({ ...f, severity: f.severity.toLowerCase() }));
  const fitted = fitLedgerDocument({ ...verdict, blockingFindings, ...meta });
  notes.push(...fitted.notes);
  const base = fitted.doc;
  let sarifPart = "";
  if (sarifText !== void 0) {
    const bytes = Buffer.byteLength(sarifText, "utf8");
    if (bytes > LEDGER_MAX_SARIF_BYTES) {
      notes.push(`SARIF log not sent: ${bytes} bytes is over the ledger's ${LEDGER_MAX_SARIF_BYTES}-byte limit`);
    } else if (!isJsonObject(sarifText)) {
      notes.push("SARIF log not sent: the file is not a JSON object");
    } else {
      const sarif = fitSarifText(sarifText.trim());
      notes.push(...sarif.notes);
      if (sarif.omitted !== void 0) notes.push(sarif.omitted);
      else sarifPart = sarif.text ?? "";
    }
  }
  const serialize = (doc, sarif) => {
    const json2 = JSON.stringify(doc);
    return sarif ? `${json2.slice(0, -1)},"sarif":${sarif}}` : json2;
  };
  let json = serialize(base, sarifPart);
  if (Buffer.byteLength(json, "utf8") > LEDGER_MAX_BODY_BYTES && sarifPart) {
    notes.push("SARIF log not sent: the body would exceed the ledger limit");
    json = serialize(base, "");
  }
  if (Buffer.byteLength(json, "utf8") > LEDGER_MAX_BODY_BYTES) {
    notes.push(`${verdict.blockingFindings.length} blocking findings not listed: the body would exceed the ledger limit (counts are kept)`);
    const { blockingFindings: _dropped, ...rest } = base;
    json = serialize({ ...rest, blockingFindingsOmitted: verdict.blockingFindings.length }, "");
  }
  return { json, notes };
}
function isJsonObject(text3) {
  try {
    const value = JSON.parse(text3);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
var LEDGER_MAX_SARIF_BYTES, LEDGER_MAX_BODY_BYTES;
var init_record = __esm({
  "src/ledger/record.ts"() {
    "use strict";
    init_cjs_shims();
    init_fit();
    LEDGER_MAX_SARIF_BYTES = 4 * 1024 * 1024;
    LEDGER_MAX_BODY_BYTES = 8 * 1024 * 1024;
  }
});

// src/commands/git-facts.ts
function readGitFacts(cwd) {
  const git = (...args) => {
    try {
      return (0, import_node_child_process.execFileSync)("git", ["-C", cwd, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim();
    } catch {
      return void 0;
    }
  };
  return {
    remoteUrl: git("remote", "get-url", "origin"),
    head: git("rev-parse", "HEAD"),
    headParents: git("log", "-1", "--format=%P", "HEAD")?.split(" ").filter(Boolean),
    headSubject: git("log", "-1", "--format=%s", "HEAD"),
    branch: git("rev-parse", "--abbrev-ref", "HEAD")
  };
}
function gitFactsOnce(cwd) {
  let facts;
  return () => facts ??= readGitFacts(cwd);
}
var import_node_child_process;
var init_git_facts = __esm({
  "src/commands/git-facts.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_child_process = require("child_process");
  }
});

// src/commands/mask-token.ts
function maskToken(text3, token) {
  return token.length < 4 ? text3 : text3.split(token).join(MASK);
}
function maskingToken(log, token) {
  return (line2) => log(maskToken(line2, token));
}
var MASK;
var init_mask_token = __esm({
  "src/commands/mask-token.ts"() {
    "use strict";
    init_cjs_shims();
    MASK = "****";
  }
});

// src/github/defaults.ts
var DEFAULT_GITHUB_API_URL, GITHUB_API_VERSION, DEFAULT_RETRY;
var init_defaults = __esm({
  "src/github/defaults.ts"() {
    "use strict";
    init_cjs_shims();
    DEFAULT_GITHUB_API_URL = "https://api.github.com";
    GITHUB_API_VERSION = "2022-11-28";
    DEFAULT_RETRY = {
      retries: 3,
      retryBaseMs: 1e3,
      rateLimitBaseMs: 1e3,
      maxRateLimitWaitSeconds: 60
    };
  }
});

// src/github/target.ts
function parseRepositoryUrl(url) {
  const trimmed = url.trim();
  let path;
  const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(trimmed);
  if (scp) {
    path = scp[1];
  } else {
    try {
      const parsed = new URL(trimmed);
      if (!["https:", "http:", "ssh:", "git:"].includes(parsed.protocol)) return void 0;
      path = decodeURIComponent(parsed.pathname);
    } catch {
      return void 0;
    }
  }
  const parts = (path ?? "").replace(/^\/+|\/+$/g, "").replace(/\.git$/, "").split("/");
  if (parts.length < 2) return void 0;
  const slug2 = `${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
  const m = SLUG.exec(slug2);
  return m ? { owner: m[1], repo: m[2] } : void 0;
}
function parseRepositorySlug(value, flag) {
  const m = SLUG.exec(value.trim());
  if (!m) throw new UsageError(`${flag} '${value}' is not owner/name (example: acme/shop)`);
  return { owner: m[1], repo: m[2] };
}
function commitFromGit(git) {
  if (!git.head || !SHA.test(git.head)) return void 0;
  if (git.headParents?.length === 2 && JENKINS_LOCAL_MERGE.test(git.headSubject ?? "")) return git.headParents[0];
  return git.head;
}
function resolveCommitTarget(sources) {
  const { env } = sources;
  let gitFacts;
  const git = () => gitFacts ??= sources.git();
  let repo;
  let repoFrom = "";
  if (sources.repoFlag) {
    repo = parseRepositorySlug(sources.repoFlag, "--repo");
    repoFrom = "--repo";
  } else if (env.GIT_URL && parseRepositoryUrl(env.GIT_URL)) {
    repo = parseRepositoryUrl(env.GIT_URL);
    repoFrom = "GIT_URL";
  } else if (env.CHANGE_URL && /\/pull\/\d+\/?$/.test(env.CHANGE_URL)) {
    repo = parseRepositoryUrl(env.CHANGE_URL.replace(/\/pull\/\d+\/?$/, ""));
    repoFrom = "CHANGE_URL";
  }
  if (!repo && git().remoteUrl) {
    repo = parseRepositoryUrl(git().remoteUrl);
    repoFrom = "git remote origin";
  }
  let sha;
  let shaFrom = "";
  if (sources.shaFlag) {
    if (!SHA.test(sources.shaFlag)) throw new UsageError(`--sha '${sources.shaFlag}' is not a full 40-character commit SHA`);
    sha = sources.shaFlag;
    shaFrom = "--sha";
  } else if (env.ghprbActualCommit && SHA.test(env.ghprbActualCommit)) {
    sha = env.ghprbActualCommit;
    shaFrom = "ghprbActualCommit";
  } else if (env.GIT_COMMIT && SHA.test(env.GIT_COMMIT)) {
    sha = env.GIT_COMMIT;
    shaFrom = "GIT_COMMIT";
    if (env.CHANGE_ID && git().head === sha) {
      const fromGit = commitFromGit(git());
      if (fromGit && fromGit !== sha) {
        sha = fromGit;
        shaFrom = "pull request head (first parent of the Jenkins merge commit)";
      }
    }
  } else {
    const fromGit = commitFromGit(git());
    if (fromGit) {
      sha = fromGit;
      shaFrom = fromGit === git().head ? "git HEAD" : "pull request head (first parent of the Jenkins merge commit)";
    }
  }
  if (!repo) {
    throw new UsageError(
      "cannot tell which GitHub repository to use: pass --repo owner/name, or run in Jenkins (GIT_URL) or a git checkout with an origin remote"
    );
  }
  if (!sha) {
    throw new UsageError("cannot tell which commit to use: pass --sha (40 hex), or run in Jenkins (GIT_COMMIT) or a git checkout");
  }
  return { owner: repo.owner, repo: repo.repo, sha, from: { repo: repoFrom, sha: shaFrom } };
}
function resolveBranch(flag, env, git) {
  if (flag) return flag;
  const fromEnv = env.CHANGE_BRANCH || env.BRANCH_NAME || env.GIT_BRANCH?.replace(/^(refs\/heads\/|origin\/)/, "");
  if (fromEnv) return fromEnv;
  const branch = git().branch;
  return branch && branch !== "HEAD" ? branch : void 0;
}
var SHA, SLUG, JENKINS_LOCAL_MERGE;
var init_target = __esm({
  "src/github/target.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    SHA = /^[0-9a-f]{40}$/;
    SLUG = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
    JENKINS_LOCAL_MERGE = /^Merge commit '[0-9a-f]{40}' into HEAD$/;
  }
});

// src/commands/notify-settings.ts
function parseWholeNumber(value, flag, fallback, min, max) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${flag} '${value}' must be a whole number from ${min} to ${max}`);
  return n;
}
function httpUrl(value, what) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} is not a URL; expected http(s)://...`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`${what} must be an http(s) URL`);
  return url;
}
function resolveNetwork(values, tuning = {}) {
  const retries = parseWholeNumber(values["notify-retries"], "--notify-retries", DEFAULT_RETRY.retries, 0, 10);
  const { timeoutMs: tunedTimeout, ...retryTuning } = tuning;
  const timeoutMs = tunedTimeout ?? parseWholeNumber(values["notify-timeout"], "--notify-timeout", DEFAULT_TIMEOUT_SECONDS, 1, 600) * 1e3;
  return { timeoutMs, retries, tuning: { ...DEFAULT_RETRY, retries, ...retryTuning }, verbose: values.verbose === true };
}
function commitTarget(values, env, git) {
  return resolveCommitTarget({ repoFlag: values.repo, shaFlag: values.sha, env, git });
}
function resolveGitHubSettings(values, env, git, tuning = {}) {
  const tokenEnv = values["token-env"] ?? "GITHUB_TOKEN";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw new UsageError(`--token-env '${tokenEnv}' is not an environment variable name`);
  const token = env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(`no GitHub token: set ${tokenEnv} (in Jenkins: withCredentials([string(credentialsId: ..., variable: '${tokenEnv}')]))`);
  }
  const base = httpUrl(values["github-api-url"] ?? env.GITHUB_API_URL ?? DEFAULT_GITHUB_API_URL, "--github-api-url/GITHUB_API_URL");
  const prefix = values["status-context-prefix"] ?? DEFAULT_CONTEXT_PREFIX;
  if (!/^[\w.@:/-]{1,80}$/.test(prefix)) throw new UsageError(`--status-context-prefix '${prefix}' must be 1-80 letters, digits or . _ - / : @`);
  const scannersFlag = values["status-scanners"];
  const expectedScanners = scannersFlag === void 0 ? [...DEFAULT_EXPECTED_SCANNERS] : scannersFlag.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const targetUrlRaw = values["target-url"] ?? env.BUILD_URL;
  const targetUrl = targetUrlRaw ? httpUrl(targetUrlRaw, "--target-url/BUILD_URL").href : void 0;
  const network = resolveNetwork(values, tuning);
  const target = commitTarget(values, env, git);
  const display = new URL(base.href);
  display.username = "";
  display.password = "";
  return {
    token,
    tokenEnv,
    baseUrl: base.href.replace(/\/+$/, ""),
    displayBaseUrl: `${display.protocol}//${display.host}${display.pathname.replace(/\/+$/, "")}`,
    target,
    targetUrl,
    prefix,
    expectedScanners,
    ...network
  };
}
function releaseMetadata(values, env, git, target) {
  const buildNumber = values["build-number"] ?? env.BUILD_NUMBER;
  const buildUrl = values["build-url"] ?? env.BUILD_URL;
  const image = values.image ?? env.SRP_IMAGE;
  const tag = values["image-tag"] ?? env.SRP_IMAGE_TAG ?? buildNumber;
  const branch = resolveBranch(values.branch, env, git);
  const missing = [
    [buildNumber, "--build-number (or BUILD_NUMBER)"],
    [buildUrl, "--build-url (or BUILD_URL)"],
    [image, "--image (or SRP_IMAGE)"],
    [tag, "--image-tag (or SRP_IMAGE_TAG, BUILD_NUMBER)"],
    [branch, "--branch (or BRANCH_NAME, GIT_BRANCH, a checked-out branch)"]
  ].filter(([v]) => !v).map(([, name]) => name);
  if (missing.length > 0) throw new UsageError(`missing release metadata: ${missing.join(", ")}`);
  httpUrl(buildUrl, "--build-url/BUILD_URL");
  return {
    repository: `${target.owner}/${target.repo}`,
    commit: target.sha,
    branch,
    buildNumber,
    buildUrl,
    image,
    tag
  };
}
function resolveLedgerSettings(values, env, git, tuning = {}) {
  const url = httpUrl(values["report-to"] ?? "", "--report-to").href;
  const tokenEnv = values["report-token-env"] ?? "SRP_API_TOKEN";
  const token = env[tokenEnv]?.trim() ?? "";
  if (!token) throw new UsageError(`no ledger token: set ${tokenEnv} (the service's SRP_API_TOKEN)`);
  const { timeoutMs, retries } = resolveNetwork(values, tuning);
  const meta = releaseMetadata(values, env, git, commitTarget(values, env, git));
  return { url, token, tokenEnv, meta, timeoutMs, retries, retryBaseMs: tuning.retryBaseMs ?? DEFAULT_RETRY.retryBaseMs };
}
function settingsOrReason(resolve5) {
  try {
    return { settings: resolve5() };
  } catch (error) {
    if (!(error instanceof SrpError)) throw error;
    return { off: error.message };
  }
}
var DEFAULT_TIMEOUT_SECONDS;
var init_notify_settings = __esm({
  "src/commands/notify-settings.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_defaults();
    init_statuses();
    init_target();
    DEFAULT_TIMEOUT_SECONDS = 10;
  }
});

// srp-network:srp-network
var require_srp_network = __commonJS({
  "srp-network:srp-network"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    var code = require("zlib").brotliDecompressSync(Buffer.from("WwBBmgORx+54oLBW6TYE6Ny6mrmtb38EVZHZqcoXDrNrRFMWqlyF//FXhDl2UKHYMruGty1DJRrftuyoqqqqqi5KFiKbd4ne55O2SRtKC4IiqDq3RcmScy4YRmSM7KzAMMEoVWqYIMyjYXGDovpBTaugY9DQYMhIm2AQ7yHRabDzi5FBW0yjdlleJnMMgXIS0lGwcBLZab/ifDDYq8GbQcEemtygyUQdb68LO+tNyGZQsdJRJyzdkG6GEUKKnHEb6P0WNBxCmm90T3i8K2RUhTGktkR/0PLEn/zF4m+hm8Wm/PQKS8gKWLQ9gwplw48Xyg43xWVsaYlZUSFe1i1mwQIJk0J2L+n5lU4K31iRHmrhhi/sLAumE4ln+tIfLqxz+IK7P0rinGmknwcnFufR8JGs5w9sn1sxPMQSFGk/dRCuE3UuTt9eDjmLBxg5z8M8p6EvfpzSr3/XmHk9PRpPx0D52+nibAFXwLCt/zCiYrcEIZkFK13nBWNzb4NCOdOQeEiCZrlozws+0bOhbtbdExTZXn+7sL4toamNSGcyFhSyreSxb4bxxWDdUFKMod0rStcczCwW94vRAb7f8DsPoglCM4OiHONeS0NpQWexUJDuFU55phVFFatRdUMKXOGhJh4lWqmlfR4LG93zUsbXQo7h//tVBjsnqm5zivnaH118aiFPbKxAP8IooU4Vy+Ko55SDrwGc3JRw0KiRexiETLwQhcheHELo1A0PMY5xmc/73t/6///z82UyrtnJnT17AjpznnhXGQWiIgZFRbYHm07RtCRdWNVBYrbHr6W9nc5fm3CYKr0mCA7sFg4p8zU9Ml4teBuNQ/rfn9bX//x8dXnY6eoNPVUbcvc5Ihkw2QHs2j0eARcQQQJJRJ932kpf3xCpaEcerMlxM5ADetwOTwdV1tZb0wNLOzTei8vvnX5964bZrHPm0JrHpM6omsWF4rxN8jZ5HGfVFQ+JruSkxItfve/q+/qVa/eqM8dpMY/XPSKpMLbp9jYGApvpmPVqQVjVoGgh+aqKBo9V8P/9f077758vEM6zNloSsmP3cI4Pt5RhmORXFmUUQgbolkhP921I3dJ6B59iXmDnSlb4mPW142FXnU+U8fjCBtI4EQtspL0Gtvzv/svx+5rq6Zq3KXX0T6k3hBp2B1LqZA0jmAhrefrSQbZjppUZpacp1dy21LsGQYCv16P3ksSm//EbpOS5rPL17d5NWq51rXM82662kIpE5Did07JWFMMIckBkiPg0lmaWr79fXKA9e+eoQBjQZEtmRJEKuzVr5apvvtfp57+uvq9fj1diq+Tj+0Kuy8GiXzMaJiR6NlkWycUsHewWNhO5VqVqry8Lb8Pp6YtUyBRVAni6zNpM0LuD8fQADFvqFxeRvdAD8z6mlSa94QZ+gNnXxeI7/XRaQ6dvMAl7o1yCTIk2TT0u6bvwhAOW1/TelohRKG0jpzESBa9GfDyqorbpTbLw/lJ03LMM2ZKWQumsmgcnMMj8WMP5rkq/03n2ElFqlmMc/WVTDaPgP8vqmGDG6tAgqx/VbrAh/WNT/fPv5SS/uMpTEMi0W0ShdO2MTsBbIfzY4Eoio4iu+/zy6/fSB8VXf9+iJ4drpLBr41TSWGKJtGGFiSZt/NdM7Z7LLQFq/B+9CCrmZvuZkNVlpUEaORE8sCqzdBExkjKraeScyleoPoRkiUe5+armO63tLcIvxt6EMbJp09bjNmACZQ/xQwmJcpCvZe9OV9hjMF/3tm4Uo5r1sW3pQqSOfcjIkSaBPaYqVmUrAedCpbQhNyusZZMiJ750DwTeAFJ39/+GtFYJSQPJ7ziIH0Kp9Z8a1/GwB4Pstsc3M5Ommvgl5EYYCSG7I/+vvX7LxfwEY6csuU1BPQ19mgrKTpMoJmBs9O9HDecfDz0UNb+Nxzezw+4SIA6EKN4s1glBTSv53RCNVHUcWxmPkky+I7rUP2wPnEoSymqF/rELEU4OdEfeNyxs0qb2qr5Oa6qgk8502ySfmfRhJgS58yMcnuhfiDCFfv7r7L++10LWNU32vlLvk5xwUv0aM6Mg2EabyKTNmpCRcZIEUSC1V33Lqr37c6Ax75LS9oiIfZ/KrsKKUL4klQUZ7ULSdn5QH/upslGECl+gZWFIUsL7+Wau5FX/3lSr9P9uiAQIGUpzy9PMufU2B420nDVO4dnQBQn7vf/7i78NxO4GMGyA5AwAUjsApVkBpLRDynQDlA4gqSmSMkfKXFGzznG9Zs+K0sys8ZqzLjLRpmfWu+iivfSSzNgovuwuiC+67NJ0///eSv3vt78RaSqRBEAj31Zq5wfDdABhKPnvh+qZnVbss/fZqGtRYYW0j5VlxCoU8FVVAL5Et/c5N7LuvREF3oiMojKzilRmAU8Nw9cNgHyrKdOO5KO+UxvjBpMeWrUzdjKC3p/otVX31A972vfuV1pAZWvcZt5mf4lcleklM5m+WygAy9qqzU9mDohqgS0JrVpb//9lpZV6MFuELBhCeQnyDfL6/71/j7uquo+aZGhJQ2Av4n/cLTVJ5rGlAcAgD2tZ6WSbLs+bi2ZPWL/bi8NhEB6DUH356Q6WgSga5WxXJ8DMKhcZL3meT0edcEi0BCExHvjnm/u0d14pEzWTqGbdqhqJ1izQ/GKWk11W3TogkECyQtUjOiRdIStkXaVDEK7HV2mWuv9nqVZaVb/QALtl0JJ3ofHMHV1JVNVdXQJIkCORc53hHmdkNbpZNroBzJKg+CxR1q7l0Xsj2+s5j240AKGBJoZNghxBlvzEuTW3197jPtONN8ivK73DzTYJ5zqi2WyDLFzQaiNLUrVdISUO5s0hH/773//WL4kDqLNJEFL1mWb8HtIdksv0Tb+WDSkKRp5gVf5cIrWC+3AYsVNOZBA8BIcBUZz/ud+nzV/g/JUeKHmLwq6RlMVykpZVWXdqA0uQ3HtKLCwbYXs/J/UPZVCJGwwRVGBA2b3qiuaK9jf1H8Bt/T8UlCPf+3F3etArYpQLYgEIDJAUGBJjVIwNwTrzRU+gW/1PlChHgLz3/rewhNISSpXWREJCCwEh1BZLXQVRActWS//l/3TuXcAvMix2MZtqjnqaL22GEYYJRpw6MFB39aRiogKBID837XtQ686//xWvuGKLK1QsRsUWMggjbOFMQIQphjAxAxmIgicgmykUEGQfZAA37f9YZb3K+r5OKrSIB7PixTUQUsGKlxgarLYtcjL/r5t/YqHtS7jJV9ernbKS3JFJGGEpU9gyZCsKKDJ0v863F2OKNuu/2IWsJIT3bSUhjkQwC6YBBh988BEYRSJ7d/97km2JvPcHaFvx/3TR9VDXnxe7EmmQUilSqXQJ0kJPEDPDABZw8fzVk5n/97jbe/eeJk/QBIEgDYKkCARpEIgnENPeQlbSA56f+n2uZqp0v89+ptjduJjChQsVLgQxRIUgKlyIIBJBHKJCL2hAN8wtTjb+v9+0P1Q8XdOIETOIQAIRh6jV9Odjn9wRmLY7D22rf94p7qms//cGUUPOMIDQwxAlUi2pEimuS9yuRA81sEFAfHOyaQRm5ofMHTarmUVVn2WEAJtRe6LOh+u3NijF3O16yJ5wXLCEYJ2EmMq09/qrkKOQbzjUW++XwGYdnSKPCHUy/++R+NQ6REhthpuE9tNaWWhoGlSNMavs3e5sT6HLdxEYhLfy+b4BW+MDcIcD3IoeWDsdgV0yTuvzCMhBTLKvhDeoVYtAvfAe0BZOaq9LcJOK8IDSh0Rc7lN5IwSd5vZxN67uUWCAcnU9uAE2EYEEnmO/C0YHIhM0wtKraVKZXJMxZ7qysyqVRbxBVwLyV1fQ17W1kTTyoGhjBlR0TP3v+KTfQ1EcdbA9zgIY5jmXlouWhGfM1ysAPQjX1NPJnabTLO0noX/cO/OgMcRuPen1bIjO/xCrmWmFD1V/H6L29S6YtDrNstpuFqyZ+L2aM8It7IbERmabcOQVOJ66ejXK3ICGW4J+5Feym/+Wwdb7Jj9FyMz1o+LOcMnj2PQCqMiBV9pai8GpoCHaYzgU9+hhiXozW5O1puoGLUkOE7FFO+lK/iozGWHqYZgVd2qMqM3IHugyQu8kNO2CWKE0ihNXOnr+hs46eiTt9XqJoYxi3x6f/UcK6EVjGo28KJQvLyzAYNVeybjEOxeFDqZGOiGhtFRalK0GZRcfY3lrrhEAZhZcUnuEj01TjKpkg1s9IKcThPDqO69Ep9ddshAidjC3k7VQzVtHdrAvfEYdPoiByYLHS1s12KHONP7K3dQfpIm/Gx1WxTc7Q426z0xo7YyfR4qjf62Ks3jZazAG/4jnhAA1kszejMQ6Y8arv+w16AiLY8NZI8+foMUcelvKhxOm2rppycGBhpNKOZy1e7p7vo8HfvQPzs9lO8FL3/miebas6lxp3B0+7bx0zImWcVycLCciEzm9Tiz88ZMZ8ue0YTg2a5UDI9aSbFFBRbQTri41qM0U8XMS3Www3oqBuuy18xZM4LCo/nh2yk1kS+ajcZs0ip429kpB5ukCQ4yTmeY5k2C01YuVUusJJSKKiIy77dAiv0SXrFbSjlYa5cbQpsApSLY/dYXk1Dw14/GoBisjyBqM8Jc6ey52cLGm5iFFbmeDu3OW5RNZAzceyVe5knxKT+BhHZyAZqG4H9zMIsE8saO7ozxPqm2Mrci9YEWJtNcdYw8oeCmDSD2yNi1UU6J2jM6b1NojSzLJv9T40ppYolULI96YlP5qZmUOhLYFYGaQLE6UtMlsZpbQSB0K4jS7xUL7fAEIftz5CeV+ksbO4negoC6CNdq5PqBH6ap28b/fJ06+2psEJh2ZlOditdMZhfm7T93GDXGKpRE6YcNmsr9ZtaGucbIQGAKO3ToCS7PXOA41ZWqohDmMb4Mgo6fqkF0aUizabpvsug5M+YPmoQGa8Dqyc/7CfmR0HWeXT7AkflTZRG1Hsl+44QsMEu2Vr6rOn5lGfp9wNNwvUWtNqLR2Op2t60aJe3mOXT/G2kG/jO1Fuqo/C4BsqvLffsE57sJ+dK/e+iNhej6YB2qvp7VFqz9ypN9DtTwnpxFxq5XmKLgHpVO4Oc+qyBrb+JZoJAUEF5BWjiJCcL6TNpUTNJzImuA1p/0TiwstG8UKFZle5ftuuLpesgPGAhJyLB5SfGtrj/OIIn5jHu5Ya4pNs1ilqz6q7djfvO+2la6+hOKInlp67Y/KfFTtDFdeRfSjEsRAnZo8xXISZ4esvfNjj/NNLCqwHXeVxcgYSHy506PQT7L8JMvLtu2up85i1AUyAmFLEa11CDEYOaiusonjmPqMgmR63zGNE3hRhRrg/FVMFPyug9Iz0G4HmhLet7SOdGO0nO5oo8ynl7PsmAnaYgfT9sN+ZFh617GCSOPRz3tDtpo0qXXJQ/fM32l1IqkqYG4Y8eHq8ofsDUF76EM3oIAb+ZH8Rt7z3Rl5Se2cpyQ/Vvr3r2JBzJ/4P9fwkFhUF2jCoZqqx3HYxV4QKQ2GsYkljbypSd6DwYpJa8s0+frRN9w6u53DgZ+/yzz5abSe8hmWz/tC/m+2Y9ZzoQ9EwTm/7EwsZtz5jd5M47atyRW/gOkBKWuLzXBv/aa7ZcUck/q93iDstS6q1wvsuvHBQrC1fWSX3Xs8j1LCd2We8A8c+lFiHKM4BXstn+gTqj8pNVQMacDLJ75QfCooLaZM0yKJnRptjDiyARqWNb069UorYObucL6KQGUqxk5dZdRgXasovEjGIBRnhWWpIk2AFeqZPDW9EYGRre3GGtozTAErC0TyTB5KYGKS1E2GDdq22tVlepaPn4BTXi7iTo2ry30yIGzAzaIIQbYSTYoqKcLUdIYGarVS8QPI1/ke0LdPPKlTvyXDD9aJ2IPQ9UQjZFFMqBq1DBVUbYsn00/6uHqO/zbebXrf9Znl5qbvwxA/6JDzMttV5hgfNQoYBVjUpLysuTnc7dcTuw0SjgijvmSaT40SLG0H9yHet0WEeYLH5BZVNokfQRBiFkTEqJmMARxstwe3r7552poG3xv+U66ivbr4rRcOW0Kc4z64u6tnGQ/NZRIPXpNQjtdEec9BZNczocHAmJXSmKkx2NjAzb6v1ooYScynpmfEv0JfuBk92Nsu/Irut0EkDEVRLQu1sytw/A2/8ORA2sC4qVHEWMDFVvdP9eO0hTU43qJgqufwsSnCSNFk6KBuez5gfZtWdavHAgCd4rBEDgUIZAEJtGIYC3JFIf5SKTo2zuDZNn5+dev8+Q743FDAfv9qTHNrqnIOjufBpimTIkqLJkYMxraX5+d3lb9KhAus8Lds0HEpIKVdya7doT8803z9aIIaO5HUEU07pj29hqptmtJMS5KuRj/jAl5sMzcpUOczYjlx0zGffl0AcNa54HBIsbz9/2d0fXh7p/zvHp0bucCz8QHipii9UH6Vj1LW/HGqxQgjA7Op8GvxPy++SapZM1f44K9cYBuFcv3+0+Kyc65y1SptJohENTePVzbBZ3hWHhw6SmahNOZqesMH/akw25avb1/5OOXioJbI1+E1IX4HHFJ/wxAnf4kjjgJ+ksy5VROTSSA4Ja4+y5ntGbEhjgjLpVLOSsMETds2PPfXIK2hdG29WJXiRGHmS9Mwxi9P57AYNpXRgq3t9c0bfnDzuVFb9JD7F83uInh9l+3PA/z8+ZOfR3hIo59YbBvyTdKzEyFCPdGMSDSo/DpFXyacdJ6UpVKgnnEFr7bewArxl1lx1fjEbJ6fOP683lvVza0xm36H0KyMR8q7aKVRg3kkueJJdqXx1dIZHugtj6gtSR59zoqyay22bBK6rKD57MNmBH/fzcZNv/tfMn+5F77sp4bAX8IiGOLuGyq6BuWm4sqk0Ec1GQQC8NcrrsHi5BSQrpiihgu53K2ex5FLIax6FLYhbZTTOP2KY2RvBawyivIozL/KKAK6BRaL0S18sObuG0HAwKFSQvsOAsdgNLk1735h7ADPCOOpwA1dgpu+4bX6RsLdP2sKGi3eQn0Q4o0Q2gQP1VlAh2DPP0iBoMGoeGFX+xrhgjRPqwlhGoqzWbAHqIhoGUh/pY0gAXKXU+gccJmf0T4Qua6IXbA6wdtehiawNzC/TKt+Hf6wgRK+pjmkyFwV1la5/wprvPYMJzugLFKORLnpRbmkbaPZSfmgKNvmgsAdhjdEpJVH9x28PnKChfDtrOZHWabgSCmoPPuBCDtQY0BAkPlyU6X7uNPNDQIU7oHc87OoNWpmdFu0YAdD9qFIQQ1bOahgZK4ACxKE7V7tcTg6O3FKsUnpWYWZXhrs+hE+osspTVYZayx7Oed0jmUtyRlZUwY17yk5btb1gAFWBVG6fblcF2u+NQnECQEKYfOd2BVCQrVpzjUc3LU6bvfCBrtfux62scdos2ld9v/f7E3SvHpkc/vTSNxpV+tWRztXm8sHimtbctO9wseWF1sFunhuFd5GIpUX7UESsIRDyuLxiRsqSLBoPBQNWICMXQ4WzIi/TC3IuYQhkMoFQEjeLZAtuFs6fIUyI5SMCFdj7JjFDjp7trOCHpZsfqikVM5Ku2SJs3k/cATl3b4so4Lfma+dvK1ttRxLWeF2EUqT3a4nP65PJrvw0O1IK5dAbRa/89ct6febGtAOuAIkDbc82jXeoxGbkbrysjHLwA1UcjCu2tpciY9M9ZnJdsdcKFrKyq1O5FB0SFcI4mJhCSTNWYYZqd4mDlZWsyraHXhFmDjbbu9pbZYtk0K6h4jjZgrEcJAMDZ/DPQecWFVvJxO1kVeTdmWicdw0444Or0TTpq+mzJFZPqehWdl2LEUUl+Uhl3Q9wNEayi25+NsQ1i0FCqPN6ak679pHdIj0iISDkSpr+5nrrZq5CStPVZa5TKxuO81AA28aazFLr0ga+fmKNwGNNefXQMWEOesNgEin/x++uv6DFcIKIgd7E5fPgnxk94uzmW+tvzFnLwUI17vdKc4qb/GogcBy6P9u9cH6OVyRx643uAHtDjgraxsRlFkdnL8WqizGBx/e1JM7DNtq+7ZnS9LuZzMI+zkeaqPwQ1SL9Z4pxvLssVw6ZaaVhfmqPTzDdYZ4apb0oRp4a+/8w2v2lZj+r5lUHoXUTfgpg6O3xXOQQ81bA98K71LPy8zKNm+MR7TcL+J0Dvsb/v8kmAZi0OUTzah2vvnDdkcv47Kr60OYThklzvHc/9bKGgYlCvxKJPZROCIdrkO/eql0yAkZj0eSx/Cek8SA91sEJSQKHKfXkraCxi+S6L/ZLo4GOSaa7fd6DkiE6F4t0ClG0bz8M4xLzMELMaAzcqm5y/dkHeZQhxyJQRMCwXCk0elJSPd4LlCiHRrw2xAGk7FEAGSJerLw6rv2n6ZAjGzNUEqFMneyKLRPJIybKcgC6RCwrZ0PmH/DaOn9U3bIj/rlOyA93ZECMcq5ukGYNY1NAJClEqhuropZKGsRgWBp2LRFa9F2IYnpRSNCCDDqZqcEX3AVhotLoTETmpxpXJGg1FriJeoQq9lLEG5ploFDb/qtv+67sAw3sB0F45ZTetaT1Nlr/0/Qcywln2+oL6m2HZa852FvrzPCTyP4x2rxi+78qS37wzpc2BfiOs4y/Jf+XpdzYagOTp9XhysJL7oGGldQJXiIwdNGtJus6m96SdtEfW7w6E2y8Tfe61jeU76bpSXVdLP1KOgWQ4I5/zDsW6XdeJnCNNOMHefJwgL63vXXA0q/zWpxBAJos+Q8WtS6J/eozfj8VHeK28xBJNx3o3544Xv1189brHvEvLXB4jpq0yV4fakWJ9aXzfMmWSvqee5otTdykL0Dnh8YSheryu7J08lmdVPHpsuMresJzNK3b+91UYjnS/W5FdBaNZ/+IH4x5i8sg+vLRyNg2S0UeAlZYrsfXvvHDXPCr6+wbKJrqh/CqdnthIuhrrJPm0jjG6hYXPTz7vMNMYxRrQK4vU4pUVh126wvwuQmwWK9dSjvkB+q+3A+OPLHb6uRCx9z17iyNQOgT9xR1m15eT+lFdieUDgxsHIZNIPwm71D+ewIE5u4xjtsRXU7ywTcziEhpepr5+pCTtsawOw3Qk2h617+GpwSlwbYOfEq0QlGPdPPMmCx9txFoDqRrhMpnYgLLD20KVEDjzUACdLa1B2s8uXXd18T9Z/uEaRpOZ5MjvCDKqfE5yge3dvduI9NxGahFQoH1Ftm8t/grUre1EAxzOPl20TH2klF59TkYcFWpw/pqhBrMguaO7PYfpjNDwlTYJO3DPaE1yU1xVgXGTSy1YAthug3ZZS4PQYriUaljyApZmdaN7Ii7XY3P/DQgLTr5HAG0SMe5g2IN4lwnX+IOPui4uTpIANySy1tm+KsbOJdHjuCFjlXEedNW1eF7bvosufco/tXvnBdktXdl5xNRlK1L46/zXXm3Mru3FG8y4PRsT6U2yPQcWQB536WJFXTEydyJucrB11Mg/jS9fkSbRPgiW/gEJLKro1TabFbeJyXCl55/VyIJz417TnzxDzh31RtvKSAOX/BQz1qtlfYvF3RlgmerJ8zbFRM0pqtdC/6GEiXaGwmEpgwILgYRKLzHviOmQrwfSU4ScjqYhxE92cLYqrPmU9iggBUEoHOJNUKoh9j2akO2aF9PAITvqF/SgnGixhDDpyEOVMFgDFF4Eziht6BIAg8O1HQoi8MExYyEhdnRzEJhEBkkJUaKedeRxvYUawiBFKRlZKKC0OpgV2kBoRGA35TMvw7BRIruChPcOXYqgsIHUoY9PbDwvSBxeaFifFkI8X7yMu493zrcAAYLoStvRRG9ULQD8F5x5m5PrYWiAZM7AUskb83hmxXefcs8PDxpAptiH0Ezt4gay0hzA+D4Dw3NhmnwD+M+UWMe553jBIxfJlSg/amivrTVzpySf5kkSKu0guwBqNS814fupdJcWE3X8P10R/OuZLqpH4e3nwW3L2RCt+f50JA2rsYIyHpKex0zsDnKlgh28Ba4Oek/mhCvm49MaSdwIEKRTQjpCbj7AvR4JBurVJmZfm5B3gKQGLgcxuBgnws8/FezTn3bFopSVCj99XdhE8O3j5Hu7CheNBVomakRfV1mny4MgpzCzLJv02UpN0w0qJs+96F6x5PvqqGLOlE5WHWPVha1SC0nqV6OfkwvLuN1q7Xi46KkbpQTCay8e1hgijb1OBga7YVA6tggs8fu2nlQhHBwKEoL21nITAwwpxGb9r0lphQvjAMlVloYTwAnpMSgC8vt8ENZ2nhCMe4IVVP5NRohF5yCjTzfthbu5/8j/apyNxlitW5tItCy5notjUcRqxq/SIKn20uY/S6szUWZo7iqocL6+PDlGFpVi6mTwZakMG1H5jn29SYHTbhlZKFUb/H67zGf7WTpgJXu0TedutRqkQY39ZKG8lv6kl/uDXdHxD9uVZw0estnnN24rcIrJ2lkiar2+qX0HbGp/c4j8/7YP4q7ilffj/tIm1931I3QH4lXts6+NT1AELfudUo3jv+kxGSTKtSXJ7cpYCSSy/JMQkA06+4b6uBdlPp1VdBKRL4Qsxvs9ALEROaXJtm/oHQk7IElgCvIUQGUeicgLqzLaxIDYK5WR2QVfPvZ0HFI0qRBj2pj5KCRARJd7SMokO/lVn5QoEmAjADMoEbeXeR8YKAMDPx1jCbVUznx8MhlcwHMbZbrFWQdLYyH/Sf7UBBmZDcZhjxf8NtTiRhYkubAmjL2RVD/ckRdP8QizcgwCgc1GDXW4l3lHl+y4G9pR75vKtOxiBRxpvB2I5SM437IteskY2UeN0KWOpLPgO7ss7biWis9PvzZ1JfvwWU/n5Vf5HC0FYcONlB52kMUgO7sM+2avxsAGgo4gYtwkfJvOMZ+k0kaNZgT1JlZtvHQXzg/RMndttdlskWxZ5FNO6+Jdt6JlMFqPAqYS1SFpWh7invD034k5TBcOhnw6918mj6bdpKYtUpXXreyhQ9Ishw5Q7YJGTjYdguQePEqK1ziw7LfcUCysMLA57uBkKPtDM56h+Duwytb/7Fa2mIumOgzqh8XaEAXJrXINxj5Qo6M3jkPbpvAuIIzD0yke2iaEDcVUuTwXOGokERsMs0JPlG/QMCF5KxlP2Vz7gmaIJt5zk2uWx/PDanQKcKzTO8NHEsZRdOeG0TyUl8czPNulikSAlv2o5ACNFasB63D8YjtomFXwIkOguF/0zsXe61bsoG3UG0jyb8JmlTcKvc4p1smCTmufH37Thq34sd8CNj+QmOtnlbeVKpDbxm4zB+F8jtqH3NR13Gurcn83awPALpbVZG8OaNQU7SldNttywlEvsnNnczgZW1sbPsepdAs7flYSalZZHx7Dfsg+YRgxBjL6rCHSKYkKTohVZmq96QXJFiil+BCsC5HRkyum7MRV8nFiYhSFp4nlPcVjkPwEMa77QPM41G9TBrZ1WV4q9/RAIqKNhOGoqy7OJFx9rCxr3SKNXH8YaT64U/DDYKl75/mQGxpXEnAxdyRPIgnT+Pl1tAEXntTdprZI8v6oacRINe/t/RecKfQpyyKhmt+P++o9Xj04yD96yD4P/+vbnj4piiNRfYMvJCECAfzGSe/2mck/6Y5n9OZ/NFsXu4/f0STq5PH/bGd2H/IIj0X7kYd2hTq/ln+fOrZwWtArtzUiR/PrYyYUiXhwaZd29Agbt+m6hUcxiIU9Ny2giDnwUEQF8jIr6x/u3z/xbuZXP647V/8cpVzeujq68F0XN3Qs42RBo0jWc0LfOipOceLf/feSk0pRb9xRv3X4Su7LBjnniNuQ0Jeax675kIW9LYb53WAwDBwjgLMQAFoAcDIgV3Cm13DBKAVVEXOI72CGThqCqKEKaESXraDyRvJ7FsqXr5rM7B5hyxs20m3acgjiwmTuLRI4qT+txvbj6DCMa9UlWVCS7KI5SS5hHpZiN5r/j14Yit2i8nAFgItRSRhA/WmMrQVxOwSdIgsYskrAx8SKfXXg/NLz9vTf67afenuvlhs28vbMdaDXNj/vwewrcxkkFHjfoFvvADTuDJOtz5qBWRGYWDUFVD4yvCpwxg/Dj5Nkby67YEOBHBVoM1xP5Ni+gdWKwccThI9XqsZoMEDhDuEZ8SwXmUtlVllxO+iyHuB4HtS7rT24Fb3wnHV3LLlHpH0M68R/ZfNA7G+0DgY2z/YYT8AGReZJDmJMNJIzNhZEamWm/5lso5+xgst7gt/iGMQN8oTh9YkQj4d7spfCdw9N3UbSBwDN5Rf1DcoQglL4OjOW6YOJEjhiBG5DkcHz8TBVYMUdUYLfEWcUW6BIlG9T0lTFocvJD0XQpAxibAF3HVVzvQw+EfbMPkS8AO9kCQh18nitbzM3jDXfLwsMYSvW7kv/p6+/CnT8K1QWt4X17G4eeYAsf6sTP85SK/VHtf+tk1De76+vnzJ65ymIBxMLmGD7kSx2Fel4XRG3GdEcSGvjDvux3YryglBHyrQbr07AZxPSyYKwMP81HA45VU+2yaew7FcQwj/M7pFQWDW9jLwTNX9jvgjy21PPcX3ofyCurq12nlukEOFgRz2jHioLK3DczuWyj7Ymb9EVLK4F2yjkrDZiDYqHrXDBMSD+NfqkahiPCQumLZNJrZgVnnkFKdd5JSGOM2dJtSV31NZIfIYUd8/j1SgvaW6VU/2nCpeejAKM6HiPazQH0NNZcdPgD9nHf72a8O3zm2QzqTsGplDO4hN2pFiC5TITn2XFF2Fu2RHjgOAe+cTHoqvauByRljvRyePyWZL9R+3S/k0zyR94D9FQvt67Kp/3E3WOHL8/SscaGyEzf6CarKI3q8nxVY34iPypKBZc/owQ5ZkHcnBLJmLa0MAlanxifajeF2yIfwQALMajMW36XpbXWexAFXiGHgHjGKBQbSVxZs5Zy67sqcDfeRy/zLwAWMeP8tOUSHRex5JDYc4AOxYYGnPPIUHB5Q/MfRV6nAq4BAQXcOm1+54eRRLLPcpwguNs1qh9wWqcb8TBdJKulrYCB5h+56k6uTzaL/tq6S4tnXPbifwYKqH6awoOsHMqSmbkoZfU+EzOPYNSG1H9Nh1c6Y18Wa/CKldyqUqhd07PFiLXuxi3ikoFqcoLUY6AuG/l21qUIytG9VMz6OkI34ARC/DvtBSD3rKhA3o5q72rmEvMoKUbTIqmWWy+kKyue3+zShc3bp/SB9Wdv5UO/8/SsSeJSIKuTmtGq3Gz1KVJ+udbfpnlZbt8RzCDNrd1r1c5hj700fDzO4fFN+7QRld3fZEZqRYQOP8ccjsNYCtvlGMnh9AQ4+eKqx3wzIFrMDbUuG03rEGXRRU+1uelnzKpvAFvg6EwS7jQOOjV/v7Om1/eYLwBJ5PIRP0A8gdBrykITb605NhX5ruIgHgmt6up65TWO/jrY/lwmLXLUFsEW4ixID+nFI0nGxbtuPRJ+378lp2/oHVA2sAb9549UD67BdWbsfC13Ya5qp6tt2+ZOiTtL3YzZuV7+suKm+enAQUDzo0G29HzQkgp0hAGNTXXOwANTSOdxJtCadICNaDCCedKjjyOt5wP8e8LWOeLC7507h9XtckEEwI8vlMLPNEfD66C7HThde5HZ42Ojs3+GDx1CB82nvwkBcf8ixwJI8GElqg+c6+QNgfGHJ1LrbGHJwHxMdX6q7ZqZ8WeXY+HxdG11epeEM/3SEeR+dLIxh4qBLUtbZSiBu/7oPImgJ7oBxQWIqFKXbjBMSEkvMDACEH3RaYRSbZ6bt3AmVaV6Op8rL724Y4i4Iq843+C5XpgfMiJS3oFdoFQ4JbrP7r1pISaX25Z/24O79Mcw6BOly+SvwgzdY72nyThgcKTYcFobaB2airL1AmlM8uZnpYbMw56A16ubp8X4+9y/URl6TufZ4TbIh8kJAjeJ3a2Rnjlu1XvcXf8PZA/dspFdlTgOYhspk2wWUGHvcC9JVUuCtOzlJIy4V5jjmdZReHyNNqvsbbTYKx01AneW7jH91DIkkNR487izHjAmPPj9NZ9Pco+CgmwGIiU6IKweNiRWfv7XAaMGCi8c9GxSr8lr5pj2v1GtRvzpoKd9g+dCRPJDlfwJsKagU89gcrir7+QR9frJSP32r0M/B5cV+jhezHot9f4X9e99DWS5CsF3/NMdmwVGXynSSQ9NsRd1o6e7sP29ma1T6fwbIgx01z8KLqcD9EhPMQqLnFp4g7o+aybGgYgbLfSPTFIuoZtM8mDCj4S76dyl5rpshJkmC1TdSj3WT5RNp6NQ8fvTTm09FQ2t0TBpNM3g90rnr13XS4S2eoa71uDjm15bj0l3jx/PsX3mNcw2gHsYoU0ROkQeLtBzfwTaF6AKmGNwvIIM6HcI5UnyDQ/viXiYLtQuLw0FehsK6gU0fRp6FlkRaNXshLofH2UaNTbsslnT7yFHct9l2MqzpYhEmTkvx2XrbqBAySi8txJmi09j8aNR25YUT9XcWohpHssXEtkFYHHogzR6Fo9DDjn2eq5Hfe4cGkGtzpfw6pwn9I2pDIztMQHB1u/xP6Z8t3ZoPPE4CEPLQH1t2gwo9hGgsHgy4nfOAtuFjLMVxt38pZm6FlSMsEfAIirEqAyi2uBmG+VZMLmTUWghMZriR6XEGlcGQ9++MhkmHJYF0xFakNlg2yo3d2JjO7HzNZilOZxfnMmvPO4i18qcWOXYpRJpPc7hT6QxtaSW5NU/pJbyuVAiTepdoNit1pifcTDgk7vEHkobsBUYV7KU/iPkLBQSrVv+ox1N3NqurnTOPXFVI91lT/Hh3u9v//NxDVQpF7b5p8xrTDG3nS+Rku4+a7rnc7WhxDGeU7SQvxi5baQ6luVyMD0JeCKgbiWSCchDTQefCjtuj4Pyp5nxWkcZOoFViroDuIJbjJZ1zHrGRGjtYhve99TDNcGWPdRCS3NoXLttJHLKC3TtFS4hLpuvSGZN2PNZmLBckghiQasV1NlnuseXhbXdfjQakLZq5jczE4hBC3lI5W8HqkrD/Si8od/M56LLPM3dAW3WPgzUhR9f2pOVbZQo/NKuLBBx3V6AXZEGXQGXHnxAvuCbPEIkWCb9ulO5zjE/IQsP3NADKDzhjqCNUEV9S89TQ4DFohH6gujXyAtBBwDZ2Ou0ahjzXclCy8lDRqthXu3oRODhO05l0H6ZtyLQlO15UJeWNm44uQqOGmL6otWb/mdn1gh4qNSInPWeABZ12lFziZD4l4ahsP4rmqzdEFoMugdwZSgeH/Ou0XCWrkZWdkxT+NBvB59KIf3yyUHPS+S0n1XWhfXL8KwhVCGU8LOUbjRqjRengGDJmHHR4AfMuxH/HBCY9V7g0Rhdz+igF+60/TOa2wn264Pul6SsJ/dRkT/qT/SQ6EmCH/uFtPxcowY3sx5fLZO9be6n+zGRfwmd1xI1cTlz5oWkm2Ll64MsULxpkNFlMtELfqNlTB17kniJz+pdusRbV4MrPWnAKMAYpONNftScPyEAQR6I85z2m6SytNz1O4QnWCeQPvC1adw3Yha+cin+VH87DdD6G0MTQQqkGcME3M3B4hYIBVkTnxjknthpLDj6nWeNAxtU4hyQsJ9qeKSoFFdiAseZKTjWMR3k/WGDpy+QwD1BA4lWowCYSJ9KfTP2oODYazmxyBM8k6kVFZi+i1AdAfLYSzfrSgV39uhwi0gw7fV1AF3gM1Dakz8KbOh78ybya5ggGC+D4YBLnHn7zxdQDOFTx8EeHceRioKC4MGwS0CfaTGKjvkOhiXMvpT+6+/97E5OOtGlPHOvoTIc0wCCZu12wY7nq+/fizu759Na8ifmzpKQa9c0rvz2E1PxY4poz1zDunvKTpqOiEb9RteSOYXE1VKKJZMccJmM2lb2DQs7LSBRhwgVBRRNS3dvz1Pugpv+sr181HltslPWNiD9Qf3eFLbWfoNARSxxQcxG1LQTeuVjMF0UAXrOXQetoBTrvOnggZ3/L4gvI8SChQfwwYMQDJWoO6q2c0rDFA+gcm+WjLgWkDyQNgy35ByuA30Je3U22aVlBK9W1xDWF1lRMM+WJDmY9qkNOEgy8gMvwLMCN0OiD+TH0G1OMgHqhWRXtipwvwdAhkszN1v8sAd/nefIU5zfNaV/vwN6QnDJOXloMq5Uxt9pTGwpNr9YQfL59c8b+2lxDD/uRdTlBh41cK5fv0kk/7sS95iAo4eBCxov1FBJG5Dj2+rO46Q7UMAQ60GhsHyo4YdFmPq8uDMR2ZU0QKaw7c7x9qIoXMGqKEfBRQH/d7fjn8oYzsQkgDbKgFwN1VOGhUuYm1ppulPNx+UpmqgsZ8/aq9mTXWmNFHBTFPLRklExHUUVAJ7BClEz2NyLYD1nSbUi/+h6DJ1RSgTuYyCIXKzNUCZU/9czfHVjYbMUetWLVjpIGJ0LpEDgixzqT65TttybbeqkdZlumJWierm1nzUNqg9z6S9ssf5tlOH4J8yzIwuP9d8JkJqnad8S1xnvThntMw/JGRnVcZMNGgYpuRsd2MPm7GuxreJ3bJ4PBxcjobPG6ERnGqjLg993w6AimIjT9vCoGIATdjkoDSHKhzMObeF0QFIhKBWK3l9JXmE72bf6Ai4DsavmTEmIlreGXc2gDHnGvRGGV+zatWFAyNYRFRO6U/5iTwdxAqnYUswYfZyaggYDCoXC89VSJiMQswFRWyT82+JxYtNt2q6j9coIUwDqHNaRB/pxV4sgph82McApX7aw1y0bwZD7H+qUl1TK3O2VgjNGkWBRRMopyXOHtfIJlUoJq/eahkoi3J/6ZjCdX2ik/klM8f/gnyGqbGT9VZ8DsqRQ7Q+1G/O+9MplOhEOJaRhW2vK7L3bkxuAAoGnqwQEY7ZN5XKM//vhjO3EHg0O8X7Ow/f9yIPJIjCUfftVKYCvqyKYIUauZZ/4I/kpLifBuXcJ1vRoKs88PY/0Q8776yj74tLcIIO/egCnlL7x+lMd41dZpRem39WO1XnjEyJIPcO85Qwt6jKyXBKkDyenicaguNblLOxyydqG5PqZFY7ush+B9A+96jU1vZadj+Ovh+dNHs7V6P0VpM5Oh/SVMQUu+HGjQ+cJWd8g839rCNuMVPmyifT1I76/PG0IVFDfuW4FdJEh77NEiCA6PQOhQ454HrEcYbcqiFCCza3kO4kQK1Uir6d74Q+99NXvEADiny6mbq4ZkT5Pgkd353o6Z688XhzPf15ROQdXspwaqbCIB6rHNUmLdwfS6CPpu8ji6gWYSilMuGAFmQpTGfcSVXUU8JN8U1cx2P4yRaYJ9uqsCBDpMy9x8lKprlZ8+vzSfZQFUMSgjrlwXS0O4wiRnM4w9OhvKp0HVAegYpa7blnUVnG1gsmaBI8ItEqyaNti2z0Jp49/X7vkqu9Swt2xanma5b8EVVIwPnJa+n52poMqjY9XPz0dM653xpq3C5QKto12a30VW/V05or9gOmfTt72WsuvHghrcBhBTs+O+SAKm8qzxDspL8/OzKDV35pdVuz1XxfqJd+Xf+RHV54OB3cO1w+my9dtP50/cBokPGE1F5SSfi/i1Y2Xfn7AhRSilldN58hspBslKvnnjvu4HZdbHKQTp1lKbWp4eFdH8D0mQZHmN0QKC/V6+DeiEhssr1u10wu2V+9IXgf5Ts8VZagGlDYxp/zhNS6oYR8pfJexb5Osz/Z1EhFE5ZBdtoNdLEaGrq8N1JLUd3EUvWRCUS37UM67ZvjwsIhPmtiVuyvnDbC6laHs/8LrkVIurbQCPqYIps6uK9pU664dDBAcnLrM9YhF2911Jn6gkUFr/D+iIcAtmqhvmaNHGex0lXRYWkDbk9GGXA5fEnnvcS3IypBrmc/tUOroSNQDgY7lj4XvEP5TivIOI/eb3ABzwE4Ikwvh85NDe/uN0t+bBQchgueCzhcxZ77Im5ROXdX1Yd3Nz/1TErNRn0HO6fvKy6lBQtYLPi8cvK5dcrn7vVQLtVc9xoxoT06/B3LXhTmHG/PdopOzvZ3HNN4G2rNtUEQwrmYDPhY0B3F2mR1uRpdeTkxIKunJFsVSOxza+q4jCM7rUERSlyCyUV1FgylExYJd4kvSIc9LyTM+6CMtnFUzWvkaY0XwYz0x3YVb7rMvQiViYfKu3Fne8fvmG3tr32Y6u9ruy8B1XxcUSQJCLT/Dso4meBjg6HJkxNTy0kR27BCtJPP6atc3jnBLhGFry+bHZ+ZCZanwdR0pF6Uqh7D2eSZYaDE6YbgfvwJUnLLWDSG9lEykL2jv6UEzyRMdMf8pDhc3e+hZmTjITnImRk4UznZWGaoOpAQmSPOjMAik3BT9H9VC65b3A7hYGhTkVkb0HEWc6JfG2gO2UV/4066Bh4M9y6jAbDtkOOQ5eYGbr1h/6aPwZ0/5iz2JoVYvBqP2MFy3qCur/ef502jzWxX06/QOIUdkD8AVHNwJkLIaxJ+heG7TxfeDMLGteNt8GVDAH9Ysxg9NZWd7Z+yNGFdxkBP6ga1ZDeIQEF0z2hou6EY+9cIDVk0jWdQS1HqvOX+nJc+sJWtpku4KGqRd8NpS8oGpdc35CWBSmk6IAAOf7/gSLVafgAmNbAB48SOJd5H5rL4q3SgQe7P/xRjKbc9YY56D1sZWXIVvykqJyHhpGX2ZIE4b5LtCSHreYRMboC6y9BL73nPKnHlhkQ7f2D0y43K7j0/Nz3sD3v6lAJ8ViDGy2cRVJPGs/2mPwzd421pQ9/LpMpIZ/4hO6fW6Ez59vY1jvjAh7iJ1I6cu6i+nEFJE8RGt/DF3l8ptLHINH9T7oEii4xZDi8iGh4TX/bl++sSdW2zKCBu0not4QR79uDsjoSKib5AS31X89NlP8Z98yIdREm9p4104bWTFWXCdtu9wvnVTR/QOa5yfiaudbaUfnrw2wnTfUST+73kmB5RI8p/JBy5DJKilRWXGqAdoCLDI/xVfcC6qJqHMVL9qSEbaW1Bzdsc2tbnl5ehoTlzI5TZXg4q+uToCCHtvFXMyzHSyH+ZUgzEYcmmYu/DyJpSbB7O+npTlsWfdnrZBNS46ZYcmJbYLMQFH66U3sfalmc2KlVF1mE1+5R73m0pX4vkds1Y4AzTtSwxGui8Fdb3eq20M5dQm1dqoga+vlXwSk9hbg7K+zuBTNf6ejexKY+8s+3CIsPFn21HArskECuUQWG9YkNY4Qa8NdsGbQPNfq1Hr6S3fwq/ZRx7am9fRxgeHLJ9T//KtY6efu8Ubb+ZLucbDfjK4PP5sP79vN/DN8aDninfRG/JC/IZEALQbPNgbAuFx4kK1jVC2cb5qOR2Zi8Be2sbGaVwH8Uju2GnTG82VucbfDMwRstfgX8NBRe+AVgI/5J/ZAkD6LdxmH2+leSaqmoDgqEAGA4F9ghLwge4KzS1VbuZuiS3ONi539sunn7od5i79UnmCOf/2e/hMpXV+nr2h5E8GbAJT+iuQgw+DHDT5/ONWcs+aqqO3E9TBHE7C7eaPAlyFxVz8FJt8uAvfthVEaIFqC8rEsmezrDx4g29JfKMQARU1sM8m+A8jNjWENNu7fj7Y+MMT5y7lANp8/nsst7fNRCz1X9i0Np3zXxW8AmuF2LxL4HknOu43hR3uzH1H4GLDQwqXxiDD0dQQ4W4a9leIVD0uZxGdbPPZXUbwLhnXt/u5TO+H4TbBQmoLABsCToi50cyQOZt2ygpgvXRppL4F5RcTC/Rl8eF9mUiUTx+/q2LzGYwH3fCqnf8tq87GSzz/b3Zq2ICyWBzvvS2cRmu3iHbQguMQuQJdU2qBatEVFngzcjOPvzljLiwIwGGtdB8lZ1ztG4jc1I0NpzIQ2kxCsMBvKcJcHtmIBLWZjnR4QD3PWCZajw9YnzFgfuKsVok7kPsoC9jLGCc67MUaPBAwyqgwEFrjKu6wzfTjcyj8GaXw3EjCSlyxiYjDFF7HOYA8uQmrXsQMkxbG3lqjFMWqbbIzRRGPMxhYjNa+YWtcHCN/C6M3PJ0Xyueef2H4ic/a0onCtqVdAXP1FAfMafZ9Ly0D8wkYYId7nvxqHCNIxMAKStdEzLw4f/at/fXZQenSpxlO2zCogYaavFXzKkDgRDMt+P5xfuHQsTjHX4CqSvCTIirt7mc80VgBWGRLlwtrI3EWSkJzc18ET+EsHyjJkrjCLy4D/Xm1/eQHKVkDi9F+jxCV3VD7RudzStYYozR3A+3wtaHnVeELPBXkf0PHTOHL/1OAHAed0ZESwPvftX4T5DgUf9LHo22h+9KmPDBdzPewON+9DxwlPRAufzAYN53FAAtUsRkpbbHC/eQsMrJo1yw3g4hzlXTpKMh2vz2KUTNZIhuSNbrURHSVDFgzNu8OMxaAInSRUm7VuvWDVYxTzkrK6ZDlbnADBw+KSvbhX4I5nBSWQ4kLb0gYCzxq5JbjrZkI5pJFQc9ZiNHU/SrPcwhMLXqQadOUIfncHwEXrftUotaAHhkHTyCTAPRBxR4vLH8MB8zFv4yNkqRglBmAjLRRLqUMo2iJ2beQgOaiFmbCh1i6ugTS0tlQFX1VCIVpT4N20E+zQ2l5WtgSRLR96rTYD4nJmAO90kpZrr7SIGKI76NHHTA8dzjN9QW0wotb2KYMmGsjULYOqKpj7uAHSWpNMmkwJ/dbc/wM5BP803mY00wDYqDXbHeSNRl3W5iXpeEgsa30b0RdMzU0/YDSt7dqPZYLCFu53kAf0sJIKkmlmnUGFxHuLZ+0x03tnjWMxZTypo5CWe1tgz0x0ocsg0KYls0Lt7jawoUZVTrToxeaiLmIWgpsliioXf7Q/uF3j3r2BNMNb1MEgs9SxNDfW5dmPwRTrBmeMXjHjalSDioW5DQe7JYNwwM+zEe43mJqLRArrMOuuLWtL6pzCm0ANQMJuPzaoczePCdEaj4uxLbZTPv0G9t2rcFimwTS4gYC87nt5rlJayjVguQ4YvFNK8SK84bigvI+TU3KtWbmjV3yRt5MYv8Htf8XoFW7CFnC3LnPug4C+trgUOLRYwQw1dMAD3GhFOAJwBHW/YYLIqQeX/YajWaT5s6XqQupa+4qvVYI922A8Qrt22UF9z94wIDCde2mudL1HeRwjeWopEeLnofgVvqekkBoydzEWk0jLwWWSDZI9DcJWW3MNexAHLtH1UzydVIC6HI3UU81LJVeJh5YNKumLcG9gMGqM/1SzzDzeI2O1zqZL9xJdzV80AMHbIhp3aK2zzMl3FbO6Jr7QFXNbhuG2QShx65QGMGSYRKcqEwA2l3csULIjh8tjrnrF/PWmQbR8O6xGBSGZ/FQx5tZNh25ZF7Yj6CUTaO4cradMqGlBEMsb7CkdwsdhTgzcvPfvcVU3xKyYVYF8jqsFjGsPhd/acgzzxvIt/ma/0BWQsqmUXeCHzaN/qw0hxa/vTvnXvx0rw5UH4/mDPFNMc3BPpUWQ1t59ieGXWJyLprBq7t1LTDfQMkAiQGh6T/yPH603yb6VQIFRbM/rAif8OLJOWDeOSCIjn4Cr9Q5Elid+asQLIo98qp+ayUoJDLoSpeOQhiad1LhLYRp4XVbfz1PIHKVpGnspgCGRwrb52k3bfSlxOy7Nad56qiiVpqlqz+VtIqeh4bZMaoISpGJxQeoGGoRZ+I4disciQ0g7H+hhen3O5TB8Ic8FZUgFhLq+y350H+UUUURqhgSm/JB7YJVl2SjeMxu7G2f6TadnIUdahnWkgCqPnpNfeJhaAJKW5iBHfX/ItqjSjXAkdcNI3ruM7ytcDe4kvqNkxoRXmp3mAc+NaZwdyCE7xlwuO8eRP9TftHrH22NJ7Pb5cr0qyv6RsdxvsRLRkbChHb4d8JA95xGRaA9jgH1YCf7UMwMi/9z95FhIiLbAUO+cD40uSuyW5d+FqwWNwYAdMVuCJJxR0rgFlLiPuJL0li4J95iJvGgNezEnCuSJVQgabtugBR4lpkaYxYanBoBUZMeqhotY23H2yxEA1iI5Fv+cZonusJbgglu9r6v21JEuwYC8JvTgiw7/GsoUTFzEYc8DFGPubEwAQkb2qExEAmaMyM3IGyNx9hhNRME0ymoezy5RjuoRm4iHQPupXJKlbtQdv9E3COd8yuIkzokc4xTNKZgA+nRZ8mpkWp9G5Qt6Au8ky/CjJcjjjkiv3oE9wZ3vCSTKJ2HlxetlCP3ETtgfM3YAMN0LQJ2kqz4B4RAL6DYfHBB6JCTIcNVfAEgQGaDKAweYOwECrqkvQZiJOAGzgwo4BuGCIPYz4PyAqAFPccChgcmCh88i5xmgvOOH5F/et4ea+u6bUgzsnh19L0G42vvvg5iuBzY6BPxSZ9rEr8UN6fyp9UkbiQZSI+qmaZqhbZauOU5tom+eoYXBjrvu4cthGomTF7Ty4uSbvDTphkPr8spom8wgD6unnbsvO7xZZP6ieTjZCOPvDe+574GHHnnsyfenGxMfIT49fzTv625XOkL3lXPex888DImZyMg/B/YBUfEBoqw5bUREIALGIG22GZyHdwlNqKSUKhoMjoFzWeIhpqXIPPzsb7APgp6bKB4cL0QC/G2IM0FKHFIvj749k38qitAeElMzcz3/eojv+zIOz6P1hi/vk1kvv8XJwtLKmnYue/m8fvni20uvxnf8Oo6mPkDTLxPuASWKE6QIHdsTqGf6nMnD/+BKWT7SLXLXgLKU94DmnXqkO3cAP4dfTGS7yZueT9C2jXnWM5MMKScQEnLW1D5fzKLwZenChYbJyjUdKm8kP+KYXN45eGHYczwMh9bbuVpcZlR9NY3LN8+r4DcH5OgjlYyvFKUyHmglMo3lJVgKYeDjgsazRYvb7BaR8vblLmBqHkOJRM+m0lX/fcw0pSqSyTVcaBLJAo0EC0oymblBTtqOxhzBjc5SqSkKaDBiGYhOIZIuCYYuciMpMgmKTiKpFoDOWuXkYU1HAIcw6Btt7HkoJVyMaq5CqsMADstUKjZwpnO4IF4slgkeKiMoEYxO2YwhhTNADseyFKgqFLAxJIePBc6PhKsTGM4fPlGa+VIlnF6N7F8SwTp4lTZFGQAlV7IqieiTj9CmIH187IypWaZK2disxIRoOzvNM3r7EgZtA5UOeHgoZCtrg+PfFTM3nO1MPgGA4iUa+vQO9SV19RX5Dzlp7PMN5b3Iqf70Hpoq7BwF7AAe+g8uWn5RbfpaBZiH1+kFo5o4qAuXBlxuQuROjBZy6emECm7lFEb6RS7GjMmUMbLyhQGWtbvvrqgDBWrLrvi6XrKdksy0BF1mC4UuK7+/Yg/OvGs+rSuz/6J/QrEH8riG62zFk9s/dTg2hMpWnn7fLXEaUIjmr1PJXXGpgzr+yk4Brl1GVAKo8PlLDnqfTpWL+dNrkWFf/U0Iqn4kAf8BAQ3wBFKXKkcSwPqIJ5+ocs8cc7jocCLQ4y4sFdlGSQRGpKezXvnDhpL3HYUhf/53nfZy8h6MuFDBPbhV+9fGK1Q8IPkE43Vdhql3eST8m0kxeVWv82uYLtkXT/pyACMvKLlkTA/0jru0kDnnyn33DORumOvqZ5l7DIE9eutPnsHRxsnJF0B6vfO1uzLi3TLYs8okv78EMsWRbXq0ivd8Vuv0Vx+Rp0/ihArpYaLm/P1ADSy93Bdekaco0LcotUaf7dHnD62vx0JtiaqPx4+tsPQonb6R+5cHrQS61hlySFlUv4FrbbfaF3VRQR8U+6OyLd350YQbyxuB3cIZAsl6LRefqJN7KGSNGop8Yr4cIYlB925lhZd6vOl8HFZdPHGhL4++1+2QpzXyeKMfcx5shMnUa8i2wL8osyzZoNhOfKABUpsfEstNjmzZh1kLfR1ocnYBkckVGg+WCdrPzU6zNeFd+OHHuZi+SN0+QAX9lrwcm077UHUnGlsmpspfuyr/a3Zp7dhcVLPRavzWLnhTnrPDxW+gYGnFiCG3lzqhxyeuJXdzU8jlVJSc4q28zNgkrD3caunEgPfXb7GpdtinJ9Z5vBdFJuPsqLdOaoKz2pX2KpV3vO7iuLCiDfE8ffDI212t4waN7/Gj+txvh0MKPx5gw/o0vJdQTmWhpz8WrjwrTHviwJCRe7tTC6VnOZlev4Juzj2baI9xJfuvn7ngcstYPEMFr+yLfuQybMwUDxX3r98EJR9CxBIXKgDUdiqhnEO7FqodR7fhduhTZ/42y/pcOlz47/cNjvoICbhRnGAQBUqq3B4ilNoIfisioDMGIuItjmbBoJnhtFYa2KdUfL+DBEfT91R+rwhPv+Q++19pjKScNXQeLEsxY5AGfoCtQf8eHCQcU4QICiTBIBJfFk0axPm0O8EwQnJvaKO8jJJjgkGEKs0QQRx3eSBJGVpQjIho9BUtp2FdYIOIlhhpwMi3B44CmIhG97+8iDzkCgYJA3SZqACU0lFUY9FaZqERISdYqjH1oiqoG+X8TZiia89w93qxlXfoyh9gP1wphLEqS4Yw0270Qnl8X+2ERuMag5y1n1MbI+H9SSTHPYiy7BGtslCeOlGhSfTPsMglaUMnuh3FCVcjojrRAtZGFEzbEYsJsGarCP4V1MAJB4ywDNwjEOEWhgo2W95aJqGhlL5V01CSNmoBXU8utUXR6roEQ2obEdEZuVKAQRoNx5O+hWmFdOZgBe7hM2LApEjDsUQR0+PuCXJ5UGYtkIrRfvtwFPC+7qDVcQm2DMm/NIrxsOsFkJg8jTLOAwFv4hDk0+noRKhoiJHo7ZPePRifCnp2GJZb1J9iNkg6ZsrIgkJ7WcORmGcNkP5Ckggx6tY1GHmMKNGI8BQEksCEApjAJACl6N1oBt1fFfYz8syeDGTl6D6xVKDsHCMjwmYLjRu6UEKVFCRt+McMOmMB6/6Wc3sOOrqfMmBrhJiEJiuhcXkZIzyaklLhWDIPdix/RFC92WanQIpY1cDlNVcxxd2edFEzZoVURsGn7+Va7Ry21DQ3mWObk3IloQntwQc78RHeQ3LbIINVmJIvufSQuss75c98UhBOA+M4O75Noof0TM57vt8RvjN4fe364ao8F6H2qAZq+6FF16cL/b4u4dsDUAzCQUO+MorN/6Sx8npcKCzveAQukuKtG8Q4NFJRkkmRRAQlAVvHDPRFoReW7h98U5TJOHnJ3B5fP6qJ/nWrFLyTnJ49dTf5G1Wrgw0SPpjI4u7XCMMkvJfAbhL9jQomFXS0Vx2RCWkULNprGbD44I9BEwwLQmWXEq9WUJ7umGZeNGt4Pu0/oro2mLLfMB3rCSPyxxpB3AaCsihhv7GZRJmH6/KE+hSwn4x1sABK2ftleuzFsJ/TUAOz8UVCBbkaU0Fulx/EjZYaVQXwbFTxkh0RI0SkRJ1aEVcSONN/UW867PJC22VPif+dQt0tDKVwAyJwBtuSHAzMsLFzCAZKwhdAG94hSRxPnjgD8dA33F5CUfwreAeMh3HaeMKrtqykcVpUceirdJx5Wa+GhP+7+q8vGPY6wN3K0IK3owgmGFi7CkrshOIwM2ayUrivoFmbDE8NNuNn7XX6c336VwnHiGHZqv8Xfrp/ieNt4rBKiMpQYNqwS6mza1VN4qGZj9HQ8tfkMRgUNOXNi7+kfXhY23cKP2hDhlYfCy4+isXu8fjvg9adk3Gdql3S403IfHYJv9eULsrx1jU/ttf0+3C+hxaFzNR+mrFD0TZnsyv+e/iyuRb7aPFj4Yz9ogPW+/xle50rZstb81hlhm4Zg3H3/IDSXeF2WeJ1UzmyKI/3CCW+Xpmb2+/4XudgFPvORxyuK5s+zYvq5EK4ra14DO/qHaVwr55TAqiqcT8A8Yv4CqiqQxugrS5daFZvrsbQitd4wB1d8Ab39MS//boXjpf4Hz7RoTdvoUseXHk5H9ok/g2fzOgXFv4zamo47wgJ3gqn0LRxIuiOLTtBOz5eT2zPOgYm7iligaVnNloZKlwhJkyzQdyB0y/MjrF7TcBTWJMBeHXVCgUTyJk5zkJm0qRSzIWMZOqzkEchxlKOlTrWainVsJFlq4qdSioV7EUcZDhKY6U4CZmWxqeWRyPGWY5QHRe1XNVwk6VVRa6STAV3EQ8ZntJ0Rs0TDqAPmmI4sf3gSFz/VWXQ/6bU+6ntfxLXf2cp+slFxkmZP6iEFoV5udc0xkbkDEWLUsgq0zmsLJ6I1mDuAVzGFtJExungJk5/XJzGMk59Fw/9urjR4BT37YgjmDunqwJcZbUA+kuzSGqGE+rPMO55xWktqhLUfnhbnptLdSKP7n57KrTtJN3OB+dKWK3Z1TpuL3b3aCFrMcxO45hqy2Y7RJHyaN+6M6NzJk2d7VWSdGrLtbGvnrGdk+O3ZBusp7AHXeNcMRMq5VhZa5ea+37HXD8ervjy9vLx0moZuhj/a9idEyrag683oT1orIBDocfLIz0ddPZe2X1o/R7z41AKtFPUHoEsO/U1noERZ9XZ0v6BdLvVWEl4Yf5iN45YRhLMf2zpiGUkwY2Gr107YhlJMIZdOWIZSTAtu3TEMpJg7myxJxP2JrF5sAtHLCMJxrK5I5aRBOPYzBHLSILpWHLEMpJgnuzcEctIgunZ2Z5M2JvE5pdNHbGMJJgXaxyxjCSYgU0csYwkmJGNHbGMJJiJjRyxjCSYmdV7MmFvEpuFDR2xHLpF39y0cMGCtKNsBTamSqE1bSWyFCskFoxcKjND5ubITCaVMxYShdhSZEU7C61NlQIbypa0I+zxPJRU/4XpTrBpu/+3REDi5l82M2f8hx4I/I+HhhFHdwuq/cvT618UC/tzBmGfWMjb/1H1IuDFKnjbzfTUVWHmvWmhzpEobrG4HjCZ5dXOMngnad0MGOz4K9XDvxa+Jv/4Y+IbyQ1/pZho0uDlxCglW7waMUKyxqsUQ03m6DzxQZKga7mnRKOrxNsmCp0R/zb28Wz5j2IPz0q8bDzEk0Tn4h5PJTrEf3gw8aC4xaMSdxtf8CDRurjGQ4kW8RF3KxrEBm0nahuTC7ArDDSf8ZO/vICxkXTEeIBP8yS/vdHcyAYThQ0Z4LkbAuP0mwx9LNFsmd8wzRqxwVBhYTGAuacI+GTfph0fTgLdsSnUpmn1GCRw2QfUcGgQfHFf5rZPLqiyMWHZa0ef9oVOOhl88qcbcfwav7LYjm7tG9xJ4w9o5XJ7e/UqS/ncbl3/RX3fTrwxWjmtgJ+jZ9JKwr5KTu0K/Z+mteD+LZx//H56Hr7mlBXvdbenztBCGnez6FtGWnX1b0bxfnAZ6g/kfJTkAFt+keLXvLug8zO0imUyVF1NownlMXEtKaXXX/JHi9gPQsL3U902mMI9OKF53A0JOs5IQD408vvY65W+zxfSJ1jVYhF99FrCMHa3j/gEiu77eFX16lL5DgWfxRWt/fuGIKkGU7nNnNSTYyaIqkqmZdg0XQ1+mF/q/H1U/9jpEZNw1XU1C0DaJCdLtGI8AtFLqcOpcbqCWhgG1fW1p4PiJQsNZEp/bE9V4o0df+YdivhVpwAEVUME8XCkjxQG3KKJPJmchkLQ9JDhfRLhJ3bakAm2hksBQ8YS+Cz8gFOFrlY2IoNmJBNVA+ru9ReUGjWHa1HlJ1QZJROPgJU2oltWw4PjCUfwetbTiA2AAzBfjdZ5NTRbhnKVCYZFe1DIMnjk9vHXQLG95sEiK5W01fq8pVeqif6P5QwQF82Q+hxEFDyiqmpqZ4ssonaVaaPhSCiqbjfI5JjSjGQ7PDnXfGBKCFC6f0lTmnKLAZHQHqFRQBfiCdmzyeiUq4wnVQfgYNmu0bFpTJlmsXyl/XEscDEZGy1ZzqDtj2zkz2zkLCJiNpnbX8U+v4iTybytvZIYVVePXvB2zWZ040ra14wyk8w/c+5yNG74tYM73P4Pu3QFRz1H9DFqRRV7g8vKsqslr8rCDPDXN2uqwsLRk/epyJ6liiXRAflprMXR4qMcoxj1IPU3AFYKREWpgXpqU9NRpuKTq/je0USXYVJlcRCMc1VwWVdVoKwj/17GDBCh7r7cIdKY2LP9hbtKy/dIL3l1DBCVHW3ZmN7OAD38ZG9xqRDtgiX3q+tRcYm2i2g8FtS9Im9f5Qi+3Wt0Qx3TIpHmwYl3L9+589+4Gy1mCvt+3MTxMc9gFQrXmbZcKdMU576uY3mQhJIy+0n3WF2BhEIpOYJMQRUH66/+HI/tiAZZNNRa39TWvtyY2CKhwjbQzGVQd7lMNmOcWp1truDK50seESWtpVckzMBhZf8O9y9js1ZqpHxJhbbJy6e8/bDWvBdWldLJbY9jvqdRk2sk4Z5kzFBYN3g66x5UW+2KureWPg+LlLkMzEi75BUI6aKLUbX9OoAZ4XpzhYyU5mPGFZk+lXLVbXPhfZ9f1y8PD2O5yZS5sRShGN6tSzTGcNSUN3/ULQ5aXcygB8U62B3lEL+kYSZk+dbECJFim7wehj8bVX82bfNqYmBr4+3NUlt5zAjk2cYPaMGYdKN3UyF404dUo+xSB2+XQgm2ZlKNVTIquGP8f+1B/DBjlMwvEdafWATJ3FsFQzWPamVj5kupIfM7fwVV0ykrbmEXjuYIzZxWm7GNB5LsQu3VvvSgL+1ipLPJTM8HVy1Mm+WaImwQzy6fW3vM0WMhI2aY5qpGjLMcpDFnfkEu4ow1Qxz2oHxNCmTeVfcsxfmHDU+/2xFsNiaurjvy8CJEsKDHGQPVMW5IfT4DneU616F/ZQ9a8QpOO7u/1sGwjozGDC8aUlSDxVQ+BYYG12g1S3vaXGdiMSxKR7RPXt+iT2dTgY49HuL6eJIFOSaImj7CyOC9zak7MbLtFaUglVn1fO1jyQGWWM9OvNs5wzKugBYiIBqVn2RYEVxjNICLF+N03/Kzik+JeY+vHUNLpenRttKMFEJNmaWqjZrtK7ja5rlTAe9VZxpThAUVhtlF5qT7eZz1ou7vu36DXfKzcVmek6hwsVn3Lo5JZC1a23mn3Lzj4vMhfL7Srz9gleY+N+Dm5L7AHI7SF/dFEfejylEtokLcsn6K8Pc4cOa2HMHru5zKPMXpD4SVlPHc/Bzcp2xuSKV7/Px8+LUNP8/x9JxQPMfZbwfJT0Qn4uQZjeqv5zBzrCBv7LjTBUAbvnr4ajTPnJzr0gctXsGRQiSO+XCdDk8ca51/tmYef+tyHsqSBBvTGRvyKXf8S/6C0pBe0JGpodkzbfDWMAAHsDw/b/rvYT2sqhd347d9c3MWzfhESNvhvzBpvMjHxJktdNNtP8rkgJXlYpoVSSbf1OOaqk42C1eN0prrTB8zk4ysS7p/fCbzspm/7Sq/LFO0cBpn5ttq5OMgI2OjwS/9tya76JJu34K9zUijsjyiPLpYUgSw0A01RsXjKy9afZ/KqRHInuQssmABkC2eJQk2+zrN7klqLuBCICQUdDHyQ7+eJ60NaGw9+VoUoiwcCzVodEF6+w55x+WCxg0MySeoxAXbel3WpGyfI+KRWbzNExy/nEn/ANtqC1Eb/UYsM8mZNH7Z4/JjGE3ZneoTaVaYNK9t7durjTreyl99m86gIZf8XZf0FY2syggmN10GU+QE3km8GtTLxoSdxoJRlPeDDuGx9PTD8+drgpMGL6XkOfJHx5VOjftG6QJC17vzbuyLMvWY5epG7LKcniNq52QbqGvb5VaHXp90/FVtNN6zJrfLOyWSzvtMx8zelWeBXEEXUCe0RVRcKwlgGDLUxs627yTUcM1Aqqzb8MhMdVFPemHdQwJo9nMfE6911/u0Iaq5yQcNqusX75jwp9GvmHSN7sEUVJk5BCYDdkLRZvFuUFg4TRcoiufIAPOOhn0aGwO2cYWu0bHTqpdyVg/3ub+cgLFL25yaI3IPH0+EGL318R40lehlUzcgBG2NGAnm9t3IGEKwRVAVpsImCmfqZLEpCLPtC0IDjuVDg4YMNTFhNuCj2BLLM7c6RN8IjxOfnKrDS/IU6HJOL4KAosp1YZWPdA39tfgwkcdtZ35vMMe8k2QVWWNaw8grn1O8dg25vH8RPk4HbiwwmQHdfS2VcT6UZMSFMDxNylGb4Dh2GPmUbpkxQjJtjDcW2Nn0/FQUTWqmzOqhqsR6wND2qzPEdNSZT0c947U6d0RVPoFgQ0vF7enAW2Q2nxU1lrp7OgzivRvlirXQuIyLGR3PmDiZHawHWaK0KwJXRuYvA8+57Ggjyo46Mga1FCcBEd3cvbUJycjm3mjL5iXp5Q4f7FjygpdfjBjznMa9M9mNne4o9UOi3viv3Z139UPdlsUnDnUJWaiCSq4hBrZyVtZg44Y7pUr8L3GUCxys9XQ2A/qPE6yAWZ8i1NnEmZI6OHq4+3jJaRXARDz72/9aRholC0kB2Aqv1wJcyJBB4EXTruG12cF2sq+E9j6qvww3O6x3YNV10Ku7b8NCg52gFXRa7cBdN1FirYw02nHV/BJVPm6nEoK9H5WML+FySHdlR7qmUTdD+Kot/W3cZesbknfkJRm08Wsi2xkP7d0qzlKHSUEdzYe44EEPt+uVl05C9FJnViQBpzjMTLLLEr+inQUGmUx4coTdy/biXy+hFwIpVXhHv3WNNqOiIumsFZG72qqmLarUx81j3/zuLf2vL7TpnOaZq1ps6r7H+3QyK+k2/wm8Wp3BNyg1y7M++8YgoUFtZdL0+uiMoRlU+1xOzKOKjxZfkCdysZgKHeCcE3IidSAiHZ9xKZhFLvC67LRhO226ZnfmsDQ12KPoXkxkOPRGIueIp3F7VUHLjPmAcWDCkoNV+JTNgxDlkI0glxLPqyxNxgHIbADPLBsf3u624W9n+Lxvu3JQMMdsPOtqJEkvwpGaBF9k19UNCKTsSH0X/MOkts+dl2au5tQkP+oxdlzR+sre+VIo1On0m2RodKuwzhQawVH6+iqj444s4RBdXrkzX5jYWjAMPdV8zk1Suzju+h7x6LNR6D97yiyrt0kyDUqpft6OayOJhfKMX1JzxhvxA+IPC6DmGbMwwJMaMYnrVmSTEZogfmPYjHmU099fquE6qgWgx5/fcSeGKXwfpPrapowjB3l7TBeBxIPD5uJ3m1xgPccdF6AZD2yofRdN5NjcIMwx00nIPeWXaAWJZsIZ6yO0MNGIrrs6gQl1qj9rs9gIfUgJX4NUXyIKPhisZVVPCYaPU+wkjAbo8MuwjRiWOP64AEs2RFGDLnR8bLQNYw/Dm2sjE90LAmYw2X+roJumxUkimx1HKD8v4oP/tataMB2/D3BXTz6ieMTOwEGHd1yalVq3xc3xxgXgaqui8yy+zxrvPB0E/UqbbfKeYJUDttuUFsfSix2k1ZY1z1CPnk4W29tlKj7zq4rv8qzz7FfZ6OLDcqL0mxX0ajEDtfQzjAAqcOv2ZK4kUM41OErVixuZqHx6nzkZSC7GFse6FiKc82B8P818uKFxjgVxGjEzN5PAsYAX6gvsZh0ap5iZpUVLZKOirqnpwP60AgH6UQPtnPoXNwC2TQ+PL9xC5hpB1fG6tIl79Vhfkjej7jX9zO+GqR8M1cYl6JOKdFVLhuEHulYoKyPn6SFUjW2eICjg/1s4pac7dIBqt7Ka88uf7aMNmqktHbKte9OLQB/5cuDzI8cE3ITQYHiuR1AJR04q/PxIWfLKs0FUqTOjNhMDrLJOdMWfjEvio0Mby4Ne+MG4Gz81tqnypJTxarwSL43daoiVC1gVok7Znp9yhcbdxCv0d4hAAcpuV1Tmjyjgu60Y/Z26Uyd6I0QKUI+P9M+E04SQob3CW8Btb7lnWv0mXxTOti/PvUVoPJe5QX456eqlC2STriISvRY5Chn7p+6yeShP9PmuAyicDg+scNHGo2XAXolbHHQiT+jhhiqhveSTvWcbmSzyiAxHDjY6y4g9AcmZRPaoTQg0dG5KJPjUzpIjVr8OVJwcKNAVvly4ZzC6a96S0vEunk8b06RDcLXZ6uNLtzk13Y2XTBw32Ef1W9ntvCgPPXSDzTCF0PTQX+AuDXSOyieulnn5tSa1pKWAHYiRvqHP+MAqg2C78v/60pSvLFOnA2mKJ9ojG0aC0SU0vv5FSxpmqi99SyrbhPrCyfFGBM+FdpfRNH/x29l6ZrF84t58uC0vx6ST46rQ63o+pQ8LilFNO55tPCPyyDo4dv+weE2Rum/FeOqQIaYB2V90GvScOiPLN2aH9YN0z8vpAYnl25WChP7X/BKJsDPV18kysid9y3JO1Zxxgk2e8TacrJRv0EVV6YWI3J1Iq0Liasll9lWvazlRFbUhyY8AbNQInioEj96i/wh8UBk14rnpL+EcCMdpst29pnCdAKA3pAb7iwBwCiCYKn8SPPTZihPjPtHg6OClMiuR060B0pXjNk6WcvRrr1DJyYROd7nUGwEq35hRHfcrMxdQlKBLhR/ss03huPa1kCkEcKtSl/gvcbN0g37Qy15OWo1NUzb9d9z4Vyy6l9nIv4vdWUMWR1xllD2CKw6gUzII7oTvJLA/YXYi1DoJ/P3QVqO0OeR9UyE5woGEHZ703IE5fhSOdBaZ/2nrWR44sSa2JkJSIIDnC8nNG38mSx2Ge6KvMfCyXv2/WZQiDXL8xOQGGR13dcLk3NwjMZ7Zozz7Ajs9U54LYPqrv+2NZpTCza8ptK4ReuA1uAFUc28lzgz40B5nzllHD9diEXO7/NzRGjEvUOZs+WycrD6O24Y9qSSxSHerqwrHqY1p5GN17BcpJZFIe7sBthxkG3uUWQg0hbyM8AvdXeELws76Xm9kQD6xB2pyhLY+1hjc7iV6d4sWBQ2LmB0dmYoPhz8dk53KJ/uGbWSOIrdowJqDjcxyyR7IQRIXuUEeqYrt2sbVMmM3YHKUSIaeE0A7/UNmhKP738Zk1W1jwlQwvdYhXyQiGdHE4J0whsD8xLQjlxR4Gw5QrI60Ui4b9wVEdi3zt8hyoJTcC7TDKsodlDuHaAAySYOGcsm1MBnb+UF9iKw//APIfwuX1xSFrk5QQ4acBXk2LaltPAz/rxSoG3ZBQeVcFdZLl/F3Nqr+Ry3zMvY6Tq+pruLHJDy8TVvOfJtPHJa+vD+TXNJGQG8NyD1zt+q/kyWXv++JkBSJ4LBLJX8ds7XKukXM+yq+04Ep0hOkxl3TPHj3VfBZ87xT5AlJ0FUypQZhmvmmvDgs6bj7uSC5pMBEVd8Ok9tz5/2epHxsLVOkQTjsUpGsg7hZ8uB/GKfok90nKTyFw9IieXqKK6EoU5btrsVM2efsrEOr0QJdCi9a4cb6mkjbm6kyo6ehCXU8YEHrpuWOumeXSHsuouufBS/JbcAP3KF6Ty3d0b9adVfLSavw7EBCbtuKcVN06qAwWWecwIfGxg33iEzSRsR/zs7IA923W0tTaAJTf8tAxaaz8dsqK/efcZbsKPL2vUeHGRWb1sarVVTuHWzkTCK/D8DhxGGwmTNlRA/wf3OFKGJUQHbCGwLIGtNleh1a0Uf/2MNUYCdl60cGFrw8clwDu3B+uh7sVAuZmPijSXQYSt2Ubdh4tkzZDrycTOQF5e0+YXeVz0ZvuWSv48zFTOT59kfgjiP8dKmG70XIRAWRHmlCn7DQ0yryAPkmgOe2f01BSzswmEwCsh5ZRMS6Lv7EpKeq33fz0mrWdTppOXkVaZnNadI15RArodkAdUOvEkuP9k58TtjkkxPkPerIWEKs0NLgtAZ/LlU0Ab8lqWiCDexwNSNN7zvYRNQ99mCFl6z5xNSc3PXSOw9PAezm52G5zl9PMI6CM4dgEwl9mamc2oUrc1B5mgmjD3edJvgWvOFnvBPJB8rHvz5dvqQ1G4Bi4Ez3WgV27mxhs5B84qb3qC1FrB/VoxnFMJgZY52akvC9daINJIaplNGKVwU1FGTYZOFjf+7EyDw00Y3wjm4yHydDoRwTYcfge2trwJU3wF67i0UB6LROFYyrl2pUqne6wu4vjRYwIXtVXGSUjfbejiIzRM/nd9FlNgJYY22462rurLVl/FN/N2gcTsWHoSGsKYKfPqBH88XVWNQQfUYbwbTtZB9r4EpbNMeiskmH1SWi9bxhZ56w9pQj6B4c0C2b/bXr5g+G5u06qS6B5vmmyD8PkkbWLuem97OtYgPL0LNSd6hTD3h7tdx5WOCFG1U+xZ8/Nq7z3BkIEpczwpCqClvaTmeqrfiNB5xSuvoqh6FN5ptl5jkz+vTO2/LQcGianb0s2PiebBmAuuxxmg/5ZzwsXToPun5UVKvT8cH+x8KHI8IqG/IpqiQys8v5Qcyl0DxQc9bovsZ5vcbwoxJS2tmNa5JmZy/Ls/M91nFTsOkrS4f0XnxDaxGRLPpRi09MHkkkVbh4KdTnVCTlIyWuvuiE4tKLbEUr3c1p8rSCO2TLKtzBblNCp05vBwdDXg3TJnNcUaCWt+eyd6WrfOKUJ4lQ9IVzzLb8BsCgfjmaO5Vw0Rb6eQUSjWaycvWjhAnfQ/NIKm0hY5VkC/my6ZSHSmkgmaoQ2xQO3xaLR4q37bZUrxxHV/s9dDDMUmMJ3w6/l1DX/Qwb3BrvKZMeXLtfcZtmJ5PULOR4SmfZZbkJrGy5ZTOCF9fuAlbgp6ekpsygGKytf2a8ceT0nP5juIO8ZdeLhd/Ntlv4XW276u5Y1udzzeT0529dTzQjRm/JQQY8sR1hQ0FtCgbNYxz65InKnjDvEvkcX+D+VZMPkRPYej4WHN2LrtR5Dum4UOo1S75MoojuGjxXQfy8d8fIEw2zGpoZ3bXD+CzJaqW/sB8FjXa5A/3dnYzgobG9z2omqrQE2EqthpeIPO5eoW+6fnp22CeJ9tmOHBXi3q11L4ExCKo2X7SqEonPJF/F4chRcKodRSc8R44VgitSfvMXuBkhcnzJpMyJFQLxr77PXQYlZQgZ741fGmVwOGmV0o82EPWoIf0KL437OriVdfcyCV+79J+wzwG6O/lRSOSVIseJZbg+8B6LmRdg9tvYj8ZmkfEk2pdB63JQvKRH50Kx61Pe5PGNntR1ssr8TD2WXbBOppZR1ghGeAE/WnbRLUBu4etMCUoWN2+h05WNr6wDHoiB3ZmwKTOPgmbswjHVypTaG+YamqfRToDg/zWe+CzFSJSTJaDbRElkeJro3RLmeIlXRsW4KhPSP9cO0057na6bnNdG6JE/9ONgXkJnRPAcTKFrw5S8Bca+4M8cxuoO5mbjkzFJnbSt6aRXB0p7+NONYw1VKwH0ycrtoXdYr5NqPytCzpkggNTTal7EjfEX1G3ZngpAGElzbi1hJizRJ0TGcHoRIQkzySWqhKg0sDN33VyM3AtfXaUut199rnJ+rKtsYWeOm1enbk2XZa87nrBRMCGv5dPwhFRQIY8Pdr/xX2cVAVG4R8iIOVXQxOLVHblumdoH2Il9SNOPrZ3KftIPi4gGqfH2XoEIqXc0vt6tRxcWfR8vfDn3aFAws8bY28U5Mktbrcv07pZaZWlPMS8j51/tCNgUIcUd71r4JjgUBEaGtN6H040yFNI8FYSpNJId06TU4lt6HRRbdLAYjuzXKJySEp9OLi0i1JLIB6ZqIS6ybDKlmWZ1qPR6/RmWBaDVKYu5Ox1cofuIOVTlav3wGChfAnbTjfemCTrNxolfhawlOYTdPLpaR+UsCSu+oNJtmS1Kw0m3Gknw8S9KrMKt+nrw+O7RLNHOkvztU1Vx5VE72A+oXTg65v0+1Ja5g7QhTF0QX5NlWZsNna/EO6pa6nqmrJbq1PIepjT3l0oilKzHdbQc3XV2I5p/5qBDgpz6SUlcfGzEZ9PA46XJRZjNZJdfN889XVdXrpXGsmrkysWZRfQA4YoX3LRKCXt00p4175X6G4U7PdcLNRNUvRrgJvM/KbYe5VRHH0vp0JUJdXIp1pnWV/n6oU7KPJ9/0913xJkWrhpjvdK0evnRI9cn9tcTcYu83yZZnOuWvubIVFD1+a4SZ55LeI/20I5OiFvaegMbaiDO5jxe3HxpG/eXQ+mP+JK8Hf7iCsgfRoGRQanANDNVRxpyAF0R+DTCuuCVtGc1gdSsXJfv9HaxYgDgPqXgtq8RhG2k86Q/XaBgnDqSd78Hi6msRBZD/IJsYzxKddXAe4GRMUOPbM3fLBCu9fZWw7u50QN2pwtQDfQphf8iZ/C4qSbKkK1sJPeAzhf2pMOWn/GcKoFrbkLAp820y1wx1MTEnR8qWZ+KrKU4XjVEJSRA7cf3eqZMfolMlhHSp3vpFRJsPHpcCWhOJ2pVpEMZHjYGaJK7vN8VtK8LHB6QYnMvfOZ8KKnM9urbxmaBLYoSQXLcKkQU/GpIrpRObVsZrcBE/QsK9uIgQ0Ho1c+zORqjp6Zhl7h2yWBKPpGlR7eaFw6DbPIfs7+9uXiGtuFIVSGzskeqnawsrys0wNYMwmCKl2xYvRNionEhQ3Aymwv/K6PVc5ZV1T1oQWb/1nVP6jtNjFgpldq0fVXI2tpeCiOMZie9fm5nh8KWNc+xqhjLXYbpPHxB+rrTrtQqIiXCoUaVBrZu2/qPj+7XetzRg1yvrU/wyaXbkrM4ZGXifPlWZ7lsvFdCDdBmJtfC7npyO6o9bbVFxQna8tLRbd+xH4/nz1eNWBqXCxSlXbbjZGr40FPb0oHLantT61GkdDefGYLLOt1u1UlvzlsMu27c6sv3ByQlEXsfocyqsW690gTH8YiRuVyXkvpG+BpvOkgM2KTrvJfKY4CwD5Kn7VaFNbkFO4Kz1UWVMZFxLJk9wgCl5MW6qb8uh2zzgXcjrhZ1nK65UmQtzR6FtjaYIbqguhCMW2/9wRdT7kHy1edIV2vgR0RiePEbhx77e5++UewXhB7ffnCXc4uG1Qj8yhH6TzSNaHXseGWT4r6/QK18tMG8uyWxDaWGlfxOtIJFMqs7Rt6wwZkuGnw/VmZ2VlsVpnnIivQH8fCmZwsvTpkNLNqgGxVi4R9I43UeQbRQodQF7jojlgaYoDtbujmcb1FCvdXLj9fK3Jk/9H1v9AKWrDtTy4Un14f6NoLU5UhAw48zUX2KlJTpol+sfbGNv4P9AXaVs8rJJUOTVR0RaUe9VXAqgAreozO8D67HTqdfp2nR5fEVr/AZCp3e+69uzxi8QPWMa+pKXThfpMQ0phIzXNVV11dst4PvyV79mcD1JWc47qGWi9LVi1pM03saOFg5fWPW4y6vnLOZ8uRPzVoav87sVEKqxLaPd/CAt2HGsdm/ZwoIi2eXn+LFAr6zU2XLM+90Yso67E6cJ39wZNXLCmJ7giQ8h3c7IgrFiw2Uihz+t2ePPJnoDf022KU7TYtGcKpe1iT1Ov/JyHlXCWP6qRDUed+uXbJSdjJBNf2qozmEePy0on/4WzQIYWCPoo0SS63B6PN8/8NILWF396y6VJbIPUYLoGoskPYVkUi8cTHYMbBHxouGJ/3zyz1LSH8hnqkBG3Rm4a2nn7YcDJ5U0iQmMrWa1gVSa2X98QMWaXHRVSzpr2PCHoJi+dI03xfn1xYvX2JWgzWFTWhPs5T/aVFD3wX72Ynb0S3cFHFqJsWIsatZBPPOq4sLd+YV3hKSs9Zk+czY+dmXicVsHjDmtdSqpIXOnWAQzJh8J5XtJli/eBV8rzWWYRAbMKYj9HDoFRFqXbYmQkAzlWzD4bVmC/+pU6jorbaGmTO5L5rKSNGyVXys5+oeje4wt0knJNQpVfXilho8bdO0MBHphlEDoBTzmOCQdnnmNC1Q82DH227IiK5h8m8qw1x7jQsKWqI9UCLWrQf8QTeVVjWTAbWRjneUyb9Rcp0QKg6DtLlvSHVfOPOyLxsP56wStkNVcPBQJGIhb+ce/0T4/VwmrbXWbDmttuGq/n+CJ8bpzx1OL/c/jMeMIxZYrrt0JIEREk/0H3dkGC+bs2OUWN7svD5jqA3tOramiv0tnJgOoY3M+e6x8Wk8qWtrB4CL0ZsCIbyn+CxR7eQJOp57ceJnZKWmAYOc9J0cZ40Yo5EVBQeirj32p7jVHm2P0l3anGJPbdbqilxvXqS4QpFqNNCWGqwGuxM8vHRj0EUNbHOiXwVU/fpCpbjfrOKc/MGjYVwTJABB/4SipLw7wBIL7pw3+UtPmth9OmdhF7UbbJ5C/8ydZQz8P84QYlVI2hdzohNK77u6YyFGrg+UZhbLJhJO4zi0LzNiK4cjZ3S3jUEsG7GNd9b0VKzNPDpN4R3SGxM8wN0eIJa4TYb1s/DMJzYblhEraa29QoexbTuwmJ5anMNQrJmc6kmkkbPnMzI+6ZuN1YjcxJDp2YoNEb4lcrgTGxPXU27DIa+ET41SKkLJrE4P5fiFO6ZtKkmDnDjBiko7Irlh09GK3J9hLdgZplJCjKo8gDBjRh9sYW7mZ4f0zyFvdp/p6jhR+gtR6SsH+5D6bnOLVO5+ihpzN2b2SW66Zd5qo6jVayl1ct6e+YbKW0j7ZWby5lQy6+/7GmErzc2klLynjizHe1tU91sjtrVAcNWZ5KHmkFslPyOKChHjb7c7Rdeh3jB5d/m7x5bbc56//4nxlQUN79Dt626sHtRf+T/bRUuy8cCWVsyi09pWOb2YhNpI/kk6vCB+Roz0WBHDRIqCczNcz2BFZpxChaC7HM9khWPycIrpVDMtLJLVOk1NhLRINevvGZnU3IX1fqdTK/GG3vPU7667d1jlp/61sq/KO3T9eKute6NRh6oJeeELxYJRyZOj1sCBeSLWnMwTxnLYKTiZEWV7oa5nYBg5NaenRSJNNVmEYcES0kQumd4EI2fl4Leb6b7fw+nkf63Wa/yVPk7msLZVGvKCca/FvZLyqkmkCnIKNBTrC9hdaZBW8Hc7p934ZAMhAJGRgcQLwAws927cXj3S08nR0mSwEH9car/eiO+XOmQq3i21j804d4VltjIbmSrzwca2OK0N+RlnHcSr0qbZUWGjnIsV4puoONeCeDHnTmzE4rynEA9LbcqVuF/qOJXi+ZyVesw/XHNS6dGs8sHERyIXhcM0pxIjCqKT1uW6HbdHh9T/3yujzq960COqNc7ItyNouyivsefHu5qL62mkFrQdZfZhRpeO00CPWrxf2MnoQCAULjIuJJLcOCBqLjEHcfgYcfXExGa22zpgmdRyNg8tiAvFVhg2XeM90imFcuNFjBgnnaujQO1cpq5afqeDj+B2QTFU9c3T863Ds9EbnpYzrHMdM1uxvcn4/AxRvY3U3XN2NaUXiKtxGhpVQk4qXQ2YekPZDAHr2MohzhfLmZkn2HcZJoFEEJ2giCgC4rF6hdYGlcBknHNnShN/YxJTEvDHG8OIziawdW6n0JCGbMX6IP9/gwkfF0AJP9zDBfh2LMh0CRug9rsWGKNElnXiIiT3Ps6xFlaqiOCRTZiydzIOuZkxbpG2JuPTwFtwdSTkZc+ILnT2ZTZjolWDAhsI7VMcrioVg7hU8Gkx1cCupQ+W0NIRxbPIdJ6g5ZwH01dM4krnLGGQMfX9ytBJX42Rt4smynle7bforiHTKtLD3w7cyl3G6ZxtnxRlrn17uGjmG8T9kM09/eKWPOw5nnwmAWwQKxOiWBIuU4pYJUxIWiRX2wgRKE1ekyTRGMKDGI+d/qAoykSyFuB98T6dFE+wC4z7JBzCtba2rNidpBbVxZVgDnx21Wxyg5X2F7dbFqVgHJfEB8lTX5jzT4rYuoaw4b2nyWIzimq9K2CvX8dnQ8yd/saIcG4Gv4fnUQlbiwJl7IYfd/luQP5ZF9BgQG96jqo2KAq7hupRPxlu6xr4mwcTFvb+x/IK7040749LNDz2H7rJgvJ7+D44DaXP2l+Pf2wvs9lF3Bz3EL/vuUta71/l1FJd9aa+ygbiYH7588t98G/YRRx4RjvaOd31CGJNkDWvui3+lDt1s90NtyAGwleTfbZcXl7Lx+X9V7l/vxY7m08fVUzf/1qvL/oxulPfYxnZdUmH7OLSmZ/coO+CQ4hiYqd/eB+zeG4S23jD7VXTRjlUEzctzb8CQf37Zjma0vPVifvW5egypR5jfazaf8VBw5hrK0bMU5b4tBRRraJ96Wfadd5vimh1jU+n+EPFUW/mf60+6r9g01zmfCxDTGpLpUveZbQX51RyOR131SzllEb8t5ykYx/i4andEJdo5w3VdY1eh5qyvMY/np99Yuxzg+P6iKNHCTVf/sOP7K9QqlP/vepGRkEVbzenMec1sE9nH5bcamp2Q83XTrzUl5cKfTc+tTIcNZu2s4dYXZsr/dkO1YzYJQtxc5Wj/61JeudbV8Sj4tztKix1WRUgbFfH1BR9oer0YSi0lAG9fgGlk/+X1f/XCZpx/InWK6c2IjJ3v0xoH2L4Fxhv7q7f31346jl/uX/fvn+VsL8l7s8pQhXnVvjuAxNDpZoRF40Sqdlud2Y8bb0IlUXXv+HTl3DSx0SRHq2wP/acKmLjy05UTcdHoUPfQXRNohzo7/hx+IihGQS7H3P5oS8hrDHhAkzbcF1mgAHFgBxCw6EchAEPZBoEl8I8zVK8pt1Jb6hhj4mwzZ5QYx5GMyvKKE55l3+tWbScJqCn/la0xBCR8w82i97ReYcpTpZ2Iue9nTGGI/41ajRv7SGN5f1iHAbB7HzNWJ4htBWDZWOjbwM2lUbQuYugi/yFR0DlrpCABOrUEd1V19pRzrEYSkp2Or3LYSsoVsnqZRLEJhNbnp/+RjtZJ9WJ3PDrt/Ux+89fv7i2/BgzEuP1ESK6XfQmAvHxPRDb7D0YutXTQd3Tx1S9re9gRO37elvGITKsAmoXoZvPMxib6+/jib/1dfw7fDnlw6LdI3ndueeK8JlQXpOZV7fKuasnuXVC2RVwq6QLjO/7DYzuSSc36NqXdY4jK/7AtWdgyhar+yoQHXd7rcFvUIDPrT91kY5O9o2vQyuS9Xnkql5NdwMCs2OjQ4OHcYqnIysBHiYRlZ9H3L7ApV55DFkUNvP064aU53czJaRXSG6rK1iGu/GA0ATO7aaXdSjXFv24n4d1oIX9ZdTXk0RtSsljZMmhy24S4fcmFGgSBah8+4eG4ASqKvOsG+lmi8GIVwwTpUM7pd/+O4J61eATrSDcaQ0J3Y3yRzQxSGBvBg9cAWzZ/dWVRtM9EtzN0VSNtbLqKVOpRKEO8lJ2DdqwVLVYUSkEbqeIKk1eQY6aNdYmKuY3FFZYEiQYdyruMLyGvI1GRRKnTlNPIiGvjUYt91k2Y98DjNI0psXdzMHKHAYj3x14u8GCAQ5/Jnhrx5hE7Eu5xtb92IF+B4hHBbq/7eIBsnL4vCe0iErp6JUjaTzfExKrdhIHqzesOcLXsMyYxxsbGpFbgd4EjRG2gvtAWpU/sPbWRZ6RWjC+PWiX0d+6wm0YEMHbLYoazXNCWVSMTPcxjjFz7ZSc7smghICEz8tWGXWWNXGFznCokpCBdxTMta9RAjJ+sJNoNRqc17kR5PsqC44QEfVKNYJIVLsIaA6JGCKsREKRWh1VUjPCkaoLBbHw3pa7SQr/d/flWbvIzomE1OVRs6rpQXKQpeh+0XP38/6Y1xJM3FW+kbebNb6T5xrUGhf5iMi5CDe3aPT12iiqWkApYC+ZfNu6q+k+DXbxpiLnCvysBGIfjVSJ8tnq2YqnDbrq9701lzPbU5N0LYdbpIO/rvGrSWosLbEQDBM06huRZVElQ9XQgqBf7+X1tVEyPP4h+YT/0yYcBEYv8wllUJmbptkB9qFqKqy2o1OOEX7PUVOPLhoHc5uYWT28TI8CjKxlQ7DjH4L0eNqIEXmeq19Cp1O+93cZy5s61riDhrlw8stLFUptonu9CJZbRV0wN74MvR6c9i96oYJhKu7AYaQEDCyj1oSFT/FzLXAnC13VgBHwICAELkJ/OwxSpnbN50bx8wXoohcZAEP4h0exM1TYJMJ+nqqSWhS4hxELZOcaXPG9KgBtlWbK+LzzRos9gpYCjsRZIGyDIFQQo6GmwYts4fBL3yWZsjOyaLQIZULtm9EgB/1guaz9mk6T5Pt+YhRm1bbV3T7jq1BRQFAb3nSnlRGNJl8TX3AJkwzoqc5XuNDF32hGVG+PG0gxYKro1v3pyQYWW1h0gKsY4qtbhfEk1XYK0lCE8nFe/aUnphjp6mlkabLvygjhPiIfTK0Ho+33fTwTGHhZdKjayG05ux2bKQlyT8ZENEgNO2qe/D04Zv10Ju7Aoek+YzlfujwrpQH3cffMfhk0k/EQaqCnbFQ149FXRiy+rYh3rvQ34r0cMNjDNIT+ht2Zg/AzGtEx61Oeg7VueMuvMHySbsICDNr84a7vOuNvJ5XdfQ7LHejLcf1ikp9/5oP/seHVXxNHywpkRY4xdgsgSfp2EdByltW8BtNN5MpIrqfZPUowMXIqPsy2j3ASdUuviA4bfF+HucsknpS7jkzU4MiLHJHFjOYlJFSLVoaXCZ1rEa1/vSSAkCsmtPDb2z/N+ncySirHvytKRgN5oDYQxBhXBhehPn3AKD8Rz09x3cvaCiSV80GWMncYJ4BiIDEqLI9I1oDA85bNNaqU9eNxI5cmpEZfCV+asAYJWDHGfi4t4lJaM8YKCovT34UNCk0EYczh+YG/EaKvYzGPuDowHrPBy8Fbi5bSDCDEOcJYE9AXZq6GwDPSrj2BO5Q77EJhXnUdYwhEeDh3IlqetzG8r+XircI/7PYVskCO0HOWjIWSTZezcCQZEWl2jJqKJiggL50OIDPKMfiwz+cRP1INL2ARUht40kVIouzqoRohRq4Yp+RK8LTSy71VIPf3wtJInzI8LU78thiPKCV2iPMnMOLWJXYbDm9Kzwd/KoU/tHUkoEzgFamVug8uJ9aeeZmzSsmyoSCgH43ZDU3kw6UFgcAMVn+XEevRceRLRMS9QDRSSBB6KZmAsOfemQ6ERYq82Qw8RvkAdGyWwFd9zMro9hjJ82vgAE3B9XhBeUSKS1OjZB/nLnM8bUSrwceMg6Ch2QIPfWJ1lH+e+IEn2L/oQ/V4GrmFKKVV1etPzRVofK2I97/a+B6py0f4G6YsZRaPrExVArdJsc+WypCZ5puCwBof7Ykgv1ULB6isd/cOPSAxYn+rVJE6rZfhBQLuaX/zAs/0eNaGX8KuqYLCTcaLbk0cJlSMgSJU/IxYW8DB5DA8S+Xpxa2WFpOWkljUHuVlZVdjAl/WhNbW2EhwMlzIznyHQzQdeFfCfcTcE/Y87ZEDUfhDD6OzvNMo1NRo4fu4oXY+jfYQNy4plUHIYmzqaB+njVkdM+XiMM7Km5Fcydjb3aCiTXorKg5HKMo5Tx7OswdzZImqDlByiKobzUtJkw+gEpudIl96x08DipcbeUYT94a8HgETA8zqtMLaCj5mQVFDUvwtw90zi1ZLe4/qVlaPrRwZcw6yW7TcIqcjy/A8IH493DMLJM16ZxzqxWjUxlyIGuSurCxr57cef6KaPuWdQ89jaTj9IO7Fwsw0KkZZqSAb31/vjl4YBEyYCcOvvRBie+AOHZEhnQBuHUWZr70FrWuQBKJ5lQ2Dh7R41tfOJujEC2pCB4w+IzkmyED1qFXseCNWhNsKPte0gQamDDR2ieyIMQdDk2kWWKhXMyVfUCEJNYaorMPa5sBo+uY4DwVioocUlHp+85hGNj0RFMgio/bEPVqXIzqO4P2d3DE2NROljCwtKNoPn53OqEVPHavORagWrxMMWwNom9VNYMlnweezQ4avWg0xUjElOI1GxJcxelrhRk1Eee6r2tlhDP2KSDsEuomrfC4MMuVys1yo0MQgp8kcnBFxBBDOcY4EuiIXoT1hTLO4YwVxrtYUCejzcIaQnMm1fT6ncC6HAuSUEGCPCDFLtAIg19TmAg6+VgpyQAOMCFS/YYRoDZJmbKABnUmLdVXta2uFe/Ng4QlG6szj6YhDPzCdG9nd1pYLNIjUMBhYckQpL7PIeIKdRmuYEN94YD/PLK4t3oWJXT/xDEZTerFimTqc2IFijQo7ivBKU29Qd4ubaA5Euwp6cuCMDbGobcaAmBNE3B5y4Q4rFGGXZ67z+eL06p5rGDjc38Ycn0CMmOfBMXPrGCDPd3nS2hwhzTPNIUdECanjGUI9VTdHHG1pUg+CeJ5Q4cgIrFQWCBg9neUqiVPcEYaC6yAytg0SlEcrhSyjvIOx5YnGq76TiHQR0wmHc3s30DFFymB1eVeOs6wlBCNCD2zUsHt1H1BXFvpU60a5LGaGZ5h+a1Qi7IssH5soEeosnHSmsLK9/8Cj6N52dEae8c7KeGURC30aAtkpqRHHLGw4XBKNPrtD4oZPVTcQYbXiFQgDPikHTNcSFcvIzAWKLUKIsQ0rRq0up9JFwSo4xavxHSK6V4Ls7knYUKjb2akWguGFjb/BXf+KUvurnsyFxigek1/GDDKnsmLyLk0nCo+xsNKRwucxw/QKurGRXffd24k4f8RtTKUSDm8WQ01jmeCJLf/iuPrVhtz+j7x4eh5ZUYcm8nhIgSGdxwHNxeLq0DhmA3lsHA+TWdN6uHZAdil3D49RAscL3jBo/pWNdd7x1St7MIeTG9xhvi5wLBs5lQ32kvdd5OdDH7cjJz6V9+3VsaGopKGSXlmTR/J6VgvRnqXJl99sbx+wIZfaWeEhnKckrm9/uNTyHlw+Ui7+SBkf0zNMuS7VwD1sSd712SSHr27SXJxcQ8k9KBma7TXz60Y5j8Io6jZi1tX7dA5KP5eaTckLQ77+LZR4JT+p2p28tU4yTaZuueeFMNW6GszshE0BGGC3BgYfYiI+4JS21RhpuoV53KbdTKVjM704JsN5ODQKAv0HXXcStruqO9F9LigH3F2t66LkygajrW4Dfn05OVmq+5GNxivmYeaYaR8RkdzwfzMckYvd1bXLcWyB7bb44NMs68/UOjfnm3tRxr7D2jCUFr1FfmoinDn9wxczcxiQpwhEaowU7UDvoYpG30Hv7XdFbmRwAOfxlzo7JoOQVm+1P6RRfO2uXFr1zQO/KRJlHwciZnM7CITni8/j3bqHWtGDdb+Eg3GU0ku5nHKw3xWejv+WFnq2MGx8vblguXlWiVi5bgpBUeI/DK0KcKHWhf5IqxvZuDGR77nJ+vfSVp3oiQ/EF8cyUCkxXatL1ma/VeUYy03yb9zF2R3n7Jmiq3On1Oefz76ZrVU0WZfvgBy+9oyuiZ/Y/RdZC151OXaVLuXgLmU7NuJ76k7FdHqCTKer8/XrtOEE4dWDjQT40Dt0i8J4Dp7l38VijUJLhI9JgslUuyvxgU6zvcrJeV7ibHMhKrsX+U37MDbshEuXzu8qmDS+1NNdZL7H9OQnjbsvU7FDjP67APwyp88k9cwuteyS8ZPLCX76NGnQpV4X9UGePu9l7r3ZDGBkfIJDiPyrlKebq2CH+96G2X5yTB6l3m5y08sXKsrL3huK4sEM/9CG5oLtrU72p3Tf9eE3KA5Dve/X3YHh9lAMvrINjfEebdpR6AAyTANCbv+srKqzqQ2QX7/QCUiXqd0ZrvMyT+00cJpZc1clr+mDxTht36HN5/Fe9KJZI3/inbKnC7ZbvVXW8fMcM2n05+vQXFpDkQTIrOqeLYYqgW8ZLa5st9xolMvZBRvwh3eAlFtyMJGL2/F2dA5QtYTmXXnP7nmjdazV0CS45UWBZs48kpzhun4nFs/ljqSJcuAsDxjaK55JPCBeFPvfz2ziOlfnuChvA11mK0EXNhfE250PsOHajlNmlbqeMffTdI8Qu/oUYVzawW0cB6+nPsNqENojWKcAsElFYZOfhdYvgFsiv/aTdmnBdfIVJhbiYMcZhqICu3Mzb6MTnyOb2j7OStUnLJ08m0cYOzXlBxJI7EFOD7iF448XfDdZnZVILvBjA56hc0rszRyarzyO18ZGZtoHS7OO37dtdVxg1OixX8oQW7jHO5JWEaPf86ZtJa7CE7dRvBG50iL5qER1YLLhA4a8bwsVeGWxxd5zsTpQSZRZ7PVeIvnOE+GJukVTcyGfaDZDOLwbzrwi5nq9cYC4Fy7HaJ8v6MtE3kwvG/TSGchmw7+3RSyPKRpOwCh2VY5Ozr7n7s9mHvyPWTZ26SNuR4feOifxkYqHFHjA6Vz3B49s/rdI1Ioxfb1Om6VbaOyxFRkXHwEbaL1d4ejvo71ZLM9McccAHbGwjwg2wPdwPTPrbjGxoK6ZbFfUqnNkHVyNSjTogwmb0oESR5bB2v4q+OgPwchOV3lIEUCyhDdL+Lu//4dFA7viVR5I3j2yRXjmyg6wRz1Bs6knIJdNoYfF+n2EtttYmAAik6t1T9sRtZqD87YwSvfuC+01Y2Vx0kcjFptnitWDVh+4gYzoUo8mWcJVD1j8CG3N67Fy6gqGAv0729bu2MDpZpRMXU+jVJTTh/hVbCCLaznhhVEqpw+4KRs4Ga8cdT/C+ru2I5bdp2QfEIvVM812BD5BKE7JYDbATX00U9mmZBuplpA2EDbNQUHFIl6hR+9c+AizavDaXZFVHrWsxfZxRPoVM70YuXw54Ry/d5cHN+5zff/+WdlQdh/cH0hd3SbwiU5p4gvbVNWp1FFZomSmadB6DX55RzLQj372VQ7ERsGwMIHY8PTkq2UbVx7X8wjvalMt80zCs3S/Elj3uftMJ/VXMRb882CzsFimJKC521yzx1cFta/uy/2IpVvUXUJa/f/yENQqEVyBVw/ptIF7eEgVKHOF915WRbp1SlUCLNN0cMVug9cjNvb5XJr+pOruP+VQr6cHdAz0I2LrYdkRllNRu8Wv7Lkte8GwoaqUsoES5FV3pZYA0K9wit1bURJYhXm4TmHlaH4CSXCu2X15iF9VOf22VHoVHxqt/LxjWAOxqM9NdQd/yv1NPZ24i0dWnJLpLYoEndsyN778DnrDGMyghLpXe8PG37MTimKhSm+5Pt8/tZ4pfkvgVX0hgcRlgZwR8GFy3dhjIouvLbOWir1nMiJHERlYWeenfCnQO5qp3edF35KqZe0nE1XBlLGKBhdmX6ZlN9N9dmOtIBfPSCfoSGdzkAu8dLX5LEaTCLKv1qqFX1m5IZb5OjTglIF791/Zw3SF1rv46SOV7L8yEPagDmv0gC3Tmgelbwxk8jImhdKf94qdeJOA8+EJeB1H8atJrotuuXwYpVsPdffq0zvEJqqR7xb+3xp5e71KvK2kY5V9LGC5lE0e1WdxTuHdsSo3yan7Ea7i48XB+xaeQY5W8f91nfSd7pMbza3/X2ClXcKf3DtQOQcsBpnO/mNH1M7hFI51h5AFrrnX+uBunZvg4ae0O5dSgYpM4a+HqmgnORo/uaVfQWnT/0t+paOiWS3YfuQbGxUfduhe2umE7mEa7/U6BHWDKxG425hkTCaY5UT3wZuHclTZaLsS2MytfO5xfXq9vtC+4Mv3EVt9DM/m6aGym4d69wUqeYq6omusWFo5pe0yU/R6MSkqINUK8c/klpc+LvPHNKeLQZ5CqLIzwT//Y2dsPaabhShGcPFgEm+XZzEGUxx+7BTm6CxnOOeHQ0zY8wN+O3Q9FPXl+haPHCli6As9fEE5Th2UWSeXsPIIqSPh6OGiLh+xudxDeymb0ensU6uOeQMgbB+NS4bbWRnLbrNxctM8QpxSb58HFCIrzXJEfTp51pA2bcDrPsXbTVFcvK4qxRT10b1lFtrbwcx1wIaz7E1zmECrh2dFoROM2Wiyx+/4ssfXdevEH0aefcCc0uYBAMSJS4nRNYTMXgeaSQR6p1PHZCMFdsJbvwrqXaVKPGeTaTniZ7eFF9jHrMErxRqwPTZ3a1mxLsyqVg+F06uLey+IABu0br/VEyh3H0zWrmgRXYJn8WU7ZcuDa3ldt1hZj2W9uhJMYq0yPEMsWU/QWhrnoArARhffu2aHE3UkaUNKN0jPekArfXRfqLBSKiRzeQcYFVzl/2EX6/u8UyKnRxeja0cA9SuB1TNBViio+8zEqw8U5Xk2LFD1mJBRNVJ2hJnGHnMytPLaLZZTM0AboktlT5M4tjrX9ledictyJZRYc7lxAcBeltHHLOItk8sF8uIjpJtQdghiQAne6X5HhQ2xXBUW6tCCsACNibErLD9PgSlstFPdBPwU2oAjpN5js4WZfJ+a34S6afMOht7eTpkBgS5BQMvEd4UhDvYXg35PaeXv4ZKVVY9PV+AXHwbCC9NcMCH2cb2LDbVO/K1Y9a64h8zaxRfrpcscgcXpqhFk466dCu4gNl5tY3id+iG+EMIkM5VGs3Voxw3ctAAl2FFyjxKzZpGcmQdlcfktydn+fHF1jx0i+Bf9X7Ufs4//Lh2w8fcAN2LAdGgBLlcAH3IAt5cJCM0eoC/AfT+pc+VyPMrARlT6B5PPI6YAvk456cN1uXM/L4MX68L7CDOj8N0zMZqqrbPuGF/gVe5CRoi8PubQ/T00oThiBFfyylXtU8xNnYLdDjmVh9teLN8AsedQpIsSoMnd4X5pPVXAhjaA+xUA9wZM4d1/7r7xycppkFaBDaZxOL14RN+Npi2m8ySUv7kgSk2OXKmyvwePGeJTZSGaVe4GCvMOjQIPuLu/XHmvGeM8D6aVD+PWdU4qdQOZL4rOfeYInuDrorWFrzQOrrtSiJ9s08yhnDPXlSsIQf9vG5v/K+M+Quir6+X878hKDgEQoXu55+HK8b+F6ADXeExU9aDDk6bzBt5KAMdGHhWwrlP894ObFRSAEbGdX65tRdHS5WLw+PhAQM5TN4Tepeq4/aGgO0fAXP/y99fnx+VlEDf/f4zfnPN+UGAnBAk2EQL8jP3qqySOmkHGIDf3JH1tyjR+EDzq7r/U8yNBjyEHzr8LzAAYJmjit72GlwQA3AyBzxeNz3KfDxL+f4N/7tdJefjl1/jwX7kaLX5kaCk1MJtCz7/feUc3+3mmZ2UbSffd7uv2tunbzztz6Keg5v+flYvA+Y2jyzn91MlmFuc3X7n2B9ggwfjZOXeDAw9XDANsRQzpLIzfi/j71aLkpBgQBwk4/MDWTnMAJYaXpT5+IgTR+LcpcqBDrCQuQ7Z4BkoKwYGgDN1/0QT37BkoeCLoBE3R3Mq7CwDBgeEydtZ2//+pJQ89hM+74gf1TgT5wMdUrWDsl1BMJisaq7dviULNymTtKr17ZWNYP6SZVBqoPzFSOX6xvSw6l41L1lTx09utc2PBHANKEt531fz75tx9jAoglwNcY1BNyynWBXx4yCCUcF68seCuYePvrccImLJakS7Y/Xq/KOlB/VN7odzZuZ5tw/4p8N/FYuAuf8tvbirk2ZS7tg3PCu4Jpizho/XudxPtFhzPWMPAdcfXgE30manEF1Prq+/qAAB/n+0rd2qHUa6VDi8wMVFBghLq4gfXASZU06nopcHQfzwd52ra1ZwT2+IF/13TYwyVSKRgoQHCv/TQ7drKbleGTP1brgbzFvD1CFm5/lX1uNJTF3L2O+zlL44d10fiujZNlJe3WDSPeDB4Itj/yQdv86+5r+qTzsF/khrW58qbLdqfuWTfvjDi1KQqKzZhri5xzi7pohkM2rQ9pNn762S/z0F+p0re1vBg0U/ia0n3o3IZ1M5Z6zi1cPEsVb+qOJrow6pOeNes/Vtjb29X60P9O8D4gKvKuiOc+El8Cq9qiyJ4W9t0grN6dn8AVI14Dhh+QUug5JdUAE11rqJd7cQPtF9bdMILbXrglbvrsP2KP/CTF3rhwjMtvEbndp7gJT6C04Qm8I4pvcMd/+4/JjiFAhrw5gTQBu8sMv22eV9Q7Apn2Azmdzh5NFemwdx/EIKJwiVig2F68cq5Vy58Dpc74dGcyIKXVmcPtxetly88GSbhG6oztONgZEiiEFlpRqGSsRKNyNqBQifjJJjIvMGCbxzlkFB1FhM79lm5hgxJmLqJtBpbWrR9Wpq+xkRpx3pNdftOVPsm10quhVwLuZb59gVpIOdQ3Hz5X+zksRfjIMdRHSe1nDcIc5a3LwiahPpj8zd1yI447quEvbylu/wnEjtesj/28uNb35EDg/aZE9Jr1sKnRFfnQtKO31kLBxlmNM+hIWObp5rDjv/mLlR7p848D7AoPrQnlrJhPnaZ+9N6Wllf4dP06jY5N8cnYqLO2Xyu8dSW6ffdVZRW5v02HnvR7ltJfvU1OY2tVYpqkM85mUdfK/t5sYq7ru36aXxOLbtOHK56sifvgX45tc3Bx8Zo0rRuoHJZkKHP2SjPDPtMpeDb/3rD2kMuoPeHxfqdOrxfrA36oT0nh7vaYXVODk9nh2VCh5wdFkM67KTH/k7GVLn+N39lSrTvIN5diCVaAqLdhuM7Ovn/kab9aQcb2YLnZuLq28WPhu/sV+3LySD2hgfofcQdCHtSRdkJbE1thEraWmQltpQoGAup3ExmjpC5zEwutWAUEkuxlciaVgptTG0FdpSKtCcccEeIXTdw8qX268zX+HHx7WrixtMauxt5GHpiOh8vvT9v/xzn39uf3stHh3kaehi5G2t5biauvl38aPjOftW+nAxiN8ARdyCyvy1ccpdQZXRIq9AoWZWKVWoUWqRjOBqjeBB/4O8ePAqjOUaHtAqNMnYPJtXuKyWr0CAto6MxSnHtP/LU8EjG+4+k90Ihx2zau5t/wTd98y38iFi4aHAdO3j19N3hERDyz3Agvx3qZIogK9eop1znovZvoWo3G89d3WyLicjaziQ8yIGSH/xb4Vvyxp8vfjRp8VeJiSUX/JEYI9nh1fJIkxKvSgwtWaLzxccmBl0neptE6Kx4u2SKjoRz8RdfTvzZeIKnFS8Xj/AsxAvxB08tOoodHp54UnzHw4q7i694FOKO+IyHFi3FFndfXBETWidqF8dolRiQ0yOM46/sjfFvf9HHjFf89IU8eVPYkilwt0Tgpbek4dEcmcJYYcXcgRWWiAm5S4SApZ8RDUYzhwofhQZ6snkxZGvGoZU3R0ILTiGMp8cQgZE53sJvuWMcNtmDhSF/rAEZHJrwTg55hjtZpA1THrFBMjlBS/v1NqQBK5+oUMgoi6DldF6C+/UsaXVVNQ/G4MRt8iZCYD1c/x7fJ/vbknVBkBfDZkmQiXlqHREDFvZfFJfhEoX2fyMDz1Cler3+8dgDcn6CSvyhcWSQ2FIVYQk0fEGk/drgzSmxA2XeMXFMNoptHF1pHEkTC1qoZa8XokMz3bLGz5VUjvLi0c4y5ADlh5Xpk4yp6cGMmgK8/AH/o14Qr0ASRG2IoBF72X+QQRPhjS9JG/HQYkR2tWndbOGNJWRqDNiCw5GlVVUxBVcTx+SnNxEPtcQB/K90CfIMFOBSWhw6I4SclEy4Y7rtROlDhHsaHYzGitL8rqf2rcVirmY0jOCCqLR0r3Qlyf+VbkDlLYsR/ULHNoUtruYy56rGlrA/dspWwhcqutlpdesTSojUv/5vDfy8B+lKTGqklnLqJ0nw0jUH2dwGvZMrIiUNKdX55/DMdXzMdUIWVvQwK96N0cOKGmZlWUkUCubhbneY0OH3A8tIbTKJJP6xca79qJzk1hNSEWxIgh8Rrk1ZUI8KWB4f9Cm5K2HG+WY0x4BeCi9S0Ed2rhe9oLCr29ZvpMxMiP5fr2eVhhf1zGAbI2/7GO4fNVO7TKd+s2meb5RKk9W2m934lDNKPvPhz1IbKZwWwJSbjaT3lOCgL9TwKh3qmiq6LjuLx5HpHiMGJlHEC0IfgoNUil5zgnMPPRSkOyiJWumgvvvr7qhQTaW6pRillavq5BA08+Mvp/WW0RdXp0iPWo9fceBKJtkIMycyJL70yP0meptrRLch3vAyQkw+M7w/PPeZHLMXFxlNexsWGMLpgxfJmT6DBrtiIIRc+nedhTjXrxA9tWwdCo6eq+Y6wjsJwP0ln/JkBURzB3sm+tVVk76JDAdCEisagUoopAD9FHCOW3qop5eOwQLcuQsZUbFTFpLUfRf3Ojj+QC3sNJZGLnjjAi5M7wJftd3XvSjMHJ7da5/jVs5bGe/F5Q1Tk68J+Ec/oLbP+qbxXd3FZuPeOfN42UO3sdUUnYPFArS/VKmXaNYDM6MYSGj2cCZbpcmB0Q1yK1SUxVsMr7V2hp1CTCGNkUzFiDeDMSZmjN9gmWPRUCt8HrTuyNtLOkWF/Tx5rtRzMsseTnbLS3mHii36yHLZ8wkGaCbKq8oUK8fo+DT2dYyBQlxhFSuq3pa1LuoYtdvb5x6sJWxnD3BxUTxZENvnDhwj74S/nDgO4uPzIZ+3wlEPEINk2gJp8574TKg0uY/4GuNpQ+ybZjycl/xnDEv3qZu1j8Uo9y+8LftV8XAWc9ckmOk9Gg3ebS0UyN3fz2f++qzz0BYZlYZYVJdwPmMionjM51iYE5i0Vv4kncZDMu7nPkEnY86ekf+XaHKpnHksG8pvTzR5gN8n/vGKybo3t+359fJxOG+HvfCusW4xcWbmvGnyEvmArRukJuS05UKuPt3n1cRmdTSthJjdlJe47ubXT/T9ZzJuA505mMX4WMdYzm4K4iEPssiTyqO3XElSecqxxsufqiPne3JYX2yVyZiWZVYZj9VAMdUB/idMmEk65M1KhmiAOdO4fyelrv3OJhb5tFE1VrrSJrgquS18XlorOdj6IWUHztklK2wYR1v4Tup1YP6oaUE8xHBeVlv9tN0hwOYuJimqxS04Vj8mogc56chK7y2xJIIpsWSrvx3pyFQPBSlgT0A8kKQnmtgZR3quCYjWE59cZv5t9lBASiafL5S7VvTux7IDyBwaYl+0pMzkjBSTy8eToGioLoqSFCTv3TTmRk5C7aJIiVj/hBp3+xjwDo6R+hi0ALRqFM6zxtFkzqSNmui2LBqLlTBdeoBc3ZgadM3mGOqgkc5qgGkJG17fO52YwVb+rFZl8JAjJ4/SAMXChKYoKMTgkSjUvB6EyEsvOIbWPzGAw+Jnfs93MA1fBmwSrSjoXFTfEJYQLc4Qofvik1ZsD3FF4ca+mWzT8TV+h3dMy2PQKLVDYhnlER4q4w5+9Y+KqmVj2vWEFy0gHlFV0kt+wsPpYL0MtVMsjBRGn2VntbWYfRXjhNbqNTun9YTQ3xoPiB+QGg8/4GHXMe0LbA0HG8pyxZ6JlsRB/xSgUqmZU+26NyCFc9yAHoqdYuMT7e62U2HJyPDUmLpXeXwpyIRxZvh/oHs3Ck3TT33Ha0mc0L5qLTAzZ1joXw9JAqX7qvc/XV3D/zgFiYjRwZNtmA6F2RDNoAFDp6kX9z04765JTq9JUvG0HtrpyXm1n2So+Ek2rPmK/YDEhf0aPM7GWjnAurywnw8bZ1VXssczTX5U2i46JZ3qHc8kZTC7FwoOYrIKHURYFC+jzbsOo2XqShxtKhLFUZdkj2Jbl0Vn/GpTVfVoXBPYqG/IjoAd0sNTQini00JtabWjjMB2vLidbOIZlZu5OOPQVj4d3PXYj820KHKj+fqZxSPskOhR2ZtKkH/J8HsJLf5lyJ97UOFnOJ0O/RNA7tmCcYXNq4d8uILtCzu0QPS5uuKSIFc+7HGbYG2e+wXBEUEDeBlKPUCILpm+V5lvGOUClUA3ohy820FRnObFdsgj7PSU7BAxdf3ZFBy/LZOMenKjp6Tsko6GQxScBvBV7sGAkdrBA6wJgf+/24PYNXIfhKCoPDt6+CpnX0klYqky8UDJLV66/1E8VQLOvIxvg4xWazS3GpXhzkNzOX0BWypZyUr/Pq9vKJqhZd4wmQfKZhhwFdx930Wx9C20ABxgt6U4VQxnRf4aRw7G217MHvsLlWYINE79akUF0tjjSLk0fluw65pDHWUYdqkXVSTHbHbobbRAY7SIrWp6sK1wysQ2Eu3e3r82B163EZs/38iQ7xY2vkox1pZM50dtyYKxu3SHmCrtXVuG85ZuZZWx82dOMPa28gZYFyLXx4ZMlEDwXxUQOGy65Simq8t9S85GwnZGkveggjZDBz/udDBHBmBIxpgBVdmABrxvnCw/M8qm8kw05p1xJj4xNmVlbemab4wreG1si+zJzaBXvqRPPji0Ix50zBvj3w4RIYKycHVhnfPrQ1nYJcCG2AITlrtELV3nR6k0ts7L8T8VvMkG0y3nK4CttJb+mCiAD2AWhlJurNqK+fiobHvWi0JSmKYBqBzoTEbuUoPQwSHSoNDf42emUFTrw+SEuU8eOCP4QrdGLuLlvFixO2IkcYFqjXx0KmJhe7ILdiFTC5SFHNhysEGWVzYkSpIQKAqZjvjGqHzzCynQbEiKn5lygfSK8SL0EwkZlP5XGz8K1xp3zq9hDovJBiILP9SWyFTMno3McsmW5GtxeCGSozbhRR81VooUKAv/+aVJ3yWjQBsdDZlsiuoOKv7w8eddCInkMFP92VlOy5q9PhdyNmkagfbVqZ2tZ0NsT9xaSvasz3o5aRVnd0CT+8kotMezOOZJhsCeiXyFENkKfQ0ptgoApgINdq4zwX5bAvoM8jPKn1n+tCoxgB/4WN1IYGwklidWEW9xhBIx6MFZmBZ01wFogr2Ve+jSqLK0WmncUTyxXOZIJEazRGmoYhq9KgZHHoGnPvOV/wznqI5PTffNASU03tRXWTnzAK2SGhO0HQIGDZDJP21r+4DTkqdPCr/2kPkRCVGBDadw0FciCDuR0CsjMkXPWmUsYm/cyjl2JPMtEqAOqYqd/26U3KLFZE5EfV8mJch5NsTI9ML28C+Hicjr/6TwA35o+ot0epdno5++0fdgsfiMPlMkKZywq5w54wb+aWwY/g5fg3oG39B7st03xs6ZW6KRvB7cYOGhreFQV/9j6HRJO8bEuAd0EtZJ6NS2RID2nGt956V4rFNdffcZ9JfBn6Etf70h1yZ2bkJzbmDNxjMMidxBAEyULeqZMjK9Xjh0+JkpnsAD4FVOQI/ITDE/TlnP2a/o0Z+aFjEWyw+QQPYCJUf2sC8VnGcRo36Sr5jDcDd+KC5Lftz3mXC9SBQI+FY4d+WZbNhaZi6gA5F1l/QC3Y4fD3+hD3FQA3mJARuTlF7Jgev2+1iya9idTCNS3VkZDdIpe7ILdiFTC5SFzGHLQZwsefn+hyhJgUBRoBJRxdPZMJZT9kYgSQlQIWsSYMJQD6cYzRr8ev/PEISfWUf+Ha6nYBqf0zOqIiUz+CeMkgqKkPCtcSGyqXiSZFW2Py5m5gnoG6gzoXWUOqyR1HGoUkhw2tiAH4XoG1HGDDjsYvL6lawP+gw6ZtWRScOSsgA6O7S9PfDIbFGyBlv5cS9dZtskIxsvyyWbjXML/hD58w9deZmtNTa6kRt7bAybPhmR1+1L4IarbDwtIzYkpSSIdGiNLVeO+7FVlstcizxRmah8Si9p2rRbx3efQZuM2hijdnwWlKEtMEzRltbH7aUiki0CWyojckdRu0gyirIn+8Y2MguRFh0xcRpf+3qNlCcSFuoickMCG07ZuJAgmijZ/7yyr2GifEstKu5iwiN8dZyItF1tdwCEO5pu73ieBTvT24qNj+tLVnpKmCsjcvbvnaKZjWdsnCzTQc8XMJPDROoDLwlvK3SPVIcCk52BqjSVV1oMt/wXgg2LP2RnyN/vg2KeiiZq61PWKb+6fd57ybFsN19E6iZJ/Txw2BhRfrX7vmfYAaaQ2E6SeinsBBhhbBrzMbED+i+usspUKiLIEmUAWeeCDOWOqds/ZIZwIAF1FQ74OtEY7mchCGW/VaXjFU+tjrSuAWvrRyVruHvxyzZsNFaj8u2HlJKkdet8l3XMMxeyN26LhWF3MguB5hVZCUwccHWpDt+LQKSMiEVIwAtg8LDDhZhpA+A9spxD+KCZ+rfKh+Tb7eLP+LxkqX6olgHb6qjlLKsZWhKNrqxBqEFtGyIY+geMenQzk8ws7o0TDwaKdHrqDhr8osXUzDmmqgF+y8uprTSsysk/roMtJVqvvdXCS0J+GGwzHvJCT+h9SCp9s+zB7YZ8iluY68ZFTe8tldKmO+7Az0s2iXQjZgfqGvjzkF4vvbQTtUfTUS1bBrekDYZOAB4uIdyJltQM5JzpYxzKxMsEqFfNb03sYGnfGGU34k01eW2VOSBzHgEwV3qS0orncVvMq00q29mY4tWNn3dqGYYwDslj0DS47MX9FePcBYvf6nV3vJJlw05nDaUioyZNbUdjGazX53cxncICWOgnjB2wYBKu4TQoRl/82+r2YeSDiD31vy1ueaqmmuvrMj81Tt8z4agdtLGSAMioptxByJjgvbtPIogISV9fxFvGr54AD1VK5BZFglaVplxhRK/g1u+umhfwNjiyUuMoFwKyJM5owCZFn6J3CunpZSiQHc4QPg04GHkRV6+rhcJ0hRMUs+iarSuQJzNhXe2+U071Y54dJgkLOLaTJb5Xl/uSv0P/FS/YuPs5Eg7+07Zf2JXrrYA7JDyFXhz9bGyuKMF84/T1aKbOMb1ee09aR7YcbGrhSWM7WHhi7QdSKzQ6/+I/eD2k2hrogVc4OqQTXDoRBt1RWbBYjSySAIUEg475U24ciZq2Q7ZNh2RXuNLuUqJf6KBD1WZj4D3QobfnJ+pc/cOV/xzQmTuKxdpWiTDYQSzbKqhthhzZK7fQG52snR1+9mWenb2sh51vfO+qcaN1Zfzz/jygkvi2iBXspz1NKKg3g9vg27O4iOsvGhtD2ZDwzB8lEhY01j7NW8iX0yG5zNuI2biakqT8S6b4vIK1THnfFKejvcJromnxxu5Or9N/DDf/EWNnN67rPDt7WRc73+maUCy7c7HfVjl9//VMTYf2CsM4VENOmAv4nidGQcAQWElydIKnyqxk5lG3FI9DHPaZa+H1sSBTC08rtXz2j2WxHvm0Fwu77KF9Ibdow8mE3XIg1HItVPqNlDkygtAZxZVoKBlUf7uT0YnLxlghUHAbiiQSJjl7J4FIDgEw4s5SlL32uhByokW9wQ4RB/X/Ka15X4V/Cwyohi1cHhI/4TJsy115hyfRK5LUZIj2JtGYeh1gr8KYil4rYbsvVUovsQALV6IVrLPfRy32IyVQJi31n7BNgOBuxd9r+LrCFPm6OjroC2noAXxJ/uAaZIVOk7Bp+fSgmTgTX0iZ+A/xol6o/8BgZRblYpV51l+Qz8El6IiF2srfbLRovGAlXz/vSTwoOg3taivuFrpNpwBBvqUKNUc9ndVsQjaQSRdWSlUTlQtJAO2QfT8OwZDzTq7/f/bMxy11Z8vqYD5uWnM9/ZAirFgkrQKLNeS8I+GOdR/7cYL17C0TXob8WNA3otboDblLChFur7tuHHFZK9I9dkiyB9SAosSNwbNEqnPG7YrvcTQvqvr8pLjrJGGn0wKzRq4dms4jpWAEtgD9pamokM6cbBLMum5usGXUiB6MBSpIlEBnjmeX5B4c4sN4ZvjynWvNVfDWRTto1rfb7fmdnIY3XnNMtFJuv6Z9IHMP9ITteFs/zzOG93ZS3xg4IjiDpfQEoPUu3n+eNprKsuS0ry7pKxiGsMKyPET/WMJnIyhIWIY7URvpwIAuuOO7Fl5eCJDUSvN3UAhxogqZqdg3ZWJRqNFHFE1yWMkYJxx2pVLPF9eoWVzIapMeVJu6Ohc3DD1X6BEk8HdT9ytEFCgZ3A0rivV2qBYNdKaM7mms9ybnStXpbPBP0uVDb1eOsgYDI1LwBZ845FpjZIgP6Wb4+EWJK3Cr91sv3T2aluJPtPcwVXO02m0Y7bIvYUOFqg1zr1cZOSPVvPO1tGx6zh7RV6Juw/i10fcIgyp2rFTFgQ0zh7Soade4wG7D2D9zhcqh+ePPa7rZHf2oJqPiTViaNGTonfbwOqTYiEaN3HxxxlxPXriicsutUo96NOZJ6721fgKxzZubKncycX1U+V/Ey9d74PI7zpQdPnPP+0MVWLv4LXDED6Gc6pGm7WELlVj3YEvsVM2GvuZQu2YP52hmaS7a7m2ubj2v9Y/WMuOlnQ/Vz672q+8GREfogNJ7ZEq6pQMHsIq1o1MNH96JFSM8Msvn8EbqCyciwWLZh/YFFoNLM7UqtHLwgVMjGygQgx9kFPjGbCGeMdfnsDcPNWuOdI2hwtRgmNh81aK1OMiVpo4GNAhlpMBkh2meMEGiGTGRoUenGueZAmY9/NW/3bb4beD+O+wSMpftrfHG6E0ty6OW1Ff1mSEtB6VML8/h/a/wsRHHiC8yCGGOal31ymfyD02gd6KI7EOKkLT/Cd03VajUmu1XJlVq6qsxG8x2uOTDmlOB3qyX+UhBhrdGsiEZqrd2O/DI7x5bo8tcDElfmK0mPBb86BuJKHEfTGiWI6E65LyjRbqyN57c+sBNvD+fUkc7r3Q/UKJcFIa8OGn8u0Be+m8q9iF1u+/F2gsZtGJ49HQUeaK/uivj1qbW7NKb3dKpSew+eSt8gnYcs07/Zn5Dy7+04bMMgvWj8oCu3z9/SkT4xb9MtBvig2EXcXfvZs6uPvvu//76x6r18P7tzHd2vRv/vxT9A97u4/chDZbl77PKB9WtjRDRIngdlskSvZ/pO9X9JCGJ/AAJ08o9/9ZbiTkzLcef+pVa6iojLhBq9cBsipTdpFQT7rjkZIqRcDWk5HI97aPJnKw+WoG5yo/eHtCldaXWdOifaeF2OpO29FPWo0HE9I6SAwSbktTuqtHflwWLlpezgWngHIGcwiPmeHDzjPe+hzZ/HeK/3zs3Tu7xPeqiDu8cLme14eAarJFIItK6HKL2WAlXo2xaXpW++3gq/ZJhxW/6e8PF/n6UfZOuNpRMu1DV0+/3h9ume7brvM5cpmrwvnJCw6AhXMZgHrM3oCtsYFz0srNIXA+3TKx3H80QKxNk3TWxnBkn4wpV5T7HqXDZ+8crc2OZk9D6DkzXpth4IIA2U1vuKTqMvlrNuLCLsHPsCu7oF2AZB26iSZfAzshgoffHfaWd6w2QTl/24pvfEEFi3MbUzKS4VccrNtjEx3vyffsaYdHarZ7gLGvD7XCV8Hmiy5ateLyrKhy4o97uZq3SmtylSOTcOGNaX/vch/xk0AhbPn9ubKSmOalkfLd4xp1JK9zzp2PzoieSy/B4q5A4fCv8WInb54JLZCADL4HmXrrI4Hw8hgfTsuQiWbWXNpYiPEsnQwcaQEcEzNNUHKZQLjrfjCVP1goU1Pe2Q8Nr6OlMBCquMw/1oCQCeVu6XMomIyp6Ubcl/McPhsmIpA9uj7jZzyWdDmPP6AcknQcuVNnplvJY9pZ+7D8tMpJqKhvEvnGKiBf3Fvqi2tERVf+0AC/3fenrl+9Lga+ZKk1Zqwv9mZzVscbStEaK+qkM13sX9swrbyTIB+QyuKi1dsYqeard4URH8kdCVnMgg+qcs8lswxs6XvF/m1WSC4F1CMN9vGuz7sBucEzYgb1Awp1RV6kqFLdEFK6P1MokXWPmZniLwuT0qRe7ntWMRUa4tO1fSDOcIz5WYddrqQBZMg+BypfoCaPH82wogxUipLtI5pj/RgMnUkjCgG5zbNLtk7n1b934Gm+RFoyo9fyS1ZSlezZrJ3X6UXGhTmqRNEiT74oO7AUp70+eswBPPHfH07Gkg49Fubv/VD7qMkASikq7alsWLrj59mp1q3bWSpO+/kNyFTDI6VyNUWNLqVMDdGAAwap6jcGEDNriX1ANtn2gXyXTsh2wLaTbDr1tbfmK0Z74P9Fu/owXOLSJtRnXFKuGZKfQWQy+mEiWR+cBouawhItLd+D6iTNg9QgT/EfTtiVlxTgnTx7BiXMacJCwCZxpOAHf5Ih43WU7vxPBE8OFr4yaRPh3GF9OGhvXK+sxeiSVbU8ijFJGmpkoEd0oYaeSynGAhpCNuh7NCZl7f+RahOc+JLvxUny23oKpvytO6WR0sJoaiBoOrDERzmvRFD7gX4RpMtuqxAPndhJtWhs2MNY80nNdOu0jg4oOS7UUZyuKkf57wkRvYpiHEFdMZEVlLMMQpQ0KQXKUSppzcEyuo84r/ERElTAEqCEJbUYqlZLp+MVxU+6aYGBUIeDkQkwaUWCNikJeMtOcuM4f8slFd5ycHSu0RMT77hsn0ZWTn7qpqAukVdTN+Y69glcRao+5np8d8K3XtZRx1Bz5uweJJ9nMxPk60qD9vqbm+TerS/BKo7ivknRv5xTSwT2k6IJOM65fxXT92g9s4x89nPzhqcdhnduBEFTjjYJsMft3wdXpupxvJkNGXJIKL4nM5CA5NqTHOQkzoljMcJAJz1sbpozWaylfa7W21jZ51lK+1mq63nJ/qhrlqcQpdRG9LtRWLjUXpzwj9QldrJgeP82LpjVarxVFSZrOZzkUsc7PNNKSlhTZapOmi+S0Ph9o0Kq8uF0dI1ISqZPVDPwfR17P3ZioMK9Nurd80j5eVQVLjcWuKJPy3tCeeREupKu5bRlL5LzkrkqQ5mtOwVVX/ev+5v1ITcKnuRfADrHce4346iWv7pTsRdFCvFxqnE7ixVI/DcRpKXaQcZqVZWqZSiIWEevqsSr9NUPwYGRm4ql0bSpais9L3XQSPkWzs2vEpzm7RtxKfxdGWXxY6nIoxfulvjIT7+Z8k5f4hx+T9sY95JB86T5BsLVqG7kp9o3fiaftgZfta1pcw+2518hps4tIDaHOWiu3XbXuVw2qTDZEuYPGSJPFt34gh0oIQeTPrO2DG8SqwHUYt06Jm4Vxw8Uq1n2kQOwyDYgKVWc69FC/MmjY6HIwHDZdXs0rK61Y777pBDv0hFxvSsj1bnGlea2njGsiBPGY3N2GQ0052pb3Yh2LOGASqaKV4dqRtQAZnZ3NQtVoOxRhnXmI2FLDY6W2FTZVcpZFRFcUHkNQsXhyxh8FYKfUtJy7eqktuRZcJGgfkVxZiD5sMcFckGsscjBwSkpWlziGf1YMjQasGsqpgzJpSCDANXiktHmSw8wCE+fuhPE16JKVTT0GcTDwEFe1kWAAYr7KSWiOTwO57xEezokjaXimaxKUmlYjsiLngk7Ti96FSZ5zF9gyezpj80FtfV/K814ZX9FJh63pPE14M3D+1Lc2p0Vb8ZXf1WIXsvPgck5G8oKrsZVaQzkMyXBHWWhqloH31pJz7kj2VojYsZSlKsQ4znCqHRJL0UROU7sIRfIbGJQ1qZ+3lMO6zLZuiAuKYZEt5KRtaguWnfIjqC/7zbVYsNiPucwxxbIrd7Tm+10+biI3hDlk470q3HSqzQb13ljH/dxRsP9zlzIkw6tyC3z1B0af0nqGKBR7NFPiRlVeM3D2qH+71ACYp27oto/fjVj+p4bj6Zd+mR2gz2rMRtCT+I52/9SVowj85oGZ5T/XHjgTfkqjObpdQvzUf2ixEj7bnnm+/GP7ij31eDEOTzy2l7NeTtHX2hW3/WLXccP9rtxljqv1T9ixb/PbqPqdovXOgonPWwzO/GrShr+ZVBIZKLsxOUOr3aU3J/IZg/l2pkiTeRehm1nMTv3sFN6mVM09XqI5+FVC+0P31LmIXQoOuOMtpGXEwWuYjEXGk+wxrsf9OSzx2JRX1VG9Yee1mlwJqabCyX/CVIKoUdn0+UOTI+09e6yiozlVadft9ZVfV9xegDPjUteV3adGzYi31Lm3SKnf5SZvU2dGM39cGeYttk/ZM96oMjJsi5qL0Nql7L1hnOoe728ou55WGI+qxUJHnXduoov0edrcHvU0fehuRueSOoL8h8fsQoSR6wOxbarXepnaX+rpIIfIquz5dSQ+40jjapbkfmaX+u6+cpNrw44Neckqy1V6V96c1tneuCW68ayrq2G0X4EX7+u+onCmbp0APvGPfDIW/8qJeDgW/E1st50QmdtPooBNXV/vPOKvp/zxjGNf8t837+DdedkvldPKuYSQX/zKcC145FEkP+jp5BfMWx7qytNWRaqc8SOr3nfpUB6XiTJ7qoXNG3P/ELDR0WXANQcXD5wQHdvfgKKqI2CjXXUUbsZfijo6ehogKt0e0OlQLhcPAsDNH8pUHG4WVaEK9BRSaGjIpDutKTV42DNZOEX36VeJTwuD18Yi37VEmgZ9Wdhg+uITsJ+SAtdW/REBHppGuqUgNMDNFFFB0aS/x/5VINqoHsrQM1EZgDDhFHyBBAcKM57ns1A8X6oGZzjWmzqpcsojpO0/M/j87jkrEUs7n3DnCDp1EbZf4hMCgNcINeuLCJIcrE9dQLDGe7uzkGUpUAUOTGvm6XampyEP2f8UY/EJiEZBhiqoRqpfBCUZKZASaZHeL8PQEB7j+hmnPNyxP5u2yzWkDZOe3FaQ9sx1l3tfAneMn/wlkUx5a8XJdNZr5GZnvbdOOnb/+U68O4Nn2vI5viRTdmM2FRtb8m2X08msQcn8kTmZbv694+InNVlBur7jeIjloasS1Z3e9VW9bTiModZw1DeNpG09c8NM61aRjTz1zOWMU9FlpKdCl9vIsPzpThkONzFk41YT2/cxScE1k5/xusWOtrTwZtsROG3xndXbmo4sCmMJdXZN/pl6q+xGX567kBTHn9/IvuE8BP5H152FglkO6DC2eKlTHcgjNJRUEyDHIDQNx0Gg1AXcR0r3yk2AUWy1ZGbKcZcRz9/41R+5CHL37b/abXO6pfal6JtgmAPGgmbR5RECws3sb1q61TMaPoSwAtSY5SbDylJam5GHMHUoeQRpeGxsBXO9EgiA3x3Gk2BtuHn8kdcEgMER2hadBUEOTK4y/q3/M9LwpDo6iy0ukCVeJlvV15351jgnlWyOvPpfxmobcoy2ekWmzy57FsbwZhpJ+9BYjJF5dQjp3LVPeCNKPAUlH2kIFvW8xy3nrvxfUvT79sUFrqJ5pCSFhWz11CwIE2aVQGDdfWik6iMxvXexb3gtkSwHWNiGqz8cKLuxkYCK13DhBEXXlm92GA4apdYljIPUISAbJ5rclhUvHqDmFU4tf7sRbbCegv2lpVvfyDrATpI/4dx3jbvBawPp33AqDh9NELCpGopjHIKd951xTwcisHVwL1XKLpVPBWiA7bzpMWviSLfcumC6gXuHmg4D6MjmCfzrMa53NtBv99KGdtArGBLO6W3flSSLXmwkStpyDOMimkAsHGYYTKGKWJOPeK04i6FEI7QtE7jMhBPcDPFEuTPiCKfsIZQ6zeKB0j6gNgl46yR/+Rp65DB/yieY3l4PEqN9InKwHJTkbxrmuu4vWt9p493HUnsvPDbSbbPLWrHsxWC0gRuR0srBqBs/aC6rbu1MDbgGRH5X4dQTiMVsCUT7ExTrT6DkT6GGLfSMdmZDif0vOoI4fKn3KRkSJxc/kuxyPX39Mx1f8TyDs0CSY7mcgqsNvBhvJIKcO+zAn67bEev5OxFdPCJM8BMh9P8Nhm3ZO0Xp22kORa5w/PBCGR8U2xb4NRgrzDiLFlPFk8wQAbVFH/wUI2zFUSGCnAvoLIjRnSChas8IKDwVeFumQCjvvS5IRY5X0I7UL3Ovc+/Njy9SGRcVEqEbNLg5z47dXF3slWg96TNCw26tOePE+C05FL/7hajwN+oCnvGhFB7ryREJv+Y5vFNCMuA1WiL3ewffGOHZGhGhLxUnuIWuJr6t76FGDy3aBaL51wbTi/y/gZhcn75ef7tw119kSzb+UQzwcyqS25K5xhpBKxAxxcXSxJapC7DfFDCruQpWglRQPQmqB/0bBwTx9iDfFnQ+1rSGXsbkUaUh7PXOD3uI2EcWJUNDTSJmWwI57QGA+W1iwONNLrF9bEm1Jz7yv0iwWAOgVLSyu3gjIyvuoK4INdhSXh1Xv11VvToGClZVUsPHO0NHJIgOvZvM52jS1C9wMGHqOVC3CW14Ap+WCDsdFej4EGfkTZuaGkHh7EnpO5RJs6iaIPGl+KhUgHk4mao1b5N274tCObFoAkdb7iWKNZU0/yipE4GLRh1woz/aiMsjuX+QjEKTzN6i0SkxTVBbSoTh5JJQ+NZjbHwfxfmnjt/gXtx0Ao3dFelIzLsjnbI8qP1lyD6yk+w+AD5uvdhtANMECo3NIzrXuu/XCkmR6e+zZaEtkDFx9IsP4fQl3bYz++d61VcclYqO8BhfJDHYSEBawI0pG0xSJaEOt2bUdu0I9XyVx2uA2jRAmSBUo3Nm0bKmkcH5kKdKMnj2m3nOjrGm7CfzXqHP5dSdwoii5pXnQRfZ/aW06jBRzClNNeKL9KUUpAgnvxNDeM+3WcO6Xp8mT3EiPNJhMUKpr+qHXQenfIcriiXkJK9fnfy5Y5bf3G8XYQa6C3U4xyAiua8RHHzRz8jLdn1QMEEi96P2z07P7ofSqyJZMBuhkId9+6UIM6HMKzO6MAaTyIJDcACe89qDR3gKwYEm15uzxqpxfHixIE0d/5FE/y9z7j2xPqb4KLqh6yOMWl6FOaeLC1HheE2kosn0Yry1hRhi5qOKhLtHwE6M5iYmOfDM/iEYkJsJcGkMH7DDRRIkOWVV6PxNODHptvTCgHq3d+SQdUYTEUzLIk/w3ey5QQJlp92k6k29SLTVsHWdkyctOlEXunllYoZO3Ixh7RMjm5QsEuXlyX7LCTNxsHnJQFniTHdldptGezvpWSF8abTO84xOoUxqsreoWaUsCEkXUUT3O3BKj2w8LPJi9UaEnXXz3tf/alWZslNX9mym2iHuPD5JPOSFkP5+XmkMn9fhivPSlM9PNWL50IOdzkZ4iQ5PV1IIw76ZDPlEBP7O270VSaA7rZ+PzLJSZbVbYjsgUCrI5VjBJ2jfge+RU1v8ozo3dZR8dnTHi/8cz5/7uxmiTH1qoZ2RlW1IZYkZBEmC+dnmuYLnq9i08ZDJGW7PKhCR8kimVVfLVc8r0482Al7q0cnrJr2hbU1EnVFIEgk5UwE34xngFMfgceYJgmEC/SiI2fqS49ZrSChrF+ZHjZB+8Ba/fvTCAjN4j37hot+neTeUr5RCQMg6EffsfRmfOjR8cj3j6hjIImk5uoc3C+/9JKT0e0Ep4CTLVmhfioRYYeEMp9C7WFMq0aq+MGT8RWRw2WfSFmNIBH0R/5a/YJ9dMZrOw5SKLDNGnV9JFWUbdbCoViqRwbI1RQtbtqHVkWVV7sl5Xl5U4B8ZNbq8oIsygbTDp8S7GipoG0Wjp6xEoAex8Ql5+yIr3cMHMS/K1N+2qOIMXHAHPOdJs+kVhRrGCAqdewWdCKheN6AucWymov2nW12UN0vA9QoVqRY4HMoKBviEpCG/Vkl7qLbT4yIHVqTn5nFCMeubTL0uHptQhm3n9wlzbcgMqALMgGhj9POxDqrR4tJG4i+i9OogCVTt5cS0an60PwsoL7rd4VwxpsAgacpBi6TkgkhkjGobDI1FLw2nIO6OCEvCw9242HlCo2d+pkiPx5LBONH5QFAYK/NA2fHLl+nudBMefoW/3dUMmyI0W5wWnCiwX+2kfHu5h/opGw9/jYRESSdDS+nwCGsMPcW9pQtJW5TEWJFuRYzIEjkmXXOCdhSF0zMe46WGrxDy+jTe/Gv8uJwKGa3x6I5fBne6SaIgU/8lZ1lRIMxhajnxB4EY+Ugm/44Qhod4R8tRmAfs3f1WKRn1eQzP0EltAfdyj1OX6SAZsR0tiLrKxTxxf/Vx0wlpwVtahQnalDEaqKSa79WA5oX96cM4Nu3nTxBCzqt23IEvMIGWZmLXst9AhyCWAFXbt1nf4kW76GxOOXcMguc/1muIFnfoFg5uxIIzzi1v1/NhHzpzoZ2XnMo5ked/puTPpg6OOObI5Bnje+q4VHh/Xm/s/5Efv+rHIOxWl+H4bnYSzNEfgmjr4zwmsICgUl8DFQc6vvbKw+9l6NG9vWz3rzv5KQPwAohnH8n/fbO5vhBLsz6ihcdy3Dnh+qaM3L7F+CLsbs5nXeeOy9DQWr54Kndu13St20C5Tvh3CVchH33X3bc8h2OeX6MIb3mkjrmlS0hA1Qv/e87mLAu4bkYjAlHF9ggr7vuNLLv78o+uK86MCWouFnbDN8ociEMNIKM/3BRH5yW1j/7Ww2vp8Jx2oj8frUcduu+7cQedov/qDDHQht58Y/FBAkahRRf/lTSxLee09DjvseF2wHTKjaJJwjVit3k7+KWxjFhbdjIUEBfrw4vawDRTsmHXfYazxPqrDlOJTu+3A9WQk+2mm3aD1GsZUhxfDfWLY+LUMSXnhS6Jty6kE5b7HOye37rZzG5zyZgf/611Fjv5/aXah9h0C/3GVa1gFzGNh1fXgv49Ok7ssEvaZVx4xK7oMcPEnwwLf7FP+nduMv+BczytboSreIQxk20ZsHIvrQdeFafcms1Y2FP4JSRj8A3uWUDr0H657Dxtj9kcYlOt5mIq5Szj/s4WZ6BRrIaWwLxQHTlSweJYNFM9Dl8tsY1aJbNC4MratJAwLe6SAZiaZW9sKdJ7SRnUElQzzAxGKskFna2Qou7JcpdaWbrwb7CMRA6PAepuhQWpUW8ddBztl0ZccyH0eJwRek9SMizHVlz9SIcxhlljgjMy6S7wrM7rkxOEVy1ynakmk+GD2O3dGV1lq02Q8Rgoo9GAN+QRtDadsKXmla8CEZudDQjbWrafjdLPgTmaag3wF+EaBuEG2PyVf1xnnpyKD1qeHVTmN8YDhl1bbfC6kUt9cVvjrsJX9Nu236M+85ckl5wB09TG3tpF19U2shMpSxHci5cvgbY3dbnbHDjoqM3rB6X3Mq4ZVMvilpVNOqXcwWybUzSKKAuVlpk6xuor5GHHJkF/Wfm1fh94creCFiEhlOTnuRAN8ok8Ei+5AIqtG9TxMBE1l93mZ3txhIPMDzT8Zt6ZK4TjQ+ZSKw648l8ILrRNGaYpPhFJkr2mknj6H/p/wk2u0u55bY3Y/I/DOOH01OsiNuyS4Otre1zwelq6jF2R18LSRQzDt35clm2Dof0d9RL7JK+eJUhE7dBlEBwbe/NX+m5dUMG7SVDnDdm3+R2l87k5foujkyeDgcnR0YoZt5F70krxZxxxi+WFt0hjiVxxDZD+iubJMMefK1zkr3uitqXTbn3HN4O7D7XZsSdMM0nOepxxOkgc35SPvba+VnkJtMNr4e9+dqDQoFu//7a8UZefb2JJAGJR48nYoD+gZSZBXqPvu49akGL3AkKZKNuo6+Etr/T9oEUtL5+AxZynyyiu7On6Rdh715p2EpHNzWFaXpM4F3gvGJpILCU05JOOuJNj3EH+lqtkxemkEZKDNbV0wN/cu5dt6X97+Ztfv12m98i9EtH5SzC5UIx+TPMvouRST9lLVLy9EnvGJ7Xgo7738lAQ5JtSgZc6zn8mdYrb00XT4Sii0UoiWiSZqDKcEQ6X68OXOFgXoTuuCsXnHWkp5FL0fQxQUV+a/ipf9tzQ1YPL1XNL329L7+RAGPiUrNXZd/pGXJfBEOyUhN2+znWjjukaFU41CDWy5f0OUkJdeEhro0iO071q/KhJtPfIAdKh0R9v6c7fINzQo+LwzEJUYZifHfVtjsXziS/ZJ22XzsO2+9U17WC6Xe4s5x9CGqtJevCcFLXTf+2kXSC6umAz9evVme/McoGd4I5WK4or7PTnIFtoFSaJ2ctS0Gp0qc7FxYfGI3zK4aS5d6RGYa4Q+2bu3naG1Sq/iFKzxmiaejK7kYLxpxsntwHRGFi3ILZ4zzCUJbkfO36zQjWVbunyk84WRb4JD4MsirNUVRX+cqKeungv9yx1wHgx4FGY6wAXxAjzNfpE48a9LBAa/9GLxIGmA2j+vG0ucN0yf8YyKdUi0dOAIosYXJfFUZQHK4s3zcrgCxDD5wtq29RKNaIOO1FXnRKHoLUbYgCI+oVt/8G2aR/G3ejyDZQZmtyPd28A5HJxTwus4oZwA/VMzj6QQD1j1ZV0qai4dvuZ5ShoVwgMagJLm4hsIOWk8E8rPBaesNjBIojOFmIAU2MS+/SKDexfbaVoelFgvDzP/ybK3tSTOCVyfu/diJIoEFSEi6Ipodl7fVLQsdbi6LI6BaG/LO9b6O/2c/5XGN5pEsOQA/KYj8ZAH0gAqw233jYLW15sSXbQojVtKOkJzIoZGgVTO+igDsPgQvXBVQdLYylVK7SKqTYw1t4tjcZgjqhmBbiUFlQX8qZf6DJ4laAkEb2ADDY222ebL11eWs2fdkV3xfj/pMbHKLy/i92XzosAMbd4RiaCqQLywqMkzUGTZzaWncNrNvkAh6HNtKtdWKyU96Bwnsp0HabHsHjCzBBmeyci6QN3cNkiBpTZlAEtuO3kMInLZq24nVPPvsFFSlpwPCFDp8sNDKd/e9S0EgtVX7u56MBvht9XNI3oLi5Yha7VJfTCFzEKeJRPwViLTdWvp9be+Zzu44nxTGCCwVyWPTbVUJ2y3iTDurspwWme3Z0TUAmgtUOOni3GLE7YCVvvYJrwexUASTbt/prr5ofvHu5kblsx1TR8k2vbmBykAR9PN54cPmMOAwj2nDMYeCHP29PnS0onIAzXOUO5tikKYFtBzm3wIlLKHzvxGjDBkfaPOYNIjxQ0HlUXeC4n55b0SByO34h6kb4S840zZ5m8AR54fNM93mJ6x1SI398drofbSoGJa7OcZzp47fEqAusbsHgyC7Kl67uzOpO335/vrhTotQgNgbUIrXIZMZE8ybi/E/VpJj2Rh8MAnb5vA/Teu6fmxuC72tNkluByi2ShpO1pCBNkhO+IX1CFVGDinP6p7Ozb1qL0WQ3NOISh5qDIsEjo1TsbM9I2DJtvtpqcJdQxsBtyQ+qqVTgHMX6Joyj6mPrW8lsoy6eGU5qKBd6RH9Bo/Me496cp/SgSH+PaNm/nxlgqXB103Apv0N7sv7oWv0gDHfCGtDMdxKotzcRh87wNTnPaF05CM37HUcIlSmKpS4SNZ6/+c/DbuxIq85I5WJ1v0M+vjuJY/LqcXHHRZrLv5KRR5nw/UI2H9Lh429vQzJ/g8zQz9r8OOYqv8o0stmK7v4yjGx2SK3Z/zXYMDl5Y4g6sCmnzHblCR9rRUaZrng3Kp7frpDfGxzOiazih9vhe5Rvglqy6ac7z9ozkPrUTczeAmJc479ut/1f6/R0fC75jHg50rMbhyTMEFe4WtMAwUILRQUndkYFILrOAml8gcGq2WpSsakGRo0H5KQBr/n0kBJz9DzE14OlwokztGj05ngXKJ0kWvcKfcHgeWGfgQVjyj5xken1485lc8STMGxOKpNGEpAN2OzJ3MEsmS3utC/wcPhL6AKTt59yMtLneR9aCLpSpRrM4t3CP8zc7Xw/HfDfzBmeb18O3NrxleUO9n6+afZSfeTQ7/t1Uz/91lJPMrj12Q7NXrkwJO16Rriw3+iovK+dflcepJdtPDlH69bV3LqIVUJs0eNCDfL0teUamnIyofw/JSA5GrYLh/Czx/B9YvflJRX7LTL7DbTj9eeyQOvDZzmZlzYqehqgrp2JrTdtdmrDHVMdoKnA2d1c5CAh9je2cWYKHIWJjummHBpBXgqsNeb4cofXaQZDkdl1CPZeVBqDd9IRHb15ZM0TnpWD4ql3zXG+noLLoaeTEcUaBRmT7jrYcKMfQIcfQUdllYTgBx2y1PIz8B6mHH4ZOWmkNYExet6zXDU4FMZYdHwyf96PJjiAMfFsY0cIlyDOUYdZ+2PaInZrhipRFTQ5IZNXvf0yrZqEYyUIvanNd/tfl5GeZtqP5Ly8OKbu8TfIdUVG9vy4wcst9iO2lvwbfE5F/yIyeQfzZjXmK8LuLybNjPOu5/NbRBdX5cNzTsUcnlRCcQ4l4y6Gb6z8fLLd4iPuYOQkLk5MHkQhzN0r50ERnWIo79fr51S8I5EkEA/G2imM2P4MWCgw8SOG8wGH26PgjZ2HigXVTYjRZMP871tChd9gsgMhCJXYgzMoeYJiVXHplCIRWO7Xhg/4CAv+hZU+AKK4OYKjgKDxH1WZu/fl5Hi8q3qScFRMBeR519F/xt0B/vnqiCX658kjZmdLIE+mUyPPTQ1Oag4jOMBQZVTThWs8ebOAUyrY/BfQypHgeOY/e2LGQm4UpvZ74S/zECK+OXgM89fcihMe+sK/Z+LHpYEbEzwwHV1M3IqsJVDSYGNNorr78ti1INenm3OPg42U7QFhgejGr6NZOsyfS0RzaghYNDOzneS7V37GTVqZgzBlojJEKEP4XItqfIyIF2JA+xsbFVPPZlztz0H9kWJhjTTBBAR8pTUEm7Kjo5mFpnoihMVOEzrQU4OmZ3gZ4aomVf9jILvKbPsqe+NpuUThpoEphijw/ctPRIB2ZJ8n8RGA7x1nKwGgQJ1v0U8AoAXR/tJijiqgrZP1dhS5qX9qsQWeEoRO80m9cBoij0pRGZiHFI+LacV1TLlu/muDaBYzFMC9f2LeCMxQ7MDM20OKQqzZ5iUYW9iAKGsMgG3Orbp4ueSkaz9BLoC+fwX3tP3prYZLyVfKZeCJ95dNHvvWm9Ql91++RnBkunXGBWi0rNomYQnoyacKvODYKrZb+ykeHkAibRiS+kubfHeqBEoKWMmUZVPzooSJrtETWO6IW8njBc0yeOTzv8TNCNUghptRrukdxcoropne2RlMtgsY86rqQnKx3+RDrPVDNokvcYaTr48ckonpnkdWWeLYk2bz+IHb4sdf1XXEKPt9cwbeR8bj1EL7WJ2eJ4VMIi5H6NESBLxh8kT5OO+4Assr10aPSTqhTvOOPEnGV3wRdnS/KcqklmiBWdi2+tacMnFd1PNEoUoODo/hN5pRjaT2R30qGxFEbBVECAYPirXG/bQYfavS0sCNuaYRpMkLIT0tuS6V8WpRCq75m7B8CvZuRadvWvweftfdsoYh6xDWNgREBFFNV4AamxJJLWu9whETaFJPY9m87yz55aRlX6o7tI/m5PNbJrMCFDcpK30oe2damtE+utIdDW66BSbCAFV+pEreQbdmEnjLgnjLRLEnXoDwsgh8ty0O8eHSfzXdTNVBFr9ChYVHusP9MapKP9ZYCIPH3+tAYtQTXsqv169pNNCNke7O5Q/ld9UARpUnVn7o8BL4wmk4gaN66f5nrE7/dS5P8ZUWCZm6d0Y2KsOQzHtkbLX7/+K24J6lKDzhmSlxn9Z5O9BjrjhpCaek4CNypPPLUkLe0HXlotuPLZ6DPPU7b8UCwDp9/8tMnTIgo4Uvwre4cARGoAI3izO6ZUMAVwtNG+gzOrw55hR/f6Gn+qcP/n37dufv8x2R5OE6T8SUOxperC7Vak192ln8c6KO7Nf6Kj3rXmjfk0d4I4z5z+eNOeodjR9z/7umQNpJfH/9f03/F655w5CeP9nrQNDLsfqi1BLLY8FwylULfoEVIRDGKAwo70trAv5BI7dDfpNzQlWeB1wguTx7VDAWcWA43iB2U1qM+1bletuoLB/0U6JKwHhg0jyEx6I9nTpYyjZJ/kkWmfnZGcaZRnoQXkkcpVIxauvSLVfqOmzw9uNC8NTwMHuTQc/rMLTLvqm6n8chgdO/+5PJX9/gBqbFRntumpeifLU9neaRiaTaK0j9jUreq1glOtzPWA/My1jP+YCHTAsfMD+GNSSPnTDfEHaMeRPEUHZN96Fu9OfW5xsNeMxYhow67V0UnPWkrdRlQPmIqicDOAYeSHCemz5+Fco7OY92gqa2A7PMWZofPGnUsnjLs891qPuJgP2XuWchesPtMa8Eaxd0Ip4sjpMTBkUyZ5zv45VGEh2NjME1h+Mja7oeT93Ebwyid4U3FiMXjEW4Uak/m13/eWKFV8vHLsETZN1LiilYp6BV3qEyCOMTgG36ircBa1ti/HnOIYTDnGLpWCS5mZGylhhxMuxYGhRmREvA8oJ+JkqajZlyCE4uajGfjkzfnBjpSFLQHk9JvAzKlAUHMVxREXabmGIJUCHnB+0p2ZqTlH6+dNzuyBddGLVrF+RunriUY5Zc423x4IP6VTavtmhaeHWSeiDhOcNJBInFQNgMSrWdKtNppp0kaZImnYdrEkUfkzfH+4OCwTpXDQmIFPffq2wr9NBliW7YVH3c3zYVGS+LvPv7BLIxd/ueuVekXanw+pWC4bIMhOjk80br45G2ktLPvpUPmS1b+yh6QYXKP+LcCzujlJEgoJt9tCj+UV+F3y/ceywOJhP3kkycGSseL/+4L9mX/BGUUDTf+5mMSGp0oa9QXjl1dIZ3lFYMS+ulbTk0K5yq0qxCeuudq1A85U2QjlDr5iSQtRsEHZJp63kRhH0J4fqqxsFlU30Cjhe+k+o8UZ+qInkb5YyKUfxsFShDLPMxCNuS1QrEsgDKBJEWzF7V0LyHYjbXIkzt8gHMd02He860Ism71bzVfEJ95Z4LBz0u5ERSpFWXO6gIF7mb+u6wD4HVMbxnCJsVHp5wevVOINvU4Z18PPnQXR4GuEqU1FrqKAEMbMdMWJY/ZfMHYQ89neeTE+Sa1dozi2+8lC8I34GMgnETLqrtwLhizblDNi1Uh7CmbYwvQ7sSRYGpRkh41O4Uj93VL87MY2BgHjF0cq25Yf/9A5sQDDizZxF/d9k6U5wmBqA6NaNgKEEhHckgbLnJFyfFPvsuv3MB5HxRPrqZf4n7KxTCITAIQHxJKVsPTTTfcrpRYIuwQ1pP4YzRGwrQl5aCYuYwrsdfNdbx8VqCnr58kjNCj138Xg/Xza55/VugvZenmnb2qwMUqL8DeoJFXKsut5mv5cGsCcUe0nNonqiQBACHCwe2Fq7aKtnBWDUQZ09QgOfjj5cY9T8LfEo0k4AYhH1vElWIOTPekMvydgre9riuR6zkEJ9Ue1lfA9pMgNooCM9kCgtxU1prjJZTevNdZKizfeZH+dtA/P9Bz6Cu+9e7x3o+XBrn1Xxkn927T319GYblEKBDh7KTkn0V0/1UC3wHA6cKXmnVVcl+EsrOq5Pfr/UBRXbd5ZRnR/Nbo1YgyRLzPNFBXfJbAVI/fS/Sce0+iPBfry9tZPfLe5USZqeqnEysFbCEnrZwsxzfh9emIdxdaPZc7EFgw28NuxQW9bsLupEn8MZx66WDvsf06ZDrwdjC6kgyir5yyvJPw5faAY2vazC80OcDYMVv88ByBbVmg19AmS2JtDZQ7UeOmyIvwXblM81jygpoVeTfJinPJoGFToQWU3osNb2ReKcN3ZcSFUJZ8whzcaH39zO6H+tRd7GGx6zh6P7Nh1gbGsVnXHcKb7iJrBIT4Huka4NsV/RSxOVougYAY4FiU9ewqQoWiZUlPM++RnufMkgXEa8scrwa4SuczRTM8XBt0S9rViH2YzSm8M0WCB2DYGSE93um9zDFT2i44QBMG0OCs33Vgr8CMSuiTOHrmegzT6ZLEDq7FkRmCoYLa1tqKPqMzFkB47IAdC0ZBrXLqzCXvrR5rPtDU5YhNh7+qYWQhNoMcS39j0ZqxinHkR78t7n6rmAhMZUNyHp7tdE7WL9+UB4yqIm5TEfuFxsEmPyNnEyxNs5qVPDR3O47WL1BmwnMV6yBHfTkbrxthGWhB5A7bHp1ReeAMCBbOchNZBAaUutU8kyMZU+bygjGisMpT2Yy10SnuBuPg48tuVvGMC/buqQPpXa/3ehRguoRdoGN0iqmZsagywcbLvQaac4PBJnRIaHCx+XaiLnOda3nOfWLjE0uDMlrEYSTPDvKog+jPZPg79odDWzrS0TUFp6TjiDbPIBmHcUE/MJg9+zdPPaug/3jGcSbO6LhgMq5Cph5DlKXvOrh63qRSWg4PgVqIlE22h2Apcsr9GW4iYgZhNwkRDpFtniH+ECGdIpZALlWz8DTLfjfqU4qMaTbLOcT5BiodyH5KAnoQBmToLG7VFB4NnXELsjY3jWa5qpxGAgB0xuQa8l+2zIAQojmrK9HMpRgyWi2j2DIgoxgQWT6aUakEdARD62qUBFAgWkrL6xu8jUtexXCfZfk5wT4gIqmrB74UchYAKPx29Sx9ZLUMbHi2uLApxRARVDCK0I8z7e3yOoJ1A70jpa9nufKi4+9HUEk3miymzBlK6hk2koU8CEw54S8q+gLdG91mVcpTxjkUEYntvqkgUGruTaG9Z/jBaFGoghm/F2Y/95LPhvaepZcamnosV5DsYw9XH46Epb5bxq4SW883YvJwiKzdZQAP50MeelhniE2L5vlVPf2YLr1DIN5C2UFnCjgYWeK3UD4LspPmMfufKcBICrIsug8uXFikN7YL9gj82yT3x9L9cThcKGIQbRsfYoe7OvTdPp24AQsBV1Nl331ffQPGu880UCB2Ok31khF7Qbq5Y1M5ljPFthBdtWO5H+xDZM5IMe13Nwho7ZCR6o/MpgJ5z+Yw+lPJkb/7O9/o2tnPOnpdHwwkiUhs/cEW2v8HRrz7fBgudwZ25W3kojE5zBr5dfSR13QDhTTVeOaqUyfIOmxvczR1jIriyrYxqxR9eteqqOdb315C0H+3T/L75TlZt5i8qkHKwZ4ZqO0RBYDSaxYfB/XyY4KRlSUdBsWrrg1B9qMSXtkId9haMcJ7IKm1651MMlO3MS8PJBhOtM9QvIQPQvqQ2UD+CkVcQZDf0iiDe+nuGbPfrbw7z+BgQj9u9v0v2uRaAsMTjIW8bEJla9N7yutO+tHX9rtYd6dcnB8RYKt6TxpPEto0M+iCdezesiuF7SIQvHTdyRDxGWT9sXJ2ZWI8abB+vYx8Lc7Dzx3j3efNaTSqzbWzqljO+KdRaXZXeM037SmGYw5JnHghiUMmasegCDBILX68382R/Tn2jLx3DevRxSjlH0Y3uLjbIqCMvcJLZwPAvlquOjQlpjM4NGUnryF2f0R6fFEiRw9SaGdShwrB3jmeOKuup71oS46nvhq2SA/bzXpQaYmbncu3FMw2cCk/rl16m3MrM8fSPv3HqzlWwksXRm79S2mZ9l6TZrYnxQvlXtO19+7Wap28ul26+qWh3RWmfqR14k/E4PawWUDzQgk9WmjYb55fbzlJqu9nnBeYtEiV2v3wfQctOIVGh4fXZ3lHvuXBv0tJeU6ushUunBhd47tv5wiwdj9JvC0xD7vHsvbmvATSCPPSkK4qwAu6un5/3PhDB8c8pWQ4NfPuJ6U4Wwa1xMOMjDT5S9t+/KGsjUoqsWWHreYBRAHzeIsKBeeKzlcGqgZsfFrTwC4jKaYSTBsYPSptBO8QxQgkMBUBBBUVRC0sOhA0ZSLFvb6DP2pUfGDAac3XSyCENClWaGvad+uOyijWC5dGCtjrFzIqaN7hCwR3ATaRRg0u3mCvMbKIWDmYxltm/7ugJ9YR1eHbxLx2dTtu/HaxLDO5osUPG/Kpo50Cnw4TeOPDUn5x2ih6PaG1NcPnTm4TsLxrK+TUM3t1A+wi7ELjJSzzVmW9F9viGkoLpSzJRPTWCdFqglq8npDayxwlBleglIQz1JxYZ7LSkGS9eNREmBWl9fJB2FDnvuKRnVo96MvHMrKv5JflmnJ7Vmnzz3LGW4xXYPLoKM1uW8yrpaBOTI33lbpCLe9dvb33BR2kECrq4+pDUhTalXyK6ttSPg3tNH35fjz9OGqcH9yP8aj0e92+xYz574vOoif7Cse57mfbVq34unUexs9QqgXaqIWwtmsXvInOCyXrP6oTu/j9cKNL6Lp5UI9yTPMvzVLwLtQvQcXi9GnH6CSOy7/aqPGPdvGAQhaSEzz508KDsnzM2vv+/QnEpkDEcYDjChSRTyFk2r/T+5w14FQzzaFpc7QkSqr2JKqmjsz5TVO3Kcva5cUssKo5HZvGt/31sS7mnLZ35+evJbX+t5QBCzVPHpkgcDToWKQZF70OrDNWngWB8zg2tH3NBxkQggCweZG6GWCiVyil6sT+LujyqLf+odfX//6CIKc61vwwwpxy+1Lod3//ppbxWmXCmszbKCouHc7q1uQC9wnfxDRFubEWZj7E9+C3OWLF8e4ox4jEo0yw5qrY4QQhP2IdTXCfxUUtpejvAjQKq3mFfEM0r6T9pC2vqXymVJ0hC8r8caFsB49XK9oWayU9hvrbCR1AhUr+sNw1wDwVUFT3ZC3jO295PvjXBG+cN39QFo7nyk1uzlTXu+AZ4+Ieu22XowUmKTW+iGOv/TSWJSfRhtdDlWimiccknNf7bAR+jsp8w6RZvtW5JyZ/RpSsC9fhNOXRY6OALd5kWbcgNSMj2Fd9uSUubTEQJ20Og5q6b9r8sVspNt8Wu6HwqbCHH0exsfZlahP/LKOjmMBKPHeEEOMyxSO3Y+1intBm8CAvbOcyZWz4HJQmgjy/XcjftvCzo+KI+7FivstOriYrMOsqnGwjtXvW46eNV6EkbFNgsfVkySzf5Ye+M5ZQbollrzgnXGmiuhGXF7BX4gb9jceDf4AOuOUA761z4NlGG/5uOdi/bt3Eohr9oHM5+J6eZYMDYZ5+I+YYogji4+gWUidl7NirnW2gq1BmA3ewQV8rvJZbeEg3bdCnp88HFhr5ae6elwvajfd4+u5RCmtw9Q7NsFjbSV3QG31fiPlaqCf65l9yZhdzfntn1XwujmSHmFzlbXyqo80zFb0QILAOH1tTMzx8rfudIR3uXdqYIoBy7lpZUFuanPdjBpipOsu1Bc91YvbetpND+t2VADUxvcI+/WAt+HLPAbw4xav8syfhVVkAQ1bFrzyO07HxfJY9qewawPHhsjaD29pXY6Yr26CSjy5ijHHyedqFJqlHJDPAWTNZyqNkh2Q0NFb5oFA9Ua0NKybDwrBfuYFWaIY9K0Zyi/f5WaTZtwJ3ehpey5dRLiix5VvKkSwvAsvltfkeFqUreYTN80BCn0DsWzn3Cc43BZMzzRetvj1GW5YbXyFUH7zMAOl/bw6msXr6Ec+d4z7uyUSk6ccYIwicxmQICzQkDroxrI86CbTtKNamtV7/mwXd4ajt9vQTqEAxOgAtzxXDnPBSVftHvO8xDOt7WjHsT7COJg5M4rWV88IPWaWadaMMWJz4OmbdmnUmig52WzEDM0m5AR7V/YTT3iAeKlWkEzCbfguaxnTgjzrvIUd9ots6/W6e6n2MkQZkPcyiqLO/otptn8sdgpxkNFZLeCujAmoHp75xpBjt1VJVejFXWnP+F/P1ql6oyXDWttCqMiDPUHd5tFCenxkjUpnSPCSXOPIsgKQqlQaIx2hJ6C5oL97b+eqKyyI5kID20pE+5L3bFIQeK8t3OcysG6Rskldr1NDUNMcHVtj/9ffbhMTf2cyNyIb87miJobh7X2ZdNYQvcNlny7IB+duC2X/Z3d31lMGfKz4E2KWJfbRdGevvxktn/zrAu+4uVetC8Bs6TxhOZvbW2HD09/1UfSlXKNcroBeTPKwudKrgyXW3/OJFoh8Y3tXmomPzsuqdqFEvxdOplBa9KKaLLhe+8DJcv9oB9Qh0dY5XqVs6b7KzHp17nKos2agv+JECTUHTxsqNAKki8+J28+MpHLz/TsZbLaUUKs8Kufo6v79RSqP2UDfrAbj2RO/XovhgzRSmRGi7w5elyHza/XmLTXfrH2x/PD1gY3QGtAAXnXARFhIdeGbD+agZR5scND2+Jo/BhUmjCV52fHkdGuRKbCC6inhlwaoWoHhsqD5eHL2BjMZSFYpaICnTnB+0k1EaRSsvvizZBrDImsE/k2wn9IzmOtV+wEmksODU3pn0mpjHFidwhVXFbvQ7SQFzWAQNw/v9AceXMZUsH8AO1cPZbmhM1Bx0s0PPxAS/Iz6Wzbq0uCfy3wHhlQwXH3j5ABGPqqQ25deIEZlZ1Nj67XAgNpLqWw0a2rSwEUB0gLstNROwOt2q27eWNVXQHpzD3DbppzOJyCiM9PAYbm6TU9sxeGNgPk4qXatt5m1c7gBwl3k9wfLlARWdzL2pxCvcyOF/8NajD3sJIvIKIdVvejQN6rrgDlskFsnhAEu1CAsoxvGqTPDpmRNgtCvIE9nTWsaM/JcNqKGTR3FPquM1EViEGwBEgA247XzaCOnKJz9kn305Z1a6E2bZlmOla0/2n4wvn7fjU+AwZE+kgkUdONw7ELfvFZ0SNCRzmRth54v/MLMRiNgjEUUwEed31UWce9wpdicboPb1XNlDbOJvpbGuXZRp2cANH2BcBLLwDo0UVol7WfERCZYM01FO+3G0hlU/ozDsPvKmxREdKhqSDGBLwSZXu0KLDRKuceP1GQJ4h7k7bktzHzjn0n8LFaXvjQTBvpiWyfMHGyqFYQMzWH1PD6apdgDZAC+SOXihInoY+/aJKBEDDGVyWbwyW+k1Cr1WVILaArwQGfEX9djirMvdJTKU1va8NIha6aU5DLsqV+gcQ/7fn/ZXzzZz+De1FIG9vhHd3RawCCGSxbcJ9cT/9n4iXunnV2Ej7nOAQ0YKF1xJALGy45IpnU0EUY2d3Z3ipy59TALiNdzB8Z7kcGEkOZRPy6gstpJo0TxT8hi5DQmUUFQKThmUmLIZlURF324t+e9dgnyTEQShFlghY+hRdH4YCKERCDMksWmSBPZoc1gc6xLmmzB6AQ57um6jCir0nu2+XgJlhDK9S75r5lqiqAw8SIRjaE71pFwcZ4EHSHpkUYN33h7Rm/jKPqIekXcJmYlASMjU4DvGnmKDiWuD0ZnImojhREadAFWka4bB4itEDL5EazNsNpahVOscwlqsDxRTsH4cMIItc8WcbKEZFqIKWzESZfOGi6jiSLCqtYC6++gWVmbByJBOW2uMHthaZeDE1gVjLfYhX9LG1lHFK6wPBzxhoRYhSksnA+OxQMkoqoUHBkotvTFgaYmeoUkLLAxqWII1MMIWAWEJltMZLrCHGLOyfiZgyxLzQtWrHwn3HJY2cHM8HVXbPr1j0US8MmESfQjP9rDeauYvsZ63gpgn6wm6q5bJFcHSWozHxoU58uDwB+a4CIppikePFu9VNWbUvANYx5aVFn0T+PdocgFvI1LpC1OBBWa4SrB/z5zH5h2e8PVjdHD58vmxwtCS3Z0VruKpnwdkAEoMKD7sfkdgWC/0FdsyBKp9bIuQwD2LQhOVEe+7z1jRDqNnO5R956n8QtdQ3RfybsXUzpdp+ZA7Uz/2trp/+3Gb+8ePZ+2Skw3T3mRmf8EKgOwNY9IcTvK39xQfg4XDGF09UT2XPN7HmaAdrXfebh+A6OPkaMiQ/iLXe6CIFqfvaN+Tf7nP0/1mbhAxwLGRXnOKSUQP6Kb0BZ7ndrvGkliMv7bc3a/ju3WlVL260tJZmtb2YLNg7Bllu1IRNrAZ2TWu3MO4f8sS7WbReW5gn7kyKM/V0N7TLeD4IMZZ8eUUepnKhq0LyyK+htM0ZFit6iVdhurQ3+O0hp1/GXAaa0zsgGKRRbpNXe3i/m2OxVbVF15Lq0BTUhpBiOjg846vCNqKPTEOVXrn+fvG7TrpvjCh0Yst/XvPFu2wmrU7zRe5KDxWPbkd9R/TpYcyFl4UHw0AYPbtcZ233y5/iQkhkJIYv8pT9C2+J9Cdt/w4q/NvcD9+dRUKE09RRKonHoh8xUp+VwcJdhRY0HEfe2ZslBtHjwUafz8aMJil5CC8n2ArAJFAMwQE2p9sXfuSVXyYWis3FcPKn4PDJ1wVs8UIrBI+hIBAKequEONAakadmnU43VjM3teQlhEneB4y7xaqBpo8HdwWjZtY2DJ3bOOO5Y86KG/my/9rWu6ERQ1U7KXxHR6iTTgS0Ep0gHPBOn12KoxoEXvLmRPMJcc5oovvU/Jl6phE5qw3g52AGtcpDzAUaHOcOITirFkEFKhwkdBgtstMdoEDu7jA/JeMwg1KjR57er48iY7wpXCeyydgQ+9G2Tr4wHlzNL2S3qWKxEad190zd5XR31qVuWTjfRyuLf07+OA87qZ599BjN5BGHBvIkaS9A9QDsV/ukecNX+UJvJU7RkQUhvEWuPqkn6OM5ovfFfZis5pI8MrVWk8z9+V2U6zx8ESccxvn/wbl9Ta3VdnZvS9NFj3wgS98MVudvNSsguKdXmUqwywSP8Nt5RqfRxDeWiZmBQw5bxuLmCElMbKLq461SRIpX93/81MKv5vxWTKhZNVhd9I1hKNO3d8Vn+lqy3sxKmydA34U0atzBOxWUhoV919Y5ix3mwXaM0HvmLVIzQKTLjDaGx3U6olHSQLJhiJsXgLIGd9WyAefOShdzGNHIE5sSvw4MKA7/NUd/Vkc3tBRT1pPbDzkoBy1054xskwIqiNmfhowdCw+YBUgQzbJqF7qEDTExRRqk8yosIU7FXMiGZJ6rmtG+dIOAdKFdT3sxiepG4ccpmgMnAojhAnjHE9meFlHoeMJuPKweIU+9r6Ay97txFEoHWF956Jhs+H6Xok8WaSEWVzGoD0ZKlP5K25Thogd+9Oc5yqvD7KqPWjSicv3xD0ZNZfZSUqVcGx7auIOS7ET0x4Cn1oFyEUFrAMp8yAn37sgZDkKBXABJgiLfIDZh3CZYJh11jBsoU/WJqza+99pPsGvh3IttkPAfC9xb8ENMiZgICTvofhO7hkx+7YiAx2rcN0g2JC+KHMMXhV1zGzQVVFKFKvnhnbAmKzmFszRR1yzYIyrjlR+f1ovPhANNf8CARoHj1JYu87GEzgDyYdXS9fMmzMPWyFHmBNWJcjoqWjt4PI4800LQUCPlTEmDuvzrFCD8t839mwHr3mg7cPO6W2Xzqa7/Mkpz8COq/cBgXb3SA47KzUEhYqLapGZvDNpMNplsIBSH6gP2O4yLtMorpJAMSo5dBgl9obeXCAQvEscNv3NG/Xas1gKuK5N8QjDnImKDuakLUy+Yed5c4HKfKr6ajuD9ksmaYDnDd/p8/bTDqTzlwr5ATfMqxJ0LqKajphKtLV+8q080c/tiRcNBhGE+q36k2+Og9xftEcJbXB762cPkZHrHC5cIfMbp1trMwEFCJuHRdW0er0DQWAnigIzMWyRrvZdiKFglDRz/iEwlw5ht8ISzzOIIpivk2NOaU8TjTpmD1XRi5CgyCCWbsEUECqfmbNQ7t20uZDCD7ZdOef20+5aAJZYd9triB6jzGTgoawlk/m/+jt2hxzmQjAG5vgSFyLacAzuveYjhXGOA1ScjnkqLsLsdPbKWdG6kj+WU2GlisBgqI/ehIR3r7Re9t53NS6W17lLXVWIKX9FYTc54Ow3DRoK2rJ0k+6ATE8usF51EbZhCYw/pV6fQgk3JUapowF8sD1rIeZWQSaF+NpYJwJaWejuqOx76rsSGh+RsPXV+f6+N7bM8IPqxIaEhxJrjRPUe7mH1Bf61mSaMmkV7HFKjtrVFbtZoq0OUwwwpUfbXYrc2Jk0L/6ggyKikC7FAN+BWMdSQT1KGNMX6iNBR9QkYVm1CCWuyqYJKGOqdzOKyyzqz2hykjPJn0E33LK9QClUN6HDkkxyhywbD0YcuTdIVOZ432bmgepcV6VOMxCHXSeMI2+4egaldfQu4iroMW4SRUa4+pUr3TSLzF+DSo4VAOBwgcqrQusRAYDFcCGOIUSUDZEvKd1GmJxziAX5TTItCU2lzT0ky8Uxx4ehS4iQC4TG+WKl2TBye4A0/4t75KucyCBzsOw6tE6CfecoKWHDJMn3gWDGojjosbFuOUewfy4jFzAYnW4N1BkP0dNEDjPlNAqvYu1TGUiCg7MyRIJpZVWjHnR4NMbwQixBOopvybyROXD3bHIoZcTLd+dc8KBuLdwxsCiIBeQbblVhExnhdRZxw75lMQh3gBCYXSaBISl9/mSqqPASccnQxDmWEYL+svFqMCNOr+AohpibO95um7wquPR6pMkXNRHURt0po4vcgoPGqvHgTwcY7NMJ+d6Aq1pzARU8MPNMM/l7MmQcFGXUO0/wCdBQTMvKR/QoApuwZBWfkfiK7Ia8Ojk/P4H9E+Ocpqcb0wsj7RVzPmggaZd0Bkcu4vGvg2ch4BJqdruEkJ19WN+ftTxV5816G1TSPXJ6kkB71h75GzVxPjKSuulk44pRyXY1vHi93V6YZDvpdlDSncGgTnf1tHAZExQXxscW4/iElr9xtroBHmcyIm+EnFx8JYyD5gE4j0y165Hli79AKDCOMctD4phvy+kCCYN/gUPIHW+T9aP1BuICB1znfT4TIHcb12VpPjprmRKtcQR6CePHuT9sIW1mj0PecEEWT53W8Dbjr5MSPWPDVLMbkLFwvcpEry8cvvKrAfCFUfTDtRLyUDmqTalQ2g5tRxlLYH3Qp1lX6Jye3u5cvO/ULJpavTmwqwicK9arhTaVI01lV/YWV5C03zdQfwHQu0cwBoIedh23Bd0g2BvQZ08boLi7UOYKXe6M8jzdf3AzsNDcsJFzfhvqWlRk8/VAFqNjSFroQQM+jDpeuYMu6k8auiECtQsw4XDglIcYVoBsRsHodAp1eUnDo4ZZaGvniLzNfz9WNCsU8l3cu4YVtgBEt8tYlqIiJh+S2QGI4lGdQst6kgxxu9Xk2zah8LGM11kMGx8GUFDmIQAY7SQygLNE6mZzJK5Fu15/013w/w2gL+LCFyCcgiTm6gL2l6a9mqtNVRxWYDFqFh/yAWWNg6Z3CE9Rw2Iv28JJDYH8VAxKFbjS7Lq2qZbtDFxMdZqpEiGBzES4oeOlGfGI00Y6Axu0W3oLesWCFAhr7oJ4Nw2mcRFDw6QdxwjWppKgFPFsJg+Yx3YsYtgrG6TXxsbLUibRVPTEuki20uJRuwfPKMBJQ8tnDzvOYnL1ROb14BKfcFg/OMzUe3MDNP0rI0zoDDgGUviU1X3ah8rtwbOM1Vz3NGeezpFr0HNfgvbpr3MiHf3qJNzhalTYXLDacAoEi5obUq9oRtFuq66SNyxuF4Hv1rIT9knTSco26LEfhp/RYJqYBoUH51YTzk5MyyFIczLpsRYIl2yJQxtb21Z+G8MolqkO7Vom1AbbJf1t8Bx4nuNe7WSaq73PPmkMxEWsyoKQROnwAogMd5viulJ1JpEDXkrn4or13ZTqv2lboYglY3xKIpytUB2vp30cujbFOpRJRad/RTSrSp8IOnoHeHzIK4cN4ABm5a2eKlkhBHF1OCzuVTqpIJgF1jnl4Nep6K9qgt/1mPSb6DxmrHySCAE/QmNlAPfsKxhvRbg8cICpCI/ah9GbnNgsTBSv9utr4wdohmfrWIEd/4iNAGmK21gvdHaenzsaCIMfA1neM8lcYn8jNBaR0/H74BMLrmn86O8MFjJh5l1GUcNgWjpxHtRN299WPwKyX0nAwZfRG4UuxlXzZCJ03b2S+pjlPT+y2vT2zBRFEVEvlmbjE43K55bhPmbvCVEoRRi0Xsbc0BT3IspD3MTXJmJLPPloWCqMYHxen6f/pGe+WLR/lj43cjuPp8vVoadcDlysYXTLQDGLuQuAfxWyim8+4/6sce/KG3NreWD4wq19+xZOfQEZkQCosNMALZR+wqXzFPqRja0BjFfdF4vBeXJHm0ASGU66EIcWGNvma/Q/Xu1NVgFj8/sUNKFq7EjzIyKVw6ZGo8GHtqK51I7ebsKuXdQA7TdhEr9g1alPm8+W22JWz2GibyIFE140hmVYaqcptTLMUQ+231900wy68X0hGVpdkPb+BDk0UpQaQzhMBsoYrFSfNUFMW+niQ4pqp32wgxcdOyw7bHHuAPc6YWecz8Zs/xO0z/PBtRdIoqnWbO/uF8MR+3Qbtk/QoetflsEt6C6hd5HnVVKUkJIANzXOtsEIRGSGQ/abQm1+rcFPH1NcuBmKMmIFISjPJR56TX3YB/8OXA39UD9BhpN5QEh6wXqlsVOZDjCjrPYZ6GdB6uo1hukasKXyHsJDVfLh8EcvhZ9gzUNTE5JA1G53Q2SSBn86uea0RBWnYqU5Krfl0peSqb9G5EE23wzm9I4tUFhFwzJE0hkg0cIXY1OxYGIM8Wi+TamH2DfV+JRWkJuq9TgOQVXnX+3OjVoJ5ilx0bS4iuxXM87qTYR3MhXWHyPr/O1MOl/b1JylkdZSo/U5mmkcAh5HqEOE90GPvczr1dEB5WdfAptIK0/qiklt9uMFFHIH1g85OgaUBzmOAzUMwkVeZkf6thauuvs21+XYOmg9Gu+ylo64zyvVMsdGmKJsGtiiIV4xUoVD6kEqKQqdcGkG8ziDHt6DU3OYquj036ILi1z48sCuDhoYrp7gC8NKS1zWQWWcIMsqGDFsmwSRedakPiBctEGpVMFbCiLS+T1QbT8ncd32j5SQ1zoTLder3XHYiR7XGGLj0QNegNvw7o12x3hWtgERfkoo8X6YhGC4N6XUhmnNZIkc7u75PVFWTI0ow2cSWsH733Zl0m5QjVCRlj++DyRKvw43V3/ZzZqG05oYlb8ODCt5ItqXJ6qdsbbUy07iODyU2VpR22dq5HsLVAyfZgBvuy1k5O96KNY11mWpNGG0/ImNj/4sdnUppiOY9DFZIqIAgjA/dtjRq5iezP55Tsl8pdZJxUCdldi/V/ZBnZWlc6GmbcaaiEOKKt4m0AeObLBhS9e+iBuDRVmTFl1gR3WBI7I2UN9sbVkEluZIA8LTTvM6HA5UTtgeVwuwv8UwydS1jlYahjiwYCpvzASX0nrCXCZqE+lpdNmZomlwj5wVVvKqIFcrMLR7IzXrwzENRdQ9VSVR/m5ouiE+9lbtfSXDOWBZIwUuq6arqlA1xsbh01xVF6gLfQRuHUFXMZS8bWQ3FQwz50mdv6Ka8GSWnbFbZFuRTUqOQc4qMdRlWaAlvbeTWthUdUYxkaiveruja/HV9NiuTLcIa/Caskipy8CKy6/SEn81yyqy5iK4B6cjqfe/mdmET/oKZ2bghF0ZPBYNgGwOaT5KqqeRK/bxuJGwgbCRYJkyeZ6BJiYqDrEkTSRRMogDQw4m3GXoEzaGVtbTHpsaHODCGyCA4hjq/U1BbX9fq0NokkbRhvVZHMaAiMLR83hKHU2Ea774ONxYZudncHyoFAOom8SLhKwKbW+ARLkYY3DEmJZscTSRU9HebDgdRaLyKKYs5hqWPFEXJkZiuoe9fatZlRoBdKqs4fBD+QIyTIzCU1HD1zu1E4rjMWvhFB7eGYXwPmWFD61l+WjrFIl/GNYaYTc5FCcokiogENDC06XhEZ4YDGvw7GMgT35LlTkRy2TpSQ8LdH29/eBa4MY/P5Hso1XF7QMuwPbn41YSKJhAMqdTtujgN+0fddB4y+Iyht+YVmchBScJ8UxTlOPdpRs8ARC38NX1ehxdUzmhzVRGzljkNk0D/0i4MaqYLGSY5mTiBAiB/+Y0fzHJmgSQ9gKwr5/nDFvSCio11ce4e7f/+A2srIscDtkClqzHaXpujj7WNJGVUQ7qtCi8jNvdvnMEn2i6V/h9YIaqz45uxqUBBwoLw1j/64ZBXV84+16jUbNFjnZfkPkrb17kGW/xxoIWmghcekvyZwqd92slAsG9/GIQRayJJtFEiRdnomozWhBOpl+kROh7jO4k7ikw+EKUy3YCI8MQbswYYEydLiWHrjn8WMU/hPdMTHArDQ2A9SkvF5737QK4q22WD8acapKz+GoEMBeGujPYqNCc9Unnabz6TE5J9IX3XOa0vzb35UxfkFZJMV2+XRZrDQnA9/k4DGGzqrYLlq85ipNC1aZJd/bNS+n+Rerix0+tLLZJJ3ZzLNsY0G5sQjPwxKRR1INtbxql+QqYhOCfmep6ebHicn1KcnQZ+mT4y9eY617fed0DJ98yd3UHmhXRgtL76bwyo/Fa4Syytd/r01q1wLjDpNhK75bHxV+NJTUTWJg8ljqtwTVyzZWGM6574sI7hSCb2gNmtFKdwa2CnJvLoaGzU/rEp3HssiwrHMc0ah6DDyDpxuaXKmFsd0G5BIQP7vXPVypOWG8wQo/Ca2sypNoV5aFPoLlgIgjDkJCtvIUlnLzr/hyvMz37JnOwr1IDSh1eOExvj4Uvi1+n65/PLEASDeKks20qVPbtqWEWc+Y19moeP/atN8YhbDFhZcXCslTussOS2mhtRNOuqg8qWcKM10MZn2ZqOx9Ev1V5XAanMfrmXA6SOdsjJLpE3dVTHW3wkrMh6EP3kC9UCaOkJEUWXz7woNiWCwokISPCmKv8Q6o6ScN9ywKL7B5xfCnE/IVAkKwLl+3mJp1kq73mepwwBAB8UKTQy2tzVSvxX30sPN6W5yuwg3/ll/TEGhxwoQlqdHVOHt4bveOaDrkQyzkxAQa1DOmxwRLX/bhqfLMAabNc2L4s/Yq/6+JGFm/2qWNKvttE13/icKkxerXkY8ooRC/IgvoR/IINszkg3E5KVPYBM4ulQbzB4FM40S7D+wM1e9HU7q2Bom6OimAFkYOdNm04KOu9JVTbuX3ryZoXK4J9gSpRCgUyZ4wyt+UTiX6y1CfSJgGWRmyej1vLkwTEjBhU7RcovK0wMNNGLhc2X7Eeq1I+NjDyPYNkAERZE17yO0t87u/2ZGNsqGKHYm2nUWfJFNhGHR5jaTMkECcWlRG+rtv+FYw2EjC13Ak31iGD95Bb6otjf4X0l3Xf7BRQM8GUou2uk/T1hhlnI1E8WIVpMyeg0OjDT1MvChuHxt8jJFDg2CtolcDQYaXZgwOgHGiybQE+rwQyxRQwq6+IRwSZqYkNVsB6MA8BmMtduSRTS+KhSuGgmBL3G+fNFGKoSZugJMerbDbfP3+DMEZObnK/Jy6uze9nvSsgEdwDKSlPRUp30rTPUtgW59k8PUcqMRoquxW8/qYLOSDJso4TJptYGluqQ+TDshlyyuKduxq1fwJzDtqzyw6Hl9f/AvkH/myUADsA1wfvggUsieMdmx6yRQxefxSYRvvj7c2UtbRH/8jZT6UN9x+kCuemM75xp16jbpfdD31i2HOB9w4Od9S+Ydd/a3ccXY6vffYf4sLBx+XWYNwUhxV7BBtSn4fF/UXQJmTWGA/8MQv1wr8pfS+ghXfWgx5SH9xm2RxuiID5koFlZpFPtlWcNZjwfdIuXiLt/8pOufWoL/DAOVf8WtxxZOnwOKIofujNt/R9O61vOfkOY0nia61DK0FHaYpViRGjhYrGzhTh1jO2JEDf5H/V8nhgBC074OIWtF4v5VGZ3PvA/7Vd4J2IPk4F7n5lrbvwoLiRa87OwVhGZ8CVy7vZP69EkAkj6kD4xoOLScPefAFnSUR4DLRLGHsObvkQ1OLBD1+wkaWy8VZk79wqMPDtiDdhwhx0a/fQ/Ozna8mGF+wVdXTwFpcWt59CK0+j19H5h2C4qIeGCFwh5+Dz7y3MBmv5pamF+4DUq6CxNqlqJVCcv3/KaLTLaLog3du2tFNEWQWcVzQ4hrEKct22hdl8qDMkl+HIR3eiE3q7NcWJdq0atETiWXuAFLcu93auJiWtuf79perwA2cqOUnhKkVjD7S3/zybyN7DWW2V2uhtziN3dXMu7upKVkFVewL9+OWxhboZM21PadCDruUA44xnW6bdyIhG2yrij0/IvANR5+GZH3PktJ/o2dLK19Q3tzDfhjgW7GAXmvE3HmsHkW+Z4UuZb52/8FJxf1tk98f/D5i1IX+cgwi5gS65vrtT55azDxZwqqubZyIwernlnUp9UfT/sEziE8IZpfEoiCZldqdderk675Qtl9Xddnv/T9iIVz8ie2K7Oy5fZcZGG3VnJ1M63pYW+w6mmdpNM3tt+vjKBGAFEjvH/teSb0AChEx0r/60lmtVn7dkHG2q+eZhS8JkKO0grTqVbLHKAF20MHMXAzkZ5OqQRMJUkV5JZmHgrnbpCHc0pOP22p0rk+JeqQfdPVp/dqWQll77iuZwMBgdXHxRR6PdnBWUNMm0RIpqtapkos23MpY/EK8SXOnNvaMpjDRQ+KTog0NefzRdBvFezyyGpIb/LA/JBA+l8fvkwC7P2BaoIFnnrGuG9nv+CnlMgpXPz+Rb+cZnYOii6jdQRsn42I2itqDN7/Wj29baoIbFuOUwjB0HObS2og1m9j8vPBk2uvky4rpAFZVi7eDqqWckrN/WCvQACzAPpDt72HyxNJqnssuta6KvTaYDd3gL+KjmJ/vzO6pvCGimQ1Uvb+/k6hb3tyrkg1qIpQFNaMIMx/wFMojVCieIyPDI6DMvnjgXrRslmT2sdVo44yIOYXkMO+HWKBrJ4gvi7IMd6wHtOJmv2/ripyikrRlkpMNmENPJ6OgiVwdfoO2bDvTYi7AAIdrrT/sJemi6kqAru46cQqbOdko66OrcNFoP5GWhv+WAPk8vl/VFhOs2bSlBB8Qz8p/FjYMAh9z/7vkVe4b/icOQO+SWO8W7k16BtnhtGqLNIDiIGSt1K3I8NcBYBU1UjuH3TO46DbcROdvx8yzCKXnAbNyLtNGsCZ9b3dZE7nTxFPFInAl0JvHnCE/EfA4oYsZomI8PM/aKbqPdZzqY6vrSfJqVpt1t342q0W0UvDTTza6J0C5SmX1aLGoT4njnMtqDrjTRUs/tDzQlml2ho7V+SjA4RGa9J4gsMwzGDUwbWw/HEVd9M+gGlvKuizsKXrkfqsv/LCu71RPb/MJZpqJPQTybjmjsO7RS9r0ZLgI0+m4mHHmv+jKdkTNv8rzerw4DgTR6PVPeLQ61sr0VH+qtvFUfakdk4VuZ9X17Uzmkxsk3Ma3XjMPkVV6nDxP9fJM4zMhxjalns/hsT55trHPPZ7sSnPJsKvXcR/kcAvmcZ3luS55jlc/hLoVnGL1H1yO2VaaeMbT+TYByWAvlTQxRdwQbh9NGeTk+HHKxlamekciURpgSZ4mUWXLGh3BCblzOSXB3MFz2TsKCeF058w8i3D91ryIOEO4SnST9I77xw4W8V91SeGlZn3yo8NcNmD6nqRF84ebZupWkrlP0B+KKhqlX6TuSAf9+l1Iv15X2TAw4bLF/qvPtRoZGsVTKSlvOIzOobZ5GP+3x3pH2LWJh6lqPFuVpW3u4z6mxoNDVcS1TEIy5sFxjOsKCNbydstvYt6oyhZ9rncDrc2EPGET7DVDts4kwly9Z+flE2hnWBSydPvh2ShGA/o7YMOTvP5gG8g+PHkTRGlUg8S/drvGBiOEF8jAFGYz5qk0RmVMDQKzxwyABGBvb0D2whT5f9WdAD+C5/RAVmsYHppAXrTNEZShOe1QFGYqnoSviNPF2uDpX+0cdPrKCEnWjqr3u1HxODYQlq4j0nn68h1pwo+V7FlbqbIfWOrLm0eQvJ2nN4cxTZpyWD377KWOb83mXdX57n3LnKyBsP+v8ugLC1GQ+oAhWdJxn0SG6nLAQur2BvLwn2+dtpkYX7VsYy2GpyKPowTEpAmAbdHWjdxyVz0HAE3a8XzZyVGrtBqfG9BQ7ThnWLUZu9diRff4KD61d5L4UbvARJiIdmX5YGBCicxslDbJOzYXpoHar4pxViqUhyRN8q+oudyl3SDe5MZ3KJiy0x81C1cjWWfoaBH8AI2onflw0E9SUTKzadhcRXeTtvtM63VTVDbuF2QOt2U3sO3Qzo5PjBgFrBG/x5eZ7rNEN2FCBGrd1pdGudzlEDTiUs1V71qjegTrLjlGd6cbPOl2C9yGGVlfO8dOY0eUWmX51ExBvLZ03e6u3jkz84fQ00ADNCKrBen/oD+OmcdNIR/zUupsSB7sbkLxlQ6iaEeq2s7ly8LpFygk4QVXj8VOTBs2aH6qZNLxftthM3mM75CN8WOaxXyTWoYKw3aKvvC/hVs9H9u1RfwtQN3dT2Q6HsS5yppb4TPX1bj1JmpxL64K99fjE2zgbXoeqHF9i/44U88V18pb630Fq3Lbn3IQ8yRbagImWXYSK7cpoG2P8jp7X8it8As9zioA7NBqbOdmLnkYxvdr4SyYQpa3XSCKMTFF69QfnL9robiP19xydv9Ehye2JGTrQz2faRaJo/ta6K0X1V68fHSjObN7Ae9HRJpRW6SEJAE06eBTadciMFD7IGJNgrJfZSWdjdvX7Pqf7Rj5CF6RIGcsBT5y5VDdDEKIP2xHjx5KO1/fvYbYo94bok7GD8SLbjX5shz+ufpI0mB2mj3ush8c7VNNS6CV1qaPTYLSuqfmzB5M1ZhrO9+hswqnnyR+ORtE+TVrvdTu+5cb0uwr2KALCMXoaWMJHQyMIPWck0c3cPLC24au4MfzwR66+OWny+/QgodhJiPQ7WtIDg8Y7L/lJZmrD4qRuLRQfe0239MgkkDfAXlt16icCdLZ4+c1WzkaN27p5Q5DCXKou+Kh4WZEOY+1k03F6XbmGt5utj0GrNIY7YhxfZ1TVksrbIgT6/pHzFrIy+//sEhgz/BUZBkRTGLDNR++aFK8UY0rEeimzjNRfqNkma2DQ8CYc0XlYG05fZ1iKdCCc7g9QcAG9n3Tg4sp5KWquVhfsv/NFd21vEkkjxBJm520UZ+3m28Y7xv6LVrlxMRo1AVBYUiQxczRlKrduPV7Nky+UhuiAu4jsH7GgLpFn+boDmDKPK44dBoKRZdqqxLRohBMcZYobqJY1gaI4GftBxOuVEWMfL6dB8kk+9h3nlwpDu+/ZzZfPa+gLVipBUxW2dNJxT1krgCL1pwXBzhuTNspn42p863E1DghFyHiqHdTC2xF7oMKVME0N0UdsFLxAWN7s5XdM990FnPhfghF09nXUQ/znHSgDbuIjMka9i8t//H5xf1Ra2P2HEOAf/4Rn89QUDDHLkQvay0MHLsVvmY6XVH1Jl9QvITL02a+jai30OfCe0ZDv0BcDqKcec3bvcz0MrxHhBhv3cRv85S8ceSR0uS3hvbpC7Uh3iBhcqYhTco0Mu86MaDs125QBXEvcjWIoc3wMkVHv8/dqQcijgzh8tybR88icumvGxnJPv2UfdAvR7fdb7h65/EfoV1rbY/2tpYIrzGfM1pw/8eeJFAT8VcGL2YZzofM/PbHBByaIXmPuD6dJ7ex3w9+oBMSosIArYAXPS0CIeb+rWxh2I7ZfvC/os38tJtfp0Mb52HDkL602w+EdIMPfeveNfZBw++Rv/JfMSMt0gXTbw0TLC8tu+oIN7BIX1YODN86zlZHAUnPC9GWAxZrOYiMy5g8cQUAp45olfasv9iUAqMlbNU3qiw0EgO5FszyFjn/qulBIB1mWCM9uVJcg/A1QScjh9i+fehIn0z7iBc1QSo3cIXJPVvJ7n58XRUyj8l/GlhevZVSH+YnIpIngYMpT8IESj7lb8/9iYElTkO3qIffF/cIjV9jbs6WH67E/1wdhC0LzVXVKYRObPtGzZS7YHDj6VFd+pZi4FKqB7iGSvFPMAD9F4koF8GVcsAFCtICMWL2fSLAhp0aUaI5sIRRGTChn24gsnADfgEQgDbJBX+iZ8h2Yp68EV1B9o+J5GlLGKlILuNakEcQ1qZIWSsrTQGauhAz4KvxZm+KJxi0vLnjdwHmq9HCHrD7kN2jSfd4Pp8vow89J/npXrOBNg0qPS8IcaRmhIRaVSWO60OeHEiOiGzRA8s/H23Lxwk4X6fc1pn0ilkFBo4WvLAsGpVt3uJ9JalxI8broKZ9hyxAS3/NH14BmDhkjEiBXRV5V+pJ8k+0M8jwifDMHynPlkuFdW0+neLISe0iy6yx7m00jGQpa2q8gCewEthXJqQFvEZEryNgoc1V42somEx7ZGiDA84mYBfQRvhnLY9ui4eBCHHUZUvD0vI0pHFHN3WNhxOmKsNu8QNNj704hyTs9uz+a2trs1nLD9DLIDIS8e/3COtNzgi7vLSvCbtNXwrLxDC3PNNIrhQPiQVuvr4sPcSxtWWZAu1j4LRYyuHWHidU54ywThcnZfpfsqafmmEBAd+lUC+9fG/4yqjiP68gj4s4hIwKFAokgUhWXXytfquSd91HYnkGaR6GrXNI73CHkON+UZce+wCSf97frSZ9vPYXqcs43HnapnYn7jEAzyvhLAgXtbQgDsWzIci4hFS9pEthiwqEBrGkvd3X2w2QmKOXf/C94cWyVFFvlGT1cIQwy7OHJjSejGY4jf9ABjA3MfNGkR2XGY7euUMIEGVT9qvEMCSfCRQf43hZ3F20fE++7tvZIlTQQaSVS1Vpxmoy/E1zOUOJ+06XWSL9F9jY1RYWrhTQ4C88FtM4FyP1Yzk9ryJ+5hbT/tA0vr1P4s2ReBaD+7BlO0sQDkLlRNB0RUs1jPAKldgDP2tyr2o8OEiYj+3O0EqI104OBPOIGRgA9IzPWh7GCoGE4kzx/bu41lz3+Wg9Pbe2vaH2Cy+WtlqK+qg1vTm/cDgcYmYMGDEfAMQ3iTIBtgT4/bA++xxOa8paMcBaZTUAW0bHDgqQc+tVvQBitJrI2LjO6qqjcN99gAMRxkSFyh0FaNICTt6XgQ9/e3pG6QO0gk9jLCIeDjGCsNGfxTEimUXIdopJSzRu21O/HgPgKoAsv9eqiHREEu2PblYGQlqBxMagFOi2IfNkXBAmjoI4nkPYYHk40+HTx1BUzkIhGkWKfNk/CVs7DdABYiDXh95sj4q6kYI7ye4WsvB23Wwsm6Bf5aZkM3UKG6NE0Upe+k+XnZ8wBcy1MJuRvSX6BJHdP2VAR68SsD4BhTnQRiocrGlPQMVP8rS0dExqZ2HqaLLdLG7+jqkobrsgcUwWTfmN77Us/zqvxXdy5ptZyoIKPDdyyF55Ry7N8eta5TF2Lg9Ny8dN/cmYSCxPFpKLEHt29djTP1yqjN+reu2liLZ1KqBhLzyXxMhhJ+60XzlV0/JNnht5wdTXlwE5TNGGMtcOGXXPN9jknkU62JLnyKpgKYVSsFIbMiOgeR7kp5ZKdPh6hGBWfksn0jHRSytO9vpka1DVtljMQjgfcU154otZ891XFrilZvTjM1Vdz1PvYfrKMBVFzXIwWXEXri58z3+Vw5AYKncpEuT9ZZKSqOOKZ/ZX0FKqnZFbpQLqCcyHNifUZVxSA8Hnp3RxemRn5JUgQsBbCYGwHy0TW9GcXHdCs21ZcQWb3uNf8UGhdchzmkBg7+mdGQpjDomnFlSjDFLLPTfqObB7rYZxgp5UpGqDJ94MqbH1tcGZHN+3V1DGxN11BtdpYLVul5wpMeee3mk/xflCsaj7pU7OBokcxz1eyI7FditwS2GYVKmnpRjrhkRpclHUT1omWF7fO9iDvHZkUc0DG+ErA+7lUKHUT9Jl8xnnGxiW0je11HpKRXCOdBxz2XMdd4XBtNYLmtbxNmdIN5GjZN8Hj+st7OzKoiRlW0lN1dyspgEiFVjbPevfPmpbKKsOpfk+X0rNPwW1h3JqmxymJ6UhKd0ZNUowHMSrHhTvh6Tda2YOM4enGfPhU+zJ1bafE0XR/8F/PzFEx5E8MIzqpUeVmwZ+kBPt1IN+VG39aD9JSxwky9kksOUpldEHMD3XVCKYJENZtpuFsfct/onBG8h979AQfG/6IS7q58rzmda0NWFHSNqP8BUB3EaeNplSYUmY11Mdbe1+DJDMYjQaUMWcNfgWZWpZ1kYm4tcScBEL1ioJizhdTFLtIfDNpl+JKQNehjdLSUNlaQoVdw6YlSqxDdRU4BoM2HSo54UX0Kq1UlQ+jRxPa2J3jUbsrMBnEa02K0RTsn2ojd4/cII2x/vZcVVwQr8HPkmVwf2LTJKVgYnzTFF91fDGJFTO+mms7p2I8o1BRryiF6zVLUYkbjRJtzTaYgxsl+kXcBvIoBjilAu47eKdaoJthb0EEX7qwaciNRvKBD9Bl+04dJc4t7wFHZC00WBVGpGjBmB/ESPbuSLpBvlPnbpphfP3dNMk0+TdCbN2royNw60CcuuRXErXcWGS4iRcKscZ7e0/0Dvhz7+CiHniL23em4QBhlQfkG3+nhWl3ISEjMgCB3Mjy36QbH4xkFXOYKuC1D2vImgLWM+3lgLB2Kk/TvAmwYq/cmsF+tMfFvV5OsbdnlUv6drloj0StlBwNWyugW07zPi0FOWsDrJkHk8om7BDNcZUmlrN5f4MR/evHjDhrUZ2K4ZsGWRCAuR3EPO5sN4h7FZ1GZ49cEN6AxcLJOZOgcVwzpFyaXbpHkmv7A8R/F4W89MUZ3XqIawX7NV3mdG4syi+AOX9uS1zYeudwM72NHfrKvl1ECozqgq6n7Fzyjui0KXjocivTgQd2ySv+es6+Me1rG/FpbsRtbrpyudF8V0VoMM/YnUMnU623EWmljXB5K/ZqOo8nE0Z8bXD1w7Hyvqy9H575nvtqNvrBU5sOCldOYHPoqhzjzTPxqhTH7q6tTu3qz059E6LKSpn2y68K1agvgJqvTY4t4fuC2JTO05Vp7xATLPVNID3ptah9QYYUasUndfqETnXmcHoqXQeXdXIKRtYuC4UE/ZHgcJzHdmrRi0EBMUASigbbuFiOhQrFfrsr0Ya+kRXTxd3yqoLD9Wd5pERvIGMlNrqRDqpDODWsudqMIbiiRgkrx6t2ybAOQ7pvnJDMakskiyqQ5D5V7NxIpjfGoD7BxsZPYXfY0DRYGLmvYHm+oasNyhV0IJVeruEYZMgyTTDo8gBVjm9iwxAXn5npmusad4ZQfArpIqs8aRNAp6EZuspiI3C/VUqJ1uL1+fr856xKDhgLt89Tc8pFGfG0XqKWcBh5ikBcbQI/nnCYx4fu2Tei3S1Ppcxgb1ojBc4uoB2lb0GhRYAlnQJDHxfyiF4XZIULbGJVvLLYffKcLIxnRdXsQkvvoz5vaOdOfdyKIOv38DdOEPWAqIEB2Rr+Ww2K4qYGYIRobjC5Hd7ZNnE8j0WdIwhdVLi02xM35Z7ghRWywqha3OEtoXebxLiYA4VhSDjMfiXAaApt9pbzL6gYfVZh5YuAhdYKPGFt/c9AvneUlI2d5rLxgcbeC9sy4YC4LAO2OVBi4TWVWPJtqW6AlkyOhn7F3Jy4DjjD4hxLogkYhozBOunmFoqPm1ywPxeKvCInUchgZ+ZwpvoW4whRpXwTkB6Zbe2qYWJjFhiZIYcSI7XsRgIMsI1mOXS7iXEQIb5x3HhAy1yglbsM/TWlg62xjiKhX69Td6SX1EvVMnmyVH0MGMDRGDvryAwfdKguzDlYSBZNpPsrUWukgc0d7o+DdN0Az28KXDflIE6L0EmTrfxz1X52NpMCBn+Zq7DvpYqoV9R1OUzhEecsj7W4Xw7N3yp+GN/zy9v3uVl1+Mz1/5Yje9Z2qggmcx2N0aTx3Zl7auvCrw7fXXMSJo1pqDUbEo+/2+HSlPZZjXVb0ebvStLicbgYLG5pYIIFkPrJqKk51nDNJdNlqiikQT00zaS4I0lS+P4qLGmloy8IkqfwzLArjhhXSqt1OtfuXYXAoxPF3JP1iljBXukkMPlqRa6CIOMCuGSHemYuC05D5OeAtJw2v0C/Ekq0haXxaW29+M8/JqNVFsLrNkrDQnetozhJEMjTX/xSAcfh1vYYJwMVeWRrvz7+lW0DiNsqsiKQG/ClT/E4+cGOhHq90Njlc4g10OJ7lujqKioqyHdczcUYDdL41XfLNvyU3pRQZQsM+LPVwYTOXqOok67R1ab8MAH0dBBTH4/NxybL/YygnMDhjEHm9K3o3QSUK2JKIuMwmrSK0PtCF47u0uR9ARMQYEOPrxPILXiWG5lGyRSHpo0UfjBRMSHH0P4tQixN9ELI9LMvWrZGSNayq4QjzcgqgXmFm/wMDf96yXgEh+8EspddyMSMEAatp8dx9LKMB9Aif0G8aDl9dzyNJ3DBmv/ylCkuohCUSFaN6ZyX4syU6x0q+01K4+SztpjLOpVpiVLQXKvc2v/6ZhRbXfl7nvrZ5X80xzbPbGDf9noZ47sJsja2TkBuygdybjGP8xfX7Ka0XpOXFEgHqC4OJgNeYXMOb8Ow7aQbq2aG5xAEU4qakXYHzHOR8Bg8Ku9D/P7kQ16HqO20kGHxGDpbgtRzyE5n4CjdxhpGTC+LxACpDfPdea0LhqMWMgCg4kRrPrY4bpRMxHGl/FNZYhyLt/KrhZutTgquXfcywd/pL50fddMGisE/ilN7dol4rbf+mPQHvV8iJmNi7pSbrtlp2SWPjJk+vvAixEeA1dUXmckvouv9uyadJgEkfezjTYQLiHG7LeYTEiYBlJdJHkRRv08sO3jFEZgNs3siZlKSStPO5cb8rfsP4wcHfe743D7EZqk2MsuXczrk/aT+JD2lKrMspT94KDzKMkpqh7pwif4RN4Zi7qs+CnMTiEQdOKP+KaMzhVL/9yuT/uTZqW01b30YcniKim83i3sBfrqjpm2qpf6UIR5TYfWLBn4juz9+Lr9/41Z2sy8N81rNO+mB5YsQWyJ3lv3lwx9gA+0vQTi/9tmf/aXxG7H/d7jgyISfwm5Cmtauf0fH+mcWnPK3uKs/Nt62eNlV6sslA6HRyt+AwM/rLxK4F6Eu7q4Pt7eXYHHt5kOQdQl4bf4Yq+TMlpW2p+h+qm/4PbLCFCia3/X1ln8uGZ5Okd8BqxFQWExl2XUK1shDSHZkFZQuqLEB84EuOgQd+Hszpbby9LNaTvHcwBPNAqa3xr6LgCo6+xijFPRZXlgwO5S0nWxCiX7HPBKcsqaATuVNp5PcOh6eYnDZ0YuP8uKp3ykzHVO6CGIXquwsGCOUPTLn8h0ZWLDlmHNuDoQ+Laq0+TU+85TKfyIFnpqCeEzlTj6bswg0G/OJwmCdcTyJNMXtIG7B5NI+J3GJ5u7PfZ/UL2+9dE/nDNAgTDQozdo/JWw6R97WMrtnYZa/lDzbgrErCMryCQCU8zsW5zYYAQZ1Pkk+hSdO5FOaOxgrWUcwfQqTxs4nk4OXlkVpqPP0XuOvtZ4ckSIIU3UMVxgwoVS1k3MJ5gEvEvvUMilN4dl5iKFd7RjBrl9FOnsNgtfRBXU4WOZpHjaOmYC2SphISdaHcgltElec1pfjx8TVeGFA9ZGLIVyJDnsFHkcLURjGtjKAeCqmrIEZ5rfahEEO0CBLjBTLZafaPxJEgVPRWboLZeE1gxEkf0jrJBg6Y6nv5qP5m+hR1BrwOobuQs5rTodkxitlDIcMtlMOd5apArElgxCZRwqDh+y/DOfTzkPGo3Gd3KGAC+CUn7WDZeAQ11VjZrJifx+1YpqxlOBxQcKhxpHwc2GzRWU81XNyqWqjVofvPxLd6OukELVT0ZE809NWBYLB3DhT9iCjKeu0DYqxOZ42u75wUMqfdL0/DfBFEo6u5mRJMu5jTx2ksMMFiu8HUfbbEZWGcjgT/lXvnCbrRkM320xuF4hdwtacM/Ek//DApxmOmMk3+Wbqs/ZEUY0nl4kxwjKrUbC6pyf7RgaPLzeZVVBcQ0XOxVCZJKF5R6eWC7mMOWDzLlfycSmQI3j/aAG8MA7dTdoExLEi2sJvbOTPE7q6Zl2557HFvigCsDdkLxK60McvWI/GLvn/M+LlcULftfKGcfZZrkgeXFeNQVsEGcWSXPwKmoK/CcoHcuAKCYJ2ps0kwuyEX39s7DrzCVTnCmYZlH/KIvsxBXITAx60bDJtujKT0wmBW0XnQMzSGozMjUxDkUnTaAYio4K0gL4xRbC7AanJCjZW6L99lIB9IHoCa8A+ybIrAqweX5Q/AdW6+Y1AcZHsx48XWVRWJjQFbboLPAbdxhgcbXdQcPpIDsfCQTVrDBXPMq4W5IYLUU/f8SR8/s08yjCBOAwFLsoVugx97pR7CFFOjz/2/M233NbIRvVNHBvniiB+HVvZufy6+BM620oL+tXjcTExGUtq/n4Y/l4i+bvjtO/WY2hWm4e8Wzg9uShUoOw9WLNuAjXjAxwtFV07dKvSUDI4dEXVfAwk50KgZUONfgl9alcE9gEM7kHpvn3Zn02d5OC6mZvOH2XsN7lDXnIxc28PEBWo96lgqJE5Esmm2m7p4QobzSRzSdG20NOuWXfhUmWmj7+nIm6NuulOS2CfVrPZj5wKuawoJe3r2LMbyHN+uOeqP6lgo/P24yEnhF98asitNlFE7wl6el9Nn91WObnt4Ef1hCbsXdesG4tidKAbeDshHB1eTBLtKAac1UHGrN2RDFH0oGksupl11uhiY2B2QgOgBw4CsnMaLu3OOUixe6/BmR14Esbdza193qTo7VbauqcABwgjHFc8xG27Lg2pPxqunyuofV816LO38axhjD2MLxueGag9UZBhj6BbiNfv8hZEzPAZlpP2q6OfBAWY9ojpj1hlHE7Ot3xroixHWuvtEfqsrdGHZJRbZKp8jepE3cksrV35DJT6PHUSjVPzyXezxDNWbH8uNL1XjkITBDsqfsm7rcAJYVMaN4TWm0ISjyRwe8op8lLxYhrKF8XghGo35N8cXWPWEgQfDSAqOCZiJvgw8Ydne0JtGQ6HVDnCXJ+a8r4yXAZE8O2g6zL075VAUWkuQTWWkCJTHuWwEEhAyaBVEzjv0h7NowkYAAZ2QGqLy2aoVID0zN+6qUv60iMGFkGmqcmqj24KRxr08c2Egx4wJwzkToq8/FdB2DwHHKucxcimEDZaXyKJMeYllnmKPMvKO2OPVze/vO0DMcFI9ihw2Wl0a1uKuosPoigvF9FiewyQnxtlp9jNQgg1/yKD2lyxDCbxOT+HhRCHLLUMgQLn/qBt6hTBN6kHDZaW178c9YIZ4P8TYnDD+p40HCg+UKNYgqN5d788QcgK1ogsgpo8CwDcDXmP29cX6bqPQlrU5C6wmRLNLkPAdHyuph4BlJtxom3Ij3N9nrl3Xe7zlfwCHCv5Mwb6BxjTi9Gwop9GiJzlr4EVcn1RVFGV78CeCL5QD0KxgFGk6tOe0H+xhX6OiZmwoDZFMsvUGCi5r8rqOsrBEsv2LzY/938ATdl64jBvyyiOeNH/VC4VK7EpWct03q36I7SipFanKztP2Wx5d6pFwJEdiClxPfV7gNrrbExlq6pMf/ePSNE8dlpR3/KL+5IpNrTuicrgNxBePZdEiH48nZ8M63B6jewglz0C5x1Ut48fGx8nRwYvsc+1OGja2oqSGVBQiATvUXgtbhNToobHWKuXYhGs2crNKWi+tWTd20LGe7SNFPeWEnGU0SI8rGF7riRP7um2DHxo4iuuUU567GJmTgAcMVRx1AqdqoRpVlR0HSWCDbGr54y5ftRAL3Sm2JEnHgUt70/Ncqf9b6SA9+OgfY6fAnxf9xNCIQZdgSwJ52rN+9GRTKpAqRsPDF4qkwcrwHF8+LqGrM/kyJI6YOm5GzOYtFbUvq6RQQxH3DolounDdB/8OC4NVGSHo96z8FXN8gaQCvLFpCiiKKl8MCsXiO284fyA/Ecohtoegcb4YBKioCJVy68KykeZRGwnjax98pZFKDWJ5kFw2Mx5a0KzOBNbcIbiaAZNujV4DHur0LrcXwd6+NMAXXOiUCxKx3rJy2kL+PPXwdKwpGz2ILsyrAxP8PADcOKKJaYLoMbMUyjjHB4ioYgz54l223SrVDTqilCKebcRJoZDWj/Bws90iUkrTJ2WHdQCaVqFV3ng19nCVYy5twbMCKhWwCnmHOGOTluwVzTaiXdb6ApM6ZoBqNqSLU2J90fI6FHi0FWdOmc/owvT64QYuCKSlqOD2ieNoFWsfHCmT2EOgATb2oHalnjSiTt+x6IYpotCn2uIuo3vY+EaQD6QxQEJxVZWa7cqrtKNOISc9ZaH7i0LgH5HMT9L1cmonQY4OrKTbn/ojB4t1QaIjxzmczyisXS8LXy3VC3KkukiA5I5eCcWE9SdBYdYiFSKaJmGrI03HGGbFCOlf7gpTUZAmZpgsP1LOoB17u1A/RkzA1vnTSyUYaQgFygHElQLW7pZt6Bf9D2dsNO+5K1enEs6TvFpK9Iwlbin0VA+jA+fpg8q9afZf47gz0rsqGWI+HhwPdfe7pec5lpMviW76BGqd2Lt2Nv3k19x0/ZLK+VtXUlaYmnRJAht8Mip+sUBn+5NkGNdF1Ta5+9tjxAgYlfyWmEHCqXnggGBC3pYjmtlrd7WrH07V7dPzzUICJV5l17Hai6iL7mhwOVeDp4juBpgSQ1bAmyGsZVCYPORLieD4DKCLAELRO8mJT29BC0IaNsoVU6tPpLtx+hc7lnzzdZY7xhxVlfZy9mJu6l+hpNOYi/BbOBqTA5GPRfVRfFBGd7aqONqoIu7+w52fi1AgfBh6MhQyBTukMR8w64dogDlcnGUfCHiFBV/2aALKxnxaX/0heT5hSJKyNLSuPUuqtDMsKYZvYqIAa8adDawQWIUSYW1V04uztWF3CcXEQYkfXURK3X6A+ykCP8pbKIC9tKPwI+eHmDFNQpxW4cF4OHP9WPcr4rcxk9wKvsr9fZllEnMUCgZLryaRNACttn0Xj2NkyW2rs4aVmTFNHJpk2haZffUqzSKlvKWy1pU2lZfmKpaObJVegVItgqmyUcnT0t4LbpZNO6klddqK6mdAiFzcfakjW0ihulbWhD2003bb5zW6VTIZF6oNuRI5Vlhhiapo6+81dm6bX+v0mq6VaHHkuousj2XG3ZvKtjhliazMkqX47q39s0lw7QZPhpnb1WaVG8dXVudtgh6zuXcyktywoTkhO8XiXRdJ4bjc+oKbpYdUsINTD7O1u3TwyTxuzQEh/Fmo2l5hPGoTmxBB3Kn922qSFfxBIgKp2GmfUbf3GUku+2UP6Rjnkafs0upJGTmYGIGweq3/B9M0gocDZo3oRn5KW6OG1S3N6qopCnzMjUZUNnDvcxSimbcbz+1xH0FyELVGnwVXyHiCfGY81eLYoMzt+LFE/bzHa7LU98MJMt3R4B1mqpR+Dliw9YgQU0FNC4Ssz4om8Zt5m0A7g0AEtN5Fu5pBzzSKM4Be+gTFu8+kaWYhj1dOwFxged2wPkpkMsX7YMPEMeiYC2st1HQrWiqaXbMb4AZUnS99gUXQPVm5mb+3EGlcolG3Cpm+q4Fz0Q7weyeNPmIjsi/lP0XP5aLIZD1T3cS1Rbd6fAZhR2sLKHAE/lAGQ+emQ3TtpYJQE0fLxT/6ZCyp+xPvYselvAz6aCfxqSBKVypLLfpKzzHZfgB0Uc8fhYXlyWBG6o9fgkxu2InCm4qeAAk4JyHroBxNE2rZzhBHRu0pWJnNR40JeaYKxl3u3Fts0IjZk4YPw5jMGv5/s7BB7QZP17zJM9pdstewVjLprUzit3XXFUIsboazX4ZQh7L7yXrvXm77kXDshCrNtlTWGpnE1tbPvbFYbrk9kgR1u4HlgvrQyqRzm+OsdlLA0O0t3kpjC44xay+WHFxfZS3KzcPoyWXLtXpyswnavXFqguwu30mS7rQXAGPwACPyGB63T7+QNM/V7c7e+NwgVWodxvHRD+vT3prw6mPE+tRUcb8dKIxXMjqlQPSYpzgs1wD89qXuIFbTsp6aR7HwKY0XFivsZo51mBV3Ehx6TqxdpitACVn2E3hqyH+GxdYux47NaaxpByqfcdrtgbjn4CkivFdt7PlPzTuyHpTOBsQgqKBpA3ldl0JriYAp279RT+Wv/9Z4sVoXr1c0zJaDwLAmyrklcWwnf8NwdwwnYb7f7SjoDUqMFWGRLIu8ch0M3Km/+WRIPUi39a3i8f+ottDrzXVGX8CbJsAvxKJZTdL0WO/C7ne5PBfMUK6HIOxCIF5MyQlWi5yorS/Iqlo51BX4qLu9elgy/pmoe1FJrV4uWzsAW3gfcx5wVBzsimqdFVVPaJlH0LJ25Oe198t04KmljHjkO1AHU2mNwOFMemc2fkAkqvbEFjrxyztYy569p5lIz/2VfVG1GYD77qOUyN2Ngc9rFhlGP+m8W8M0ri7pIxx6eBGM28Np5kXYeBFcbjs10ZMMlEkGj9ucZ6aNdE4k69drLYJRhd1DOolPbboRw1QLEbmb0Rd2qQ8yepA8bIGhx3JgfpxSVbIwH761bCBYAiVy27EO334qMoUHEiZQj1grJxZ4AoiAZJGOPCxvZibnTeccFHUEcZcMDaxDgcGjqL9lMSBj/EqopeAwpmhNXilsACStvoozUgVXC4q2UDWZZrU4FeLhegjvpbziAVFCvt9Ah8rZTeyNqcxADwnKmCTDocc52mhm0QeLgYfDiDLNFhx08MiBHFBu9Vzy9ky8AdUWbsDjX/6J3GJXBhq9/seNQAbdh1URw76V3uK+PFVtbrx28+kvBZqrLnWSrazLt3Utr5bVg4xYG3Xi3D37YxlbNQlxGuAYO9kA6DRYQSD5QM5Alz40fHVEE1vxCg7uWT8/vrNVKPt5j2NP1yL4xw3fmKzraCws5mMX4EoZMQqTAdWeDuitE22/gBsPf/d0Eb8UOPx0zpuA2xEjt0tph/0iCsWtJv22jEYj7vnY4CSddojulvQAR0unsR9KceO4P3BUEn/9KXR0Q3WVFM1uWjInWDu+rnGMX5tnaeQyECGy4KO4lR5j1O4lk+XJGkhTbKNw6JWLWnwgyH1lEn3LPnwPwNShy8pZbvTuAuQbiH6REpgxpJOy5Ss1/UxiAev6d9HSCNylHmbadtTtGbiQaxoxjeeh4POUFb26FGkirG97SBBjHAL/2um688ah7MCm1RslMHK3bfvv6bsHwMw07THyvmliL736bAjAaPv+0Rom7NRoeEk1yOUdSLDBTpifq2cSQfYlc9E48i2N9pOQPcVOVhSV6cMyDkWTB6RxpdlY4UsDvmU67oMuiScVga7RTObs3PtsphZGHZ7MWk0w3krB7UdHRlphdcdiQmDV2OMNTmot2BF8x/mZ8UVXhVZ5BC+jJaZC3Ky/hz9SQz+occVF3JNR0660OMoJkuBMGMijycV/NALxg9EpmslnRSWyrSyXCeJ7kKAyqiyNGl8taq1wFvvF7USKjqIpaCPgjGdGsDMomLoqS8Klutu2GdYtUIXbiWto3hqOw7paStZwrwbOkdxeM3N7t1UWdMtQ0O9jNTeH7O5TncLnQUxggbPeLDej9Zoe2vJSt1UNAWPBGjMXrs/rBsim1cb1BoX/vNU3i5uH2NxR6LWrGHaPUpt73EnTNiCIzgXxpwpOOwKBtPm219Lcd8WeSiwcqdaWc5Zxe4Yix7N3mOWaiubd0ZGi5DgpyKtk8hKhGcT86G7SrqMxu3ueZbmimJfGvZTiOrwPFrFw+xT9pIlsRM4mnuRg7xptMNTzSAcTRq1z3NaBtg8JUpTGufDA1PbqMyFKBvg5flOlG8O9Q1VQ7obOv7+qkEYBAC/cQBi+TKxo+UyfyULnCooWhOTAlppAOGZUM3uXzQh5xtgrj9f8TCtcjT2d+70D4/ndF/obpqSRF/W424XlO6uU9d2G9Zonv0iN6Xt80WR/5xI3YNKnzmvv8KNUrZNNjw2ZyfWoEVqRKfRhOZ/3ljZDXRXilS0TwbEc5jLyRkRCUWZiS8v3JJV/jhKQn+OGH9V9BPWdzlxz0tRM2JcFGbpIf2xgyb7boCVyXc4GnQ4Q2dqM6dQ7EOzCykmLhaXGBmdH8xlA2tT5DwspFI7FPtrZU/wsuSRrQl9HbwMenVED7dC4W53WH9qqpZP3j2kF7sTMYV1nYTcwVhinBUpfIFzhvraQmZQ7t40eylnGd913QHbEcVMwydJFHrgZbqHQ5gNatQw4KPrKd4+16TUHRWF6bthohEAxv4IX2QiKNAFDRKyVm+K3TtJYLseb3JLTjxbN/+bT/zXZ4xKH8ZRSPSXXv+swR+rGF4TGeeufZzJHNfkJffnurydxEJjL37mTqbzZZqf762vE3ufmsWDBwB41FQNTWh4G2Vs/TRtdpJbtKpdUthF8TXoWhGYAbgeQpfCQcD0eDhXDWRuYJLrBIJ6xdmin8sCu/5dHvpGMc/d5b09QyU4fpC5HFsP16Lp3I9YX7m3RIh9RbclAr7y/OtyMmkpeDkUtvaCsPoa2XapHrKfiMwiY8TJEPYQGrfbuMsAb9Ou6NFhfBglXh5Axi1jCXg8EdyQufIpK3lYO97dlDCZrDmsR3jxmoufKOgiYet+i690ErlZL7Do1LUWQ5hW4c6/LMLcHKj1xw+VXK8POZk0VA+Ja5ljKW/7msNGTG9aHtwX8Ztbm7sogPvd9eJVZ7ti8lTF00egR3lypNFYNoTZdiv0a/SXC+5vIh7O8YWCldWu+YvRR0usHGTXsa6C2dN5vp5djidQnhB5WOrZoiP1GA0q6agVzFQoBK7hx2262ANO8asMS3X2aFZoZhDnYFUTPdJnjjGLLa1QARyCZ71zJcqkBr0ueqNimFUVTViRWRfH4Jpx1is/oWS3lC12IjOl89UlmS2AxmCel3h2gQPIjnqE9OW8T/oVi8ToByEboQ2spuXIiVXH4/kHsfofzGNDtRsPVlRTb0T6V2E7uCvmkfQPr/4OpdXWjD1V6LVorZvYIQGTTLUKj/moDLE/Czx2X7+mXwSErryJaSSjeFJqa1J/iwY4NNj4hLBKoGlH8FDA+QzO+iPMelhACkYJMjEFffYzr1NDO9OFPRC3Om7mJiXDuOQCfbHCc0P0uJVhqHSCkQ9ZCCy0iGP5i5gDSgBAavUdGb6W8C9oEQuVQnpG3SdIMhTJsapH8iDbLDaPfmxfd3n+fCi/xaKFSBu6EKzDoNad3mWwLQ8GEKCWO3eP6ZXPkolpV+LyO339+rJnrk1JqPdezpGQemhbxpFJDSru3/LtkiAsmNDlVihUWbGpDD0H9LbLkQ4GtrjqgXvEeLXH7VsK+r3BM+8TTRlcpsig6QI46S3qzhGT6Gl6MhBejiEkFs9LbzXMrIwobusP8P3q5eGhYWL78oCrnNsjo9igH9O0Qotym/ohncAMfmLnqaoPaDmz1fGBNfyAW9j+RmUbw0puprcWTvUyqWrmpwqCkezhms2INuLaPRJb9+nMVktZGholYxjeVhHJT77enSSQsEDdFN+k7LZvhXiQtKABvc1AJSE5EZZOcozfLNMXdF8AN0rL8VI3kyXtX68hUHlSBKAfA7LRgZthucw1kUuvzeXiV+k+uXL8GuP2EKeSyZZE5ErCCQFcC3Yy+dXxvHA6KNQLePGMMWa0S/aYcN6iMr+kaYuQ8jJGxUmtknA+sMHPzi0CKaoU4+0ILP9txZlqB8avSilAOYI7LMb3cCsqPKtybmpvFJpXtaADDlepAZduCmil3VAT88wmjk3VlYEwF2WMsqlnAyKu5QnZZErBO1uZHF0PGGBFoARajRo9Ntna9fXmc0eQPodZeKy1ynYPRCkA+ITvxvNF0NqlODU5msfZ9GBUW1A5xH+tGGoEp2bhgaWodqfNunA5yBYCRqpN1/vuQpLx6QCyPo0r5ZxcPfYjmYxZzDOMxmfsiLMXJrDZxMsl3SSmjgiir0bDxceanLOR2cgy/036N0vFIWecjmAICSaFueb1kQQKPm0LPUQAgiHHFcmuWoTJtHCaPoL+OLaJvOJsJNI33/SfbBnjhBhCe8bHqSQQKXH2nZVvlwdBjjm7H9iKczMxHRFjvDQFOlCRG3XIomhPZcsAvd1nDDY3igPmD9QwKbMS3g+pkpJaOcwFDgYA1BZ0RRKreI7Klmi+eLYH65wyP4xxDOdtWdY5rBOxq4ihZmOuIcLnR5J4ycGMWI58eIGF0hEpYi8wnTmj+M7s1/x5ZYKABHRpZogsiV8azL6b+yhcvnOgZ9BzQ+qNiZl0nWUQ19XDygaTlfasCMFF7OOz7a6Dfjz/ZCTDarApdq9H3V9zYeOmaR00H2FVjA3Phj2KMQMlgRZUgmxRR9Ies/nHlpDm0TZBo8p9R1pIaZvaha1l+kdSpUrr+8YKw8qQXQGwntyU+2NMg1tAw6xea5XUDikokRYf39LyJ19151rzGdtbSlCjM20nbOVC5lOJxijL1JD8htfsh+acvVfifHh72BEZgpeEpG+iv4nNNmYINCpWI/vkNODgFzPEHZvOpf32Lg20UZiZeXEFiAlVjDQGfdKEErc16kBBkUyFYAFfcFEcgGepbwpdbz+nzlt6l4GOMaFWXe0vumquYPlBSKfSh6YqPyikwCCbkl7mL1ctBhf0vcDado9lmrtPXOzIqTDbU9F6juV2upNUrMZho7UUzkokbrpFtVMmbT2e6HiJH1Ud//ed3LPEnleBnjMSqE9JUKZHBfqgxCZxcMV5++j3AHWylkn0jN62SpkKp82/30xouegm0FUCxDVxQCQXhf5MMvDUUzg3BtGkl4pyS0dHTXqQB+9ZMqd6akcTZNy80apRWkAarFLZusCrbVV+YIztXoaPdF4jopNh3+18xhFyBVq45C5VpMkl9h44AlVwyDfc4nQ3rbS4aeJ+8v5ru2xTYfP3CKJNxMD/1bdEswUY4UKC4b3omIP9GqZrhfSwaAsA4IiXZMirTMPc6GpR+yh2neyfjCLG0XSARtxyU48VZ+CpwLiPbVvNmbRE9EStPa55AINYzGZmG7ALi8JRlr41fnP5b8s87yFbxU23egWICsf0ykqHXRMiVGlROA9YkiSrIdUYDUqlDV5z+Xxn7vj6nihAK1jN0sr3SoZXwhUp9f2166qeJ3yucwwLu30THEEE+IoiU0frulRl8wkxyOA9AfoKKQJPk5As56CDJRm4aMDvkP16Hs67ds0vVGQUTWdX057tbmZgnveGK4+pYA+zx2b+B3bJYrC74h1ZxKz0C+a2YvL6fIgRrZuceppwQwcf4NPdLFomSd8LyseZ77ufUu8ZYla7CZis8xAGAP9YGN3AiJfTnAKHcfKBUhM8gEhAMZfNTPSLvHXZGGgxUNMfgGBLN0VOQguZ/8sNUyUtSiE4j7gc1jzC/qJYBpsYPeIy7kUAWq6US2VzTVA+/wNvMLSso3usi3u/btDtKb35T2dbriwGLHnwld2L6XOFtdd6DS6O1SzLc08+pKK5qmY+7gP5s3imiUbUadZUxZbgRLhIpiTbRV6XTO5hGH2MroprUsQxyERIJMsrESwp88auHHPIOtgyzzh705PEl86sDOdYSC5iDzl/cM9cXHOXx7jg4izRlS24tqCcN6nNd4LWyXMuA70tXssivx0iZZnP+hdkc+qQ5HkrTAhk+Qkjtf6zz/oFB213TXYyuCU7pIf9JM2cU2E8j04+R6CV9smG2CzOh8tSIUbyPwwu1f4stASzeiKLRAoThnes6+tvdCRotqzt+vQ+glonYKhZru0+MisU0lJEUoFgSVFwdgSHr4jqh5p56DRwhM8HZ6yLQH7bnc+TOkSMao1zu4n6E6x68C9p1D5qjGD6FpqRXpob0ZWFT8BlaL+4Qo9Ndm3n+CPG0YtLM7KcQbbCj7XFDPOjkMTFG5/E+OKxDYMMMrFwBvwLGMTpSg0J7pCzxZLSVZKaHu8/DUKRRbphBHD9j1dZaV4qqYyjdW+QLms0R54B8PDUdaXirbRxOJLBrvDJHE+rO17uE3gac2yFgNsQRzeOQQa/76o7d9VPjGqBRwV7P/txlc1OfsOPu9z8eP9vXSnlY45xLJcPAMZ/WJCsblF2xx8PAg6V8/BlHnMO/2Nu+KHxLv5gMzA71vMw6zxzxzyN8Ww/msl1tj+KD1dpmFZQ6AVGMluzikW/W9DFahhHKRcp0wW6Mr6Xc8PdK+5leGAv/3bN43p5g64ZcM3110J58PLcz8wflNwSqXn3kA9sKHe/tmvYj9U9kZ/vZ2ol/ZxzbiP05+iZcPAKeMaUjtZjCn/+eaXlgUjuEbLDOrdb4TSJ/uPjzk4zxfn4gEnQXNjbhXIw2TWdxCqBYWKNlHq0liheWjAYCq4DFZag41wfe2zuW4gUkhDBeIt6KGUmJc4cITvgKm+CEjf8uc0OLo4yaGZ6HO9Gaa2njqbqfXKXMT3kea2FrB30M4uSP8ieUy9ln+AlmseenI4e11Rca5XNugc/8gd7ximWjbK9Xx31YJ4gcg52RAWBrRR4hECnCoMlpNSPefABgCnBx7VA5kpB1uTvcGcIpgdXdDH7nPHyUyMZfUqdAbm8QSalU0YO6gspXKpZ/3Kd5ZDgS6AWbLXFUQv6M23Lr8nHqOCJzXg+NiZ9s22RqErlSa1hpGPzs2dsWd+Kc0YLplPsIIhJzZikRPRM+AElJOIUbVPHTPlsOK4Thksb/JJ1aIdZorHLmZINBzq+0kqRCjKUBYYlTS5VkNpI0PUC/TJ88QLs2Ce17ikmDBMW3GFYMMZ3b8YrY3y4B5MFsW5/OSnLEobO5i/z6xT06v/H66YeIOl+kGPvhtfBS/kPFCIqhEcDsoxwKpUQG6HFCj9ku59ga7ZlocH514nrU1yTUZA3oissL+vKSf8s2I/xlKd+unApEOv5dOhT69NQ5JXXIo9LnYpdkPt5YPZzHQVL1JWlOjvHiYU77/ZZZ259HTBHF6Jorvf40BnNjiJo4yqxDjF8IapAMtWDr+r72T9KWV1xqp+QmCZsWdQA28eua8LDo0B0nZGBYKtpdT8SNzKuxcHjrWE4++5LhSekVl1YaSJzewrkefHy3HDxf5oTOuUegnjxyrwGdyeGbNZFVMmt97VEEJY1ocl19Pr1RHqf9ucW9BN2dOGt6G3JzK6lUWfQLv94rOya0oJlXybfXWW4y59xvs/7yYP2QDnLuQbr58WXb0aCrerk5zy3Ci1JWaimsgtcRBDqWjTKB9Ui8ppr/xXtj2I1Lq0nE/S8ZEC+M51d/H6crn5MBA66K0ZLNY+jEn3b0RlwPOY/SVxeyprM2aRiLxZU+fSK2r9S6B9SiWQroCrY1WdanM1caRaqSYYgf26z9c0mh5ec5szsMcV81Cy/6vXQwhym6OUJkxFjiughBaGLqgkZbrmMIBtjKk8odhOXTHF90OVn9nH7n16nzwMBmm+GUpL0BmfVcs9VxM9+slsX/e3K/CryhmABeOSMzkV9PILzwPAYT/XL7tvkS8qe9sfltcYBfnlmqc9V6jOmi8+KeyiiVk5zCNLnNrRoAKrY0BNBZjeCtssSDxaoaYsU0IM1Ko+WUnCSha0pQSd/lmZvK2mLQtTFPcWDbnpvSAmcFE49aXuOQilPRznoJ6GPaRJOM+0s5taz7bCYQ9fy5wmJKCI38PFcxc7i4NgT4OWhFoiWTik6RCTdNVLPLYW1dJ+ytrzjEgfy7WfibmTFrby/XW/JzRkeEJ74SjzjP9xtS0iPQVPwxPdn40kJHpKeGkbPFvnfBIIPqtun9d/SWy+q+XuJ3GsnAtQeBOvwFuIkmqdoI6bX08wPyHKIEUkCrdEALZVVlEB9wDhq8SirAR6dFpViD7w08+cJ+LrS2/FuedqtL0UhorSu3k9TyHoag2itGrGQ2N0rc8yWk8hFzHP/7zcmSoVRn1o67RiJ00Ey7Fn1pIFPnBaVxbUpjQ3QDR/5YD5wm94lWO7RsAQfDncvWVFJwuXb+queXvFF/QntLW2LtYqqi4r3Jh5DHHKYYZEuq6+ciMgiweG2WeWWPmK9DlbmYUdQPc1q3OKCyhBhH4efGq1p4zV03n3ZjWTgD1XYPMoxI4S5kKswHWyzr0YBNxfz3exF3m4cG67GVNfW+ZqfBXXV7Ih0hGW70U7L0fHAWFHNS7dp324iAIy3m/9/eiwbh2gGVBWpObgw6nveWu5h1lo5gLzaQFB4+Ww+VyNl07OtycVEwKJ2EULQOEsOyxVGiw3Oj0O4ME6fg5jntftJx9539OW/2OYYOIKBGxpHpSvodsif1I5sEUrJ/cjstY3H+KykN94+EqqQfJ3QLI5ef6v2U6n4W57NuhtqzrYCpk4q0Ufp2YZZOByWzV0odLIjqItDytCqBeXddoXZynfUOIoDRWE32o5n3r8PBa6y0U9iyPafGw3Vs7kuhfnzjPvH8OMbzn+DUqvHF/TohRMAz6WwuM/gIY3etRgyQTPkooKsNpx7q2qlgiut1sXXsfvrsz06VeoNcDZt+BEurnC0aIcUvw2a5dov7lHAjdG20G7FzHv0KwJORMmIm1CQCj0vDe+IZkkt4jyc477Up9x71+vaeb0sqLhLKPUNAoqlXwVT4L59R00USOwLayzhPaQytW6puFSLRzbQG6ykJpoeFlI226QUp2ycyoyeHmDrllWKVbc3OeB0eFMd7UiEoLegUHMYYmjc88t29o7QXuhij2N/JNObo/b9Y+vJawDC9ZEoDKYiLWnbjzfUfbyj/j5NykvkDhllc5Gh1RLeBva/7PVRmkdyKkTDMQfbsNYtzzF2gne1M728zMmLkiXhqgYbh9vnFHA8B1Yj6Q99ABr6NZ+t5IDe4neGhbYIBAQWYBQ38GkI40BMw2NbXwd9IRoMBLBwt4wG5uAxiIY8vuF48vZRDxz/ao6NisjILDKnLxXAsvjxpuXWIHkAj3Dm4DgNxvYmTyvfIT8z1E/n+/ml+959cxUSLh1BB/bwC9O9wV4ayTR0TSoULHTOQML0ojrQ73WuOK5jN78JaB0XUBDs6dnAY3jcuaW81Ne0SU4w+zLBY6T+/7tMarUgnLkmlsfwXFlXCMUa/xZ7904YfYqLNI4nPXknVnapPtIksop+rcjeIRqW8ZaZNRM2sPQPZm3NQEcNr2qjNHodLpoOkflgg2PS4IBkCR2LerZLD6U7RM5r8K0NGOYYu0N5AI4UEc1HcZcCcmBPWyCV05ilm+ag2ucp2NgRUYD5hALXl06Xhwwmeke86+NNV2mW+GBK/255lvSCGDRRJgkR4dvrGHBnbFwzw/KWsZjbfhNmcexXKOjB7FIb6vbH7Zj7nmQY93YKeNEEH/yRyS6LhP378G4Qhia9AKDmspq/VG7437UId1uqQp/yMxPa30PXEsQJC+WF+g5RLoLVH6XBsIGbQx3B7MvrQ8p9DXXdAgQjqLCBAdju5qZSAoslwaMMkS2Wwm/WpNGeXxQjgeU+Yhwo9gQZSlbAH9GoTL2SuinEydkw8HZBv/f6sG5z9HkQ8EAqM3ygjNHgEsYN+m1MOAJYKW/5Mg1uzQSM43j/aLuNC1kcxCItZvTaOTYnDXSEq5ayXRFvlr2FlX5ZzjTHe+fv5MRVdzuTcve2QE41VyCRs2yFbNfOYZGULenjF0644EGLkKBTSaFwaY55Q7Qj6R42xBLUcEkMhlLXK4aQJUz+m/FzK4AfNI8gstaDoi49SYjWyCEAF8Qn/puaezPA5Y9QVGe6ivOT6n1mJiPk6DGzYh6D5eksGdIv6H0cmfmSxwieOvlAtSMlk2bSliK1QdojIQqJSXSi2BBvR1SU1Sy8X6Xdbvl22+hi5shGVAhmBqpYGxdCUXE7l4//mjx2bXvvY1nHQCYR0hV+1OrE/fdTabEEaGO3lFB/XE0TE35izvjgAFKEDFmyQfCcS7+a5Bc6euauvUUGbip8wvZPdQB72R6++mm8BWyK2DGiflOq6qauW1rkpVN1Pho0d2LzR9xMQ+NyvhoS6TkTi46wzi0AC1qIW3kc2pyEaJqeSvlB/3R0EJRjNuuDIe7BeGTh/X9aC+nsBgCjD6x6zQuvdeprOEnD6XNIZXLr21cWcxrTJ2pIvfkk5jIK52wm/6NvuYUaquTzUFVs/fDmhYL8YpWr3mZbY6NPu0sQFg3tYLulgv1ctixcEeh96CHghfl0Gv4mBthEb0Bh3UXKmUFRafH4pg5dO4aR/2R1c9KL3Z66igzlaFS+92d0wrQoOt8g7R5saZQ5weHRTcg8gnOsXJOCpBxBaVcJ7t3XDfK+fI2geN423M5ei83ppl/MxsO4UbpyrZSfouZ9x+lF3mM85BIPEqdm8cBwmh8P62Yo8+5Tf0h4vb/yfNncckLzF7JZr4224T22ysjyjWWCrA4zlnvgVOCUMZbMDRjvt7d0qzvTrDvymw0d1hDRap/q4ySx4HoixV0kXbc9lUcxK3vXjY5sBdnkFg/01BjDcnaMWcfA35gsf0OymcyN8RnpWmUIvTKV0h75hp8VodyGPrYVNrC4O3yNLjHdwVJqCbgYtEVY+BnxVy4r1rAA4UJ5gUThlrSFf61skxIZr+5hbywHVdGYbAStX/vtdZlf7rb7tJTa+i0VeeXOCC81TmP40diOxMS7b32v/kt3YQntKS7PGtevCTp+3VzCZpog2SAMNMXVMsWYWWz0lY0L+3wHw69PjIBA0mJ6a+nESyqylv14VbdYvZpKFSw+EuhwPraCzC8z7ixtq1+8evWXJjtm72/RUOc01xnaCgdFfQFSCBjmyOVU6qGKe4d6IXBp5xLoDUVtH3zjMocCx6gKXc7a4xg6q98S1t8YSj9GrV7Cjm2pHk2ELqFMRQvah2X96Qfjbdqvz805qaxjRy7P2TPEMFy5/eumIePV7iQonHD4eSsYX4cpglGF3/CN3UZuRqU+/8Xr5oRdFVPfApNgrjqtLQUUu1In+8+rszvtg1lp0nAnbwMI8enp5Il4M8iCTRLt8m2+CBI6VF/4QHv1Gyx9Tc77IA0YANVkMs5FOZYhjUlRhPuEdeCEkzJApZEx3fBHFPsMdXRuic6ts1Yyy8CJdpoMmF9oByUDfCgsQfVj2g8h7Fd2dNryl3NBsHpeU2k7TOCt2TeLbw0feqZh4ObJUh/aWm5zwovGHwNdm21VakOtLL5Yx0UA6zBxtXpPM7hR0HwyU5cD/Ro8uz42jW/NV/UlN/q4a5XH5pWrTc1cluA6t8GPfPecuLixbJ7a6kuuWQOYJvcoE72Q2NJG43zUTB3Vp2lqBkpHeL5xl2DKb/jzZxUao8fnz40r4lmamm7qi5wnJjpSY23PEo7oxqo5Bow0gp51b3VyxEeuNXNR5xSKl66CYVCueS9oe3ZTZf2Jhr1xRNTINxmJ7lWGLUFgXXi2Pla/g7taHqLotOsbWfiI5rHzZIm9o/FxmlM8KR3rBjBsu2AWk/uDmG1VM3717dXYijxNvGY/WtGpsp71S30att+a8eO1TNubVk+i9vm7TQfFuwnQQGPulffESoTubV7NBYLyAzjllDCC2lYnsC4OGAJYtpeQpLagmBMWi13xhe+fv/tw8vju75tX8w/suW8psCPSfuJvZKAhpBV2/eeoPWN51Xx4iGuOQvbmaa8XErMOXwWZL39mZWGbpTUPHq2yY8FYXqZpN8UYtjm+xVxZQ3aMCnzsUULrKIa0IS7GRiGe+mheefG+LgzoPy6lXeFqTnITRsZhya7UPdO9rzdIeXLvezqcS7SGr/TgHRqzeFKY6/zY+iGVkgihBMph8oXO2J18dC1HjSEC/fSqXhRhiFbtFdIpKsKWJoAiwV1MsURdQbrVwv3o5Q2/SYH9mh26ZTHbeH3RljvC/3fMVXSKp8jjAikp7xXuypDNhBcE+Jk7brSJjmbwXwl8k/QALIOSLR4WxdZGatM2LayKWQZYCj8UVf9CODUJby89ElZJ2Kcn/wzAh8eHZbVvKSMAZG0+33xFh47bBV/4eIljkAYbMqOj+URNuJWdgBL4v2A+GRWh4ZVNZy4rSxOv+gRo5PgkhC6APPX4otwRlGCT0zF8A75t2q8DATxLv9hFOaqk9wHBVpxeXsu2jFpuHiYnMxFy+ma3/fXtIYzb3qvAM7J3OzYC7mfLxi+ruKY5hbZE2R++0lIt6I43dVny6LEVSFmQ24Qw+1mstsLosM83Ry93kifxALV3NXqZmck4Zy3QyzSya2ZI2Va5PNHxLWCAnCjRgGoUWXAo0Abf0R9+pnZK5N8nYWDr1t32zMkDLXSmWiSDyyT4b82ljJdExVvJeGAKpvkFTwyaDrArJr7lAW9ex2RMKhPDxsChxMQOCDmFtS05RzVeWwsRxKQL4Mzn3FmoaiLlBDJODmNxC7YZ43CpKEvzpaYqCaqS9uzzF9CYRdWcmR1hGdq6M85qAANkXuwCaMJ71QjhnEei+Z+sAejj6zG33uxKfHFYTtW/RThKaXzMl2Wo757njZpAWHPF77FIp0ssctJpS4Y+yZdZcNr90jvpNHDaG2PK/MsEKJcWYKW03Cmnm8Kzk84AnHxpUJx28s9nMflnBzDCAXA244BJwQ8nF6oOmLIlF4ByfiBeKSsAWYHt79HmEUKj4759s5PmLiDahCYEtdyaP/34NaHnXeuCTKcryUijExEyKhOLE6DrVPLFCK2eiYoFYsvrRYo5zOcIdgK/1PPkeQtqmAmBYU3fpfQhu3eFXr8NysA+1NuBFfOmCPUtd1m8bYb2VqD9fKVhuTUIRCxKpdQx1rrfvAt2pwWz0lnnB+suhHC+elebnGxbDUigZktz1ZaQhVaRsfWdv+db8yvjWbr8U+QpdtRu4kEuNL19ma1/HMPQdMNc2RywM2YhsJAxEp/lpsJj0YWdm8lAYMbN2GnOYkfMAm+ExvSKmfP3RPH7VnTNxKtzjF+vyYtdME/HKC7Or7fEIYltscl/M7b/vtrm/+pfs/gWh79vHGiOHrP34GqQlmW8i2FLdc2QiTIfARhInnoL4UZY7hm1F1Oqdou7rpavka2McevJ9dIa45ZsFcmwtYr2hf3gO2ax1oPpx1WhU3dH+ux/y/OxJZ8PbdrxceeImGNLOl1ws9sBs6a0Ca05O0nYnDbF2OOGFUvg7rwdKZsEPF0OVY8PjW3MTAxOmWCk1bq/FbT/aHg1WNrblY/DMjJY3Vbiu9PFJOyhNyUt7FiGdaEDrG3KjliqNlWcV4WmGb/q2RVPVExKNd0Jjuw+jNBI280L/ac5IcA+rc/F6pN3ncs/bYx535NL8ndPTQch1sZu47mup8iAe0le6ftKQmh59nAVjr7f5ylv99fRawuaZ7rp3OQZUqvHFsNLJ9NxtfWPVPpyE5K1axZoXFOzy5kzazqa2ar6jlbf/mpxclTflflL9viMa3Y848bxCmu61wxXech1OsfaA5VNarosZj/OmWJd5o7MhFP5rD8OFDKrkGdLN6uvIaTI5JbuddiGiULS+DcZZxdDmitIiHQAyf3P2ahUFLVqJlatCMTzcoXl3vYiMFJY+hhCXsFLS2eZgj3ZYd2Dh6o5NbzqXujbL2MtHzSxNVHxD1wrYcc4FBTM5EtOc0X81+jq8m2ijmElNndJqgRqIxZsNBrTGSVeRm/68k9uF6cX1j6sZ8bgItND6w4L4Y64uTSfIlI8L57gNJ0f75zJMafkj7QNStiu/rG8wyP2mRexK4wwIrBokVBuZsKViQ4Tls7KkAz2GJRlsCcx/Vv0yqAgeefDO+bpJvbanDAat8tz34K59TMyvBAWDQXk8NVX+85YLHDIS+fLAul5oM8REwU5fLwaB1TSz1SVqPw5lWIxg+oNp6aOB71uZiHHHpcd1OKu7vSOQ70rFzm4WRMJUm0oCVlnzO45Bb/FqBX2BWnnl+s9SZfZB4DFpaSTg+tk6T0xmDLAFZVF3BDEV+jMDiOFHs4L0V6KjM72sZjalhMmBkX2m6EkO/9EWQMUOVxzXOGYEDU1VjcOxnEOxw32fH/4+t2PI3v7ZG5CTqycRY5mWG02bNNgK7VaHx3z4zbJPU6+qo8iJgHPMaOD4/WiDvGmpdY3QY72Xpzg+9PwakY9pNdJaZQqTVEJO9haLKJBVrCRqGPAPpiltyhKrAbIjwozbz8MXFp6HOipLVneZeJN2S5JO2V61aofXlvu0WqAi88Ac9XBBCb/fFnkZN4KlHLAASrqiWgyDCi9XCcbch+QD7qyG0OOao2+fWH8d0IP72F22VyyEL5iZGZmvUGDrpldDfh83XjBiXnnqR3YQ8Xqvf2nejSo3HAFyLuVijfveoC3zQ++SEdDKQHVwhXJ4uvyHsHtm5X2qZycOwibBXOvsdrjqskFbAtgbZBAZltv3ZBqgf8iCmQVdxNMdG2Pmwyd9en6oA2hv9yelQCnqMpMcYr+73UM+UivR1EqdVnGxgFNw8cbZ5q36b/4i6q2umzYSfnXTNO30C79+rOtOtnM7i0U+v/Kn3+vT/yWE5np20wJT7XIir6UpcQKd5h1v9BCMqDaju1+kCRNgq03w/z5bUUKcR+0Am3xM8/G2UG2g9Flidex9w6zin1VYJM1uDeOsvC75w4X6J0nizFI4Y3iYTne10pmaWqqxoqiD4shSBmnu191GogI3D6CizQVCjktHkdMgzBgzUY7T2Y6cYGsKo+SEya/d3QsV98EQtzL9gfvTctGLFsoOerAT02grvZKeCPi9d9IQs9qWYhNxAge9i0sgJ/Q0+VeHh7fkSeiJFvFccmLmw22yvks+wkH0zqskTajrkuil/vXwmzWT6fUmdUDhfrTxajQRjz1h8u64NktbImacvOmbpIcv2RZwTSxGwhqE6bax6UUa7mjWuR23ywSmbSCGwzKth16ydq04YrTP2/VIsvUgsnzUzbPQPm+F3XjsG7CpazOgvz3WbWq7pG16rjt1XYCS8cVuusWT/iXD1LgEDH18iIP73QUoR+px3GK6bhMx6FEyAPG7LtMnsQMui8USWu746zsLdi67fiBPotbfQjkWB9zppM683P7RPuZryZSBKoorF1S7Z0atOYW1eydc4geiTzfkgpoe9reXxsAmsn4xJRZ0G0ZJWCSn7Apw/jNNu+pxR1W6ZuZxKvIYPmsotvnXbUL7HIgn1hV8YIZtEbsDbjZV242i0jJLc5ewpEZz3EHiPWAPSxQSovJKI7uZBOhX4GioemVvQeH/qiinna6nNEs5VyWv8eRbjLiEvJnkaeN8usj6RvsFcQNrxCfdVmrlsiKv1JH28C/VDq6OYqVBQK1rq2P2d8E965k3p0Ck/awtxWpgGfQGBsqdC8e7NtpgChHSp7ydCxP/wNwgS2lduFZMd8dE1f6mFVu0oRpmEgM+dbQMVN4mXwur8woReOFoah0uQQBRsqPp403Q51fWpzrX+T0JV9b/1Z+KegqV0dC0+1hIKlPU0wdAOQJMkza3Ubhm37QS/VH/kb5x1evobtoXvuDoogbrqTsorJNUTw6j27v73/dixZ7QGMlSpsYmW3ro3KbLY5RAMdBJy2fGUrJOvUyrImL2gwxUkBMQ6YB6UkGvWJVkX65CuiT6GUgUBIH13tHQSYfFvnHXKFfn8KkotTWoFjkLFv05IaJsAJGOgVv+FK1bSRAa1+96xt/PS2YlKfyrZ8c1A3zK+Iuq9ugfULC/HQ6No1w+S+uXiShPYziwRXR29bl114mCI+TuM5NNfDnOBMIZExSnlIHZ9YyguMut6++GWpo6qeGAkgivCQjD2Mdi3Z8RWgByMSnpzwBfgxRu5/A8EHGl0n8aK9pOh6G0+xJc3563NlXmDkf8dHYma7ZTxDb7x31Fs9xH1CZZcH2gvBv8Nnect2bdaWheBM1tiRoZ0X3MXfTM16TGQyLld4QxrT/awzaNzEkytmplSuqhXu4COoz5X84dpWNt+xsW3zB6AAC8lNDTQ6gLJ4SMNhdUTAYH4h3OLgoevnCyhwhirvxhlKyFaXkl5UGAhZkJRUh/8rWTQ7Pe92jtI2ivxtLVo++QO30LE2XIFtpOAiaa+rGjJQWK9+vR6DLSwCINXyVOPaM4O6tjNcnp6IqWk4hTRZ5F8TkaBPOatCl4i2PER0RWSLFc/YaO0UwMm6Bx1lx/d4XVy7UBnFWpdcLbJ27cUwudsHbrBin0Up15gO2Dv//ReLnu/sDHd3Yd5y2H9g/mYI4bem9e6/+zhbBsM2zqiglq3KVo+1P9zNEN2ru8Km0CuppzMbH9PyK/a5oM3Gjc2y75Nurqt/ZOQQE1WdCHldUaLopRKvYNIoLQZ/OQsNI34BLq1bch51u4nhUxQ8HFso5Mrpi5TKblTaV6WvYEw8O+/HRjfrMuJiHjeAowFhQxQIjbGwiRZy2FEkUrmMlFZsXJMkgcvXRHUrtvzm9Y3d3kz2mrDC+Apq8GnaAHBz9NAyX7rbkDfsBTsi4/4tMZvKsZ6ts0w6Pt8/cEXbtZlEiBoaMOybhWAHGWtW2dQqhBwOIxwBVDExCVqnz3pHO/pfpOIMnNgYr4Hl4qtPcIpcgMaj7TE5AFW6Zn6SctoIxW3iH6/HYBP5Oz9CGA7b0LhJ2QdzAOnoZb5s8srB90ex0/WrycCeDMz9RKu/ZIHAQqkyay4O79dVOsmHSHuenx56axxr77y3W0pu+zTOoa5Lx7FssTEa3lV3BnYHT1NnhH+nUHA6AX95FsCKt+3M/JC0m5QO4bBz8hzJ8gpjgNpk0NRw6WIwcKw9rhqzbz2bz9CJJSwP4bs4qctlmxOPT5PozVZkqsDRGWRGXzaRWOP+IlwTcVYjfQATq9aCsjIIZVrXCeLGLku6eOYNetOBDbi0HDuokpGvYAOyifA82ew2P4MHWA1naFTA5WFa1KVZbdMT0bJ0SYF0Bzs5EFGGWxVoL4wouD4HKQ2FyDkTOBcdDcHFJULICvFsh7fk0oFEUlC2Da61yhHA+vsQWM4vcKusFpMGkV9hbuDjscyYH0MBxiacOna3xpgwmWAO9gQeKSGGlm/aV1odQ4swFdm/m4WrScxV0BsoZRwVEqwskD+szc5Vv0sQM5ZXSoL+KjV8UU1ORipy8QpjIIhDMhrIJXEUyE3Ydco+yE81ZMy0urqpL3MY/IAa9vHo8BjEU6d32kc2Vz5EvL23/tv3tMt2Vy/qPAmExjlFFndlYeTkweU1GyS7aAmc/OHPlW6s5DqdPDIyKWKoSxER9jPZx/Al1oDMmghBt/VFCarGnP2Kpst6VXoABJXuKz2TBfAide3SUIYa+a4mI3gPULWqawW7arUCJr6HSniLDbd+GIfhPrDQPLKfNWeQ40k0oAGLxWpGdRVvtCkw3EtVPkOvNFSCYLAZqriZTt2okV1ax2dCzCsYNhbbFSCnaDtl4A9qEoEKLQJ+7ZambOeQN2R9C8Bm7t3kgO8IOvoKtkKJ21iFyue+7n2Bn9ECHTuvzmNAiEov9moNF5vt0p487THBrJ4VOx05miXCX1XLkEvL1J3O78p6Q1OKjmvBAvRMEkoXSBZyr2oTDMnq+S0z/ofG4SolmsaQvduZBY8TQAj5iLVmQm3Oiz6QEzFId5e6ymLVhEaryilyJBPiQUaWbodOF1xinWqLn6LoVBxlBYyh1j4VEFhxCyFCggeYWMg+4ThzmVEAEQYhrJ+qvzlHJ+o/I8kukxyybI9Uqy/0aXrNvSpa7mpx5yzfl0HW9t9nrHCoIhpVny7s+mASLcvO6qiC8Hu4U5oYueCV6RPlL6yzHJ0CXGt2Bnnjm4Himqh2ZLDlxA1UqqDJj/3A9tGEzG8scJbUgy/dSuYkFKfrLn3VnwmTRQSfXopjNI+6XDo9nnemaG61y4oSJl2wkMOcj1OFqoD/TR96m58O+8W1PLtvT5u8NxX/uTZZ1i0bn1/ttyWSI2qBN5sypsUbIXFNtTA3faD0piqwleRpS+1NQMk8qwtmQAWHc0XJoot3Mz4tPCuw1k+eZPuhWfQwg74cyi+EJaqbqwvFChQE2dVeW3RH0g7X/NXLb0Iyn8IVBro2m7uCaO7UR/19T3LOG9A+FxZuI512t0fw0I85CjpJpacLNwvKI2d3loqt1KMI9bQ7k4VdoLZiUZa6BcwHnpZV1rLjOMgx/qM4FQt8oafYzyzrWUmcpDtYiGgAf68LIAapaWfXOKnmOycP1ESnpAcRy5AmTpHkQ91ZryyKCzRinAb1nOQ4QzExLZ3lKtiXcy+3kcO6RI19c/Tj2YJRnYT3aV/jZ7AXifXH2BlmuCiM2FNxPDavuWe96V82PZZnwY773ZD6lC/15n/I5n/KxLO8BfdZItBrxpgNZcV5CPHC2BzcCKAVw/vmmxbKnE415rilPI3O3WEwqe9pgkJ0uo8n2556ib12OJvey/4oKeFT3qqOylpHEHSk+za4gdgq4RDtntzQhBJEfRufPaasSOpD8pFXQKeqrFkMnrMw5/oEzDYe+UKguEYgcyXElDzsyXatrecNQJ1MtnsLCAxmBVplq0bmYlukTTzlFIenwFIzoZWamDmGIqX9VN8FBaDEM7TN1KnxmgDOfo1W3iMjs6TmGd4u7d7yBHKykL/+4dggt/DGgQuduzWyHBQ85PZkiTdyisApREymYhhkzpjfoOZmUKbERYRJGhD4YWP/LR+sw9dshiukOMQnplaPr3tdVGPR6Nt8B84Q1JpnJI4yFCHqOEupvzDgNoz+Fh66Y8mA85uygZ463tnumFoMXWL6dOuCdHMhYQ6EvgiZov0GQOwuDYPEGnuCWfZZFYB23T9a+VRwynFdpv7PNrf2lrn2mJ9qxywa5SyanYTmy1PiGA6Lqj8/AERsB7w49Y4GW2pK5nedg7MO8Fh5R2NQY07b2C1NHI6tBgeLGp81cWf0Y31ZSLUDEVZhkOX05gGd+83bhYZqlycGkWxP+F54BrD2zOuj/KX0ysQRxfKRGTNGZFq2izdZXArrpT029ayUizO9nB5ut1IIPGh+qfPSC6R6dngnJo3UAumJDp9s2W/wEAnY+XdXnmtJl0yMnhi7/ZFq0J88+6NRZjDRHkcGn0Ph2oiZjhCasmncsJkNNosSIU2hezCAD9e7sePuxDvGMCl/ukQflGaQtJ8slVr1JGIykAU8ZGXQROnDRm8kmL5V/7Q46/3gzwvJoq18mhHI481F6AEYbyUAX/OMkHeEXLgJIsIL0BtA7Grl0SjN/gSyGCfSuFHO52ykPvSVEb9LBkcWIYnmw8jbvutzmQyehlo0X8QWZI2VytanitZmc5hnrfcQtXXY3/+cWAp8hulA4o0wHslFfnwe71XxThMImsucdeb5lWNMs9OXSgunzF/ldQVPp7WhOnkFgQ+yfhBXvc5iVwqsY4ilp9OU/y3EmHR80zxMgWMBM5k6xl7s/ImiEJFrKXgx3sGq+tugTuza3BaMNbANr6WpM0kbuHvaVoFOpY7GdoTMBdiJwzpCcp7QiZ9ZS99ldjIROzYtLw9mDJo5O8rcaatEP2o2q09G5VbxKrmWFZuoUbjXyF1ytphmonLHu1YwdMknZOx+v3ZK19muT5P4hxb1ibruaVIB6GQAmpbpu/jejoFoVVhwrD2lIlpOkHfYGp2Ua1i0/g5WDhiobRKQ7fdJatscC+bxXWYStC5XnaVxxIvM8SlJUNSymy7xmLCaG3aoivw3bkP/E775t+nLnLuuXOuTXuppQXEQk6rmIDa42MqzR7CZokKacK6TAUrTVOvVrNE3MBTj5TTjeYzHDZ9Z+gDadzrbxg6nkKj5EV5quEtKqC55inSA8B8xoVSwvFlyNUSUowX3pfKllpe4LnrqjRxHXmU+bdxC/gmfTg8hYQWWVr0UbbyCcak8RDToXB4P1b/Pg/zj6msDHx88suY8tK1282LxlovR+Al5fS5JyOSb5UNwBvTfJipkz1xTHht0DwyV3TESpvYGuJcReeoJUO5j5QWMo+D8mCIOnceDmfrA/NsbVMUilSK4menTAMXHuSYTpVc2KRw3VYVu3aopgMcpmnNkBSfpADcFGvNYBDteOEi3y8KX5E/WDDJ8edaRD3w8gOk/4y4CHCXjR+QNxEJJxgDZDuk/t9ZjQYFxJwDGuTRO0mfM7jZtoqBxRImkO30vlAEdqISLXnrc647A6TM4NJq+SrOS9huSteDkvajQUTynodtl/K8ec2aeZbsXXizdzZjBe/zo83nivt4ELxDkUQ4aWOh1vYj5dLD55iK7ysO5K/3pLd1/byYTtr41ZePRTSRPOGjz+qsrmVu/rYi/biW55zMVRqcwMOxjlKoi95TbfhCxGmbKbwlfDv3gPFUUiTCq5wID73TaMviEvDcy7WDlG1efBLzwHnQHck/Y+dpr7xx0+Rmqb9zmig+HZlSVh6AJb/YEJp95O/HaiakstkYVUKeCBD4SfyGy468FHuydmrPqegMZHm8zaiB64/LajgyY0xm2G7SiuZ3EBe9Kp4T674CjZpRbduShpITTXGvZMbro687afmqvU/6CLl99UOwer/WPJdF68lBrMyxdP9M+vw0HoJ1/fM5jRFrs1yeK1bNZFZjiM3WtV/Vq3daBxlJj44Vl/+4SmGbGsaTzKbSe7m03NNKQD4WWhcQHPkJdNkeEPvEpGSvCbzUlRqdHoM8L/t9fnxeo7xe+Iw3ob94DrHV5fpx83SX5ZMt4eHi82EehKsacWjO7QAuzb1zHmzV2m9obmwBZkW2hCOgklQdIOQvFjBnMb3/uy94sXJ59HP3CfZ8km9V5kFQ2Mw86/Rwu75h4aWZqf6+1JiZ3TdRos/dKOLsbMuul9X3BU7KdS4++mJ6TdPoj8truHkeXeQEhFcqarjD5hu4DIf8RK1kfD8hAgj5mXBaZ5ssS7iBe0G4sLKcoIKxBSGIYOG5s74S5JBY2Ym+3HEklAxjkVx930ErbcXxJ42stUESvFmJ159yzubI+lZphjl+XUJiolWkLHlEK0dCbRvjV1nGMdWI7Y9Rk7pvpbU1gos+4O7GzIp8uyywkCs03pJjwXdiOsX77/+kbar5vxOnEVhh5fUvAy6lbrwfJsMtzFSPBgZuV8IYBU1447ErXaIZ+DNQV8tddg2CXtl0S0S9xvQ29xVkALOVS2a5FdC2sCEEMh7rDdIngeDDbl7B0rLj82bvnETgXw1lEcQ1Ckz1PQDcRHVvblmZjNFiUbxe+tbPN4e1TQFbDf8kaVHLorXq28mDUSUdZZJAzCypdst71c+pcQYirqDc27tmpq/pN6edyWIxQcubJrdAYRx65FLqlfKw0lXHy6P5cUYlII5kn1DEduz6bXOmMkyAmrsCYa9j4nmJisLlWiSavLirKG/DiTrMS+OIn2LJDVNjYzUo9WpubdL0qhNGnSmevLWiIE2kNkjrvt8Ystya+56OpDQQZHYzlHEboU9pTpAR31e0OI8DLXqYBnmVSRLVFTC4ZxmxW30VWUEp+KEaVbL+jWovmtffG72kRpNrhODd/Vx8uaGVgtXRFwVvbJAlWsZ8N5zru+KSN7qCRVgsU8x1UTHDw90ZgKrCDxLD0BfV2QhbxQ4Cf34Kr6pzvdahrjAjpnmobF14KukuHuDsh6mAns7hZRAY0efLhn5fhAlkBaGFkovnZ9hCg0fPctB3dhDvSKKukpdRcDUi0SSMVgFMeOVas6dwEBYzeKmazDrsRz1/56exC/EGkr4wmbRSxxbm5oPZiIbJPfNcVcXhTSiNNgK4j5UOQFUpR5QTTQLcnIcmpZjk6a15RVslKK1GtbsCSAxsGsF+D2Pl3n6Y+wc2z+nI4j5y1Pzpicp2KpQxhxAtmBIRWBPDam/qfbeQ0B735tHUAQdeJzuCrQZcAVjeJvHjvTv1oSg0Ed7aaQrDMXvK0T8MoT8Dyz084JC/Oe9Ke9BfR53tCGaz7kq4bB5OW79o73T/NLP0MUOERPxLf+tTd459+1RBjHEWwCvHM9R4+GEC1uHPJIOy7JqF/AB1iVTyMSLL4MaTi6+/bJMrgW06Gh+o85vTG8DUqsrfRiTvpAinszpYOooSMOt9Jynj2OJVnylP6ZptmJa//Wgyp5kAP8N7gC/14+ZH+8mZfKd5hJ5X8gnDCw/CbmkKrAnR4MV0ggMEdmpAKHVIbmAIEKYTmaPJEuCzB8gCyGFACUlsE1tGekSbCBAhyvGyG8ezkPi62WhHkPLN81h8TWZXJRpFoYMc1itGCZPc+qnnJAJlsSnW7Cn1FjIqKi45cZWkaaZYlpUY+BF0on1cuCUtkyiEOhpk2bktJYMnUhTl1sivKB5GqKzzbZ3EvBFFgyysoU1aegTOzW5oiRe5aPI9g9/8yc7CB1pk1mm6nTL8GwQg85vH6zZb7Vx4x1g2rK4xj/a+Cjdp9YthKTZU6zzt9VVKLG3Grv1EjZSSVLYcrwJhN2DU41WSa/O9KQlpW3F0su+sOdyz/rm/8f9f/Dnd9agyLianm2vINJpy2+hdeq10N47DoZeLn1UbGn8ziuFDKqi1M+wnr1PFE0kI08z22AWkW2+WR67ShBfpWlN6CSYQZkvpWTCRRx6aJ3HOmrvxOigCAD8XJ8MadhLh1DDlhXwyejF0DOW3pfciJUDUwuii+0nIbNzG47lIHJBOu3HQLl9gpcBxqwO/b2qmwog7d5g7uwRcNHAJmBVHrNq1zOfUuOCpeMd1jxgck2ybayyo15Z56VbiPqJTXewrzy34QGlHe/iGgCaD/2YT6VvUgYYSQFspjmalVyhWUXE0QwmScoaesZ4D3OlUxt1DL961viK8XBslC9rEOdaw6LqvalmXKmhfEUDu/qRPtTkjZxibtcC/yk0EgoWjNBILdMamFw63sBatb5xp+ZpllQaWmXAxbb31JS4G4voElVWiPbiP2KLu+2/w6vvN3+SbNLo+q/koJ5DnwllzAmvDpglX2t+rLRtIugbIz+JR7HXM5RFN23Mt/aU/e7SoI4w7nvMLX52DpUEFRNQL1v36KGWRl3qQLJCjYNW4RQYXMulChMhizQREn3sUylVjg+FMd0ebtdbkUA/QiH18qwlbVNg3F+1IXFfUzwks9Q7cLjQ1geXvi9k2+on+bP9D97vC4FpwBqN4o87DHBXaXlp3xshGM8P3G0dcnYP6u0UTJg7JhIHXBEyB1wCUge4k5iUL3NCxN3sdZLFna3Hd/HKCUs4XXZS+YjMUvcsQrF/7kJWLpZHV2hLyXrMtDlR63wsFFk+3IjFn8tsbqft19cJsyW4XrrB+I1SM54eRSHYu3QTqI7FGDMgFGkeTjry6OMcPMNJ6eOnh7PXuRAkjgZBYo2WARjgZRMiy5z7IDlhOxhsu23Du6FjMwTPDXVKhv9YL+avhK0D5X9O5W87z4NHgCoVNxkwhVIppMDGycDci8R8PC4jop8v/srolWvADhO/hcYCXMb4vcP0AAGaW8IciMgMl+eMbose0cqDM3/GNzLJ+bLux1dlu0JUmEZFgIquRjuqIGcdpK/vw4RRKKSmfyZC0TOSvjt2ktj33ucWnm6fuXVARVWiZH9KwlXyWiWrMtrVv5WqDSaxW9dqZF9eVAvNaC6jKWWA2tdGaWlOCWtOY2MKrFP/0EVtQ7ZpYWSGzMEc5TaDR6+LJH0Cvewq5n1fTQIJpnIW7oHk+rX22L7qZ1QguU4uLb+fp+Efcnp9/P+xeOBiF0jOJqsO/juREoPqlrAdqyTVq3daDdxDvvOD7Q1FDi7WGL28ZrNQxelV/VdgaSn8tLvR4NxJqTGgDcrW76+pjvATUrAYxBnZT/sfOUslirXG0SIg31Sd/a+LV83VkTEFZQHYRh0Z75PySSSCUvuS/iIH1Wv5+AvNwxQU4fy9qRWtF+klRcQBVUZQlZeqvsnVE1ENs9VReTgQAJNTdIgzGSILt48yveKNqmQcNZN7mUMTcutMb49NFKJ2CXtpUYD87DxhnHj96vedu52A+yCbfRy3KS5MPlyL4bBYfJrOY6si+Mwwf3LksbT4Saz2fiPPNTkZqUxNyEv7peVyg9H3Q0MQla14t5R/Db1ow4zKZjKlbPs3KuaK4xS+iqnhUtNVv/vMCnJPmMqvdCXl756638swdpl8Zh7ZgvhYAyu7WWwicj3TW5vLocF2x4MtyYluO1Xep4cxi9gw0slsr3/tABcSI/M04/PaFb0W8jUzWkXdlZwB3N6itLNc/n2/5fXsaKxv+Th1ZWKgnaf//2db11vHAnG+rL41hFB51hFTO2KUa4Tw1it+V13D1m+DxWimmXJkifpefvHuZ8Iin2BQXGEV8qfThERsAB48X6tTd1UxoSu8mIVwms/f8gOu4Iyr+AHDDc+CC7PxvKcGXUFwkHU7Fr7CRvBNwyTCbllJK9uFI71bYaWqpS0Ipji7xMTTQmJoCaBO5doaWp89rVcKfEZi3QmvbFa+9l3nJCxquPlpu30uuTqkanNL1mTf8Ua9Onc5KCwufPHj/Bl94gVf37qy67JoZr9BD2ujncdzFQbxmJH0NE6UDuLDtzL2IYr59eIXsfL7HoNv9GB820EMLbvS9jIKF/Mob2nEl410t0vff2WR3G5wrUfwHCvw5YxnaGx6/T3liv6P1R8XpzHEz8qVbnJkuFYlipF56UwwMPbExtEsxrgoZ3JVXP+QG5UMfB2LB4re2fEpX9Iwc9MmyxgJuq5kKwSLU0udnj0Sabw7fTOeLUKE5uMjNJauAzZ96Su0LaJgy5SHfxIbvEeHu5CrAo56WlIMlV0FSSqdA190p/7x48M7yWkihegVPixOYh5pYKMb4GzIBxCEaFjz0X688pCy/YiYpnQVXF5h1RPagjkp6GjrOmBuBKTzu/g9cAA4E0ATVKX9xmQsEfbK6i7WFXa1/1Lr//0ruwrOT/ARLHbIpRPdy+3R7nUq73jmZ1f44h+CXWUgLg2d9Vru17w6WAd34SYZvwzOPwaL1ZRFI8ytdBdPFqkndia8DA7udLUOFkmTlMtOlxX9DVqs9jq8ghW8N9nsunvSaQkBMNQJuWgtv/5j+/eeklKwOG8Z+CddvgRPLDecEM+ses/AZ+htP3mYAXCRGOv4a0A83rtNwsrGD9WELi8QuiDB9GkEpkdHTiPdCEet1WZ3VokR9kebyTU16Fydvr7qCtO4gkEsNHjElT4VkEKTheuoeAWcM0PVgCUHfpwnj0v36G/YXbZjp0eoBs5d8AqPezKdDRHmt4GEsyJfWMD8eKa3ZHJ3LA3rJDB3LIda4hSpwLXLeSFX6+76LN3X5ujP18icJ/qWJo65/FFEPvGEXgsTKlKdNZrYhMhUkfmtqD7qPD36wp8bZxDni+5yN3ZX5EEeHgYDF4/BYGYkzLA3nCBWHOwK9+0bSkBkTwpFXJKmEDvbHLjwbTe3K6wBib7lWCEBUjmXPdu4ZccE7HQESyS0k+2pOrCnLC5Z9cJZ4CoeWCfuZHMI4AHQlfghof4MkRIdg0KQqddYZsRRGhmzcyBQTWrZhYcilm5R1FJ/Ln/1M8XSkUnoeWSFLGnMFRgYmTwFApoUgSMMmiSUwik7IlC7u03/3Ar+34/A0lh6EJTe6Zqkmoo2NBzkAhEZU98hiagW6XrxaOI2SllRRGzKF1Fpyh1OCP7Swt2Aq8bI5a5GG4MBSe0fl6kBLCSnbKGtU3HYeZKD3vDBmLNwawUr+k4/LzpOGJz1vTu7kHLi6iN8pqOY3/OG8ZGPKd4Ci03eTyxuWbiw5qwuWfXg04PUfPAPrMjmUcg4kWuwHlgh7vAECmwpVhQuDShoGmDJXmRIMAtyR3Fg4jaEVnBvgpIizwjbiJuh7ZugLInHhCgd6djUCQ6WVEBFi6OYauaJL4EAXlYxjYzoLCYLaN1YQDmYTNwXRmVZRoZlTdED+S2f2BtPYkCcLpSft+ZqQI/Wpzwb5yN9YMmw/mbP900BRzJ7BB5XdgodtJEWcG63FTrj3uHE/vjUZfQu8tr1NHhxTUJxAcIG1iM9Nm0ChxMzMTu2IkVSWBM7y0gYYAlLSgnsI6dBnwAYj2mUEfSl2hhbOS2R/lcCh388CLNfUXJ0inAkniWFZZdCTC5lvdDgB4AbH6T4rNBoi1cw81bAFRbDY+NZSq/rWFEqaZJ2WZFD9CKKrueY65QvHYTiua6o2ubVDobzXfzJVOrzOIcK8uUOhLgcqY5FeASA5OntPI3fCDWCmlXthGxIn45goFxaoCcrAz/wE+ExmkBkq2c6JIkq4nv+EDYyvNr3hG1CvwzP5J5JIhC9AqcB3ZZn3OtrAKotEwOEai6GZdzsiqouDrJLbq7v6GKMAcqRW8FYAugSRFSSreJphdoKMCTJa9Ayh5TqEQ+aDxlx0WSPWPiNiKXonbF+4LVdopItaflFZFqoUMluMMFBVGk6m/eC9Tr/U2Vh3lQhB6pAfK2u2Wvwf45cWUwetf7KaH8J4F6orgfq+3a/Nk9FM99Xzx7df+UTp/j9fsb8nLer7Lb2O8XMq/8/vjgk1t5O2gPGrk2YLtg957lg8sXcN9YXKrnmA5lTOaoI+YzOh4dLhgp5MtnhGffN43UFiSe+er2QiNGiMeCTDVaCYPqXuurp8H4tMPoS56an+/plwWn9SM5O+E7ekZzZdT5mU8a1r9mN4ImS96hSXSFSwXcZYF3bbfK6rpP9AADp13v2cJxjsOw1oOnCeYfumf6j6svgrrAH+GP59XflzblDZjYFwK9ha2W6N+Ru+dH1wAI5Vkkw9LhWNDYqibwk5tnEm26LhQJw/7UXma7uFsX7CU4vul9p5m08qTrnlWW9umshylNTx73HLuWgmg81HYWV2pp5sgv54e0Ns9LdsOitkV7osFplgxVkYrGkqaUSDJPXpRYRKirfUaa3MGHIB+RkMG8NGKT5Sq1Zt71zqGe5vk6ixcETlbUuoWXPg8kMBHwLfPhfFXAi1/KVxCjVEN21F9UDM1hXxACfILujCmzuXt+mBfZeNUQUr8lFJyu6K8fY/GPBcnDZtGnV7ZeAnhCiVzPLpqRMf1c0VcMTK9FQejYjcT2tsSVH4p0zPGA29oi04eNuzNfuTo6GuCGjP4WweJMDotUYYlwBFiDRCRmeV1uH/2jEowJRtas838AMiAXJ1Qm01ii/uqTAS45ypGeEb/DcFFYP02KpGsn7Qj/XLuPZLvAjNSWTIpBSXGq+bGeEl9/VOjmRSwwUuGu/fZKylVVb04SRZVYq3iKFoGAGJLLYwOsXRxWNQ3yajKFtS7AcRm+VDp8NNKI8m6DtyyhPWapsqnzMIw+ELg5hc0rhHzxFn63ElfPVPTxDIbDBVDQvt3X2gqbLgnZu2DnSPu2g7zI83IKV5l+vsCQQwYo+Ey/sw6G4IuxaB5Y2EehfqjKc55TMq3DywoY9i/ZVHvu7taqDKiYu9OvLA41XiXxrWWdgOKsY29Wfwew+QnE6jTNisoOL8Q1jbIwVUTvSLCHOQQm36BIqMTiK9OaH70VxbC2EFptqpHr7UUQVcYVST3mQlx3ikaHOv4nsswrM2PJAnXcbk+o6WgyWlXNkBVtNm/H2mk+OVcsbEJRyewFwRCK/14Z2cMt+9QMl8arSmI17FeEudKvxr9E+HoWdqy+qEPq707AhxaXpih4J5sYX+zzsWuLNZGxNeWgxdCTqZ+NBy8pTKjRt3AaZIunxlYdcuX31irSgy04meC1h3W2pfKkIdGmUZyd0qioMFP79uxU9ciOq0/tjpgv/E96e9Nu3bUoH9ki7pcxDCSyUDv/+2WmJT+0ibSk5Yb9AhadRmKW4JFemacrQkrIv2xikXB9S4ypo3ZXPTZ8fvTHsOOPo187+PAayc0YoD+6uzYNBnhXXdEIULRhPGkBKPke88kwIAIBsLUjgNKPgCt6j8V89CksMFHC8gOc+iW3zkwzxPlVNmeuUKQ1nTuBQx3rWx18KebrcHK01VYoM6h/1FyJ3+APJRfjynQtlh/fk+zFQpIKPT1MuuDLABtXqAPlj448OpvbdBw8l4tJeQS78CQU+MSdKhEKj3FbIu6y/ikFO4JH8q/Mm0W1W2zbk1VdWba+9aiwoSZ1PcPOOSGfyg7Ot7g0zRCcfIht/vJ27uaTi137We8RgVYjaUANKVyBkbmNvxZ6heyZpZzdLT8LsKDTz/jasVNwP1ijjsbdhV5bWypNhbZIGPxxnGLPK4tRFdPZ4Qe7eQ17i0CxlBigtyfzbKLWLh2eQsvbb5sZxPKrSHbQWru07e3qndGuvt51Z+lpEt8yHN8+c/lqA7HA5UQrHWgMNEtt31g7rbmzPHyNMJKD1vcbshTC73HqDmPPlCCzWp52kNFRve8g+l4Q5RZduYLTTzre4kGEQNoAMW4JykVFonbqTY8MG8TYGQCdP12+C3ZZ+Z1E7rS6Au6Sfy3IABSkJ014Yky37ckm2vOxyc1vvWcHtKZ2pEePi1r3jVkspolBTzBJ6INdewA+Vu6OQdmvGs6HGgfi1veaOxStzSMpVbYsETcr28odto2oQTDIOoI62lhE/FPu4qonR7NRDtlAHk7SmzAvE7GQ1mR20xZGSGwccYAAr/oSJqkmLYjxibdjr/JfZmicQh7NnV8g4dGA54qXR9gx/he6a5ka6lSxrczUxORckTiaCfNXdymUVN1ef+x9+ygq6qSgWCLpGDEppGr5qgvFSlfOaNKidW5N27iszTZ6+cRxtFzu5MvBRSWlYEEaJJVeNopACuczx8URhZc1l6ruHVdtRcXUZGKkiLQmd0vNyQ3rCnLBZO7rizItz+ErZi3CQT9Ns9Maa5UXUdy/tqmwOJCMqHEU6shpj0oscQxrpfsWsA91MQWLvG7E/oFwZKlRuLFoqibXHAwXQ5DTB/xXUCfa3HYBAZb7DUOA3BtBySqfsXKLrkBmb5HuJboJTgsZWHZA0ydlZFOC/LtNo/8ulTECxqwdxcTGpAQeqZk0VYtmaSSzR2Eg9gGMM3lG8jrsZHYKo5iZ2yZyykpBU2JNbq14M80jCSjmxGlVMi2hU0kGwVrsMBmSTJj6lpJGyy2ZGQkzyKKS+GcSQ6KmZV6aL/Wn4N9lc7TkH2IzzJ3RMCaQPTuVu1BMGxUY4TvZaqIeQbNrOdOFOnZ9YnJPvhM2fzyZ9Uy0r81J3H6wHvuzuXYmNfmN8VCfCv6yTaoEyAJRIXZEoez7IMyvlGOBTsfbNsfrySjrrrXXKyBcCgMghUoDRVcSNUpTxmQun743IuNhWaYf9lf5U675dCb2ERabBaPHuZPYIMRIxLVtkwDP/SgmD6GldVif6MRDcKpgL+vEEj2YsP8V9NVK2UGNcjro6l+QkIO3UnVTbVl+seFIzyTgV0ywYaymup3bvBsmkXOgrggPW8KoaY8Ily8Lg1TORIQHhe6fdx37JlxPieXj9n954jGdvz9pVFiBEtmypBkSymmVOnzk8HtuH9Pvc87YrpyJfqZu31l5YAXkcCIAiYLm9pXEtHybUOeNFIp6Mjq/nMs30QkHlR8KsErSoa1Yvc2HWghatoC+PfyKRN+Szb4VD5WJcJFY9pW7cejNBTO3zlPo79yVQRivsP2IszUl4Ph9VID9bU/i8rUzuaBMo3k3vHlQeS4D+Yq6hLZXITvrh6XwVglI7u5BoytImnEDrprWfSuHQ/VtTDMqB609FSEb2EDzapuDbyeE06Ix61ug/uSpavv6SRReiOUhfvXZ11iqhQjRQ2Kk4+7Q06vzOV6pq1aF54HaG2hhn8rVK3KWXbWvdv7BnbUVz0mkf2HN/nBrvSjqm7lQBtg7OnbVaJWYnQVXv40c3TWiN5f81JACJrXoGaJm79ywDy4L3qcUE2wiI/TElS/gSS89h6eJVHG9+vlQf1F5KqeTee550iTkMqqI2921iWARIIItEelXLpE5phAfquM2EDtGFTqVBHZRVeFqqA2XsxUILtKUyZiANcfZolscrZI5Z2UG2yFoWns+kGZS7py0BnUYGnAQG1tIrhB9+KsYtypGvCwXbyb4+R8HCVIJKeSly0n9cLBP+Io2v6qK8jjUkFS8fbtbgxDFLzCjK6ZkIfydMfTr8l4+IdaRKx9sBvLUnDsGmugn55P1yBPRe0Zy+/OQ6PTYHSTo9R4D7T1iPi3nvgViiSvozrGDDkSgtR5LnENe6yr12pzmTMzW0VmmvWvXoyAHzZchCAnc6s4dEVXnrAaS4BiQKOk6v44tUYCficEmTm7ShU1IjKcy0j4UrZwPcoqA/TwoghZngaUZY0FFxl2ozs5+JfT274jxIRhbkINTMuZdR2TSY4zZPLgsIkC9YXBkiLNgTgK48G1rQAeX6lMOwj2W5OJThW+0Wg+GJVX5JbdyOBHA50Dh5BdOMEdgi26B/nhsM9QQFIHcbdlxGvJp1LU1WmLlJpIK1RLVRA/NeqzuYKSehOsbWJc8Ow5pZf5GgomyGSX57oFZvLk1PE8fx+5+49ABDOOquGa4QJ9db375LGmjB/MMQrrAn6x2R+J2n68p0AfQpJ8xJex8T59tPkF/hjJfAPKx11EUoymJ0ShyCVJKkNbJKqKhSdxXHpBdNUcZkQFTnE/9jOTLSsBh4ZFFaxlfaLQoC7Myap04paSZpG8xITZ9SzrsK8QPHyD1YYX3oFffkEWVG6fgSQ9BDnP7CNox3Lu4WqZrsFifHiqxdPBjE02HKnbewZc8JJChWOIPDuhx0bpbBHNCKnuPBUUrN8hGpqJ9x+FKPT7tbBSbDUvnMWZkkSSoTAiHKUzyQfKzFCPMvjRxJAHSIGOjj95upsgC6ix1TyFPV+/ixuSimPkG91ARiFlKjofPNCQBrOrvnfP2PDJobW7QZp/gAtIgR//B7uHLrEjwVR7RdXsCITqv4HM1bezRXBTcb2B9n7gCIPVz28d4DcOrL+Cqvk4/M1Pd9mAROpnqtjG70fc13wU3uq6/9S7GfGvC737O60sqIx7Oql7r5OvrWnWF4aH6Uz2e1FOd5Tk/YjF1pTmacuD1WqrmPhnz0Gtsff2OrxWBvN6wGl2Gu6UMHgH8CB4Bx9AyDbcHm0xHCYupqyN+XNJt8C3bHnf1mIqIr8HpZZmlPj77LCov2nd92BcpCZGc+PF1l19yUQaxQjggxz6KwQyDanEoONglxE6Bf4BLJUpu0qAsOEUrd9ccluHmmKeJktGCqR66xLGWGafGrRxXul9Zk+tWdQzdvwZ8v/xh158r6chwNT23DrK/0izMndkC5ZRmzrzE1WFM5CdfNmNu7fEXD5CKmCbvwc0rKXzUn2NzTqq7HAU/bLKu1Ziha6z1GnyG03ldKLLhcnPLUlJBKCZA0iG7xWf1C8Ii1/bNFbrO0PpGHuw7T31AO7cjv58lSsc833BMirvr4M4AGSeBtPvg35FaX6tXa6I6JgdzAojP+h8NuUHkYtB8raoZJmFA8odDltrRAYCzsDDpA1JA2xMXY4+xYux1yagM/i77KRAi/cqKbpTehe0T7Ka4DJ/xGZV3/ASJ3Q9qfIie4UZbot+r8lY6strdAtdSeOYOlPgSCLD6HSjRT3r4vnHeFKk1ddtBCE+f08P0qS2W/zPHW/5ZVC9QlG0zpEb8o8AxQ9+ykD3+ZddU/0i53wNulmlbCw7Xugo2PqY8Vb2eqLhJ/L0OAHfs8viQUIbaAhTYxHDN00K8toSnL5I51MbhCspWY09n73C0RxWQsBGMW+nwHHzIREjCq7SAbyX2PXrklbE1zelq58wJTHKSjOTvOLxSZ4IqK77E8gu41PLlbtWwWg/JEa52GEgbgIXQCbhAAVEK10fqWNJi17cj12PIOu7ZFgFgCTcXTBtSGfA/m/kzwyHhx5/g3spDgqJ1mSv0woIK6Es4ThXtUZo/Q2+Ub/fPosg5OdnCKQg0iM4UYvQK+g0joyRYYQ2DP9dQNrawj0mpRGcSrdqpBgIJ8J/x0ptwIWyg/Bgo402OwWDm4uhiKT6TxNx96IIrSWsGBI2U9NehBvz4S3Sb3BweboCNL5V1aATI+CkFQ6ztvnRg+NoumadR+6F1daNdseLExK31khyCopKnKOtDWppixhzNJjlhX8bcsfTTlu0n4o3lE8nO/LsnPWLPUrjR6lXPRki90wXLzNP8HBxRsxvF0paTpsuR/pnIef1PT+SLbJod/w5dxtOPGds+GRCr+gSeQ525UwtYCY7yaCcoQkbMMKqr3CMEWKGxfGAcrkekqQlPOdJaSLNJxFX6uIZ7OjyqlgtKg1IeTs8RwzZALfKGiVNnCP6wcSlx/PPu5AFSty8nhmMONrbfOw06B7LGCqRGDtblU+7Z8S71eTz2qlSZDbOlNZ6K7CGF7UypqqsYke/qLF082Y9FmX4wWuah8UaORO3aZErZuUBFW/f1Q2+0W2nIokz8uw+UtSCoO5NXLRBxMM+3YBOJTTcAFYawuuyoCC/K0RaenNR5UttUK3aQfmJujEpMpaeozkG5HxL3/rUzlbQpTBTWlYnsnjBReh4gSPwqe3pBmAJl9behalLIWC626y4k1G5+67rpOpmi1+eePbtARHNGKAVltSpmmUd8refW2mOsHMx3Poz5fPOp7l6SXGHB5kWvKLVWcZGQjPb5lnwjYFWaDRNxmPhscnPGA2msSWKPe+7dt9BAkhMzt2UEoGcEupH+6ovYeFv8VfFbtOXbqaifvTpwDauw/rw/NWTncy9F49024hTJvyTd4ijn8NDW7mDiQoO7wo8+AZxOqR4be+CXRcwckLErSYM92PEgZgSRj7v9aqJ/OHsJ3vZgbOgfwJ75KSUEY9C4/4IRN/YCiLmhu/KoROekFgHmiS7f16pGJAfTBqrh0aGFuiPU3GmuDS4PYyGLQXnrK1kSSiMZXj5gJEkDuUrkyx+a91tTYLDWmhlhUdwWhKzGMcO+Fq2B35Y6r/fGZBbV33JF6z1Q+1UngJYfZdOLMXPtYp3M8pNZ2kb8ntJvvQWWYbhjbzHHLiScIFR+GmHai3d+mLG5Ygcvp6kVlLaEgFSizYoCXTB3QuqpDD197SAPYyEuSlEHmWYDfq2YKarjm8DhkqHNy4BwojL5BZMl7E4wu9ZOKl3hPj6lOHx/dJTbtsPJo4F1ZYBjZejS9BwypEdaeOEwcxHceu6338Csy/g6x5oadUlgL42y+gmilpiKu4olkn8xZTr5s5Iib2+gYcnsOctyBt6A8fMMMzeLGrWhaRhmw9MMgWS+oRr4Y1RTRxSPYgZ/9AlHHWNuMMGHSbL8ukfZplBzIe8hx/KwBjfPv6oOFMDdnoRc/vKPr+0/9R5ZJXzAed+Fpl5LEm8JrSAE1pjE20GFibrivFyMjnTAqI4/x+nm70LffRhAN8THC3/fGnzVhgT5eITDuNSV5Cw2qt8l02NjrUc02wWwyVzzhMHAmtd9XZ/u4rnCOML3gPlCJ/D6gkUTM4ZhZTPE9GGMybOEwbwOPVMYfM3ws4Whbxp+xjD4jLSESIadOQy/sMPPHob/3DeLGDc119bYjs3D+6NvoQHbWYsXg6LYJSa246rekoUGhNv1G6HdO1wBFptq7RoknygceIjjAsa25mxOa9Dk43EtsxBKSem+6RPGEs2I38eDkzSPxNvGB+rSjaIqcLa/tOj6nsFaJsGm6R/1XdOBc2Yv4qilTcZsW3UirlyW516uMW3+3DBZV5Ii267mycz/n6vnyrnzF9ZtpekC1TtlrvfrxVK4jiSDyBm3wbobHQ9HyOXz9iTFAuZy+V7sBQzDjf349JcU5f3dMUBhKWQsby4cqa87sxnVlhabAcXWKtUkBkMfBEnjNGM1JcDehLquLrefRXx3mA1aLVu5NlClASP1PKZ069PBq0UXA55WP+/kH255oD/pdy5pOSQRpXDnMmMX0UMEExq5kxCbK7LqcknxuNA50f1XvskNBSgp0vaIY2KvYcGfGLS+pir9i3VQLiZEnygLaVAsV1HSPE0fOKveo5Y00tVkPeLssrYhA1vGmsKkCbrmqDwMTjUAZGvl+WakznYjQHxq+0vCbwrsvvV2R5ctESP0i1vJmoIbTimA3DMQMzHyN5O2MpcejRS9t2UjOaxjcxm4emv8JNiIc7Ngjd4e2fp7vL0bJc72SWwVtwJH4ADEbiT2WWXSST4LkXAaVYW9OnPWIRGnbRBgXQPkcqhZ87BUEZeoC45Pw2e3Q1lTLZgf4/Jz8rf1s8MxRR83/dJ9TVKcayAHrmKVTVgd34Z6S9tmFm3x4biDBFTnJ+i7RiV/dTPd6bATi/Lm7yICozuOrVFeS31rYxYFAdTqVN7k3oYZhJ5pHJXnUpFvM+cZkwqXdlkl6X3r24ErwAg3S4qdaG+gLGHbi1QiMavDdnPgNuzZXe8Z7wDipw3BARkU3nnbWQtiiBLD7l0+BoLimIBUoRApk20D86omHjvs1IsXYBNzMbFUfEeVeay+u53+YA3SvKWd1oToEN1vN0D43QEWMXSu1FyyVN2NI2nd5TpAXY66MrJbjdz4eeeaApolq9EYqR2uy9P8xJlBcfC8xHKIpkV1b5/dbJmf4WsZHcXrleekEVqSLKAiDZSiwOrA+o6fdY4R9ZHaJa1SDmtx2m03SVB0vL6eI7I7e+8IZWNZod3giKM6Dwn85ugNq9J0onvyTQLKuALX/+6m9ZRY75Z0Q2nyOhrRj+cnZRZ1x+Y/jraUY35BL9FIJt8qo5Z1aQbGbXditu9ayn+LXno91damvxj4oiUJo0KN6K3evPfNC7+/FLJQQsBMrfGZCx/Rjbx3WjJ1OYa14qRIaunO8p4frZfvaPj6TOqHdmM92eaisaR7rsYfjeTZZLR193pnegI9VG+7uaFI5d5w81DKc1lIBlnn0lvJ5w4e+UuB55dG6sTjtASSGdYI5RffHzoZtiD5EYt+6n2m5hjiUJeh39nyHZTw6pmapQKqK+4zqT48ORF+lZPUvpvDlFtW/d2ATuZrBsLAkRi6SYqyW8ifBpbCzxe9AgfLiwcXz9+7t3vaj5c4tbn+/MxoP4DXdew43K3H9vx5adB4zHe5/fxcQ0NcxOs/3IlUD5DGfzu3DujKfpWrnduJ+yopTWpWho6dRZTJ0HE0/EVYRAkuOYSm2XDpG4eOjepeBYKnMMkhqm8urUsQUOayMUPfMHCYJxtdTuwftnf6KRr9uLkuVTxAGXUUzjotlhIHqxkcFWO8hQ1YwVfOBenEFn3Di4i+177FjAMLSrKm0TBwnfmT9ZcPp3DnYItsjcljDVF87QoivbCaUHBEiv76WmBd6Z8FdKcUZGJRA2sfLKeKjItVeFijVzLjh/Hg1GuUtaQHMjUmERGhm4l1Gsl1l2ogrEc5KcxbLt3LPO2lEB1l0umczxrZx4+1gpD/igQI1gP/s0es+jbFOCcQI5xjhiwY10afKC5Osmq9w4a1Fo0Q+QXEmrPyfpF7MMDmO676YKNDmVFSmvl1KKsO+n3Y/AdrlszDEESpR8ouDaVbNnXum84EH+pqTldxapUMR7C7wMnTBRDQ40Kw+vMRs89DdyILDGS/r9jhjMWyocbDGFiA/OcUDkMLR1RAJlpStTOT7MGmfhWYJGmtjyaXTlu1k/CBbuKthAXnJdzfAO9ruLSTqaNP7Lzhgl+4V09LWwAzQzPGbDbI7KFgDbVmKgBOKquEhw7SflNCiEsnTJO6G+DIxmAVuO/KJsZNSzBh9lij2CVMSenyiSvVPE5S6NSyylPglLnMcUbwgE9a4gSEHAA/LbNHqPReBWOhRp/HtSa6ZIOa2q0TSdBDWB8X8TBQiDXBxgw8WHqM7Ug4uWLsNnHxJhDi2EnLyc4yDN0uwee3+XlWoSAhWSSd2owScyY602JrIwoTkmEznrxczzqkSNQLp3yyCu3yvVLeUeeU+damfix0P9NUmZMVo8uES0f6E8cFdubkeeTpkMAslYzXb6WGf+jcpVmjU+TtIv8fC1GM6jxWFDKgsWHkMTkeJyVn8/RY/pDYNEAST8fo1TWxzNnHxDZdV/VM3rrXLz4Z8L7edzdUJ76pB79bMKpfzwFPWfCs8Aw6esbSO6My77dmpm7xTtanh5BMKGCMnuPopfFswaoUyt+ZvEr11aeoQFBIYIYm17ZtAiLy+ae/PF5l8FzrMKKqUnqu6sreBkN0c7sxtD1UiWJGasaKDlIGGpXSwGycBTtiZaU1hlLwUwfHAx9G4WOguz11VtZo6ItF7qr3l3LC77uXCK1NKYkp+ycclby6BonHBRCnMAGDQ6Cqr0DgkFGmG+SM1AY3VDHCAloYLp6G3pS7QKGzBN7yAmoMSb2OplJLXS2bgVTi8PorU4lrMakbGuHZRv4YJt2CSqZEJLZgnIJ73wOS6JDK09Z0xRykBIHGeC/3KJrDo/bF1bCmce4Z3Kv1c872cBqEjFpfI205YELYXdpH/ias0Ve0wuDK3x7aAm+VuToO8UHBLtQ2lwWv93KpvfBziuFukvB5zPrEBd+zrbIXPWbi2h06b/9vrd958VxDzGMTh4ODe1rea7WuE0qFO8CmCKP1ms05mIM//U3esdTv6oFbTb/jZ1+5sLxH2pz4z8tjM4h8y1+DsWFHVtLdPljlN/1b/SlpzVAVn3vS1Zfj6EPW2e6YSQ+9o62EYexb2z7Ev7cA2eFKg8Sl+/TyN/8LtwZz2pOaovvJO3+EXz4ONWe2I/60u4LoS92rp7gHlbt+uyHLy/6+CHKLo8iOAwggs45+zt/oCN/T0mY3277DtsR/7f9yA5lyzjI/4sv+etV/lHiCN4fkT0ANYZEmXweswbSy6dXX/84Z2d0RfPN0dr7jv/dLm93+C7XAN2x2rfmkfhtpwENTw/QUyHBeOGXi+grcFIjs+WoD9suT1I/zXWwlMpa0RyLiub9hmHJVwFwqIh+PTjW9v0qTnzXs7+5lgF128vF+T5UyRzb6QIQqZm3M15N7tf02yPX7vdXZf2VKeILg4KIfJglembKb83ptxNgzMZzfPk4JIF9/Sed5x825664nzIGIWwJb9C3bY9yvzqXVL4uV81g0r9nKY5LcFsdhCYayPA7T4bEQbjNARPjqPebRJPpmttxHbYf3fvEUu9mrucNlOrNfdh+ifnV4J6D3Mw3fGOGOe57LhTr+9sz1H5zgMQKmcYWgKbiJbBJ8rU2DadhE+H1eU/FxGlUpKmmk69fxQq2zrGsbE/zRSYfbe+xrl52N0+X+/tXeRsds1yf0F/Ne//7tXxWA2nUcDqdc7lsFjczeGQxvHYVOiPm5HL+N/i8+4fe/SkW5xWCYXyurOL4lSv8rywW96aUXWcev0vDaLDwfUkz+A8U2QQO2cE4XlC24oBgSvvZcyDKQp8JszO8NuXSmEva+MAeXZq/JKpUobPPOz+hXyujW733zYj8BaP0p00dyxmktIhGrjoVJ+cLWvJwLkBSOxp/XQu7RSRft6NOYqsz1O8+h2P5OtFgn9BxS/CAp/8jzbSNI8ZbrKhac649eB62DViDihYcFJB/gAm+UUxBFA7mOEj2EcktDBmxq6mYjo2dH1AS/VPc62Lrgxojo0759uQ/gHy0Jy7osD9l5b9U91X07ZGoCTIw2TEvu12k3f7muZN7ZGIT+30kPNnO8K2xOBswtaP/VU41s3vW1SJNXF6y7+bZqF6vJ8uV+fcYFaYIq4mCEqqoUxDQrqVhIMvVbDAU3Sl7FNY1v8hOajgUe2wkSxUvwE9jVLZ4S+H5EY+j/f0HsgnbNWZOPasyLcIptOQzBalfKKhegGgxfJ+a0cFrwnfTogtmRFUI2hU5fkl6TQGKvfTbsHd0fcessEmWk6Y7fsQddR3zyaOWjWhcIyuj4KN8BmFj4BkKXfcwunmF3u2rke8VF9OmBaIyVY+3j2iTlvFxctUK6PmYOdHrEdbqMcEWRPQ2q6DyELUq9gZVBqSM42qSjCc2k6gV9rGwMgYRFuvdEzfxH3cLCmtyJ37xEkbG8IO8/WOpGgk4F78wQdInKIPt7NU10c9dVmi14Wv9YPO7/ON+aj1geaecXVweqzx9mYvnWP+9p7ZmO6daMYOlE+Jyu9dA2YUGmYLdc6au0amG9sTfrrb/keQIgX/WbEP3VxsBsjcHoMM7lbzV/LL8D0w5i2W6fQywwsgfSE8Wx4slcrbZ+Xa/eBxSFcekJNhrs+0zNj9vgXJDtV7dIOlerLYi9Z7Po9OID5E9eNd6tk/zz1zCrr+ylgBtB54ZXyfPCsA/4+A71Hw5scqhWx4Wvzl4GNK65U4wguwyrVjjWgGEwvF7rw/DE4TYvyb3JpiNRDWtNerW3Jhc2/VXitHoZ7aCP1MbpWUtObiVZ5LFPGD4DZf2g0RMCQaXWrrvH/2oAYgEekGPvyic+y+2q5QgHqCusHbroZbm4Wjr3R4OOnPEKGNa68edkuzK2YtngVdkO2ztJTvExGCCJy5DWUKOtw82Zg82RGd9arIYHhWdQPp5nUsbgpPM0JeSFbrjAGlROImxe1zWgOWp8KQgvmQJldNvxIV3sgG8EzVuRSZZaEUxclY+X4vPJ+AJ7+Jm5xh1MW1nInvynC1g0XugehRt8Y7PToL9KJRLd8i0MupAiUlEoWEhZSh/prUzYWDT2/8PNrGPahywUQrvvhm2xUIGEKl9BTXNlcpQfBb0+DnBdA/9EX0cMXlG10gypRhL9w6hzss3FemRxEkziM1xkBpVq0izKWH5vaWH+rYmLEK7Mm5tCyNDeZn5VrP2HhLAKH8fbHAB7IXm5IgFMt3iqhHk/NnyNtENteRN9oAj4gerJcCKFykDdO/LmeA04xn+MGHZWJVl8AwKODGfPqRWSUo7yWkjA8B7ofaokL9DvGI2qeXglJ/q+3gnBgGfgzm3iJgxFFw1DJ9e1DGET65Whvi6gUVwsCbMWOPp/kUfZuD29/cWotcPLWUkTph+fpfq5z5+FjjRBY6n6aKE1kFN7vW2uLqEMu8d7F3qXmXnZgrwhWMHaJ2IVeCXv2HE3aAFWPtU7egoiGUNjmM67ePJZjUcghMGvY9DRqT2XElxDIM2rBddKZBx0k0++39jBSYL9bqiGuVNzd8zO6A8a5i7Rfk1yaRrULNfoGtqKZPj9N8OKTvhsTz9uRA1oD/14+USg0Vxkae2eBs1QZq6GlamnLDZ3v+DKn6KnV7B//C0F4/fvbmTkgYp1k2AsOVMUdNgvGIrVbOrWGIVThdkqiE1bnxGenu3PhZmaUzpxgXC7PfK+OhNEqyHgV3L6s7/H15PaNTq+wSbceVBBtypsl9YZVLUzeJRe0YSfgoTwPhCfARmUNhj/8KoRV0fpnqL8O3Cpb7n3P5Um+GdXaNQmjjkZ7IVL9iI03uI7nA+wcB8PsWzAqoFY/Se8CcfJdK98Jb3OJ3AWwCtn/QaoYPUWb8gL0oOv4AFbjtTzMeK1Oah1+NZJlMNwOjsNskxK9fKmKQGyrZKq+cWtvxeBNPQMSAuNoYeymn/ff5n8b1pPHlT/3g/0h4/AXbEL8BJSwsmt5EHXO/rSqPmDwmPiDzS3r2xEw1YercX/Y2rhMDQmlDIxPPVhH3Z/oz6O1p5i3hpn2OSaDaBThR8Byd+MFM6dfnRuiAArLIX7HKsegHj41j666iuiZqmIbu4wWKmJqz0zZWLq106AvtN7wXUR5CdcIRfvBS9FEN8eYuX4FTCX60Mm+q952rxDgkMQ1/RHTBDYO1qx72ALJHTWacC6+bl1fo1X/AyYW4mKrSoIcuNrAMvJTRyFOZ0SL9hFPJSVISHv+lEqv66wm6Dk5a7PcLrLpuPKDTDlmTgypnJ1N7kyxXiFUHU9bbsCSu/YUdjBGXKamowjubAG2z6noGt9ffNe8TbHNrXPCO9YDgGGSxclrbtG/zUn3hZ5LJy+2X4IY+9dXfbNpTAr5J7nIslvEG1ioz/DNcVjGElyroVBc6iOZemPq3Hja7KZ/lzdCVyUQbuQlfoI5c3/HXos3ygGtcDL2ZEIfGoA5QyF488sxEpNvT56phNreT7QbrKq+tLywzeX13qFqFfgvETfHQYfJurnaGNBoDdswAcXIi8rs1F0SAc4UbgxPpR6zfrqHo954UTb5hqYrS3KlZPHPI2bS5bdSDmvIcE62bMNMCnePzDRfsXCvY9TiXKSFeTzGecpcUvkw6QbJ8WEKawfCRPahwWOnd7jW+DWfl3VwQiNeKDwqOQoD9iyBkguXff+E7BmvfeKFRfV3TnIvf6IQ+lmjdpP0aqLiMm/5u5ERGPfh+YPCmi5R+h/1YIp01oFo9Rv4tFaTywPJuY33tuGYFBq9+JRExcR4dH9225Png2RwRLbFWYhQVvuL53hwo57MNOC/2oFNihsn+KLZnd1NT0zxa10KiYwyVCppMlvUHquuD86ZIon5tq+wnpkOAPaO7zpQK1vPdQoXNwJ2fIUBNBGKCFXVTa5l7fkk0D9QZaAKIDpXAOBDlD6iAT2C4Hi5D6EReYGrEhT1KLof9Vz1Q2SuYX1lVUeENLRtVpnrAPhlfohkczSJEJBQgHWxETsAZ5cZuYfBYY8HlNbQV64AqPGyAFLAtANp5em1tB7eotIaBzuKaQ6El2T9c3Qi7KXDVZfuTGwIXaS9+8qSbKIPIBHMIms6kHwgtcYjl8/NnOivkc6qILT+j+qVIA+HwjPfJ0RgEzA8D8KOHuSw4uHRVbVJZq5D1PmTc/a5DDcTrwF38+m8OYQ9/CJYordBi05Wp+gfQscrbs07lgYgj1kw7fEg7V7OUdo9zRa38GgimnNqc+K8cbV0/pICruWwoW/U/gNj+o9xO/Xia8QinTIo4IDfBveDj2uTZHsTL0te/mwrlYjBMNiqQj0Ti6IFWM6otAQYtC9xEBSc2FNBZETybaw9tseNbHDdJWgQBfJUIHoskxrQzKo19phBBgI3o6yHzo+RejUAnsdhWxzJhm4mfsvZJNWMwZ3rtm6z91Cvg92QGiC1CnqewI1EWffoRNiXZbI+9Jl8RzObMTh6fROmQ5xto5vz4BmRC314FmXxViXODUpaVr0HURt1laE2SIWZJKBTxcgNG4CrBuLTMTundyYP6HBqsFzOrYv2r+/iphKmrBkvK7WrFB3v3+so4ywe54kictlSzcTJ42eK2J8Zut51Wdt0YbQBWdvjBZVkQmGbFfHgNOeHvJn7d7K5KnmnMw04WKddkQaeTz4MHiBBHdGi9giqxFLPOUADcZQGTcp7QGMC7nCr8IdLP6P5r9+MPcYJIxaZajoNGTfkZmOMk8InGi6HEcQo+y19NOkcab+wqR1ykFpSJzzqt8DfggQ7Kgm83D5LPl42Kcg1KOGxI/4ezCo5hS9bV1Sv4EM1G5fpMqXlZV2vrlNRhQaLMALBxggK9y1kXYiSGuKepCQjpX72oE50dC2SPkoyuBKR1v9thGsBiy+v+xWCiLmmyS4WyVsU4ScCknxSKMEsy/nkUlHKaOGEq3jASsCppGnuEmFvIIg9fBEnAcZ/znRs5UZfD0bsstKsqNzc29dgbzCMLtcP0jyJA8tJAS/Kle3BC9jjhQpA+rMYPLC5+oj2jgJIp9AAmoDHI1JW+vRsSwUs1oUrKXvV8E9eSCG3zRPyanIBJLuUdETYhO06BxhY1J8FYAleTtnz/9RY7Dhb53ZdsyPdTPuzhNyXp7bzN8/eCf+W6j7Pdkdvv7ust+AxM/GY4FiXENPzmji19+jp9yKzWiulUaNDZoFV0K6hBOtxAO1tm6AZXH/jCyZB6Yuq3QZhCnMD1HYH5euQB8klUGbsGHV3wD8SRL0wELweQozW41KOVtHQgTH4WDgslEfPuqo0laEvE42ImQm7JfM5HQAzQTKpdOHr7dw+oQ+ozuZiKz0witlxgl++lSiQb7jBAKO03PaAEPpATAiThOYZHbFTOrBt8AMIHKSO1ZShhNndGQS7ekajn3+i9JEnBkluRddJUeCGHGsx4hQ/idPf72t9wCmYdwNYFIXcLkJIft9+FHGd5x0shlKQaNH1Ol/uOkvv84J7tcf6Z+WkD/96FB92yhsHZrj0Zr1FOSKWRsiXVHh3Ro2Nfnq07UsuLTuhebWn6Pu4a0/MwSynq4f/my2y3FU6i+peyZ924AcS3548mc0Q8/OSB1CezkHNkinKT8RJAd0OvdOIbfoNH1LDwxmd3y+lwz4lZwiEHy5c4wJMx9dUr8JBavMkTizpfF0zJKPT4gR57uU0nJaSmSZMAS3bBb5GEzG0A2JrKBaWAYRvWY2EB1EXpFkZjiSCHlVl/acom2rq/ynSjN20kMCr6jhmQp6GjJn2nNm13wnSGzTeJLY8OlTndv0yrSdKSajDMN7T1dbnlA2DwvXHDenoMjYvGy2JVqZ1TSGu06znnsz1Qg0TBVZLX3ZD04exQFB3i/Mpmu62Urru9xgsBGZm3Ci2OQ5rcCMAmtmIZUtolmLSnw9tBHWADnUF5zldRaLJI8x2MOgs4ssk1t2oRwkXwFy2aZ4dbceXzZ6D9i6OzKqEtoANwx9LD63XubaCldDXhVkdT5dqYLCMKo4BJgzT141SXEqGU6yNmKuZJASZZ/H6OONTIWU9cDuR+U7D3yABFr6qgN9IYHEXchpIw69XNznJHKLoJVyoqR7j7OsmHOze53luKFd1GHEdwmU+zdiSpBEmwVgkdXI6OlcHQuzzJnbNlXsyllYifyaAwVRXCNMXLSUJ7P0Mtd95hxZdxsLd0MVjuebYoGaEU+u6mjmmzWRF/pN7umlobIP1/yQDcjXE+1CgjNgD41rt6Q2ctwu9t2pFCfHwnBvODWaVdd0XjFvl74I29VDA+vZS8MQbOqqgfN+8BgWM7N6Z8zzXbhzb+da/VVe/4aeWyw856EtarSIfSMUOwz8Ne6oWdj4EbvkQ3NzcKMFA8M/EMjy3QxZ0kJidNAMFIgou0I/7VgQ4vqnjvjXpZLEsqaZUG9BVVNYJPl1618sYu7C8C4z3Jf60wIoYEH4cdo62p/ORyzT0mUEEWEsOEylzE1dKgmm7IEsrIk0UpFLEEmDfCRJ/pXK5k8Aw3wYCz6jin1YeKpUcgtQLM3UTckJPdAYeM4yXtip6qw1oPgWdv/VDAzObpQqxuVUQaPxuOkQIVGgsSw1Jx1yZGtfQPvdlGwgMEFdo5KBipWatY5kUMbKBsZiyfy5WoavFUKf5ANPOBYalpFejU78TEXUuILnmhXFBia9l3Oe4I/WGhSukYLDQpYVYGhMsv8BekKuc6C9FO5hcKBXwVXYXy/92xuoYe/+MG5avSLeS7fVG31XL1q4jcR5DZouBM+MMSnMw3a7EdIPRSmMS0tFbtGYs6QU9ub9RM+uFAJ1KFaE41kYd3cQtsJnOgLsslauoi4r25QbTNEckDxR+j5zNvVXrxs2uwMU3XHYI78PV/GBh/qHk69JZTskX2bS4m/cRR90gFD6hl0hLWGmKSgz8Bm7TlK3mNKOfEWyDVkre10OUZjuqL4ZpqALfQS3U7TUXyKN2LYt9kNPZpbc875s25YvviNBMirIJ4NkttZjVa+3XdFL0yaygBpgd8daqaHxJ0IoHsE6gSSV5tsfVUhk28m++RXL/93FehrQi0DaJ1xmGKDjNPOlQItemIYPVtE+Daa+kpa4U3++oMy2pbf+zZ3rqX6JsV98yK4GU1cNL7z1hMnfaAeX3QqlLa1HC5n2kpx+fIwnsrxhgWi/w4anlaH3rdCIeiUT0TMEXxxGVQhIputrYjHKV3TSlPwZzE/tCVoAnOaJl62oemOBVBrg/8KoiUaUf0pBuYs0FZCl6vVWlsLKqOMSlhjmNONuWm4qeSJxsV9zrG7B7jcrTUBVNY37lR40SwZAM4UldXMwDtosRNFjcg1pI8QS6lCj5SNLkteCW1ZV0foBMRC/xjMAcvRJIZuI3HCq7WK2qw3CsRoNmz5r5CYnsL3PgIa8k18sLzXV7c/uk3uV24VJc1lv6ou0fV2nQW9OeLmfxyCLisnp9heGxQOxKkqbLq24Audh4+JgjGwch05toznzixcYWMPFcmStLD3ZGV8REPSIW+/hiRbyFihagkP9NYnSaVgjO8lKE/rcV63FTnmjrYt4nt89Mym4+TY1xjREMj+xzJO2Hza81JPeaPuFoxhzaJPZvjRO8lNLLHOLa5tulBvCfTJe2sXBLTZO4QbqJu2I1KRV4Bz/o1I/QtEM+1dCxGA5BAho38R3JH9H4kQkFPG1aDBuEhQnfMzu+QPq2c2uy/VN777EYmbFHtJquNiuRBtuCGlSbfGF1m0+DUSMfivEWPLBW/amtlRMpjetlLvoV6eesx2lZ8jdrUDVpjkWpiL05nC+N++kgqjkdb97yA3dTuFzmrcZhNcPUHTDiV4nSPMdU1hb+351RPaCv+7MGlxz0oLhlwGtN1KjxUV9ggcQxje4ZGB+v41lOHTW1U0Zpd0M4dBzF/1VjWgDQw0slMjXrbDPUjq6mMZ2OA1MeJr7oJWi8H5MlVtq6J0/F40z9M+6yJRWtM0w3LElK22G9qGnw2BgMyAY6BAocgaARbL/bvNtLTnFG5peNpGnXDwXQq1cQlTSiZoj++XGbRVAG1JEeJaT+c6Sl3kEbIC2Q8Pw8YHNVf14/aj9p8Euu5Dv/orbuwyWQdfsQIkYNwUzwPMbrapLwqqRnTQS7HgPgfDNNWjhawiPI6ssBeltoLz6+jGkuJyCGacO/ynyw0XVLOYHK2OsjJg2GAr82X8MGPMSBFCs2W9z9P+VtB3lJZLrBVExT0shw04Y5Z0wCt0wQRpGoQdGFR+MkIA9mQzpd6tUCg1hbJ+8nXItSTjcv5mYlBZ/io+BkIFobZLe1xrZlgeMy6xFzANl3sHLTnQ9gNktJJiFK/ic8fWZXiEMad68OL37lmhMPPUiKm9dWfHOTu7jzCi2+71AEJH+1m4t1n5odWPvdCLz/Tq8bh9C12fHs3+HdhX7eggta/s2mHydwLpcvP8L0jnnS/txa83Ncf+P9e63S3+dzQG+ysAIelydGWt40EQ7Hxgu7jtkezi6vq6Tgv38oqUzDQrJGmmcq7EHwqWrXdLggdR0l6S+fSm1hU5FTwTXOLckDzbaBY84kHda25TRmF9/Kv34KCw2VuvMVnGNBm67OefJY67ZPZEOdj1xTqDfISmwJT1nrtaQ/4lFA2cSXTfclsN/W2FvbbCFepVMWOr8QHEnrK12ovEa24FEIzH/QO7AWtZzmY8wt2/t33pYbU+Yix7FOWC3HzO+V6+6tHMPntOsvmowJpje3GKvjZGM5enUWtsb33k6ttbxmNC2ZtfPG75FFUgWAklcDa66JiclYzRxsOGFeU/6KoOPCpvjKYIDLJd039o+3vQRXGtfdYNsfBcYrD73fIboh9fDfsLvqG77ugoyancF7F5vBdyyFGQwz4mu2MWyDNN3FMgnRup7X3RyN7v+pu9e9kFnPlUZv3hvBMsBSZaAg3vm7Mue2LpFLdflANV4SovYh+FNzR1Fnp/bVItrgDB2h968+z3y1kjYE+9rATYbfgyRuBWYbQ/PMCJqFj6R2NcJ412Xn0nWfW7K+72GKEuKU0Ex/WW0S+YxTXcMClJk0kCENR8AFD3uph5gxXTfoSD1MoVVaamSFXh7AQimKgAglSqnpWCQ4if/BvgOiqskQWzSX0dNJt2dibLWNC9qEl6Q3tkxO/dZ/W00Hu/GiXxmB55F4QoczJuHPb6d4llnq74jfkTABGZDXXOHtVY1I30OT2Jh4qGpnJdmbMgtNiVs3tikdGjEuhhHYoPpPtGj5cmvfABtxjlS0jWjv2zHY12TKmqXInQt6D8PyVwX7jecQoVQ0McpPA+gKXgKfEx7RMTyLl5+//h4Aa4izz0HNwzmXhQxYQE2j/9A5UEzpn+6oda/buvHJd5gKMTqCvDWnofduluGkFEzf0pXL4s7ysNQ85oC+7itanT33k+cpOr3OaibZLsW2wgrE7gcFVJvOZOfRJwmfvXLp3GG8Sb9dd0jsnvCwPl0CF8oz83VEe56t3b4HgRsJQPEp355tdAxDyL0bd0ximHP2hQDw6c94FHqw5CepaddFK1rBXCaPkp5dp7inPK8TIqVakDL7CTcwYM+XQ8rB9bcyDVxYt4lC4RaGugJ74A3cT3jhO/LndmHSvl96MoJyxLPe4o7U9XRMumOpRitWAyB1O7wP1Tk9+EMEN4WcaJaNIGuOVch3NtUPImTGafaFyt14AZfR/2+IMsOcHdZHk2rOTeAqgSZg6s/GCbV9dbY5H8It3GgqEi2ef5t+Qnp4y8uHWFrT4AGewoPgOEEJByeK1tCkDouM8mBrCwRp2iS/6pRiuSevbwU+6p/XUA4w+5jJBdh71N2PFKn1Ch4ygfbPUYLmN/y5/kxH4fHPkNOGfXqXM6uYvtTTLKBnuQRKl+4Brz778Klzn9oMlWtpGl+7fQlhMDTZJvuPoeUA+up9iz3j1fx0ToIIcyHxtga1VPEBMDNoCbTs/lBrMEOEhK+x6ziIFKDYOZ2YeiZrd4ObcK5pooAs+vyMo6KOzUV3vCLfMebPDYOG6iSt1/DmBdj0KAAB5JCWLDdatuXFwRY1AgSJ9bCLxlWikNnX460obj0ms2KR07n5rV7U/oe0q2BdGwGuN4n2MVAc400/Qid1Gyu/DJDYp46tlZzwW2/cs/9GOvemoAjbnH9zKiw78QBPonD0c3jvy82wpkvLlLKibgHfxIX5pwiTWYv+JYI05wf0yG0zxDIMfUbYVrD1aC1Ua7PPEt8WojY5/uTzGLzq4Fr5NGA7VUEBr0vdDaEfvGWwduLWw0YX6+s+MfXeTekg0FPQ/oX3wTmwMqbIQlsRqGhjsEgDB4NQGEVmhZT1WNIxJtqv52ugkoMx0B8Y3gHqh4GtS9gN1B9cU1C8OvVU4OIGHSyrzrFVKBqqRBSuHzpuTYqYIUKoGGit9AygIv5+pGAQ67EHL2MhEHlAlIH4Kk5pmCxJqlCrdoS5UXjsS7Qiv+oiAe54hZDH1SK/+71b3UKjAltTnrmMtDJW0RI/zfXfwVD/4ESsgM2H0vjypetFQK+aKRQ73W28sFl//0nb2iRIw2XDTa6RxzFU1TaaEP49PmJqiZqWOlCstBMTY5uzLNkoF6WSpF516Asta+bJ7Dp+tG+Or2OBK77/Mqbwvu4AT4mzu/kj/uwm8GTeIa8cDePNg/URE1xfRNbLtBH5BZIctf62oASQUTxphJwe0K+Dgfmo1ItsZgrwfWwZwzH9vAok1Cyyn59h4KJoNbrN88ptBi7YwmWtpe+rQS9Qh1eWEaoaF59L3elbgySGJttdCzJe9B03hUlyUjC8qLhLWNJUIlW3XBvKhcbv8+neL5OQDw6CXxSbfTvKlT2oZg6Kdt9s0J2N5wb/qZl2nBVE7Cqbig60fMMlP6VXGqDuLh5EwQMlf0KLr1hqCS/aY7SS3Emb0wYzlP9S682QvQo4F6tUeUcRyYdtplBiieLHVqCnlDSZOHgXEqhHoKYfbJnt5Ma30uiSqK4FGOfJxrQ189oksqr9UlR9R4nYpCO1S5YKtg94RLwcnBKnevB95n6rox96FHBIrZQse6nXeOnszKtHqmoHrlX6XqIHkIdNoUOWk5G7BOqsNPR9dZBlKDlu/I0Z5dGugbRIwKWIIbVwERR4zPRFIHbXWLyP6lS+QSv5pLtyidugSg2jmXKvY0rcbecBqbWGOVo9ZPsi863ucCWaNLKjE1AELfy14RXZlGwYLW6NqZlZlnkaBO0MQ9XcBw3XdsVhuvaN2wrKicokb9UOU9AzIDXzzVku/4BIhwaaZ7FRGmDiVynkqbiLgVhKRQsQRdaFROkNA1ZkUk4ywQ2QMLIQn08CYucTQ5AYVdEUsrdUZ53ZYd7xGpbAskW5ZphU3tG4PiHReIbASXJaS2ibu/Xib1U5fxWeA6jmd4j2a3NyHWFcJzVQBiTnXKlEAjbQwyT68T17A58crlpXIOOz7CzoHIK72lFUzqKla25qi4dcFK01HFMl/pssQrOBHygEend1kQzyMjO5nLuiuiFap9kpEpugJ+P0kRtot9driKfBKxxCcJseGEtVzXD/ZmtdV/rcW6jgRHUF+dZhLMb1oep0PeCu0DWEr2gzs5EuVrElMInJV2ncBnScPmXof3B6AunvmlHZYSdysc254hLPKLjE6KazuQjcXHXtmiE5dE/Gic38yEcfAIXglR56mrCn7HjmEl+6a2hidnBsqQzrIcByUuZfDjImnMWisClqmMbtte5ef7EzBKUc0Ag92KdI1M6dYkhOy/IQVMQFWJ0tipT2eU1RoehwGoz6jP/ucQDdjgHhaEeOHAW24z/u1e93pyrZH47j4cKUwCnikqrwA2A3UyVyPBcrFxFi3Uhfw2zraP0HiFYsDPGaKydb4UBsGffTx6A85jYZwvCYjpcP1dzUW2mcU2g81EoARFSBo8iqjIbsoChCyhFDaWl3yraymcvaPbFx3A4+1S5FUul/EkMmejdl8TW9DQzC2cr+Dzog0Jt/BxE52XvNa1UDoQY4fli/hptEdQigb8tgdzqHlMKdIduiRbL0xWxZ/m4ijtqop3zmZWHpalcxhWLAAi7eQ9ipjhUwQWVwxdIluOCtYuJRNVWOOkZ5Q+3mmnoL3PIHThgLn2vH6EJOh4yPkt+IgOFljCs6AlCInZlc5iW5ApikPRoJuNMKbVqV6gez7p60nM0LMGVQ9clFOcnxMLYpiJUBPQvR4/WpfYXHgJaWRmnS2EsQdE7kwQ9pC6U7fPXcvYdw4+KpCHxzGF+49ueVO5EXsw2FQ73aWhV7jghcaezx0pWZNCXhWQCW21YABJj/5Fkc6iMFL+KyflqxPhnRDmdlgl3C1qrXSSdlGEOSwNgVcPo7euD+AnhKJqnXiPqROaSy34ib2U5fPtOXMszSjWFK+UN0LFcEW3zCuOA+21yYmfdgal23pZsCOJNuPoEN9Hen2fTWveMUoSWexPQgYZ/ygEjCYLQMxV94+JQZdTgS5WO7eIPI642rXWQhXZ74hbTB4eEKsRxzFcnNV+iWcNZhSTjXo4CtozcnWFSjJPeTrxWrIxJL2tId0+JwDmMcTAwwzYWYqvLiYsNrDIKVu0mX38rWpQXxUB2YsOMk0i5lYXRfdZI+BxGAxNCF25cClyrvFyvpaGiRvb0j/5d6O0r19LdvN7+1KTB2y5flZMNouWO2aa71RaiCDgYffha8OFDHkR1B/HhxnwzIpBdevtTtWmbo/wvr+T65icqIpMSlMcu22q3M+MLwmhkUf4AYdNdqgTUYJudDnKFW2wSwrcU2oJN7X+rLdWEB5zOfgS3SQE/c12B+Z7UGT38sFoWr8ENjS8Dccj1yvUvBoU3qqGJT5cdy/cW6GTPu9BcHa1LcBORWlMZv/ZiXdk5vhIpSV1X4bNwCnjqJqnVpTnompur5srFF/xdXxo0+4rhZGzkufeUviLkJD1LD972z2Pj3GD3l7/mN2Z/ROTqYWT3l1C+in9lnlsMy1EKTMCv3jsxgSMr951pkX05hKf8rO6tRmrYr+K+OQbeEd+uzTvkkPZNWsbPwbF7YU1cRHkLnRYn90mYEvV5hOWmImyAT3aHgeX4rfSdoTdV5GueVUSwwT1GEL+bHZxSgGdg7ypJRBOdYXhRcXJewrplUoSEw56oGUoEOw/PMc2wCTGsMJ46J8hSWFhuEkDGgCID9+JslpTBmefXPHfTLLRd6w0V6vecwKlx9W0SFb58fJCtpEmWBL/0Aij2fr/7HASsNZhqmeNWTszU6FnGS8hlaLPGyToHZtn4WiC5e0FVQ1gIuGw0n6gv3ZX47BY+r0Qr+5HxEt1UhhueXpcqSOt+dAt3GEt5l7VhIzgWdb0vcZQZokytssjVcmJsJWQUr4t5sX4516WhdqAYsHFkzQwEEgMMC66TScSKsTZ4f37OFVhQHPWxh5gRjATuD/DGqiZ6fZEtcmKZJdTTc3cDSscdTSuoz3YfhNGTSo62wa9+QmB/Vk8w9WyK4Iu4OjnnWstOly4roveCkClHtsCpOnWBVjC+w9rKPEomYLaiScESvEiL1GXxDbjXKaIFhGJcx6ICdDi/u7dpM7qliQ4YItkTQCZHWQy+5fGJelLNfGbcQ94DwiTFBCVurEbMKSCmcN8JjABHo4Ad7+X0Ga84kr39/LGB4RNNOH7riuWN343y2Btw2tG5N7JuHhm5fjg5yjqMOkotoyvK/gDmv1zE3MqLfttmEPHveDHa8tRVAhk3IZMnFj+ktPLLBYKZ0sootqTq5RhGSpzYQUDRV40RWRLdDFBe6SCvdoX8p7/kEG1LRcoJLyF8TlUiWRwx93q75fAIVgdY7KP8HGWIm+6MU9745rYEduC6/4q0vzYy/nc/SwckCDDe6GeuRiA+9C3YeFVuVnBMR3M2RTyIsyidHsb8aACkyWg2GaMOTAU9iXhJf7pwnfSXVlZt9utQuWEpPCqOmHLmpS2w7F7wg04VfFmImb0awmQWTA+s/9t7iHXg5eg1FLuLrnqP8fd5i6B7kJlQnGPUMiPF448RF8B+OKeISFojJmTM5amI21cWLNW124BZZJGNSVf07gatxpX03h20ZPTi72rfDhtImXGCTGzee7S0Y4QZV9IxFgisLB0sIeQzQFu0qIzkExCb+5QM92NymyIoKTofmfOW3Oyj8geLXszNV2BSk9mYpZyBkk/gtN8H3epveYsJZ0csyu1DIyLu/38utYSvX+e2Zkn5Y+tmzbZbaeR/lajlE89hd6tvi2VNyBIi2hzkeCuDVz+Xr3mHFO7ntLfmRVb3NBIoqRcYPlQ3PWlVnN3mTY5Zyk+UrAG0gX39cH+hhOO/vr/tpPwWCTitjJLG9Oq2LmAHHSEZJKnxCkwqxbCP9LyO0+bsXzFE/vGFUXTLXudIztB5Bx+zbQN6U5qIlx67HFxWUU8OhlNk+HtTgg99O2tJfr92Voylc/vudpQY7O7eESArkWlxv0gv4T2xY1bQj1hdtGCKkwYIiBu5Ig8yw3K2rDE/Lsyvl3usDKPj9h78Z1msHFpZMVVnr2ac0UrtrbltfGPENE8MUBcXtR2LmkBWMVBDHySLCTYZS1Gl4O4lYdNsZZDLHqinWHnTUjGTGSjp1FDndXEwt44mVRZcHeFwg10tyb0X9ugQdFkQbxO42krkKa3YhXU/dSyuzv5+YRQZuLDuRrDZWjF6m0WJa2Mg81bksKS87A/W19wmh6+SQ5SROec262kQyGTfRS0r7hsKt4l+H41xaRkQwrAxrV/p8u4Pv5mkgYk47pxSEN21rAbVok25hGqr24l734LybabJKAl6ixxKKzdz5wNVbglzBSpdWPc57hRLVfmFuZ+zyaB3fzuuYthRr/YxPEm34OtOxXIsMcsKUWOvkEmVdVw2m1RAIU3Nv1DZLsqCL25uSobnC+HrmA3w2JaPYHeLEp5/MITmULyJsH022YSla5XYkwngxM48Je/G5XRV9zUpLfi720FiTcDOTc+2WaDjGOSjtKnZHr56X0bwjO2iopedl2XSNGPiLp/88qrzgyg2lQquDsWiRddDWu1C/CxxZPeHRSvwSLXW2zxou98sHPU44hSdvGHuCmQ63KiguFD1t9iaxzaLEeYjzVoeXZWWK0JaIPJDv7F580qXpf+BMA/dxVH5YAfDn6yZ8WFiyuYlRbsa2Lcnc++Sr3r59OYgfGYb5CrIrEvsv2f3iN4U0LMtZnBJ0ww4XOA2fTsjS/dRrcyqua0DmDMj5bqrA2erG+XPrmY76lgPBq/opkFvEDqbkG+nLqFb0qtGN01GlQ+LKMAl4ym0VE05tMa1aGchRPTSm96ymaax8sYrXSgWGyWYXI910Wn5MgRU6G6mAgYKhcaEq+sRcTtMuNW1EWx37Fy3X44yFZ527OaoRYWZWW5BtztMTmZZlvVXlccv22Njlw0MFY6NNV5arqeclTqq7JevUJwB9VTyOUsK8uN1Z/eHVoH6J5UQVykhF5e030uCnwTIM0qxiQKIlcZgJhvOwMG3etGphFQhnjmO/dVPvmFW8OascsJKFWedh9uQk+xgYL8xCRvOkwpiNbOHF2QW5qgfHhyDSjyKQvhLUgi4Yy3MdqXRT13uL5olx8Tb34l2YjJ7BwPQ8/sPtE2OihSfntRl9occaBGLOk3AN5yr7ce0qClwIeUtrMrWB2tUWK4W0T61DQc7wrpTBvVzJiKbLiZ2d7lfR+6vUlWWoKvGSC58K39ZgxvQ1llWlOCYGG5z/BzZjCMKAz1uwfpwHi6yuuFzd/Vk2Vt5EnnvTU6KAaKa/LZ9KmG62ePd1S2bWIiRBH+0LrOyukJ2h0+lPjTxVSlyCMw/DvTU1iJ7h8kBJwy/9MzE9yYeT1E8t4Qs8ytCvzS1PT8NjjKfYNbfpe4cIMGue6G4TpF/s+5E7qbrcw5Fi24RA/OM1KZqWpn0U+z//XSH6sPVEhscWLHfkJukNXUxal5Xxpyu7szYppzbKyYh7QHfCD4HL0wuythCo6I6DU3/J54zmlKJcGqzTpb6w4PupG7T97slOAN91/Vx0/V1P3rAS9ddAOrgh1HHguY6vXjlYCYFLB5cxBtpAnVt1cHzJH2XHQwox2rVh1IXIZeHxifZnV7IzHFXP2S0HLPP6yQ/E5kpOFCyG1vli8Ljqfv39d/rLUuGXqi/h6cs0xTVYXlQchyL/edTqmiTy65E/6hF/RL4APW3N/5yuVXI+GWSn4NfUvjc+5nhW6jMfGMmzaEtr/v95nrtn2rzURd+5rue7VnvmJoZOYQU7s4IQqI8VsRo2bFkjRmP5RjXyit1nyMiq8zVbTz7tVYO16pnFeH/c8HPEP7D1PV3d55+K+JJQh0UTNeIs93soMZRM/cMpEQJzJZyF6h3IAJBwcz3nAYZpi0GhAzi4n2LAu9drpgqjRlG2i+bHA5H8mSqIgiP4UmXeAQfD6srXxNTSOZbVL1vmP4gMyg+KCvmTIJp3yxp/8ZYYEAQIUaoDfRAu5LfwOeaHn3vV+8MPheNjcQgIf+cOrphfEIqu9vt8QsDcEGTqwg+Xi9l/+tQ4r4cs5mH6mT6VwXvtaEO9jaAYv9Za061hprjNZPFT2v+ve6nVS3q75GPnEMQ2UyId8KFoE0YHYSNQDkISaqfi3cPv3P6QzIfDUS/Jq9lrmEutvOJWWiS4nv1bZnCzjdMV5h/biUJUjhec/sCKoqNsByl432ZxYGd68la9vC3jj91fYgs00Zz3O2YP9nCM/Dk2K+FR61uw2rdrCedFkXD2hCiAPQM2BRFP3ObemE58IAs8zU7x+GcK9oICjBs4Wt1fd/CYRQ/aO5W3e/3RdUfOpipqDw8ffam2cp+qzo4N19I+DEETfaIW3uXVw3vPLL3k9KY9NBOfc36WlIkXN3Ip93eMa/BD+hcaI7qAm2wzLRUfMJU0yY9a01k8nomU7OX6bxhaSIXzF8bVbDr1Z2arGYoV509T9z6RJotmjtQFocbR8GVa/l+V7XVKbzcmP1vn2JGrZxzr6/U4uVTPoYpWMDIXTbWqEdVCYPtN84KItxfjppzCfmk6Bv3NAsjghkNhWyJpMDYFqKRHzLIPQZAN4+SF64g2JQi96bR9Gn0gFRLN3OCh+4wNb8CD/aoiNpsSSoETrtfsveIEZBC/mLUsTKGQUqHG5nhnnM5sAACsMgSMxqaVxMXAa8e2sRkIJH6M+NS1RsnqLJeMZ/3PsIP8uE31upkYpf+gsX18DFrncvq8ajPUgs0N3ZzuQ7/50bwOymvaHHSpIvqeqykYVfeeBZuoHjz1S5KfLlcrEKIfJNq4OSWu1mI4Av16SrL0qD+C3jLJdu7LTlwRi3zygmpTl9ZOa/kUjzUKpealdLJa+bpjlunOImqNtRmUBZz6/bTWPSr0qoFxyedVTlmCuq2zeKs8TT9sA6ZvCp3WHDWB15rvbgw5p5uynWp9/FGIxrcRBZGS8dJyzTA+0k41WqPmpYG8z3j4Sq+382iXdEwFsLcw69ZV6JVFmwI14Um9ztUiNtsdoj+l/4ihxScr0YTNjhKjRRS9SVi0lWuJEsWKfuwmHOYtjXy+rBNs6aXLEj7PFjUeQsTSr545Q/H8mRiqctEp/ZLMLMIeW1n9iQeXa3XVCZ4H3MzFjLSppjKf0rowx2rReF40cPKtH5d4mxF1IHdKZO8w35oLYtLtCki5ZKXnW43Gt6Qfl4LH9K7fnO7vru97/jYs/rFvrrN0q8avQ54s8h1rRHsSQUYwk3EM316y3p8/yp/a9H57AU6lrsyeS0HJ4XPf5xqUiIvomcs4JBuQDN/itTMmvlCdqAyHPl/jh2zHClTZtqV1l41OSkFo7nZQYnuwpFG3sSLQEF5OtCscXypExdEhPUpWH6OghtI6V19xK/bK2VsHVVPrGOyPcx3OTcUl9wKv5sgTs652NyaaG8ns/UIVriqAyV3kuoyJkUXZKN1kP+Ka4kW63PNbhylx9Gs1yqpCOYBxQ3wuj99p/m9EuO/kHcyHVkH2qmZJutoRc0JOWgKDv+ID2WEw1MitwFixqIjLZEXJONdwBqaSVyqLhrynOqI+d438n2RAv0rVpIvqnP1XmDWNQX2w973plrLwlkRDjiWBDr/fJqMG7nvsbjbnwU97Me3z/6lNuc446Perb/nAlwfZQlO11Sj9o3vDDyyFX24uNGElQV7dH5IAYhTU+V96MTb9K/niXJgYaCbs5JiQ809IB1HPzkFQBeye9Pk2JXbcG4nUjJH+p2ZwMCNNMV14yxGFxEJUcAALLi4XeK6xZX27M5gAHLjwQ75CCEz2f5ymVzML7E7zopgbP+3jgoi3L1u9awMILsxYsMXXpTluIaWuVr0x+Kc7iJy6SXMSAj24IXc4k05QIXStZaKSzfviKv26SQR2hMM3aHra9b75vUdJi0Mg9jkUfl1g7ChNK/whzFjznaa20VbQuCB6n8E7O7rAKCgeL2TsZzQquC4E4qt81nXRcAWjzB/tNgiAweNrWKvUHfdeSVX/baPCAgVaC1xjFLM8t13AMROMZ4AspFjwMcpiehL6Ku76Sf3gLZ78FFkrkWDbyv1nFlTNzVfD4UgbSawt18IQflZ+N52dzovnDbPpbC/Iwhnd3d20DOUxj6Yv7Z3fSYg+2BS9stN0valgszNzM3wZH2Y3YxvmQ4dHAE3JH7MyAVkZBOwJTZ5ncfiiNgMU8tPvHZNSPxVTPBSifh3rs4Tn0l5MD9bBjN39PaHwUj5yHFapNCWk54aM/VpiQXF7iGK5DQK32QEo0DJzuPdSP0HxExyqPJMrv3VpFBzEMzM4v3T1Fm8b3Q8f2RqwlWklR9+VLoC2VH7YoZCRu0R7lYD0C/l3+KvLqQAXo/nsXHe52M+ydamwkuUyfN9lfSDNO9Sl24CEO+oY7VKyM9sl4DbSwCAYW4J6ooLBnRaSJV01NnoRo1O3uc51RxMeJgt4hhx9wBOfgfPv48xi/mHq/cdmScMwNrNc57hQEwAhnPiDU7gCB25Hj+4T59YNdrMR6sZ6T018cGI0dTFGLNRzjGOyxoQPCDyo0aPonyuGtNRznHvrgmMPTzm36i4iV8VfmIIMhBcHq0delX7dw7622XjqRNWtfc+4abSYXclX7Np/m7LJTfN8M7B2e8c9PdQwv2mGuk9Yl+POwfpVthSTyY0R8x8cZBRcpNlm4B54Jgnd+Mj+mmGUUpNlfxgAR83HviOzjgzXsevSnKTMK2CxRaGvZPF58sZsdl4buOcs2/CzAlFA00uYfY77/TjADZe5rbTYSNnBGwJTqFm+ynj9YQI1RQJ5XeR4Fp3gi4zdrOPsyMp19eRzVEsN0sseWST/c+ciIDVFtT1dQfme4Y/3pHE7lOtTLzjU474rJ7uYTQw7pifP22HHAx5t+vXJ1kf/CoQCEA2B1+YGlPFMGNmswc4pNBzi4DXmRVnZlytDu/T02ybrJRvvdkFZNAdwtTQmGUJAYrwQDtacZZxCWSdN9F/1a+Vrub5uGBAFm+fHmfk8RL8JWHnU274Yv02Xf4h9uZUR1txpcrTqoRtpkT+mA9POFlQeyUdPGHrfEnCQc9kiiQczsdFx6pM46kjIuSGLhssKzYWhOOmiHtcOu7wyc6g2hDbF3OCgt91gKT6SgGOU5GIyeu25K3vO8Zv51IKbb92gjNOzmP+vC762yO90hR965W66JdcGiWqXrabh3tfoV4yMkm4XYxiYse98N2sAYRKvblYzrpZDD93JxkhurRIcrjz3i9EcUnw06FklQv7BzMijcVHSeTx7LjTnJFa0p8DefT7TR6x/Id7si2i0sHbsKOhSBrS23+Yc+e4SvEby3XWnDrAxqerFfWEFUPuZHgH8l1d8xWt+L7m4g33Yrt2f8M6b6e2fMSNnvhBFTd4qtUqKZeP49B8LR/q+v/N6pfnxXf40a/3D/9Mn1a8wjkfgYOWAZ5k6bmwfi0Ijfmpw1+F94xibbhGRFBT2h4ACwzzdnJQy9c01AMyfuZet37qCzZHM17/4kjTrg5skfTmapqSA6Kr9tN3UDA/PC0HAAXxDBzp3EXN50aEU/qwebC/5y7u8d6pMGQohQDn3kx17FwbJLh3GczaTAaPQW0uzwt3e8qwqMX6lFLs7b4m3xo+W93772jwG04OYcR4OG+aJ/Hf8OizqYTjlOuJ3rZYAHSRUD2HWHLR4TgU09BDM7Fps4WZJJ9Ii2a3dQQGZfLZmRYIbGLoMZyTl23AErxOjLCDFMuv9RosLIk4iP46Bx7RA0DqaEnIUcwvcdOFNwr4ho7OGPiWatR3TCe7t2YseGppJfAss6BMctWXQN0etN8fDPBRh9gCegH/aXgwf61U4xMuWwbinxXczBl++PAVfj+1rqu7JXlL2hKCTUs7i4d36uw0OqngCydRTijQnCbf3sozZ7P5RxT9Y4ubB/oPh4R3nXyGGQw14H1E1p0fHCK+TlytAXBH5HTbh+UHX4L/he7ybs82l7OmDFc7/oZQPmKm05mP42zBsR5WBQ1s7ZNwgwNqpffWG/bT8uFis57CBeTrD5m9FXWfewpo/dd7O75hQfp+bDvVHxx/iAeVAPyLr1pcXtz5NCB8GpbeWMb5eElBAZfOekvh07ryiuQsEcF/N7khTjR2X8wd60B5KTEZP5QdAWWwfHzkqkLG1IUENyR5VTBxu0eBZGC3EHMcaBN/aREYjH8yPQU2fYHYn25U4N46+167muMcVxmQ85QfaJmk8fAejPL6XI8gPk/9Km4+NDQO4VVk5clz9HmaybX1SEPQQaV8JUACIm6yQs+AfWPo+p6thEUdx+npZ4DdAlrp6PwzLCiHxrJ+TvlVyyq7P04fjCZyDO1QkhuHE64KJXptXaUSsNfSI5YPygJvyo0QCqDnvQHSC7vhBHSlRy9WN0vuSEu3YNHWtZ/4iKogMqDwGxN7G3ef4wxmjhk9NTlZ7s/cBwrgVBjkOfYHRF9ZFizQKuPSSWPTSoBEgCfbyV3i/eHC3h8vd2aQOzc6ENhHtfsccorAK412GOKOk181kA9a8FfOH5tXUTAh71CfR2tKOt9sDu/BpogXLm3rPvATCfeDMEHBj4omN6XuX58KhqWYYNHWowppcscHu6t7Hg+VvuYOA7f+pVPQGx+I9eQJi8dDeun+covcRODuS/cO/x7IwFvB6B5vm4wXaR4rcjvFxJGxq4fecBcq8L2M23t9av3Yyr/tjRsKOJQRqipvmACnUjaBtR6xZFUC0hCGMo59GthZaqoXhwH+YQk72RuLCN6pbun7bQ/FhVRTLhMSzw6+DvlUkLjqkaboHVeXi6kUiU2LSYF/1CPIj7pwJzTiSWVwvboJpotQbVyTgzKm8de/MQs5tNr+a/c50gj/n1fBwQvExQRv42a59OQlT5SLXtZGwfeI50E39SdEcOs9HfKwotsnFe/Bt1D7pJqcYMzwWIa9N7Pooys8fPNheOpvTA59iBjkBOgWe/Idse6ou8U9+Ry5zh80KnVtaEX6xTUENOVfD3ODMdfOU393bTwx/PtrXz77DnAsRpUIgEKTHbrr2q7fZQ90gX74nzYj/Wsda8i56HRGYYOPGfc2HDH8ub+bRyiQDQpUm8HwUNAhIoQQE86oGAVWWd9DazTHWz0Sb2+fU2TxMlAh/M8zwC0/jq7Ab9lrJmYBFCT0MQ8i6/M2xLFMY2Cf318pGDH2IDf9eWb+BF6fvOk8+AXTVXPXS8Cc902Jm3289opBoyKOQjCchxeDnHUHeEL0gk/r3hp/HXJQmH/coz/+o+G610ylqNQHcsBOHVk4D+ppAklEsKuB+VVHg4bUeMc77qBPlGFF17izPvyNeI05v1wefFDJm3HkQt5keMFnPg7iG15jOBrzPwyRP6oar7/ou39cS3wZzsd50lJTLhZlyMLY8qUeHI0Du03+b1vXK9RsG0604nAfX8/SHNKSaStamckkNtni4KLXtMvl8bFBl72tdue8SN5xSjOeV2B5HwA2Z1uwrNI9qHWiYVhx/8SLsqidM23o7pNXafgBGSTVlAmsa214AJIvjM8027hiBCvYLc26OSKwptXmlbr6nfhlkO1aNz3vS/4QNz3DNJlcwOsnjwoxzfj/M4vOL8Fa5hdRhx+U94OfNa5M6ayHBG0P3gyDDV3OyVhcJ2n5AkUjUQNur/ctAESIRgIyfwuy6wC0Gw09R10PLB7inQGxjqYbD+BxBsR6CPrpcmzPo1siLUwM59PobdjEw1XORYG+6O37cmVuukj6BkAU8nDm4B0zB5sUQ/szB9u6mhYvXO91KD03PLoXid3kUwppiy2FtcWRQgNueAsJiNUEOOY1iHldTKRBLls16z0CyWEiMcg3H8Ztj8NLXzmYocsSIraNiXo/01ltA97YwOUWvrT37YUVmfNR0Xf2PAfDh6csuMyk8dHmzV965mMWOZ+ZHlmIf8ItLWX47H85Kg/VKTaBEpQlQM0qeCUrc0q0jEM6HAQoEUtLUIOMxpKAd3vaIHhxMnXV6vS8P3HTjXShEP9uUYVX5mXNYIloVgEZIDzsrDQOcIZVSDwjvSuMzZRJBgOWW4e8vJ7JlhvXM2l3Cm+RcMlfgZVkBunnwTpy08WE7oNHeUBIEki+8DkPyK/59ldXPwHX/9mirRz4+KuXzzjzx+vnX8Gulj/4Wv2dr+8/X2/2Y/bE3yhsuBMnlEogWsg1y/QXsS9y6f23R/6/4kJnCnwVAGRK61bgBZ1uKPikZLUQ+2/vwnm4ttCnnYEMt8qx9sjZHUF8JIhumMdnQfLwvGfu7jDS8QTIwpzeRTIDXGt4LIvSGPdJMb7nbN1dSI3Iy8ma5g599an+AGeYRf2N6yu5zPmb6TtGx410uH1kLhZZdx00Z+2Igz1YffyeeSUY8FG1VsYaZE+JG70Y25d65HK4IVJY5xPykRuMMtntCyG309O+r4Dko9X+/sE6HvFTejs6q1qvW83VLaSDCz3QpWZM4rvts7cTRNKwKm10EN29tb4fbqE6wZlU6V384G354XH4s63b5jio/1FTSfOsFdGzhish8XiExMZqR5bGO3o9p5mVy9KV62lAjILVeiqZVXGxXoGmWBCDEhttpHlnhbK7cZKGYgDHbnuC0Z5IzNw7XVkgHhcGBDInOXAX8A3Km9Rks7VvxV7Pb42BltK5mrB7nqgF/40+71zvfnzLW3O56mcfZy5nzeWxF0KVHlZZueuylr/W5a1zYwnalKWV8t3snPfB2zoS/Kj1scI01tNf5/xiaun5o3f0jmutvE4TaZUev5jeoCSQmQliAHPxfBlTrqRgvR4F+sncozsqzj+pQzxsT3/R700Rh8tnvO9OGK6olWttknOR8VrOp/OlM5ckPZ1PvCNdLD3THufHGOClDtgS+sS+OD5NL77s4/FjCzwkMHv9paRNWZIms7VBvaCCe3l2xtAXrtzshaGlzkmRjrv1tIDo/oYFnKcehS9nHNbpxu170wmhU5gXecAFFa4xulkACMjuYN6CGnPUeBK9nWhKOs0hT41L760fwCEDwIDB6nqXCpqpWgDpXnwvrhwfVZl8dwPdbkE9FiPIFASF+c0YgPb7hQg2j877/fYh7uYSUq25klrldVngjrMq1eQCDkS+1RgJ6eJYUcj4pYUYH0x6WlkEolQpfopyToS5Mx+IxY6PQKMIhZO86IzjBMb6mHKDz19a7WH7A+2qwRRHLVM7lmbrNO0xnUysWyt5nEZieZ9dOWI8w5SV3Q3hFV/H0mZZULkuy95pN7H3bcq6bRqS1iB739RLrXNQ7Ky0D0UPytbXyoEv+whT6GkEnFL2loYOXMiv5p3j8cjQsN7D2/DNoGZxTOBvByJJt47tuR4KpGsyCPr2lZa/kCqgJIHOmyc+Ez20J77Mqn07S5IGAY7dofq1K3X3ID7qbRpIDbceSzjHGFraEfjKXCgDi9qCLqDVx6OcsSy8qCbEdK9rD/xvk8nsbYA1gzNMualtOau6vGdTtK/r/mw2DlqVa9M+G2A8/1Q399MUZJsV1Gu0qNHtzyZEf1a5F9RYK+Pw6BkkrYsewoTBRp8cLK6bWKra8mmScNrImk176Nj67dEqk9Aqi7m17dsogmeIDBsPTpf7PjWH6ykON9NDCmfEECRrNZYkWPrC2Qt3izC033VdxALKv7pcr7JCh5MmerYX8KaEHIL6vsuqZKeaxWqrFJ5UDVphQCQcxcGvkeL+KWuUM6fUyoEDmWDByXK9M6OArgFiRUegUIQUEI38lhoSR6csdfy7UQjGO7oIJrfmfVeVQooOssfj0jEdZCGTXy2IhRodehV3+tfWJvf31B7ys4Sc65dm57DZeBB3a+g+0+5A71Vr4deFIUtDbeppS/9zTHWxgVnPagGx6/IgFIr0DaxQQp+XM3PNbfUVgE+z8/9TiJCtwwKnXyLGr6FFA034S9ERKKQSAApoAUvuQVdJ4VZRXMR1dhs4P3eAPW8btTsu0LiQxZDhctoz3LE27ODVbu8MuZfUhpWU3ecY6056MehTC4+AL2YeU26oXKcWd9bWxW08+iBNwaNl1tnfWWkkfKb5W54tWf1yw9bQoI2XvtNU/KbnWJQsNW7eenii4y3U+lgPpB3qjq+n5f1jIPYwZ+eBbhtvatotZXLzqQeFVDJnpmQwm90BVYBvYd2fBzdW8D/1pvlL7ahnB3tRnzFhsxp9w6tO3X+SxwcT3QxXgzWjrt7LTtp038W5NwfUs3FuYVYMuJ4TAt0tJUMRipqW13OldyPnGwhzh4rQH1O6OoF61E0M98p8ZJkOAR4ondTyt+asSlwOdqXyrpaXcui+0NC3UPAR32FCoNOxbAHuG4grgWZRJf2uPBj69pLekl539tInRyeTVqa6+Tcjh3eAXbzuFDpcfwbgjSJri3Ed3yNoDwMn3pJjNSBQd33gc3ptvaDxtS3EFGVfUbXu8p+l9tObGDk+RZQfUQZsh85iBFU0oDh1LJZQ3/ejsiC6S19GOGSH7ckcnBitwjAHAPbq7Mm0W1VzT3INW4qxA0JsHMPKnyE9OAaOxsuOHq9Tjwl0eqCbz8q1Q8FWSZN4w0BinYj0dwsL5CB8eNIQgtYb3p0d93ikw/sD7HQ1PLGXno1Dbmv99m4hIbvueo0QYJKP347VBymK10b6L+JXoYc9E9zJCxZAnmEtxD7Z+PemWLOU+guJfDiv/2nDLp84EquVrao23N6yb23PYDjNdtl1r3Ak8ckQ5PoUIxFSuJqLbDFryHb8gIwHUH4RZI9Kj+c1zchS5hOBpOmqZdQl6UVtaOdAY33Saz52xgs8bu1eYwe+3LcwhSHYlamqrKgwYIpNTY/0f5hwxFq/kMo6xK9X0kYVn4zSuLFRxSeaqfWnK3mVbYQ8QOvyIry3zAwsPLXOY2R47xGiYQMg+ck67ZuIhwvdJag03uU3dN9KRn1AEI0b+X/pDR7F01870kh91J52njQfcufkieNdFc/NEHhTRJuI0jAzFnCTPOuAe7AOXxltrlxJJ71wdmxncHEHyGY8xAY1YB4HhFbBi/1VBTipfqeXjijtqyYNnrMkDvUKf3gjoEe7gOiKpLwL8QHx/LQ8H/GcjHc/QKL52LxKgC6XhEBFqHgK5EqcmJA1Rt+9IsvgOIuHtRuP9kHmMwdzKQ8TmSOmsfxrLPThDwtwXXFU40kIbhKXQpwnqU+lbpEHw1cn02Ij6UrANIa2YrJ5+40V7fHUs4Eyq71E6/4y9pmiY2bPUTj032QPZLXXzX3NYYu63BfvrYM68+SbCer1s8rv74qH19je8PT9e/UTr/9d+/lOXS03K3sEpLq50gCzU9Qy385z21XGgKucwIAkIO74oZtd9/965xBa0Z7Z5vLWlFExxjRPWgd55XL76Zqhbj1z8biG9xJbt3lfuNkvvdt3iU9KZPPyurH71ffu2h2BIxyCHHm136ie4AVMArijBBIKs65tArAQt6Fc98cDov8YvcT2I/leXjngjbNfctVbqXOpVSGXvNlHdC/h9/x3Krhthw9C/milfTclJbE+xBRmlRCH7S9akV+KyJaUpQlBPo0TymoQbMXSEba6DfOoKpkll3RWI3YViHvvmhFkJuyMHcjU4pM8v38RmLXw+VHWipsOOPtFM87DpiBzpiwEt6bdXs5qGRVAxqpKoCiJkKTW2bqS2tU8M2u+xVkDxFe0YuaJXcG9mzKOfGcOe97LJMFsoHNxLprdA8qumQwMIl0oLn3in5iQ5pqRBlfzSGwTajZFzuWW8JbJc6FE5IWALDJhphWppMFhz27hc8+acSTc0V35BD8lk1hK09Vkmbn79NNxpErjQg8NSRnvzriXAT7fG5y4s+QHQqz4li/EC1yHQG3lX8QNDi0qAx3vkD/XQAP1YbF9oOjMYKE9ZfUz0MSqeB8WtFb1pJrZQxWMY7q4T3/4yu6Xp4QQZ2zjECicJ6+coobIMdr5FI9LgI7FGubGBL2tk8ln018R1esPeaAc0FtonVmS27KOqiO8wEZiz195uLLhUk5CAuUaT6MiB7WL8VYNrb4jk7ZR6QfqCMGJdjVnkfQHu9iF3W0cDVlhn4EAe+0kCvTGCP4LUEK+xFTQCWM/rQjb7KTYdDbleQRlMgh6PMESo4oPpU52xoWv3s7MvFx2xuWvK1o58xwnBBwvvvYLzqFDgdqnHuq13JoxUzQUku92iGuqX7hnqqW/uznJyULDmcHp+l1w7rzryiR/IBhCmaF6OFJ/4mUpoIXzqo8nMCKkMJr8/3Q/Ux/504SwNl896IW6hFifopWiU7+J55OVA5zilcQMX57p2sqt1KL2+FAkxSvbCHHXB03+rAKmN1dY+TJEKHsdxbUbh2zbyvZsfWfmrLr/mbWA3G86oMVE3/JP3S6FXadZMzTh+cpridai1lvoCfvu/s3YdKJJ7VIOLGMH6fYqLLbeogvNJU4TkUt/FVtCjblQTpvk5C7MmpUst3wsryRDmgiWGb7/SEyvJQ/p0IqINmcSeICKPdq0AdvlbyM+txSYk5TqUV6X78dBemPjpS5XpA3p8XUcoev5ZfrsZE/Fn/aA5fT4L1oplLEpZYYuye+3H/TpSYdrMI/Fmn5PqrbwzHrhpDn55xjsVz59+tp1feHrtIb47zaMJvk5mW+ep68UchkJyIwRHxWoE1AI4QBQlSylnFQlArhR93a6dkBb8zVnU987IIL9A19yhy6uIcn3hPXT6+1Y/+lX0EkorqKkJbB5Nby/92t4RDZ6sR02h6xi0IXW13O3VAOGVXfqNDcYx+GwXV/EADh85Ar0eKyrQQnBB6bEohQDNUzVbmh+7eSTwXWK5fHOimLGpAqmx+Jai8lC9ezDgr+JoXPGwwv2aZNal2zeR6VU9G/fhKqC5b4TbZYWaJAcmXbX04j7DbrlkMbrDAULf792yMQejmUgwgmPpx01UeDCaW3EMoB6NTiZ0z0ncUWxPslGfQTrukI3IvlcLDi5Y4CMFlpwwuVDdmkshQwUVb6VjlhSZ3BM72OPzmLEjPviorgOJuEdbRc5ZNfjMimkfTILRdS/kipO/PlFpKU2XXQfIRuXRavCuEqgfcEbYnRGRYKSbgamQnaTw03JEPMgDtU+4kQt9lF/KDxW1AGSOGOWfIAHozsc4YTGCpwG2hAzjErylt/jfX83kJjvkcHgVw/qUpM0KUGLpNTl6aNAY4TdZN6TEAtiRJJl5dlZiH5kBIyhjgkxP0JHAgkvAsfRbAKXVN141AHKMLGp4AsVQZ78kMSRlntMFLemr1Ks+vQ62aFtTAuZUj6W19oZP08EQkol35Sik5QzCzqeR3OKqFJL1+pH/o7xaXJSmTO05LVqBH9xfMfrxP84UGRS4Cl+QJPjbX8uS0Q0cmBe2Rl0aDiYLhEZUrcZqIY5loRA1ZjjVGjByWzWDSNyaW8KMKdIX7BSZbv1tWXJ5WXlzpdjd1pJGVwJZ+LKlUvmyrLKwc0x+cAk9vbKFKg8V6jcqtX0yddBN7gyrVi5DrtZUplUT3Lk5Yo1JKUzXTZJpkKNIR6YhpJaN4JrCFbUkcSd1N/OACJKyZ4E1CfAdM54glC8FTBSP50caVL6/sDTkbYiYegXbZD/rErsXT4nWK9/5k2kPLfYlNt6nxUGU1Lpr6sDv+SmnPvnlmiQB1yTcyz1iAD25tUBMDSK9GzaEXaXlCHM1Hvn/A5NMKndEllWjV3fxuQzY+j8EFvIJeBjRIDeIgvHtgYF7iHeMxTcJcEYp4WJzFpz5/muA/rOmz+Y5OBgTvJ1oQhCQajShc/HCLb6gLa7rOwod4LyjK9r7UQBMEJ6A5iuHycJMZc/jNA6IJLwStZAzWH42orN7ybWxRg/wVOQJmesYztQzODSuBhUUROEaK7yV0I2hr8sSa7c6ZJZta9AjhtLionfyrKlBbQG+9U2QzXi7SrDkcyYJi6ceN9CZ6ldki/85kHObgv1RrWh+OmSjeISl8rQURhyDrn4L3k92e/YfifhukUWW4bThxblAv3L7X0u9N67eAO6pFgBM1Gcokv4VhTjdPmMc7G4XSGfbI5QWbtXdKh6FllGJ37pZzEzYuolU7Jk66jqU0ZWBqo6zUYSdqIijULzsppRtPviBGARJQawMooaOD+ZTKHL/5OGSFV684ASP7Ijh2pvEdYuUPVR8wC0REMDG/oPBkgD07hxdpHbZIPJ2PAjOdC1gePmLr5CZC6QbmjK4ELCUqLZlThYc3GVpHp057qd2BJB8GbcUIQp3ihpIIuX9SzkfGE7VA19KIHInXh/8SfFs1BQzqRrhwaElYiy5/KUJksM7QIpPmdIMl4Gd7BYrNXnd+Aq8MlniQ1dgUw5QYavRqRVzt75O1OWmAJ1YJaF5TJnh9tHSSp6yHPFoUvQSc4lCdx98mF7o+UnB/4HMhtNVCF0d4meMgWCpPIa5xhEM3KLR7iu6xaVGFi8pI2yDAzymnm39gQLV9pG7GkxoVFNcKMGMQ6kOUOmNHZrN5SbnQUXoXzGEKd15v0e4fnz8dj7+tm4Jm52vRwNwT3VPZWGKO/rVeG6YqArh2v0YZpwBrK4ZgSYlWMfDlLk1w+IKIHAgRYW8DNNAveM11A+VRCAkH5UE4sBIHuiIOSwIOrldUHqr1i8sMxRMpdaQfNWnZbTGNkL4O2CFKif/FJRHyMRKfGEq6tH7iVtWxXQraciXsomdJNFlJp7sEfvJxCEK6EsP12RODQuJ7CFigFE8EAmR+7ru3N1G+Ie9vCoqiHMdxLKDlN9TdX7d1eRK6FnpghM4SOBRMHfwSrc5wTqO4dSzuGCarHpZFKKoMO07nHv+041HfJjviB7thDoToE3qg84DzGWnNbp6rqaMU1ZbJDEHN08wD4SPzC4y10ePP21ZJhFgkCIB+7RAXIapiqta9PPIbtnTBFH5qtP+wmjoX6KyXW6+Hj+MNcbwrVwLVRB/geoYunqfBzEkrGUFs/2wzOB4StSBOMm5eae2IG5GEnHxk35wRT8fGOrNkpzbmENjf/0EQwvSOqBQTBM9eBJ64QbW8+KM8SGpyJ2a0uK4W1z0Ga9Lji8Da8GPEhHXs7wuUVmnNBPWQVclHMeW1jcy/7vqg1kFjEA3t6ElV9BBRh0hkjxisGh0HBNQfoU18JRdLUIEj+fk8GgTilSbxYpBQw4MNg8M1RqJVDdNVP9OSg/n5viPZkUqd+QUkCBA4XNM6VPx/tmryeP4ggeP68fsLNbGbHNCSNIAgAHIF4GmI4Kxxnee4KbR7djYr2IKlSd4etzUz7N7abkrcaVxks9nK3Qig70RL96xD9daNbh7yrs1Cra5i/fDcG8lSPtgpGq8qPUE4zCEHA6htBee4IJnHxEsKl080dgJagjwGclFvOLM8Iwx5z0mqGisQuOgFPdV/TicCXaa5qeo9Cyu28Xeas37ylt2iqXM+ElcjIcb+Xd832V6vTDgBVRql+yr4z2yL/5cx9YMfZ7No2cOKqbKnxdVdrD6WwkhQIUS+RVHDGeinoVPKUYHOIogO7XSDhpV7OvPCWUcF6Dvk/9kfqup5vWlofo5Cf5ONY81CBbBJnMYogiU7JEzs3zjdvyPmZScjEtKmOFolDCNBtPwaGu/CeZofz5cjCngg6uSr2xPeiiv4TNu0cybIS7y2eRZ5ddFov/M+3sPDe/UjLOsnWlwXzMZNZcBHXk2dYjyQ7Vtyi3K87nRpL8914Ee+tyz6bXM/h2ctgu3hRTQ0poa/or+n42sdTwgsXmbQMK7SguWSzidNRGBZ0uaGuMSB4eFheuOXwaILc8mvbMCOBOMGJqPnU4CLdg3JEEtFqxKXcvo7SI6DjBANhU/U1ttafPek3RrGoghUT4u0JIGl2al/PdRLTYLwwXN6bIgC3LKLFZSRux6TlDnA/vTLL8Y2kdOss2jFNDlDfnza1dyk/zd9k2eFH9rWWRagoLhcYUUM/kyimONbXeuL53zaCT7cAQ0BR1A5GSewOaKCVUXzAVWW/kkiy6OmdKtgn5aqhXN5akcd5ucTsaFLejXnE7AtEH1uPe8CNtEiQcETmQxCgN/mWcDp4a6wwAH3MQDhAcXjGn0KgBa8JfAAl+asyOH2O+V6gnNdTnIWZ4uJa9eVPNOmEq05c8CZlw3Pz19qv2fMPXUTOZNOcbr6hyhebhOvtpE4DcofG17nVTVXvuGxryQ6FKs9FJuTNzP4Z9TrZVFweqNf5G4PNP4n2t1cPL2/1fSDxu/lFrw/fj7MfSH+pBwO9merh++Af54A8Nou8zUjM22OxZ+3AO1khMTvY9ZJLkXVLRZLQHsdZ6e5htgQ2uxX42O0vuql2FPzYou33Z9iAb/6r1tv6kR3kb/XrCV/d8deyEbe+yF9Vv2Ecpcc+01Im1o763F3Qsn8UPX8KOLHF4SwB1RvFTMMipKboCaiZ09BrK+q4ONqJfKnneFDQ18O+7jMwfTDVuzw4V7oUo6ZTQQObprZFrdal0qj8hkhAHq7nTIvdVZvytu71pEhSwD12i8c3p34W4JMwPd2E9LARjO4xYiwU3QpNfW8J/EmlyYwXPM/feyiacdli+swhuHITIveZPHPUb9u+69a2odEIbuO2obA/XPJ4XRk4hR+b90PL7BmsjlWpfLMDDXJfPDy+r1xexXuzASxAaREMGK1i4gwxZtGulPw5+IHbkgTbDkhrVV54Pa02nXCMe0Dw1YCOSOLVMNwPFvUk73Zbo4Y8PuLfHFMnZ3dACPM297OCKu1isJVp8ZvS1PM5QrzxPxrVMzhiOJW5SBqVq0qq1d5wq/FAVWjkUZHwhF22OlNDRrI4PdWFroPtklZXu0WuN+6B03PTcre0SPTHS9sxP107G4QqiiNci5U1vHTluiEuZ6FupFDmOc7NPU/04FzDOY+Dc+cpzJBgLSRLh06tESDoFzK4PZJcXX4ufO2aLjs33NZ58eJ+2ZeSshsUQbdw3V3JnOCLd9/G/ym1ZP9AErLtYpWRRG1QVv44W/Yj4zJ2u7KQSL0E67DunGxQROSJ46q1mORUYrlVTjykTctqjCPse3P7PJDSGsHyKnekfLxFtyENhfiEHQwbpuTQPDB0m2cCcOChF8C5xwWR+V2O4UgKrgZqfM8y5Yh6M03rAleIOQB2hcK/ug/AmDlZ+BeZcpQ5v4cbUW7lxBgVoVrlgjLP3T4wPAKLccTIUcYxXQRONDw9kbCltDi96rloEV/GbI+roxNZHHfBdwF8aMf4YZ6zF4pGxhcCFY9pneuke0BHH//YL8AdZOPUp+DBmbPpaIoUBVh7GIpKjgIaLKX9OofSx49h2S8QAg6x3rsn8ckAjplJWmZSnIyjVNOk+tlwlN8nz6gM0RNMYmKAJiQ/tGLL60Zru2R/Dz0ofcMWgf/gcwht2XSFbWAk9ns1cFYhVxXk2LHDeHMenxblyG0uNXQgQzZwEplnmzpRjIUAWjiNNmzlWpyHPi6WcB2ma8oETaB9YFqK5aUw1bJuB5WGrq8R6js+GpR0bJNOPDC+QWnMfNMWYIkFs6AE6DFV1HbCk4ejDkuDUWBc8ZySp8rjZAhbb9OYCJWQEVgw14KhfXOWeOTIS13Cf49M861xXDoTfczcPnnGuX2fmj4ua1a+MRlhT5mzB4TyPYQkQIn5z6sjMS60+2qud4Vgb6C/5flxfXkPCH2ZP3Ue/L839H38mZMvUYct3/DPQPUljDNDhyCj+ZxdHS8CAdMpih6/wxIxGWxzTneaJA1R21PaekFw6XRHWzpA615BEX/z/GaQV07RCCW+a00/0vuGrv2jQt82U8LVvzfq2wd0BhJlKNklnpAw3KT/ZQuquD9au92nK+4QmX0uyCpZs1KEKGaCYohy12qaxbsTY2IXLZ+UNPWHbtYqFAtHySLNx0DjRBCUYSuZpOApzf7mWLJWnqyVTyhOrOp3mptggXrlLLUfg3z47pXaLJBS8jKgdpkMcvFDyCd92efDGQuJ7r3Q5W+B97mo5CoZrM4BNQzLPtpYjTa+DwCbbY+0hS2LXoj5bfiY4XWcmeka3Su7+rHmnIgVV/E5YDr0bO/qy68R0zueiVK31iYrWxR/VSymOxZevou/ffE+wYcOqAwsTVufCoFj//uEyx1egiplN+xzHcAj/oETI8X9fN5Fq0ZSYx+G8Gys7JbNTwyBT1REa007kk/xZ+BE8Uj7KC79Mq1NwaubXFv+vOqRL3OAnpmA9vVgf7Vre7s31W1DZitcOV96WV7tSO1jiziyDmqLZmlnLg5R+I2gMHdZzPGi+2wIdkldlAb289bXOWacW/u4JPgAq/TO/Q5u/GWhVuYUJVNX2Hj7hFGbM5fkSlotW+PTXeNfkmlWWdYYGYyRlawxyKm9dtdXc82yN+0NaG9QJm4e+t+jt5VTPFAz+9T2WvfV3Jn1r0Kultj6jo8vZDT2aOUjGdp9kpV84eg9A0kfXbAsfZGhNu/awTQS0+bFSTXhpU2CwE6X66rICIrm+IvRA+Wp2Y/BuJAZGN0koutS1xwmJSIejjHGRh+CKNvy7GiR5hHo1xpVwd2u1mSiMn1aloIhJRbIzNn00rKoY1TrF2eMKqP0n8IsvHLe+9sRWkmIhlaSe8QIbuXWuRxiAGxVHNL9iklfrJ7VniA9nT8v4lGPfRBR6Nm7GKCltTyj2e2uQ6c+2Masg3riEY0F1PbDWuqPINIc1LWdSYvliQ6vIKvFgSIF2lVale1dabuit8NrpiEgiOy9+Dwak2eJLKYena/5yiM/9Y3Rfmy1eL3svrDP4BxmeumHGBOKkKJ2wDhRfSW1jdJQXgFRCvXSjqccUGZ3ydXomzOYgJW8SykRdPRCDGayPUUVSixE2d0Pmfg3wynd14rfEnW/fvguPrnrGdvr4sVU1J/Qf4QW45KMPfS+xD2tswONEpjLRc56RK317wfrEjyzfAhg4Pz1zgye7g6mvCgTxMAD7KVb5Ik5rdev+Mi8xcZfHbX9EAP0XOxFpI0LgpKq7Btqb5wPhWVHOBQSmkdg5erlsQTg4Hi0o6NYY4Q+BfT9vsK2DhfsoWZQX19pG7EUReyeya8N+wU5+iWJbvUPibquXv60+Oo/q6kXgYZEWPSZrh+oLx2QHfNKjAFYBtUMDsKHyS3WEhGvCU3NT6+PkPnyc0MkblB0NX6lmtryH5mE5LwxVjotqC+JeulMcxhg5MRHfoRq/LeBsCUew7VWmziHGwyjj+/GC6V7GGHSIwly7BuKvkoJhBWRLuwnayS/sN3Ho4vOV53U/qhuHr2ZO+nGiB/kTkU0HtIDyen6iEyhvKbQyuPhSTzyCBAw6IS96sC7+u/KY+yQLJIUBXMrbKnQdNIKT/KTW4v/3MRzixwl+cx1yeNPnDInK72XkYUSKXKcz+XGCspuaLN+Vo8ku3ZBDeXVeuOj5wvODL/hbpUM0WgYiYD9i6vNYczNhnklVfX3S3DBren0n/2G6FeHQxk/nkf2RSaHtzez20Ypj88vsaeq4BiN/VqhvWhH8W9X3O6ujafEH9W4R/M7Ng5ksmVrFuSJQLu7w2MaprKBVCHiwNd8Z/R6sIxR4fpDEpuLHsUsK5xWn83uYSJ0rDAvL9kAkVDIt4fdHlQon+QPZ62n/uFHIRwvDmpxbGhwb7cOBxXw6wJJi0ntVCyxq2FTCsgzrmjBtKiQnfl2eyi/SUIv6q6QS8UD8D+UeX6VKMlfsg4655j6tJJmaVp8CYVHQVxIoJSzOsqC65B5syUhBjiHP0+K+XU0lFCfje2V6DJy/0wxV+OzkyKgJTbCs4jKPrXahYVn928CL/pZ4UgS0tL8zJ8vX6vfbvv0vicKUlOP2NTgs6pJoThmt5r7b00aCWqln4cKbefnPoVAI4AQR4UmxdVZuiuPA7Zh858KWKC7yuhYiVqzdArexwlXK56EPOuuzWqmWBRRyNrmi4eORbG3z6SJVKu6sv/sC38CE7eEr/Gx3xo+Y5L4ZmzH23dKq5rnXHQ/cazJsaWrNrz9hAHqPivcpyjK5jhLQnyx97hSsxngslsuQKpqR1ERibv37CVx1O+GP55UL257zPLK7UGWWb+L4eFs92VV/3W//sNGm6gRO7nfISSq08qqP5WOI8sXnRm9jdU8YNXoo19p+zXGW/BvE0jThU9hhbdrlunL4T4rFRXLr7OvdJ5Aa+/pfTsNu7ubcBNofTi1tKXZhfVvuk2e0n/c/qiNpeI5v9zuqozYPrJwQbIcmLNKpRHAW5/xRfMvvhvzlL9/DEw70zdzoyMVEyoIG5cd99XNTc4t9DQsJREPStQgkXHNUqY29nHgwEulKwJ2TIYlJIDtviYJaEp6xYwkwmlqRGfX46E+1Nh38hTCrVPlKrv20QJ+qu1sor+sZ/p99RLYkb9EC4h2O8xfYg8gLvMsd0dNESxVQ9+C+V/atgh+0bt3+GOWec3IAIy+OD/Ffnnbzd532fdtQ+VaycRLkNfb9+RxiNdStUibDrHNEsjtjHvizFfPoccSO57qOHf0ZATmohh3PuTU+0tk9GimvtFeLLUA1ZqnpCFmNxYUuI0/tMh4n0zbMjaiOTM72erUVdkEvBf1hbqWe5Ks6pSencHMCzO0ORhczwOVeQp+zJYL24mQCmFg+keCYwzL3O5DA1YshMeghCysjXUopPUrMVROybxQlbpB1AtNnm1p5w6YWoYBDxSNwTGDZKNKH08dniTSMG2iylZF7RezdU6U1wvt5yvW49067XYyULewhNYMulpiS3QYj36qqpc1sSoznEojcGIS8jos1KuahFPbfzzCfdFVcrmtRAH9O8chrcGnfHbe1jJJ4EwTm9NVmefgNhnDAWgzsobzIR2dVLYjKodAQ/VhtwgYdhMCVLHl34SgLJbcll87FcVVk9AH4BLTEpXWDllSfIMY6s5vDqqt2vlCR/60MIG07vI8mspBHO4KadA5DtJ/McqcC+HbzZd6GyorrJfvxG9WR3thUrG6p6lqkatVdf6o3yeZvfK2+rrUfs1Edfbr5yG6nad1XRrE6q8wdPjdQd3RWKm+16nxI5+7tH+FmIvLP324yb4HF7+nlYE9lM5VnTGJOhT8/iHzApNBPNmt03uJcEyLU1Bken8Y9VwsRLeS9JWUM4JlzVKZP41pOvOZcqit+/lognp1XR2/zbr1VW74woALVq1dOE/uad1S789dUzAHSqN/KeftZF8UOPNnSBI0+nDqnbb6PQM1sOrePxYntdn1CT2ZX5B5vg9MSSG7TGlpEz1Eb/Z8nCnmUdn3LYNP/2ZTQ2+I9i87oyobkiTe9Ozpu97tRMT638gSlS/VOiHPj+W0g4sbgGQuTD3BpWBLSvZY15Exu9ot6NJuTQlqbH7na8hlvfrfMZGRKxluhEwRd6iZxdI9thnK7QUNzQweA0etwsqOvKJ2ib2iFwOVRwokBuwNwlHaj/JBw6htqxwrPhCeo0pp/gSFuvC+7Y/t9VdFGz+avKk0NEciwarBroZRZrNpOMDLWdNwke3ns+HhiWLXsWD/NVFit30L+zgS9c9hR2tR0YlmsOtqhsFviqkChsbCMWIdl5Jf5Ej2MNnJwR9uWb7cVy8ujxYRLOZi5iIPFaUcDJObJNx4o+B+snQtnKFoeWb7Qay3uRBeDTQyhA+JcMC9lQ46bK8OisdV1VqteMZin+55nRnzsHh0orZhJyKri9j08MWYUvr29G9A8NLKVl8MMe8O2qZWS4pxJ8N63VABrmWmMlWjBNbczZf5N+6eqyU4rjl8OdrU5lkZQgvd2vdottqGjSx/cs3UUIwPLObdghjWD7gyvj5Pf9UQuzFeJuoPN15292fRR32eICZ+Ks2D6NE1jeZ5pL7re9NQOplleCJHwBULel2Xz0N4UmMSrT6xK1KUAEyxQvPlGtHh5fPnPKeFMv100OA1YTEu7IqICJjStU1T+IEGlEEaP0VjQ+ul8UaFodbtb6iPDThKc2C4KYYCT5jbgMoljPHMfYBi2HfB554GSDsTnDwTK2NXAWuKMIGg7wg9vwR5ne8RpABonyKiEqlyuBE2GRA9fCp7bKxDjEWX1ASI1KaR1IUI7f6oQVSasr5pEAuwzLcmOMiQkf5bhjLtI/84kZaeolvilKGRjBFZ4dXOPiQoHBGg+12A8lgLsMz5Ip6mUELbwVtb+gr1yieQsDAm1mKtR6JoOyDq18WY1BQkEIkqn/T5KXveTcFauuOviRRTxXCqcxlkSZxV89czJezSDs7KXJBtOkINOFSZRzDB50GT62EvMRn7oksLVAkticpucbwrER60NFXn33t78YzIl/XV5DCgBXEEENOHpF1YKnzxUFeRcfeLW3PUVKhO67fmW900D0/db/ljYWDvNaY9e/syxPTtpH9q0SgWhqsADlc4c0pKnMqgIAzoYRehWJZKIQE2sHGNvhz7aB+ELdwatPmuvgUpXjz+BmovJPZ0m0vYYqcdPDUN85xSx/dnjcPlQeUlsrxgxYEDpIiIMKPUi9IBSpYgIKI1wHJCt3cuk3pPrVX6YvV7MxY0yHZe9REj4VfWKMYnSrXRewIsiDA4RoXi2LRcFLKUEVIUiHkkoHo2PiQBaVICpnGDBd1XsqrRM8AJ7qjQBXRimiF9pKiDjvcrXfyLaCbbKF/qneFFQjK/Ep2qS74EukyevspGECFTWb/A+fp1vaa+KJavvKSkYiq2VkctWT2mrIYkT3GWuAuRy1lPyCkhVTDwZUwWp8o6vMCloZfDlMX2kDd5Cp73oNPEnlaxd6S/tdJf88hfKmseay9JuaS4V0QZVR37oxLycEU3HWkI7/baIUOMvwLevdcNUKkeEH6lfDvGhrT7hUmn6HtM8jvfe+f4OTNuSkpDLqGxrHLKRIqELRjaCwsoEG0tjWOCnsvGWPC3t/t7vDwT4ULSJaHAt25bq9GbVpZVLYrl0ea2azAplmOVGRQUKDgDtDYODCkv922JZnZnq19LaGlBbU8FZLdaoL+L23KgP/x420QgrCN0KcEIgqy83MqLUXcFu7dl9jdkdJZ4++el5De/bJJ7iBtCxo0AC8+3e7U9UvLvY+jaPSDF20MieSCfut6ecJRBXn1asSqgjMu8Ug6H2s3gOs8MMbcmQQOv+lumZ2YLdFDeGLuogEKYjxBYCOfbNSAkyPgYNJSl6nj/qpmgehI4Z2IqgM29RXc8uR8/f+idaryuFpRFqUmJJNqgEa1kUEyDEXFWaQbQ1AYE6hlKClgc8iMAaKEjz+wDM0mkFd2Bva4kgt2P2zx2V3+2gQqly7gJQM7WKPUszyD1aIZjNBogxB35NbQro7/GzQGERedWCKgXyneZQ5Gpa92uyWCRftF37wQjkWqTHBkD3dGjuzgYnDKbsLAtWeZdaQs+3+8gn1LG+44Qp2fQN6+gifTrJS76JOeyG1PV9t5Pp0L2fextnhBw97U/YmXYZNnBw12TjztYHIOvZzapl8AoDYHXklHRufW0CyZ734y0wRdH5BQIrPsmtqi0GnEOiP5kM1U2qtPRRNZrQ4rIlNWYLbVjiRnlMnPyu6Vab+rRCJzm7+CxEShXbRa+ud2bd2DINSSkVaZV/ZerduOCRipzi2IWaha+HpsPB7wcoxuMxfA05Rj+h5r4w9sh6SJYr0XX4FoGw8HB+pja0Gsp0YHtGZQBwUPHb8LDvlpGSC5TFA9v3+EgLh2Gq50ONbpH+0twmUzxntxB9dcqAaIUGQ8rWEhRqUgldnCU3714/C6SRoNQ6AwR8iFTD144v094Vk2YBZ67Jd7EaB9I54zRgfDD6FhbhG8j3XBeSohd5aDN2kiSqYHwII10tGHlM20upZ5bVfwLjLR+x5hL3nhT74hzxpBnxp/oSIVW/31KAy1Gg9J1hI3Cl/84BjQVOjcWL6JX1nzKbbUWQ9PWDgdloZM44iNy5lXwgMpRQE+SfaF25w0VN2fTYvETAaCMkeuCjWa0SiZcbP4yTb3DX1w5nYjQ6H+4EYXDYiNkzyvq1FtbhzhrsNSs+sX9jzyX3ojoPDIYvlOwwXPMQ87iXmGd3PetZBrbTELxvnIerZhfBVVdCQn02/jL57a/kGDVH/suYWkRVC9/FqTUavKlD+J5d3W79WdbwTI1HPp3+Qe4sDUmgxMdA6QgJ2M8UdiAr/+0f5B7/z//vbQoQ6Mol/+csBriE6dw+q+M/cQ/8ian2ONUlNnaEQyIfQKagGY/2/nDnm7d0MoRBqfakm2/yenq7yndViQ9oCtsDhYLcBHZFyJy0Od0/Rp01uNKy5UkI8fXb7jgev/n+ncvPxQUn9JxgVzx4e65ocfIiKson0jLWBo7ivMbIsiGApJoCjaehNPVGCa2DYrauVBfGVtJqNlHiW1BMWlyBI6w5dq+sBd7k+7vP919zrR5MgWne8sDsf2XR2rIIJGmzLdNNCxZFXfd++CtmSMOmr3tDTOTlQ5nmO98Ck0maemTX73BlEu0ptkTct5xjPakyfgrhOLX/ZG3BGk1MUmR1RRv+9W2f9lDhCZF8NnM6i5mZDeXKpErkEBY5MxudohEMymDjVAEEloIaNjAN24DGxmEeL5Spxp1//Y6l8/oiH9J3xKiXV8V9be22SL23Ha2m5ncMD/iQQTc1yeRUryKttVAmCJOsDlMbW0/wlYpgdlJL9mc//N+w2+P4//MuNP3DD/Sz77v22P2wMqroBwHtYWPstJNc9RscPtFzXuQxiriHdhCXYZKC+eJ+jKNrGWitT5P9qNmkIHxTtv5FcejdHIQloaM6wWue/a2gOGjadZC0rNwsi9oOYwf3epVh9jM8B0A4VAHm+uI/i3SXu2wco0E+zD8chB7wW9Um/W6PlTx9tOTG+X9zogbpOH72cTi7f5ZBsfQ8yxQvhy7x/mdlqfuY8cYJ0RX27pENfqS6v5rSYrKzAfcjLLuCOidlYXqEgBSG77R93+mljPm+FX6DlufTGXQxLKOtFvEQ0TD5OdrRp27HxgpGiQZ72b7u39ZRxwgzJNQdgJN2hDHq+f0OqZ0c6uSzTD2nE8pe1Yc8Hx+8zbbGCQUSv9Efdi78Rz5xQ/ibIQ/CP6hT5FAkMweRSoi3FczIY7ZWOSLMtntOwdPrw2l77yt8f2eLy9Vv7H2bxmP3iie8wioNRUMUu9WIek0xGLrIcrRn27iINegpgr3oHZUhqghtXlO/W055VLWUOdXw7/6KG/Rky38SzTfa40yX+Dcye7j2FKkLDFFFBA7SJk3XlJfJyxUW7HMTWp0wxBlBSZhho9Jgo/edY77TH087IAIvoz3EaYh+EmTtxlXmzVFR0Aom6Ry6AGrvxg/UJpkLJXH2h1wxUycmxbFx/OfpND5jexp3vh0lMzknHuvx5LMAnHjk1tVpYaf6quX22TEkL3zNH6cC5hPASDwgSZifurTrRgXGBZVK1Vo10gtZsg3HlUzajdLDA0bIrHRra96cAiYbhh/WzCTZvSnUlyrYEfM8cYiSmyvnvj7DHgLAGtlBG58fKcyDL4eCipfjdEZ/sgH0tIs7qJlfPsC4IWhs3M4vE42uHlF73h8JeMkIwGZrbyOvcr6pRTR0B9bm1+pColsqiU7ki5Wa8cJRRaxpHw5o7CUm2xfP1NdfXX7p9ZlO0YL9PpgrhdjtrnPxkqK+NELcSKxC7qGv8yt+DFzFgsHsKXNx3Pf2IiVpADuX5bg6wB9kJLSc410e52GiDiwe2acaAX0LK54PgDQ/F1+5vP60/0WLcI6+c/G7obVpcOMemT5IFD7hOOorHKRZhDg0y5W8sW98/TXYFiuAYWD87UAuWJHItyhm6pvSdw7JcGHe5sgxYYq+DY1od3igVODgnROnmlDGj//IpjiWpV/d1CVaF6k6m5Vwcya1ROtNQEM5uRh7hvFvFMepCaNsXwpUDmPfAfSqr+k0An2QQH3KH7xzJhGNDDcXMs1VftfxadUCciPd5athbUZexeyk22FPaiItiDuYtj0rXYqRnkQPD+KnD6lVOlViGu2WgXZQuumOnAj5MFw7shxwrWOKw4iwyv3KOgttwcY9dBGhrff6JFK5WUbEIbk2Wg/SHujIQ+dvzwsa3dkuurmejKMAG2zrRg4wt1moKfjvFvb+iyJe2g5hwzxwLPsjjNGFx8MRBRqHymz65tQHsaTaOWGX4l5mrGWqZHDm2Adk3Fge22wZ1ca9GxPu3kggtdKwNHtMjWf4SYtiFxAtChpGRoU0yWS1TRtFLgQviTWr2YdWRrb0Mg1yDHcArpgAtwFCpitFQ4Sdv+iaa109UbJPeOGKEHgtpFtwXtvpdvYu9o80eefbHRVd6uU56htUNKbZviy9u6Ind8KBBdhHy4jAkx34QbnRaRcYadg2c/dve8d/8YLj9jZ4ieNjXTm4ZpzrZG/X7wi46M3rAzmaB/EenO8GX44GesVubA+W8M+gf1itDUYUBbBwEzaFrp/RnmYKwGwbx5ajIem7rVkMhsLjdpJFF/ng6BwhxDty5M0XcFfk4kwW5NEALcNAn2D9p1D2vQdZpeKWpcRFpyRNYfSVayG4UGEHBgo57T3P7lLHxItaxKlkkLm+4bOq2Nuzb7/IN3bcNl7ethEVDD0j6uvpiDGFs/AhMWRn/GNdv5HXaGDFaJP0cX8BD/H1Mu/RE1OQ4SaqXJ4l1h6zwKspH/3sljk211on29YYdaiOK31LOfsv6q3ziBlrjzM9ovZsk5wgXiaZXkkKPP+OKjSDdwykYWGYPuI8pvKtpQnMTlUdbd2nK3r6evMYRmeZS5gQq0U9PS2G9MydOe8Ik2wNhl3mYEeQIp0p5tentIr8jnoqIbnZnDGSfF39h0enrmThUDIKHqCKh/M+1DOctN80D49Pu9h0yx1ORqeMLPMkIrXJubJTyeDdDsnX7KQxef/7KaYwtw9jOiXJYNGqIzLndV2MkFwTs6DB478BtWMSmfy8wj+cnVFF4iKWziRiOZXjjU4lgC0ujtsHRVxidxbt2H3Mjxr+9t/5fKvjgRsEupdV7tU5xBNtuSvG2DrM/hcdeUn/fzsw61GSP+NzSf5Nb+d82eOq4PsZNwWnOZ5m7tHOZYnvZ5buf5rr8SXOT7jOB2XckMmsOjfZvPESvYVHvOArKdyeCIUbRYr8eY0J7T4A5EV6PhgASefnqrfzM46IcJBA5dmf2C/SPvbny9i3n6RwDlljz7CLPip0dSo4BjpVoOPkcY86sNpnExrDDp58r/Y45A0G/s0LVedRPkMNuNESd+ovGir+4pIUknfr/hzl6iZ+9q7+SpJ/868CJsblsd5+YNpoBjUC+ppZInvmkX+PAKNAl3G6pOx/16/b6cpK2X32kHaLdl+l1xSgG1WmO2OlLCm0M+35ahxQPCkZiq2/QsnYUKbTRsE3WyH/xEUfhZQ2mrfQLXPbIqn8Pn9r/P84lxDv71/wdRClvyEbJTxIx5E3p1zooXUhpMgWhPtrLq82W1uXJwcJlVXOBj0JDy79I02/lsXuf5gqRXoAyCNG7f6vkHpVwx9pYkkI5bSXJmkBS01nbYuQXYvDDi67y5Fuf8qxeY/SiqSiSHJ/Gu6B1gZFflutddv+VpfxuPG3xPpOAFzfQRatwxt9rfT7bZeDlsxbSR951pAo3f9a32FuM0zmvFIlxf7XUtzuw8bAywcrp3F6CcYD6KbxSAAMKyFT7oXFxcIOoYiR6Q/rwyGS3EhXXMGTCC8/hSuUtxZAMWiiuX/s+NU9mxol9q/N1iI33RQcvkxaHBg/qMfbjYcZeq8KabqXRRsr3uFLQRk/CVqqtk2BtEZ709g6WCRN3oa3fLLY2CTHuOG9HP7Dx0yZtVDhhH56vMKpNYo5PX80fEUXu5HwuncVSMsX3/QZetEuAfyCNKzHzu07O5+WRXX1tSXns1Lg1yqe9a5QNTvDiuyz87Dh1uef+Xk9/ORZG7tIjvYG6tYSIzdjTNozVQFqAqDC/xhmvOyxO2NecDzH45l7zAuX2J1DOlkKuTzzeH6zUpjlWfNySZenU9rCpX/6PgbKi1neo4HAnXQeZbN3Rq5yFl3FGKTjxzbUGNcv+PJ8HJwSPcorMWcZpjyPz/jRZWMtGFYzzIBuKxC8yLI4NuFpY97HMaJAwNbNluZp3IRhMav+NBhB7Taw9EGxdUyytjgXNZCGvApIShzGxhMw2m5SqDbvHssdHFvtn++Z3UP8+/nauJWTqMwKrgsmCZTQO2CasF3w84LLhXDCyQnNQhZrZUA7Tl8b2cpd5E/3/zUC99gu5ABKXKF34B2eFzIzTBKXKBfT1sGJj47ZnQnhH/kEgytixTeFTitJ6r4nSbVhHEQ09mSbk9O1K4Gz8tp+830xXr6y/VimicCFNXU2nGRkH5SFRa7XlMKjGQXvihSm4gm2KfB/ExTGwnS2brXItwXja5hKCuQDGKvsdoWePUn4EAJ2miMGIOA4oSznyT3Ehx8gaaKlcRLrJHRywjS/73dvBMOkjR1Dbf5oFCbSu+M4zKwvHAFepUvL8Kxeycy4n9FCFt82iK4pJ7NzbckH37DJcfLM3sSplNplEHena5RAWR68dOkdsttLu8yTcJvXoyF15YIywmIpx9oCFoYic1e4qqWayi5SY8jFlU/iuyqpLzi1Jh8u39U4cSeqALWEZwWU7Cvs3gSZSjHxQLdefiaHqhvaa3Kg8HZf9LSdxoMHewDZ+LN/LMfpoPxXUL78THrI2v78z4Nn9DiqUEou2z9Fw+toHImurMOGMUk5BHOwIxZJapQMs9SxkXTHJl7zyQFoiRp6uIRgW7UyGvJQOZBGIUzq5ycA8drs1jecorATiXaVSqi5ANnmMkDi2CY9ivPLQuVkme59ujdD5Fk67vCA5aZSQam9uSQiNuYSnsTl4chZYuRjmQBDZAmPwCMfa34yYy7xIcW4cskPN+5WuSXKvJ2FhVoNBzT26FXklUalAOTi1gh7z7s1mtzZOtjrYSsLkyf69MsHkkoU0Z+Ik6fcWcmpWAJnhKbSS6NaVQYEXHThuyauHCFqLgG9dXbwkkOR2893DgmILSPrmL+c50/W7b3nLQWcKwZ8gSmYy2opXULEroVSNRyrd5qSDJu1AdnzIw9FC8Ez8i0MipzMHn0RcUhXJL32z1AqRnsKfxIQBQxcMfbDzCoVkOUR4FXkhZXPZTIQ9lsaL0ByUe07d/3OLDkjffqbNMM6BCYqsXgSVMaKLk/UTnMsQM6JIE+/ZJHVnYxO6l3jTJ8vs1QkCQc27L0mbGVnn70rWn7bbJomgpUgYrbScXfTDFLh0vbOXPvKLuncTn2H/CbA2k9T7J4L9XQbzxNUb/1sl2LS5n45oHdITdS8PVWi+FT0auNVkAeOR8qBDtdQHT5J3xtWQd6naOf9ikI8znI6pxweJ5oyMLO0nm/WatlDqkI/Y788QRT6eBRg9KKVbUaEJ47OlE5Td4t3SPh0BaVbSFqIEdBMhUtr19Q1LAae29m65ipnrckfBOAi6Oy4i3Zmi9NyMdowIeTicXT184+4gIUvSpQ+noK5rqLgcZCx/WZ7XSGlUtEb/ttA6nxc9M2i8RGxnPEB1EgHgsTWlnjlmz5rkvbRT13FG/vtsirYz/A9u4R4XRIi5uGvYIwI+1P/OBMkIJwg8wQWWB1EjezDuLUS4ahFss6v52DrZFCT02reE56lDn65AaQvNo3ls5gU6CZdZ3xLTlM3QCIMFcpnVdJJlahzLa2pVobT1hxMOtSBwg6NrLKcKKdZd3PbUnwXh2AdFaMi64bG6eVpKgvcgy3LbUX2/iNFYgOVCB7Jmj64DNlQMakUbYHRiqvJdsWr78MLHyV35IhswNLwYExk0uUw2CZTijjB0ZGZdEgM3lG3UNS0FLLmnZMVPkPr4T3OBaoDa/azRFUpqixoQLkDILn9gxqwef1T+gK6V6kJ2DJBzW8tfi3zKrDC0vOh1Iv9Yc7WGaNeWHV/G+Hse1ytq8pVZBS4JocxA5I9oGak94e4pQMQ9r6L4rxm0UCHQqXGfuMF3YcUZpdb4FOfpGjaEg1tQ2t1gsBTRTjtms2GCuxAiNR32LBRN+XqWD/1zYE9bH8rs/yal4vxbr9kan2sTetDQrfsdTfrJm3IN6ReftbAmLizznTZlwGVWWOtRf67z9EqlbOo8zEt6LcEIbBwgLnUlOB5gt1mkRD2k8CoyNgHHnRvnjafXFeExoXpM89nb/xsFJ9conVqwtQOkjOX1avlgO3n89h5pWADFNmTvrflSbNkqL9h+9nKQW1cXepz9AegJK0DkJan7hZF0ARn2q2tJwNDbcKFdy8EtLIZRWJaQI6KQ2VeMLpPSIH2npuw4wRLJbIjcKoL5Y9zEYazWr0FWYhNwCN1p2LhoExNHy4SEx+PC6cyrpliVZcYbNwXmuCods7CmxNO6yXr25oQsDXMoRMdxNiZCd5G6QUmwpWhBH7ki/oyspmb1/dzl2475OT0wNtwkXeZ4jRsJk1lqgSUJ7XMX1mo2hWbTBVReaB4uGCqVOJLfg7rVVasMmUuTtJGmXLKr2Hq/rV9GqAKfPzeUptdgLuLAu/pZHwk8Ozix5/+cegXhcoqIFBCu5m3LlEdF4I0IJJfnFtg70FsvyWHS0Vu5oulk1mvv+HnA2ivR3njVxwo9kx99PiAv9TdWGCotn9dCKUioQecWZOX4NbTx76s2xlBwtNWsYKV91AwleCoWb5kO5GWQ4H5IkmJlBFFAZz2wBT+YuAM4Cu+zVc5ikvnuc4rmEtMmwuNHt+jrh4714wK3BFcd5Hls/bx+QU8fiR30Ce7P+1/wWURnHOk8yu3RcgPWcg5HUXJ+tdep3V2V3x7us5Mw6ZSsRX0qZ49Hr7KNoIpg5DBeK1ZSQIHKI3meroL0iAtcFvIwuOpLwYVWX1eXEyL6/SiHZUNNtkL9ywmuHkovdduCEGi8iA9oDyoGwDOFfLh3M9+IbOC717lcCvJTeYo28QDxsarXhc3dzWawO3u4mvDyr8H3l5+jH5e1Cv6o3o98IXeGV6JEc/1Hne/0QSwpJu4TCiGMVUqkCjRcan+8jy2l7WDFXt0YyRFNztM2/SRHD52oqhHhhnsj2tqtxu7LP2YRVcVskMEFCTdRwKqUbTh3GJ+pGh/FOOeE82ShS3sYPMrdR4bFY4MeUBjXkLzgqAeHn4pusHCpq7TB9iP+tGsRyDmj/fC1SKp697FXR4VfUOHh6nTFqPQCLU411XgcbhnCoqJehC57At2d0T3nynIgvkaLpMo33bopDmLhCD9e0kfu8sPNbc5ro3MdYP2vVO4uIn8YxJ6TMyaymyYzuo8Q8eVVCup8Fm7JtsAahN+nRS16DuPEooim54DzRpEoE3dQPrCyC0lKM8jzroEU9Xk9lqK0tsToZ07t/AN/xb0wbTD/0HxgZZOT07LoIqyCINR0E7RoMWkzi9QzNDXpuloc45i5DkSg0M+WmSTkT/NBuZoAbb5GX3mHlEhMzzhajR0B1emrKlvwtrCfmEFolxeVobOWg2o8E9uBzzWGIQh94vpr71a9V/GVcmNoZq9qphzK8PbfxEZd5swKjCAsQbUTMZfwogQy/k+Zc3hozIitTTIaj2aIKC6L9xMLP7GvXeeHreq2yzGBTZtEWZmjNIk6PbMcMbrGB2JgLQGiHGOucCtRgfBECI0kKBKWzmdklL5AeCqR7WI0Reswsnts3g9Qtrcga3qpXX703DxwqMz225qT56B8/+qd1zVYR3E4R6gL97vyzDrxqnFax1l3yjAdPBH39QxIuq7V9uaS3e+XlNkS/Tm/o2wdWCl8JoX8sTt6AWaeakiLVdg4TWVVznj2aOkptJ6V6dLsm23QhCN1VtoUeDhMLuXO9eHwyD8oN4G8PAc6yTP8YJcimX/M+bHGHeNh8uck09seCxyP4YM261Am0oVk1qrlONr/crZ6pc7pE7X/1cjEo7rTC4WGu8TNcmzQG+Kg9V2zOIIvpsb3K3qWneXtDaSm7GfBvCtKYK+Iv54CdiKZozvs7Id46M70E+A9mMPC2IKIuV4ADrfjkZiadOYXNzDcvjUue+uAlKZyOmTv+siebHvJWrR/v+KNOB1gT7dDJA7NfKY0nWhoFwuDeG/TI2Bg0GlaSpZCbbUpujQ1QNfJKrDYnfxZ1NUCvwGdpi9iPe1JIW0KTGjDJuRSpB9jvxbik5OL8VX3AVi83t6WT+YCZG9XMwCVinIC+RX7iUhK4Pp2ABV2oiSbe+1H0Uqttne/zgABRmmwFk2l8N16m8sf6Ob/JiNRgqguxf+/OL1fxQG2v2wDEFg2PmOeSb4Gj5zgRuH6gvFPIAdxFn5m+54BNT4E//ZTVX9KPp82g8eF8VwUTmnqw2BmN+Mqfxv8aPDpvkvROnhqLvQ6rpjNkvbSNrHfvAf37p9hHfHEdPr2ldatfPqTONLRrONMT8CzMs+1CpOLoivc7x0d3g5fIKB9qGbbUYRInQ+xtlmOdpkjW6QJrfwrt2UfIPXv5/ztd9buqhQg0KKZyXBnqwLbWMerGcTIeBKvscu3o6HOVA3P4ISfHlrnEVAdl2WCvVZhKKH+J+AfLSP7Ly8qCjnNrxhAXXvnemNqMA1X7GUcVemO8aQrvxInaFP+d+tYQ/SC0NE+CMiAO+OCFiAGgI9IbhD4Dg9PwXAMwcZ2GkiSko/lFKcK1lwXMREszGg5y7QBA+FJvHWaFh2OADaUnMHa+kT2uxh9QlPefGKY5uME96BHiQHR9AIPUGWudFZX8rsCCSI+J/bOiNSuC2IaNkUQo/lU0d2umcqNruqD8Aj+xKAwCkRVjv0I9nh5IHR1cfZ2TQxUGhAOQ2HXe+A8IOUZmBXNvduZbZgmzZBGC/5I7ISEAFIVbUHIpA2kGaE7Sw0WLp0XOFa/06cFRC1ARZtZpJaMAV3VyFjWZRqszuvPVKwXFiYQphGUGSzUFg623F/ZGScSB1X0FuiJHlj+BVn0fz3fnxhryEaSSOtUQjSFMMv+AtFjzl8t74YxgV7OUwkylkRs1stldZFXwmBK7sn+uIUewrOeDSpmjJXr0VX4FYxuSoKEtCMqiwBtGk09v7y+IH5VP55UJ6zeSoXYvqeCZ0iUxMzHyZj0HXD0ubsd0u9dAZ66Y7Jr5ajIVnYjtZvVRwCgO3QQFIIT/YaaQfAEYoczb0uh3t1C6KFdXGO2mF5i8WVJyXuHQlVwFZIM/Vqvik7DmwcBBs8c9xIOndF/Fv/klO7DihyYTkzg7ult7Apo3x7De68vDbFP1jYj+M1Y3DwXAQh94Uk71iscK0kjApC/M38l7gUYCxtB4SRsL8rGIXTuiIgQdn/8bDTep3Aj2l0kgJM2t48uX03/SBrVY3Dj7fOyimtk7sI4wrNstwUSgXbRPtduIoiRlou1ue7vqjn7hVGX8F5URFYvB9tnSyrVH0Q5tVEDkBm2Wtd16JCHHgT/4xM4OK8UF01Mvi/iRHDQQViGn+JNX874/jx3u2xlxJ0k6B0l0rgRF8Owd+D3vGiymEV0cJmh+DfbXlxfVbqv1cXmKogM4SEzB4ChdGRauR7JUOtCUoatQmPcmZJ5xrsyBA11j7ytSM9oWX6mybFDx73XdsNcmwo2DHkaWxxjJf4ZSorAhV6h+m33m4EeyvlyHRgFCiO9bRCJ4Ng/htMGegkIqtGoOqaJgb95AA36VlsOkjma3mRe9xAaghR5pc4TF8uR0yxyDkswSqzV3IkbGJJZA224fFdyNKW8DAlslMzGLfsiKBxnjgWLDmW7ZA8AoHTUzz1vmQc1KGRHWbbGwcXTNryocdlZoJ/b6poKi2bQodhrSsyJ03H1MswMxY9VXGJSeW20c7fu+sJeb1d/jkmRR/6R3oW/qRumseObUz/g27ewi54ugJXa2wHW27whRBemEMEbB3hcOBaTLCj49OBzafMyvfTlM4nK/ML/9xhT1g6hMGFYp/QTTXIXubbTwcDkSlO3r0BxBl809/FUS5M+/rxRO2TBrvbxZIeeMeTloA5ZnyFixB/ePbSFId7VEaICWR7uIdqJArH6VpPk0fj0veYCpRYXo0gXjNGmG9NNzxPiN4vJpDH9Xapgyv70XE9E+nX0Rf/1S558t2RWx5KYe+oFXLZIsT7P8b9V8fukWuRedylPqHuVgH8QUc7WWptB8S3G1AqarjRpsZ2wmrSCZRyFiYavJJmxMeWI3ZKhqc8uAT4ukqKwjG+R0kiL4W+Ee7bEyYxftmIE4pUgE/ngTHQg0TYsHkIDaCliulyK3RREVB0xDxo1VlGFnmC2p0h0ARQg5wbpsuJBN4SYrr6qGxSrNsdS5J3ql9UN9UnRIWs04zOJR1liT1nxKTzrhfxLcjYKFB9lzFAtCb8V7ZLvlCakMr/6s+NiBRphKqAJC20+5xZJBLNbiJZGUf6rV9GlhrbYnODh0Dmu0Q4meCvYnp1NsbfC3oDxmC2kwu2CCooiHW/9FsHTCNhZR66LpQmUrTeLnsRjWNruW3Ztm8FSsWVEtZOXTK7MiNONXMQ14WMBRrkOSPVp+crcVsWykJRo/a/Wuy4sZKDPxxK3qI2ErwjV4FaDoWHl8ZxyNTGUzPyiS8IVDHPjkxiD82okhhxQOPRb4Gd5pOCBS1voNsHqx/TMO1ixV1eJZKwOZ+2/bzhGB/lVcGalj3+bnxatL2yeNUXFbl8VgNk+K8uu3s3H/vCDjn/c3hZjrqouGXbRYDQUkt9WAFn3857UV4nDxtFbYVcClIe/Pna5Yw/v/WAf79CoZ5wuCh48C02T95+K/vUhabup1PYcHx9g3mheV0COzpYrmK81pGmABeTU4j2txr/369ZNNvxxqAjY33lXQ1T7tmsHqBj7jJZnAmLwbaBEx4XmTrfatXqnqg3+5qRoUQ2Ds3SvjNctgQYVkuyjSN9dYW2HaF5Fyw5cWyngUF1fDsxrHGWyxDNRCjJMaUgMzA7kZUOPkgitc0sTkGAemiFLbme9J4Gb+I6sf25iOrHVz9vftnJDXHKGn1l3wJI3wjXsMr3eC9oMTXwplkdAgoCYuV3CaMzXrSuNvEEg8mGyST+g/OYl5RKWGveHzAiQeTAmiYGmRa57UhLy1AhbUbbArDa0pk67fV9S8/CteokrKAIDVzfG8nHQw+sF6SloSteWWNpE8zz4mKNdWCdzEGkgeVJV31wTrL44SnkIMMeGOUYTOBXfAtw5hQyEoTUPszQT2Lss/7OybLnvdBbIQ8TU5EC2iHSD4y9TEqH1OkDTpJDva2kkOspE27BiB6Ml/QzKKw4gLKWIfGhqYPEpx4EY0s+NQqLGBRs3M3JXGGw/RUX5SE8oM01Gt5J2EwlM6+9v+poVt1mYchhj8fYpY5yMiG9jAWoFWzNCyoTLlxKNWZnI8X6xXrFekUOrcLkLELpxe3n5zwc8SzTJqe4sXJsE4zEdMnhCKTLcjhJiQE5/VGLYN2DmElsHa4VK0uzsFtwYvTFpYAc1m0MfxotNPbaBcgDULCzlGl44AuoXFqTlVlzPLds9Fd++ewvN7qMCrOxkeX6y/WWT2WJYTmnuVhtF1ZypMecoqJdmjsrxusdxeETufC2urk5C3kAaUZK3YUROEuNsjEkeU13aDMAZbjyKRdcyDPcjnJGUEHUa+z2467uPveKe0TI4IvYT9Q+4GrjDQL0mp4l+p65gSk7afSiRcrEG/xy8PnbZtUw+eRYufCF77LUOOXz0sp4mHZ55PH+RrNyG4US3IfcAd2PCjyrEjh/YdoErflvnuKQpX2NvVuvvkl2ErnFdoyv8j/TTFynU7yqKq1Ehp4FEtEHiJK9DjzJsLX/dIqOJ8BhESC8imG8sYbkXjkdWd9BhDuU2o+ID/hqSphNDIirma6yZzSNOX0lXuY9tFsj25BV8Pi17SLaDCFViyFOWVRltpir4sGnZW6BEmNirwTyzENZKtFQ8ARKo2ChODx+Eye+7XUVODSKmN+AfcIaJNi+iCzjsx/bllittyt3KklHd1XmFrmMVlg6mKQFzCLfHYryNd8o8WFuobzUg+BXGlO3JHn9W3Fr/gBM5XwKRVFORRGxc/BhihP8PWqmc2l4/nDAfIQHA1+Z6+/rNgjLRn5JVJzE9my061UYC36HXEp7o8hrgYOXGUQqd5Kt30YpHkN9a/I/TgQvTBPukgQaIAt6ji65Vh3dBl+GUkRY3wNZixbYXq3zNWy/SuxMGpsD4FBhIIY1xRd+huhoC9ZJoOxaILMw/nO5CtnZx6ZRsqogQmLbwYQa+3QuDiMbzkB9BaMHnrkOTg1HsOyAgYTq9AVF7A4ZwaGNZ+yiVv2BZ90LTHy9DUpT2b0wu1of6daING+fDDuemMJKU088JVArYAN9Zml+Hov95hWVdSf/95ZK7Y9CoOOHjU3txc5X6y/k2kMSLV/672u66fWEM5EjDfPVQUywnnoBZXV6Mdg6gPaqiors6mZE69yuzAUVPAfAraWv+5/66QQilq3q2BCIxFzYNyKqCrLwr7tYhOgHBAhX4c3oqp0BkLCQJGOWZvv/POU2Q+U8WJXwEliK3P8rhoNWybFq3K2oD5TA3d00xwEst3zJGRyP4n81QYYyAy8x5RwszUDxJ0qX8GQGy3YZ2T/56bBjpsBCZhTR54XFICZ5e3YvUgxr/fHJ5D5hWbS9FvznRPLyNsfkmn+YMUvYCCCfoifLronCY7vL70P9eT2KiiGNgqb44+HfJZoNb629UNT6wrExjqXy4t5LVmFcCPurQtq4NttC0rrwMxfIRhh0sXKpckL/nwbMHMumqhmsNfbEGSQD5ahyXPAjUmwQU837MySvTLa7Bz1MnRnpdyVu0AAcMZeQg2N3ZwTCUBGtXWzJU9neQc9t/4+k1XHV56H61DSIgKwW/d+cRHswknCnXkUurlLmr21yxaga3QnO9NghsxPLcyNmxVKwaovMp13uLjrqYBl220s+xfHufjn9aPaz62Dn5tNnNqyzbXJPVNfvHzmfxY7wUgy5YdzzbcsuKmtuWqBUpaVOuKg8vz0USySHot92MoIk/eA+06ilc//+pOUTyDRc9zDQuTedJqUCK/KrgME7bERktdLOmYdx83+lnGuV7RAtcL6cmACV87ZXj50/0OjijQ/kvvFO2onRCmlDwsSgg3bMJWXDF2hKTV6qsKbcRB6CtFXrmkSQtkrmvAJCytnnSs6UiganKxgDhhKHbPC7N0s5uwA6eWSLT1WrbIp2DjfTkmXE1UX48jrujM5uAddBZSfo4B05NZeU/t/me/nP+RDz6eHRuGCXeWC2GyVEdNEJVtsd3YQloWHIr380Db7kzxwYaTosscnAWjXwvI05ROwysGAHer3/1srInvQG+7qGDoKK/7orfeVQGqvd8Kjv/Dwip9tIlL7DUVk0RFjQoN7A8EPfkaJh6ul1j5p/2PmpRY+S5EZERlhyb3Ncs1wARTVNY2XRA01mM87b80+v17+p3gGoZr+Bwlh1mRNuM3Eq5Q11sT2twmJcJiRpkCDV2Z93w7k803Rz8p95ljV/vgYST1NubdE4d96pXF//Dg91vzBEzuEm55t8GCi/KmueW1AQaebuAmFO5b9sgziGd7rtiSAYd8QSam26pJxFrh7l4qV2DqV+eDQG8q1biyOaGstxGAdheruJSBURUW8jQoe1nmYezjxR+DTQz+KGfa63AZCAG1zz7TZBrHjOw0+IkiWxZM/5HPgzHDlWSK/yNh6r3rhDy+EBL6Y36+Zz376fk3COLbnZmDt6jGResFIbMGPWqEZe7ZwGHDLadZLTPfcFS/r6PjymoShQSDly2Iw3QAKXkKEPgTJhMtYo6PFz+2dBzMvlWEmftiGVJucWUKKD4s70r3n/2VREtvp5JQMh8ajvkD+U5meyZCbo5v04ktWuZVv2UWUve/ZEJ1jIxpTXvXcLxpxnfyUSpZqoT8E1YbRXLFMunPcVrpjjLQDaX/qIGUNvnUDUvw+x8m/zwJmPAMnmsckXdq16RFne39FHhBRMyKOT6MpJc9zvVPkFjVjB2GYMVCi9noIP8qiGEsHVOLyBjzmb/ghQUCgp5z5zzJwUJGLoGOWO3xSOdeymUOKUWphI55+fA+PKbM9mFSzo7M8DwmFFMDuNpTY7yMwaxUC4/7mPXMMfhVi81oW4un4pdi0bdculC3MuHn4UHhcJfU4CTcoCDr7Y/MItgjCc+HkixcfoHEDixL4W6pgR8123O9zV9axgOAWs+wINJx3uIpiP5+2Sw5X8YJS1LbGlQpclya7AldE+3dAWP1fFvyEWDZvFriWLXXGIqNnVTE14T2bqb5BEyTOEcZfE2drBe+MS1zZ7q2VhnavYTzTFIW0zqRkDReeXrkFoVkQBbzPLJ6meAR7OWjDLZNdsYuWUdhjCAYUOEdIOlSSZFVWrlcHE8JhU1rWUgB+ekZjG4agxrT1Qr4KePxF+UBgbPg1o3dc17gq4wYxScnN/8ja+331DecqEFtJBPFn1ybZMlYZuD2IbIk+93g4lZaVBVPP4LX+U5VYm9SAA92kcLfb3/EtYLtiMb0yFRREBn47SFu4hoP/j+jId98syPOovbfh455yxr2pqY1CbTpyapmI84+5w//ksIB+C3Ly6XBEcNPvVLzsrIeIkBp1ju3aJw5HfjvhfV/qz8Iy+jT4C9y4I8LAbN9oO9gaz43KI6702I2yT/dTyUzv0eVMp83QRCbbVgd5xzJdxYRo9A+EcIwUkca97bpV+XkmGVojCDcBsr8YQqZGRkttlsBcTPebBMpZ5koGEiwcgo1CmL5cnn9M3CsbjgxXmsQ7P6KZl5RBZsRqGF+cezt6JKRlBsFkLJkDYAhyhkLFH97fBTgJRs+hBaZarfxtBFSYV93TblvPff7EUPr7JrWwUfZflhrRzY6Y9mVg2giDyPcYFALpx+lJtlzCBVa17NkiPR/0MF16fIbpX1RUK60cN23l7ijT6wijSdYJ/HlE3PkEpOy+Rrq0uLjE8VqBmjp1VNs89qn9WrRzpewsE8TtD854mbOdaM7l0bhe6I4IHESZ9sfdHFN0V+A1BZuqHxdLIjzSKPY5iRUpPvQSnKJTan45QqkkGaU+AuIlkC0qWxN6wK38CT8ZQnbQzDYKShpocVON4CxYCHjNBhktYLpZewtoKStmzCUA2zu+spmbeSa3iIFZ1lbPaqlNmy9MQgFq5WJyW4UGqDXaT4yrCKYdHj8mqR8WWxYJx1VJ1qkCOC/brVSBZH8sAMPqpTecr35B2cgBQ/lDI1X7OFF2NUQ4sVzUR4hPw+KfTtNW/p00r2QHdxfAvgPSYkysOUsvTCEbCzBTwhsqvlpxHMMJvyblSbxXxA1ECinsKtrMMu6v0wUfgipznytJ7Mq3IHliTVHJ4hZe5kmLH/JZHICLhevkCh3KIWJIj1HYq7jkiK0uUsiHKzjJPAr6CmV80msx97SndtiWAOL5f5s4IEcYj+trUpeZ6uO7FnDOcih2jmulUni8vzjjH7ZxW8hoiVkd6ez0pc5VIJ0zkgb7KUkDjUSAinNYUxt+dqmF8dASGgb6AAGi1OTD/lFjx7WzTHU4C9OQxg7tblugGYBFZt4nhbOa7N2eZN/Yp4JGwfimhjdIFfyhCV1OkMnfaFtW3SbjxUH+12dilkxofLwu1fOXStD+Oc4arlljLh1e/2TBS25k87E3IMZaAckR/7WNx+TrL78n5c92xdYnnMIkozQYLHGB0BU9xUgrAlZmnKsAhwRUzjDtnru3bjfAaeM/0ju22dvYctwGMo91hQ1mppdaLTGJfbpXMjm7OKTN3JHao6rXW3M4OkYKpEKXUJjjR8Hv7tu45JWNW+W7IRLfIXnoWH5PwVAySdML0JyfJuJ87i0ugdpVlEQmqGJtP/rsKwHk196vkLRQDVTxQCZVwWhF9inSFyunkyPnF9v0tEBAegHFJZkFAMDfQTx4JuYFTANfl9i1EbLQqxyD10VsDYJxGbMm0/aC23XYTo+XshjbzJBPlgefonI3c9wPuvdYRLjliFWHGnXk0ZhZznO/p2NafdjgHhXTgojT4vrbx2JTqPA5nvsKS5twg9jgNNsrxUnqJbR7htZZ1BPXN1+ZjpaOokGUy6mCrsxtoL5oZ4NY9l/NvK+vheJGsgXkMmgE6Pz1+bIyPWem8uo51mTY1DZYgXIInmi3aNzKkDQk2SXwWBnEvtDMQR4b02D2Cf+gF8lnN1oacuxX2jJXX4VDg3rzEauca8ECNp7tHWGKW0X45JJZ0JTwmNziWpEOZdSUnFB9uHWuTFYvkKp763hyiGyA9jT7RU7zT5PUkE0opmUafchLVdjapxI7JTUmMecZVcb//yznRaSmEritFw9P0YBqFb70esPiDo55kHGeNyOjDzALFrsAT+t6DbdxoeMAH+l2wTkder4K9+bK0NVlELiV9GgzQe19g0hF1lO6/OrgmcSEutQt7WqWD/y8jXnQ4FXtLOFkhuwSm/+Df+F+V/Xs7SVlDo89X1pDWJzk/KMhLp8ayK8n1pKi/1CUiL9/14ARZe7ORJ8baKKh55sk+a0lLLiWv2iXsLS70tC9HcfLljTVjkPfB6OxdqLiisTKe6p9/6A/OekiHshRZ9LA/ZKSFoA96XYlJUI3unULzT7AKgsGPfCy4W5D5BQ59mApKElPFcsezEtsE9RXWsmFvsEgeFawdh3S1+UnRRmtxLubxJGjEXK9ZrUgR6wmh3imYlFcdF2HqbnQip2dRfil9mEyq1t2tjVakqQ3dsMK7kTd6kF/gt0ozTrQ+8C5C48u+u0+/mdT4CThfLYVW+Y+T6gfv/bd//mRbRJRsOXcL3Z801oN6Hx85WX/0ffvO6Y0QqYfkkRhNgVsbkUVofCn1pHK0r+dz3n8zY4k9QI/lQmPFn7N0SHuoLx3brttzXMp47c2yiXK3fZ7AB6jPoImZT0pz1nO2QuwChUArbqFOL09Szbuqr7xaZfShkPfD+kND5sp+LJc3RTEBmHROEiZETVRDvQqqJ+94JTcA2/QO6BsnF1UvYGYBG+4Lf5ZEyKvyc0OlX/dJVEBRbVwu29u4MBUL/Ta/iaflxM7pWSGFclCog+QXL0S20GMps4NCu8+4VsAeqCuinfV2JrhZxeMnsRHwokVkx4YlPraP1YtB7gjGniH5j1BRkwXirIo6ISyO/GylJzK65eYrA+xzGSg+UbTXsVBcTx8EsvQP+37hl/s4HW27bebgswymHOboxPpBsJKqkAPmsN2Lu5Hj1cm4lBNatbr+ZGSseLXKgOkrmKIk6+6nScSDtXuxvcrByLigbbhPae2WhOTBToNlHPokL83YDiQ/tcbusxY7Jva0awVDMK6gvKAkNNQ2DRPWV2uhRrJhZfW1WejwVy8H31S16wUj7GZREz4yFlk1J40PALXoc62V1tdO1HQBdE01ecmI/QZ8IE3WxiVbz+KeygLUspAl9y588bWRa6+vkn9+isReIk9VPI3mqqzzjkVYrDWIzSYQEeWzOumK2vd1tFFP+xeBDM9HjrdGOEtR//XfyiVfZl4Lk5fUT1/Y7goOelXEv2oLn42cV+5PdUGyYhJTBl+yLhd9m90T9Cf1JLZ2THA3LyXlik6dfAUeGtIQz2DBgfUBT+HE7/z6n87gIZ1ujZIYgiOvKrlivEvqraSmZeB5l85NyU9V36tLtdKDfxpn9x5qCo2bYbqEyy7/NgOaYPK7G7ARLX5CEUlLfJ+i6BvrpB/eYY4+OSJOoX1o8eqIH3puSF1xx9LvjT68qtJxaXAU7PwIwYbWyN6YBrauBs2dTBt9M4sVTDzM3zkS+WY2av/nxuQz2BWhrGr5g0qrJbtQIREaNeMLp9WQMHKlQoD8igDn1nJPvlfQQXJhy2dk+A2VUl5IiY3T6giNvy5D9xqDQri5KVxK7cdBNFCer2Pgg45fX8jbslA9OhutsxBisRPoCbQZLfZfoDi87zyL7ohONjY8lwxMvdN0NbRL1Mg0YCTm82O2D5Qe9WJxnpSTNEf7sBMvOynqyKKnuMHWVNZFD7FLQm5NPszibf5tmaWcuKYL0CNTZgMpEekiSI4+4M25K+oO6YDFLewLY/WmKzJIU73dHl4V8mjBJh4AkMwCvyEHQh1kuYcSbBbfcv9W/NXg7kkkWcueDdcUJEb5tX5QC+T2taIYSpVXeARWlzw/3DD/ce6RJbHeh7pqkVc1xjqmoH70olNu/uCDONsb5WTeJ5bSFkDFAbqpS+WYLnGF/kyl2VTZbTlQWM6cBYePrrx40/FwiodA2yFYF77SIq6i+Svipbgy/8Gdh0dcCA5SXDnxVoDLd7kq67xjEdZqDWK9Olg/iNtDXjxqG2x+RfPKilOjs45w06mXNXE7mJsuKbgJBwKhzMh+QOcfjgK82KleVKd+LUTjQeAmO9Rq7G5Zr62wIf+Ve3S3kc/aQf4dLPrQZwSp8/61CSaAU02hHJQnFoJNoSrJcbgGFK0ErjwPxFqS6AlCnR8R9WkLcZW03eTeTYJvFGyVm2iLqrO3em9ik6HERLUTbiGbBh54wj3Zx9RLuJ7rF97t2RNre0wpYhmEmODEheQUHeeenRoD5hTBiHQ4iDjm2LVlj/e0/JFCQFN6Sd2hfqyYsehzkgQIvLVvLRWOT+YpAayF5/ZKQsqT0fRAtPAjLH9GIOFZLCXB2JhqMgJyZrZk87vDw6T76tUp5B7pTujdlN6PLp47RnbAwxgsvbmPZRzDAMDEbYNeWaZ9dhQyGo8yvOZs71CwQJPjFLIl20SUH+5muCaitFxeYpB6lIhxhNsj/78S4rXQufRcu8WIppO54wk6VP4+44lIELwR7kkZHsd+0thBsdB8ktocH15/EVFfip0OqQ8U2OXxoS3Z9FEfKpDDsyEe3xuqL/VTq9Bi56lcGZam3+94ytlTrRtjff4flECIH0h5rTFfEm/vvjHMO2REIKlurWsS85+Y3X8eMyUmAQPr9VtfmB0BA9oJOm4QcMg3EA+a9cUJjWjK7rp7cvAtp7s7p/TWY0TlVxWcq2HCcNgPsjiWRxLoxb3EmmqacBugTAyR0zxxdZrYzquQsAFHC7qjPkfLeruQO9qHcbao+RkC4YX9Xlf3ZG/ME6/gzK2ipT8RYE9pagb28a/YiW2281HnL8qYt1PbugdnlSJjgQqlu1761yld03O28cAF9sqCN3O4A77QLW60xw0GYeBASzJnCF5QgTpCdkFnS6LpPXRO2R7SNmbRMTFPRbemm0QvogLfgjG086SbzG0k66bTGi7qtn3alnpa4Y00GA+w9NxYd1ElocGvIdjhY4aXaat53gnoaAhzWppEORVjMFQC/QCj+98uaja0LqJoEK+QJAptTiDavSOYlqSoBsfox4R5cdUtoKW0AaIvQ5LSakJL8LXEhXUQmVW3jFdkGKPjPd1ED+D5TA49bHYJhJBVwYGWZX+fkbpPdZDravq6o499fLiHNTCO4XCIh8jfJA1j8gYvPbc4l++DAOlb1q5oi55gn94rhttXseL0pRypMV/l26ooN26+0bqN1/1bmcljzbxetCzDdFj6QQniz1cgUb8lhPcFVhsz2YM68qHWBUqH/PRHkpI3m+Mc4QbNDDDgbHCI+qUyAHdg8HpiiegcHHSLDqxTEwYFEYxGFpRCrzRVEV6B/uXuektsaHDeh64D7xbsc1wir8Uk7aE+P6nDqEkqYAI0QH9hrsxPi9SpC6BGlxgUJu29aaePFp6Crb10LEoQKJV+NEj7w4uAcYi4A6EwxRCE5GADiSAUSSjd2xL5ANimxQfVNjJFWMIxFkTmAkGin2njn8RbdxjaFv1k5u9HNmmKfvR3c3/QwvoxmGwSOf0JRgSvDNzYcUiXGyUF8Lya7RorOaosqr/wgR8DZpQ9MVYxGQ9IkfVGAWM17Zmgmf/gv616l1ZKPs9J03UZP0fEUJfmi6WH6GrHDyUOF0xbWfiBqgh32dCYfzG52WG7U1AhchRQjxAEl8+Sf5BIAQppglYjAOS1LA866YvEqizilRfcFVh57/KFknjE2YLIItWfTGGopRbA1tD7qK+/Rrd1p/nU9i7v/8vCRj0RE+GJrQQaNUHlEO0e45fy+2KRsLYHNKHAN0DZxJX80aNgUahN86Pa7SBKlBeGmuBFmKw8UDLbBcEqjh6PGHbultegTO16Y69aE1QgFFkAsNMBrUqa6AuUbikMinxe2P/c7VNdAnXJJWoUsPUYyrx3wAksMPlKz3CEfRTu6bSssnLIW4OLnpGnTSWqURuoC5iFRG1gk48KvYFiX0oBXRYJwHcaD1VOkC8bSarKW4TExbIkI7oqeCQ02Izxt1Ld64tFfJJhPph81iHDLk3CcJQjaYSZaCN3krjVZojLnAd+NkmblExkB7Ut1Zet+f1Zrg2tj8Gcu/ZGeYKarFLldnYMNXV0lwU3tq1bkQwgq62npB4oryUHpsqrQIdPPGrqvSb27a/jMq5dw3pvfjubSL4xYkx3/aSOUd0DSmxstwm57G/hA9FNCj84RmfDbZCtHi0iA8pjx7MAJzLEvHw28lKJ1CPJx+Jzfndzxrzke4qUJVB/jFGWitvwhxOeJSd2SFXA7tTnHJB1gUKNxkREZUZj8qbWhuDmcNnE1UlOUu1qis/8asLO1v693Dyc2mM0nSbJUkELjVQgIFHp8x+gDSaYiegeZyyzmtIyDk32f8Ql+MfbBSI9f/LdLFzCjAZleINu79y5Y8MZmEhQDWQ7Y1j0nQXVA+ORw8xyDk/rYLGyfAae3Ed9OtW0y5Djs1tBrIADhp+DFkl+sj2UORcUICu5FL8SXDIrIdGmJorEF7GgOoEtJe6DEx6apKVpjcFZInvzJwxXe3dz2W2L6XqAuN6n8flH9IhInJrDDyP3dypjhn8SCrKfTJ49Q0aulkc8tl4gQxFdlXAfIw6GvzK0whKBoTCiTMa7sr1X/Rnt/rK9VnIDqBUXbRNB3wKN+w1srSSPtU1W8Lzesa7RcTre85rYcpDYouS3wMmvRoIcLWrTo2BjDDVcP86ekz5c5c+fqDBZU19BcZl6s9g0vId37FXVpxYhBlljE6mtiQ8XkJoxl9l50j58a7Q3EikuC/jRoTeoRED2njxHdz6/q7/MBeyquDNQyLsWfwvMLuojOhlCx6OKM3FCF676Atfnw4GCoGJ+ZsPVb5BS2SUgo1rsAi5bchUfQd+qjnZFopq3rmBpfFhKrB1EG8uT2kgm9xWUbJLnyavvNQgTx5ujkqieCuLGR2rIezYb3o+SUMlUMDCprR5BWEbF9cPh6cwjFbr54wf5pWA+q6OEmwvCbTolYPLr4Nm5SnYlsz7vmjbTyQMUKOeIa8lNEHtirLKGCVI+qtEXCF4oEDPRcWzAVkaKVzFLwipvWIRAj7C3fw1tyEgGKPPeb9QcbxuGRgsLZePjuQq0rU5YdOshB4AgXQ1qL65vVA67TRyHf5CAl5+uMeFTdmZ8B+EXsPofC+QjeGoB/iuhpL3j8M6AoZe7HWRbrf40LW+9qI8mciiNqlfy5a3WQlUcgkM1h7LUj9vmTQZPoVvHXDe+xaVzP24AR4WKHN5dbwaUKPXIyAJRyG2IrnrSEPXiQmCl23pWYpugniGACp0M/fqwuJxoYSGhbBr5xdNq5SPa2RcxOckmFY25xLQK0cTUqB9DnyjvMSVYc8YpzDY11Hc7u6iP6cy8BcJNGpiSHeItXpVfwYFKsnLAMrHuGs5ACscO0F7mZ0zwucXIxjPNjjxTRndGG/AAXEVY8I81L5jL+mkVK0Y6XPGrLP8stAqBM7hlxy2RaYkIYXJ9+w02QlJOuaQ4lrMZmfFsnvSnUVyA23EQ86ogOThdyoyh03CEKIb9MKDMs625SvuWJATqZYvMVdiokl6enSuvPvbkHl+J9AuE+PB32Sv9RlW61wnBem3syD0ZhqgJABr/RJmEQ+/ZOZblL6NGZ9tmGhJGMAYAzriipzMMedrLEissFJ6gffSXoqqSjYIVNi+9i/r4+DZ/GL+J7Z9fSSTJurg5IeZGq2U7JvV4NLGNfowrxnFYY10YBs/A0eEnfZsDzS/57MsJEGmGxrFsJxupi2eNEwPOvBdix4mrKxK8vQxZtpH1i2ancQeoW06jA3adfiFq4ySuK6wkVdgMOYOZTuq0/XMhtCJ+Os2EWLsR4A4tSLN63BZLLbHoZCdAOCZXhwOUP0zCEPH2tAyiD3zPJHvl3osQCIh+JowIqwWJMXLujZBzpDanhzx4rrSagxOfkz2OaAc14Es4SApyZ0cMftfFGwcJxqg3DkJIo95cPDziLfD8GxrAwzBgapU+Gwun4RLfHuqT6axMhuAjqvyZttyc7qs2sXRkdKc96QGwtiO1Ww1NpZ6NLe/I5H1VbWEnnegDqFV2HGfczPtULppi0tP7vA2mO0T98nTvaId1DAVsnHYpkvu3/nueJm+eJmhZgKxvw4CFdhT4+jKG7F72iYzeLk5Ph2Z1QH+7GQQyMhw2L9Bv7wDeAEYMXEN9rhwpzE0KZhM/OywI6bmYz/f3w3z/zjDfJ1OCCrHkFizcV7C05mzLTk9L3tC6Mcg5M8hK46nf7vyoyFgSDcVTEFZFOT4rdJGXg6i88LZlfZKdOgvdkzOQZ0NTsgVSYoh6EI5ql6+JcrKH1iqcMoJWJklf7Vw6zPGjfkm/4kxpny8wqJUt+Lxc0l5SQsJr5wEri3J9AnQN1WIz6pVJJE1QnI+KTIMiJ90sQETBlk8h2wM3VQ6R1QC/nGOncgRsD5Myi35ZKo70AlKATshfOfChn5HRoZtM05vMro5NjqnGfBFYDiZKmghsIocukGzv+Tqxk2sxwEOScNtk5IMfuQQQ8iskB1obdykDA+i1JsbPMMpslf8CQa6GH2NPTYDsxvNP4mtatLlY23IX8kurQO3Q4fH6UTjrJy51+OJLITqEG0LV/lytT79R3vo78dpFgxej0fdtMwI7rr487GBWchrq9iVOk4v36SXaeuMHtGVvxxfXMjruPr/htDuQzrNF0Y2xhHtvANEj9kSa0YKgFkJCuzty4pB8pVEJ4P0sloLI61+CzmLxh8SkCFEgJfsvpWoEt7Hqke64MUUB1AdoAdenRz5egVZ6e9IcBG9bY7cj5ZzMMCNDzNW3IV3TXid4VYm4v8U8UiiVIMWbVrPhd3UZvZ7Ftavw0QX5blS1h4o8MSB0ET6UQgHoKyh25YYHntPUBbx6iqPB/DosJlZZFae34XEXFL+ma3M//NTcJf/HBOwnkKeYqLzLC93S+5+9WYBwDf5f6uM4uQn/hvhKGJp9p4+Nb8W0W/ZFv/baq2qmTWkfYf/ZymS7Ly+t/YikLC/vqq9TtsTYLZYmUvrQBEn3+m2jLbK+VfDjpJGvtaDZ9bTwncHF4jhtElMncCUd2UxAOQSnUYxZJ2AAgbrDwyRLdnx7xeOPDJmwDuosweRecJm80mQzI4ccXto6q078gjFzF2U82TB973+sfG2+y5x1+YnT3P8Esb1WrMAV2wxEpm3iOwIOn7CsSTc7vUI2NjDFuGlrW5p9yiXwSTpzaXVX5mNFkITxM03hHBLcXr0mjEu/yAJeiS+xROUgAZTZqJLs9dG0Xkyz4sishBYFYfufqmWtb66Oe4JK+TBpgEuWhfC0paSZkX5+NWw/2FlOffghYehykTg2nz0zrTnwMoFHIkUfTihE4OCppaqhsGirdjU7b5pdrSA4LqNiE8m72XOC7foC9iQ2GS/M5h6bOZ2i2Etv/wgVoit9BTJEdggyG6B7oW0SWiJ/BIwOdlEfk1vn9aZtFz+HO2OZrya2d2TUzfYgvt+KNXrDYNm6IHerZ2+bTiSiLbouY7AO3MX1iECKU8MT4a1520TVI9Twg/Nb0/fxSpB9/D8RoPYIXiclq4ssTn9l+/hz8rWQVmKvidMzukESElGxuE0mlcItZ02eQ0oDmo/VL8dF9YOgsPscXUEudMkuuyrCW1+cMV9MKnBxNgjatUkTApSeHbrql1AyZamRNCPzXrmL6GghDF1X4GSWUe0ski3hP7xvt6W7+rCI2O/vVn/Az/ssp6OVXdMNR0y1btPdMrq6pIM1o9OpQyUMQBfOoVNvmkKvhEYbtUwZDXtEQNk2Fhg5lrOQgkvkWrk5JONw9gZv5uRwYCRRU5xKdQM1Kk4Csfn1Jxcmu/0kZqZpBmOIj8TCfpsErwlbIcVorQI3wuAMhe+PdDmG9rv8WHmQ8fhMuunSReAlWdr2KNGpypguZVQ3WRq9kCI1V5ZGlAQD93S9E4Esw8gpZFdGrA2D3VrdYhB398KFO91cKjYENOCg74XB+f3ie+WTAcol3px+Opu6Lo+AkibgPp9glCTr8oIUM1LmaoSgXrUESpQDkpXDAMSAjaq22/l77J2ZwCa3Yi3wNq5rGrI3lCMlTg7XbKJkf0iERXnsaYZ/nQVVxzLl4HKON5Y5l6dyO+V2qJuoMgmltqcDlh8WehA1CZ24TlNJnwGN5ysm3hIAyKdOgWbvlRAPIZ6VADfO8tdCUUZP6CCGPlIFArAjupxgUJQFQcCrUO7uagDZ0Yt0Zg6k4JwangV1XvZAvWopDPe37CGmcyAIgwNdSBIDOVYvr4QpFl5Iekbb6dj7SyM5SHTvgeIiVN2DMiaXwHOnzYaEB47DmbbINh7bA8lmq1dcHLRxHTBaSaF645hffmJ9oBvIsCd/TtVFH7LBDpvNpY1i2V1L6snx+D30KzTz/10FwDEUJVO83jcpsmt2fL5Mf09TvmRRqBaHoSSNzTdZwZSaArZwfgpF9awtPT+s6plak8ZtNC6ktd/uyAIubiz14q47dZ4K9jguPc4O1tloOegxM1cx/mD02YCRkewgmuIrnYkbLG28IEnjL2IDAVNiDGPv1VbLvPV/ab7hg5siRXhBDYdiVfG8BerrGejk0qUmaOt1SAr1ek0O9Muixh+o4JqHGbPaJKxyq931xxjXWrGiMmoxYP3Ano/VQMTunMxidtk4lKAoqxA6wWEcoNVnBAh0IjjQ0j+Nhq5+roWGkojZ+dUvD0XPp/OjLp6bgYDyx8coGeKDMArxIA3soj5GUwekoX2cTHz88OG5+tj9mFuRfyH6E5XxFyn5xNlGgr9GI6Sitg109dkh3rQRZGWRSJmTmIuiVRKVRh8wo1rFD5Vb7poZk70NRiBV+BmQyOZEyreztzQauKDAVNL0Y+eI+RCfiiuks6RdIG2rCAbnkwAB0fgbp9mOiez9EXJyiTQt7JP8Gv2CwYNEkpQsYymigqheY2TpfGCZsJGn52q5kPRUlhZS47AE55hJXt6zESr1eBdquraBa4lOjX/EC60eRseShHKWjPwweygHMcxZG+oD5J0wMxNfn0rzPjsbyVbkZRt+ljTJv/fbhF8wzqGKlSTIbZgfWHJvI/LI7Si0jQWdsgufntXmpr3Oi8PoRtiDruX4DaAje6y00ce1JgrvwpSB6T3iZ6LbyLDRou4vN2IIYq+1VkBuSMGq4Wpny6cXZo9LbG3iMXm6dnuDPs/C7mqHSQZx7lrKd6JFpqskBzQBYiom7PIipk1tlabvB6+ah10vs+6Qp4iP6AeQ0W+/rs98hH2oy7RwtmOjn0FB+9fW6IgdL77wpk3OahvejHqo2hBdJipNSLY6lw+aU/qybRGyauYNyZFRPe1ZVJ1M5qWVzbhUxHnIyge2CivBQVEdmy1dNelmZzqpH+qxMl2gVlzATrgF8zQ58UpntdPhZeyu3jew1SA5AzeXBaQ/7yYVm0/bxpRroivbVRjh4/ASY6fl8VPidDXnmRPqwITG21hVgm8mjLD9fP2oZ/ooYx6eJSZ2DZT6VMtsFD279N8tQV+GYPVrVCQzfLyI63xPcpfNa0samKfM20q94ND4H3uO1uXEPxMhhb6gn3HTXQU2343BdcJxeoDwOgWqxdPNDFaK3zpDbxDTksSGGtCC36DojW2TQ/TVNhzuAjtUNW1ursFbF6H+8uuo8sH3+g7h9R7cjs3zcU8LH6fHHELTyOitCAauFiOvsGMRnD4i1o1oD6wlIj6g9dgfzQX+kenEAkPPTYp+rhOz8KGIdUiR6HT1QT+rYC6NO75WiW6ffqp3AiSTm10EK8H0y6KF25PkBdSeeq9+GTUJRR96ej09z1oSLMheNGbOKg/dwfhkX7m2rfaOPCPC7HBi81q3+hU5UKZqsPTtI/0zPYi9pO/6QnJgqyqpUA4ooWy2UU1/wFDuQYeTvfQLvnOSnJHjiILGEqfuF/q5dC57J41CFXfKbMuass9UPG2Xdlp0sXT7Wt1NJh5VMn+WWTOiccYX302yCMvO0+5IhNCESCCD0VWVsOFr5TfW/WEl696ppE7cervHkm3Pz6ycXRpUf7yHw9nztpfo7Ykr2yOrWJ9vZTUYuM3rRZIfxhG+dNN6YPuvesKYuEwVX+uW7S0UNhPieEdn+qRGfiOao6QpgaaJNJT5cmwJiVPnvNQSZbD3i9t4ESxnze9V3/SBghgTd1ygoTXXjW0muDTq1OAvBZOaD/riVAzBeZ0iXn3Q7W4N+gyOUcFW+v4iAY0qDwgDYKHHlzJaNsYMgC7ufgWet0IF7HoAuagSQY4X9GsxIq0lhvR+6p4eiN7ako5eDxBkS90sfEclKeTHi1GIizwughLMS0SZDMTgTDZAQNkK2g0gqHclblRy7AcFVyJnrRR0KGszV6EOlwi+MNq+QWjezeA+Kg5RRH+0oOT327xTdznaKICZyYHY2WiwQT24G+qLim/17g54JokDZAQAPp+DLAuAPI3T58/203/5bL6JeXjplLGCxLCrH26YmKpE/PYv1ZKI0t+oEuBARqrumBHOTuDYn8ljQarGJmDGWcCFaEDns88kkAXEWSy3Noa3+5LVL+Nw+xC+95ZynbLkyKjIQqyOJRk2C66SxThFVy5o+qfeBvlzvTlJIhCMwxQ2VD0NybRAQgwUEt0Z8+0xd52Om6XGcu6PohZExf1CpBLNBsAnsYSSrZ3gL4+tAjMYG3uichnV/wjhBgh46Wq3C+d8vhMwLID/WlIL4GzBUe+IP9xGXoITR0Cm+cboBjXS+0Tm65ojKWPF/0cpIvcOfynOi/NWJ0EI3rFS/8sJr04dqLECr2z0AqAc+5SALWdJHZZGd7z6SOTr6gl5nsT2wdaBd4n2Po/vf8E9fZuo708SRsEsJt5bqqs0gGXjK8OkFRrpUB9m4V7Eo+T9cxDpLEg3npW6UCqvCJToG6Jnk5K5KC7zIUHSej+xN8D7siAQqD7bLqzLJ4jML5DSRtxIDO4+EHdRbdPNguuKbpsm2oA7D1jVyXhTpuFVRb0qSQ0FdczMcJO8XZb1CWkIEi2DVQ5CmO/RklCx1+ii6MsdD2HIlU5fSiF4gt0SE+gA0tl6llQvsl+YXNIa39xdVQfjTJh7Mf42tXRnQuDaPa1J8qL87TgvjOUpOR4OGOikAkkiK+H+BC52r4S7X5hvngnp3EulZR2S9HxhVaACoeTPT4CDecWT0TDFOFAtJp/CZOO21gkhR4JzU/D2TLX1HKnrs69ueIuOAMndDf+IICY0Y3i9nbcL5gPB+E0HSCTZFt7pJOhN9/21CXL7wmEwzs75KTqafYLhmeuDJ5BlT2NvE+XOZz8tfgb9yNi/MmZw91Lx+eDRy3AOtDIvJZRnbXigiu0t8tddJ2k/VQ7gAvJS1ql6WCKTshQ5ZXfOfrl1OmiJ5+yxn2lnMdowlC9eiHUJ3MIQz8x74EPjMiQI+xDXWqFtbzCvJwgfTIIbhkcj0PQ8E63gM1uK5i5aD3TZ2Nm1jUMdPQU35SILRBSZaQJ2g9NM6K4DuZK8HSB9bvjY4WqLP+xtDJ7R4bC0JfRrsc4OySaa1+dCq30LRNbE/aIFdIyLq8JW9BfkcfLMeVnzP2e2HmhfQIOMEw2xe6iVRG6qkut7wRRrc+T76nfyS30NM4qEU879R7m6M7gef9qUo2IH7bRhz89v89dM1W8jls3ZjxNxUoeZVQPSQ3KQnssRpMnppJsPLL1Ey2uzAELBPhUoztUD0gRcLZUP6DgHqm2knm1A4ofNv5cjok/z3RMtimQbLwwIl0KnQZ82oKqZh+Abf/fgYunqzd1U2jafJWPszAJuU1nyANhEqp7thyHuf9GXWI1r1Pi9HA8gDIcZs5SAMVNCvnmAKhuPAV0iN9rgOPgFPTebgjbzXyOWvjb4k+MlTo8FJMbJxsnDUgEpKNIjxEI40L+ga1cPoAF67CEtDYAEHOCSARDR3euPUL9pZSXEDtJ6m+v4QsOIOW3elpEP5lidV/aI53xAMDtCgZcG8G5KRNJBYZrb8Nu9b1Gw/HCNH22wp/7xe5NEcUGnDwX7a2pzuboPWUCvbsFyvbmmq2oHbVs0GcULMvLpWOXB7daQgZoDcXMud+NEqw1xqm9prlAJ66WcZofbzfc15e78XpNojNnloqz5eqabI46LJKLp3a18CRe9JME9sSRPY7iV3jih8256yQvor8rCfQpHJKHDd4sLlNL3hOPHGr9OG43bhJD6xHLeOS2vyiRptz0rA7tid667nZO3IlumMVB1TXEvHRxqwPPfyfzsSPOBx8evDvFDMdZ2TY0/sxi1k1u9A5+T1SxFFOTiDm3J7rkeSd1kO/kkgmVBsuWGyk/fn12WgN3TFCMRRSts5OvCsZ1Z2NPBnC6EByDivSSnTmI+TPUF0oBlEjDpYFctLZpIncfAGleZFB9NknceH/cF3mYF2qd8kWMzA+j5cB9NySB+WBxLTm2s48DRps+YZ0pMl4Vxpi7dN3vWMcuAcum6gjTo8aFdf/1ZxcIi/95m3NLlb4RS120L5KiIX2+xjsJO+nJgMEeZFNYj4gGjVb+Xryalb1P6kSMldVv4LlydhbYzuJV7ssyc1Xnl4qRUGrykcdMvj9DfoeZJ3ShrNxLoHqhWrctIIu0VhBbeRPWl5qAag5XJX7aCM72do73dKJC4ppRw27OldSFazFXyV78bFF5C4Li+x90de8tt7Mq8LKy8HR7ssn43WFoyhoYebEf7+6i/h8FbulVUb55kogKE+vkMBbbAM+5Y5/twe6VTTtvx/enqdECKB7jREJkhux6lwz0dX3Bv1Wenc1BfkPkNjju3lA/hRZZXc5Zx5uP49AoR+N5/4y56sqm8exedsPomXsIS4nfy4ihoICMMAOflIq48UknUuzuBFeAA9Vk3qVfzWPoK2U3Qg4hiqU0CQooHIp7pEpwHdBlIwXIAjA0AohkZlA3uRH0RhlLBjKLGm1/b7y+cxQZz8v4N+f63h7P1BtcueiCP+5ZDxVRfDhZOY0Q8KQAIqSxwfazfUVR6R/HHeYAUFrARNurSq0EnCMRNMJksWmZsc97gix4v6u7yRUcsu9kXb5UItTNXNDqhEIEBZ6Y6EutlyykY0+KlmBMKdMCZqY7E8mqSLgO9cGAirjxSpegZJXDb0bHKH616Szq5xs4U5U6+KI/XrL1EoCOuHCqlYMR3Kk0FVzQ58x04xBK1HxUBDdv3ekDAhL2ueBvZdYAJ7Uw/GnwbdiwZobGs+AT5dZsN5Q8tDy3LqHOl1UYK6WPS14EuDDN7wpnWspCqXtpk/H3jGmYB17bNUYFtnMcX0g03s6HWQu072FhTpROunVL1GslDLkSRmkAmQDpmb+qpz/6WrIr1Rue8ueeUl7+YvTH895XE2ZU7SHTU5LS7FoOU8DYggmHUB/+qPUI1CGkOPYQ9Ovnq0GXXXJEDjKOSDNBmge0RZtfzBGcoTMp/Bn1faoc85og03Hsh7ljp+k/w0m7VSmZBFdvkLWPR7DR7Ho9f0bfU8+VeMLRD92wYcx9O6Fx7zMOpZr2O0cMHkGdNj6G5rNBFrgRmjAZpOExAxoTw28pxJdifETjWCUuAKVXK1zwZncFOOGQnwXYqadcA2167jAm5g2Qn8JWQnHgqIflM/etMNwwwz7anVd0b8FpUqHmciiMh0nlmBYdsOTsISjXXPFCoS0iAUW/OpGVtbmF6NhL3qkJbcJltMgYaedS/AN9mO5iPis9eUJqu6SXpuawx5Gc68nO+PgmLuukUWWDHZHNuWKvlI3DnQ3cVJ1ZIXS0CJkvIxGgZ7VCv4JMT22d9IxjIijpOOrsSe4CYCAbvusSrzRFFjAEO7cZXBcdm1Vht7ZglE+31qVEqvKZ9NEPc98ZDNG2kYrfvl9MsvTAjbWQrZ6o6RVWGIOPibItv0y0MwmXA4tOKeIaXklq/CDZ2W3/bnzPKm2z9euzT42vLoteBRAMSNktFtuLQI6YupnDo9TFH2nQV1ChZ3OBonbTuL9pn7tXF+kiLI1DeDgZY4/E5A+YF/MEz3xeu70RfDsN7epNbwFXxN2/0nqKuKP1ufXEgTgssueryUu7raX7X/sW4NSB4Ozg7jRmJbE66r7bDgmxIeh/Bpx0ytjtL+9Klc34fz20PaS5BYA+OHSOPt46741xXAK5WV4dljN/LPH8WhjcGRvAEeU5ANA10x+Z2/jzh7FzuTVMG5OklVWS4xqbSaD+5mTL5sch/HO+KEUceC2RawwXTbmc0x8CM/6VCQ9TttIlV4dSFQ+XrQoTqhxixnK/6xW3Ek0mIIq6dKCf+71+LuixVzTiKDW/nt6C9XnXWlSN5VxDT3pKyC1kfHLzt54fj1EY+Oojx7pqA0CGSGPhOZSBlbUQz0I0CNuza32OU2s7IdVHIiTOUiX2N4/6ybdyxkBHnqjIPYzTujBVNp+7SiGFoIXfzZPRysJ4sP2M2HB29Fa3xPBW7RXQHBOTdcMPGdsY4hvAJIISIfKiHoVwscGu05Xz/xHX+uxEaMbbtaeNnVHns1urvHC1ssJnhqOgslFrrPJDRr3hNpbVNHj/Sza7PW8mKJHMIXdaRNdSqiI5bbdjFpohieVm+H6eJb4EM0RenU31g/QbB7SPc3U8stmnoOjZuwL7uOreZyke97+QhrkoeCAfP8H1ZdIoG60c4lYFwBQdR680Xzda0cTBdCnbF/W6BGULWb3dNU7hh1ziuh7+i07YT/Z3I2JMLK+4DMd8oCpYbtHOqiFdnu261vhN1pgAdS8ffZqc2a8+ai5F7FvgDMfrfP+2WHDlaHyMHlSanr01WtEP6I/xyu27CEMVq0M5iNWSR+Isi0q8xWeVowgpBaPMD0LvhhaF133DRbS+bqRvOsZI9FGUXGZTuR5ScIAuOF2o+H3vqY+z9yHrXxa2pXJg6oxk/Y8g0b8bV2qSMq8tFeTx2XOg0Da7zgUGd/dnn0XAEvU14LBznGXiqHa7sSGPszuT2se1cNY0ZHRBjotrI/rHulAwJoxSywT1bkX+CvrKNFz8mDefZcTEteq/iSwqRT0W5KHquIinOiuOhjym5tQVqCCEUXwIuFI2Q1AJ0B50ogUb7InEMX2yL1ug0exoOm2+JBJlDe/hW8lwQNmIRwNGcLiDW5vF6DgkrUYNbtN6CqERU5gNswi9ElZDzWwgPgTUti7eh4FWoAEj78n1wLW39QyK0Hr0Dr4qX1ufBIJ4gOGubuJPQfN9RvxCcbOJZG3mW8JYb2Ea0vuJliqk87F3vZzMmu9YEjPOP9tu+0ANrkL3zjyBlMyndYG0EpAIV7eBeNU07gMC3Lddn93w8j/jIzlm+Agxr1+U/hxGlQhkC8WrqrUeWg7ffH2nFdkCHH5C89IXvgsPTafYf0LW2bvFfHHKYAoyxV7cj86oRoJtAKicYAHBf8Sl5iXmJyMFN5CH+2uue1xDJV895YdjkvFjd0d57TriabU74545kOlhws0F4jqxfBDVivMeuSdZDTA8GrGtLFJ4VAOelJxqR0dX3rrRiF0lNdY8a8/Zc0O8/p4sJQ8oazjCiXq8t1wMTa6fIjYsoQl6pHJFZb7jppnw1vsL2PT5aWkK4oXASyh/vV0zFaLzW0JDeegKPu3ET1gRFnJsYELP3A3mWQzsZcSzSVAphkJ86KZwX1jAP7Sfs1iW9cjKD/CWlgJDsyske2EjI4mlrGUkR9ro95FPsQnmhoPQOf5wuKjalbwr51XvzCGjOLSIn5AHdaKLwI/IATSXl8835P3/sRFUnPQ5IVEQOxACsgxRCnorP6bAqje3C603jTS9aLpfedmLsDHtkPMFFvyIUoQWKyX4YpCnnLleuF/4PaA2xz5W7RCfIiMQeV64MvYc/kTiNKw/DRWWANXGSqzhdhXqPQ7Cf8Fm6324HApDSSLWZzdmG9sxjZGz41kMzAHdEl8HngtkrYCcr/sUsqcdJMmwU3hqQcipsXhzaj4iAJPMM3Ke1pDqdLOW4TzU4B9qkcZvZErC91vUBiRdR1hXNBj32pvA4t3HJYwM97izd3TA9VVOtEU/Qis1M8ej//m3joaWE5C3VkkWCWLjkf6V/f2ySV0r9xIy3NVayhrC4Xe86/Z9NNSRG1i+Wg8NTlacwJckADbTO9l6Le83Yhf96YS4SDOMBUzBDyh2jk+kUD/aZud/joVvQcwkNvs/Dn2938uJ7UK+U2zdnqjWgs/DYJEqbdkl98hBx6itTFNZsogUYiw0eNvA9I4wxUPo+//dPEdtWu7XfQO6ktgubkc8Wvwg89ejHmktsNtYBSPANkuF0VNvJURt0BhsCRZOedm+H/UFMcAw2/UOMhxepq5xoliP1i35oHb7HfNXHSCiGVB8k0Q7+7rHDSxw20uu9BypMxmLENfZr/7a0uwu2l2yv2F5b+TdxMCLPta03er3XnZRHSOHu3+4s3akvFpu0FNdxKUYIIBJTTKW9P/q41/DViPx4JV3a5c3tvt5159OjH0Dxv/T90ba3JPl/6DrS//VOw/+ZwD2Diy+JEEX7qpvhlnj00ckBkwLPhqlYYF2UwNZj2nWp9F/NV8dtYUhQjS05V9umuqovyf/aaz+wtc8qW9SbyOWtLPXBP6AZkrilGiQrgFJv4oA4xRd5Nd7d1liPWtISjVMucixxwcaMfNLIcL0BHnB+VvxRmJKMNo8K7WGl0RVyNTn5o15pPtnpM/8UkmcLl2ezqfdc/xmp2vMxi7ILKEm52lztie0C9hgxcIGnTOthSPxWFvo9h5pFy1iTk/ub0+2NA7LhjNcqqag4AGo62d3fPBB3AA==", "base64")).toString();
    var wrapper = require("vm").runInThisContext(`(function (exports, require, module) {${code}
})`, { filename: "srp-network.cjs" });
    wrapper(module2.exports, require, module2);
  }
});

// srp-network-member:p0
var require_p02 = __commonJS({
  "srp-network-member:p0"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    module2.exports = require_srp_network().p0;
  }
});

// srp-network-member:p2
var require_p2 = __commonJS({
  "srp-network-member:p2"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    module2.exports = require_srp_network().p2;
  }
});

// srp-network-member:p3
var require_p3 = __commonJS({
  "srp-network-member:p3"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    module2.exports = require_srp_network().p3;
  }
});

// srp-network-member:p1
var require_p12 = __commonJS({
  "srp-network-member:p1"(exports2, module2) {
    "use strict";
    init_cjs_shims();
    module2.exports = require_srp_network().p1;
  }
});

// src/github/client.ts
var client_exports = {};
__export(client_exports, {
  DEFAULT_GITHUB_API_URL: () => DEFAULT_GITHUB_API_URL,
  DEFAULT_RETRY: () => DEFAULT_RETRY,
  GITHUB_API_VERSION: () => GITHUB_API_VERSION,
  createGitHubClient: () => createGitHubClient
});
function createGitHubClient(options) {
  const { tuning, log } = options;
  const shouldRetryRateLimit = (kind) => (retryAfter, request2, _o, retryCount) => {
    if (retryCount >= tuning.retries || retryAfter > tuning.maxRateLimitWaitSeconds) return false;
    log(`github: ${kind} rate limit on ${request2.method ?? ""} ${request2.url ?? ""}; retrying after ${retryAfter}s`);
    return true;
  };
  const client = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: options.userAgent,
    request: {
      fetch: (url, init) => (0, import_undici.fetch)(url, { ...init, dispatcher: options.dispatcher })
    },
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } },
    // 429 is a rate limit: leave it to the throttling plugin (which honours retry-after). If both
    // plugins retried it, attempts would multiply to (retries + 1)\u00b2.
    retry: { retries: tuning.retries, retryAfterBaseValue: tuning.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: tuning.rateLimitBaseMs,
      onRateLimit: shouldRetryRateLimit("primary"),
      onSecondaryRateLimit: shouldRetryRateLimit("secondary"),
      ...tuning.writeSpacingMs === 0 ? { write: immediateGroup, notifications: immediateGroup } : {}
    }
  });
  client.hook.before("request", (options2) => {
    options2.headers["x-github-api-version"] = GITHUB_API_VERSION;
  });
  return client;
}
var import_plugin_retry, import_plugin_throttling, import_rest, import_undici, RetryingOctokit, immediateGroup;
var init_client = __esm({
  "src/github/client.ts"() {
    "use strict";
    init_cjs_shims();
    import_plugin_retry = __toESM(require_p2(), 1);
    import_plugin_throttling = __toESM(require_p3(), 1);
    import_rest = __toESM(require_p12(), 1);
    import_undici = __toESM(require_p02(), 1);
    init_defaults();
    init_defaults();
    RetryingOctokit = import_rest.Octokit.plugin(import_plugin_retry.retry, import_plugin_throttling.throttling);
    immediateGroup = {
      key: () => ({
        schedule: (...args) => {
          const fn = args.find((a) => typeof a === "function");
          return Promise.resolve(fn());
        }
      })
    };
  }
});

// src/github/failures.ts
function githubMessage(error) {
  const data = error.response?.data;
  const parts = [];
  if (typeof data?.message === "string") parts.push(data.message);
  for (const e of Array.isArray(data?.errors) ? data.errors : []) {
    if (typeof e?.message === "string") parts.push(e.message);
    else if (typeof e?.code === "string") parts.push(e.code);
  }
  return parts.join(": ").replace(/[\u0000-\u001f\u007f]+/g, " ").slice(0, 200);
}
function networkCause(error) {
  const seen = /* @__PURE__ */ new Set();
  let e = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const code = e.code;
    if (typeof code === "string" && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    e = e.cause;
  }
  return void 0;
}
function describeGitHubFailure(error, ctx) {
  const e = error ?? {};
  const status = typeof e.status === "number" ? e.status : void 0;
  const where = `${ctx.repository}@${ctx.sha.slice(0, 12)}`;
  const said = githubMessage(e);
  const quoted = said ? ` ("${said}")` : "";
  switch (status) {
    case 401:
      return `GitHub rejected the token in ${ctx.tokenEnv} (401${quoted}): it is wrong, expired or revoked; create a new one (${DOCS})`;
    case 403:
      if (/rate limit/i.test(said)) {
        return `GitHub rate limit for ${where} did not clear within the retry budget (403${quoted}); rerun later`;
      }
      return `GitHub refused the status on ${where} (403${quoted}): the token in ${ctx.tokenEnv} needs "Commit statuses: Read and write" on ${ctx.repository} (fine-grained) or the repo:status scope (classic), and SSO authorization if the org enforces it (${DOCS})`;
    case 404:
      return `GitHub has no repository or commit ${where} (404${quoted}): check --repo/--sha, that the commit was pushed, and that the token in ${ctx.tokenEnv} can see ${ctx.repository}`;
    case 422:
      return `GitHub refused the status on ${where} as invalid (422${quoted}): check the commit exists in ${ctx.repository} and the context/description`;
    case 429:
      return `GitHub rate limit for ${where} did not clear within the retry budget (429${quoted}); rerun later`;
    default:
      break;
  }
  if (status !== void 0 && status >= 500 && said) {
    return `GitHub answered ${status}${quoted} for ${where} after retries; GitHub or ${ctx.baseUrl} may be down, rerun later`;
  }
  if (status !== void 0 && status >= 400 && status < 500) {
    return `GitHub answered ${status}${quoted} for ${where}; this request is not one it accepts, please report it`;
  }
  if (e.name === "AbortError") return `GitHub request for ${where} was aborted (time budget exhausted)`;
  const cause = networkCause(e);
  const what = cause === "UND_ERR_HEADERS_TIMEOUT" || cause === "UND_ERR_BODY_TIMEOUT" || cause === "UND_ERR_CONNECT_TIMEOUT" ? "timed out" : "failed";
  return `GitHub request for ${where} ${what} after retries (${cause ?? "network error"}) reaching ${ctx.baseUrl}; check the URL, proxy settings (HTTPS_PROXY/NO_PROXY) and network`;
}
var DOCS;
var init_failures = __esm({
  "src/github/failures.ts"() {
    "use strict";
    init_cjs_shims();
    DOCS = "see docs/github-statuses.md";
  }
});

// src/github/publish.ts
var publish_exports = {};
__export(publish_exports, {
  publishStatuses: () => publishStatuses
});
async function currentStatuses(client, target) {
  const current = /* @__PURE__ */ new Map();
  const perPage = 100;
  const maxPages = Math.ceil(GITHUB_MAX_STATUSES_PER_CONTEXT / perPage);
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await client.rest.repos.getCombinedStatusForRef({
      owner: target.owner,
      repo: target.repo,
      ref: target.sha,
      per_page: perPage,
      page
    });
    for (const s of data.statuses) {
      const key = s.context.toLowerCase();
      if (!current.has(key)) current.set(key, { state: s.state, description: s.description });
    }
    if (page * perPage >= data.total_count || data.statuses.length === 0) break;
  }
  return current;
}
async function publishStatuses(client, target, intents, failure) {
  const outcome2 = { posted: [], unchanged: [], failures: [] };
  const ctx = { ...failure, repository: `${target.owner}/${target.repo}`, sha: target.sha };
  let current;
  try {
    current = await currentStatuses(client, target);
  } catch (error) {
    outcome2.failures.push(describeGitHubFailure(error, ctx));
    return outcome2;
  }
  for (const intent of intents) {
    const key = intent.context.toLowerCase();
    const now = current.get(key);
    if (now && now.state === intent.state && (now.description ?? "") === intent.description) {
      outcome2.unchanged.push(intent);
      continue;
    }
    try {
      await client.rest.repos.createCommitStatus({
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        state: intent.state,
        context: intent.context,
        description: intent.description,
        ...intent.targetUrl ? { target_url: intent.targetUrl } : {}
      });
      current.set(key, { state: intent.state, description: intent.description });
      outcome2.posted.push(intent);
    } catch (error) {
      current.delete(key);
      outcome2.failures.push(`${intent.context}: ${describeGitHubFailure(error, ctx)}`);
      const status = error.status;
      if (status === 401 || status === 403 || status === 404) break;
    }
  }
  return outcome2;
}
var init_publish = __esm({
  "src/github/publish.ts"() {
    "use strict";
    init_cjs_shims();
    init_limits();
    init_failures();
  }
});

// src/ledger/post.ts
var post_exports = {};
__export(post_exports, {
  RELEASES_PATH: () => RELEASES_PATH,
  displayUrl: () => displayUrl,
  postToLedger: () => postToLedger,
  releasesUrl: () => releasesUrl
});
function releasesUrl(base) {
  const url = new URL(base);
  if (!url.pathname.replace(/\/+$/, "").endsWith(RELEASES_PATH)) {
    url.pathname = `${url.pathname.replace(/\/+$/, "")}${RELEASES_PATH}`;
  }
  return url;
}
function displayUrl(url) {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
function errorCode(error) {
  const seen = /* @__PURE__ */ new Set();
  let e = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const code = e.code;
    if (typeof code === "string") return code;
    e = e.cause;
  }
  return void 0;
}
function ledgerMessage(text3) {
  try {
    const body2 = JSON.parse(text3);
    const message = typeof body2.error?.message === "string" ? body2.error.message : "";
    const field = typeof body2.error?.field === "string" ? ` (field ${body2.error.field})` : "";
    return `${message}${field}`.replace(/[\u0000-\u001f\u007f]+/g, " ").slice(0, 300);
  } catch {
    return "";
  }
}
async function postToLedger(options) {
  const url = releasesUrl(options.url);
  const where = displayUrl(url);
  const dispatcher = new import_undici2.RetryAgent(options.dispatcher, {
    maxRetries: options.retries,
    minTimeout: options.retryBaseMs,
    maxTimeout: options.retryBaseMs * 2 ** Math.max(options.retries, 1),
    timeoutFactor: 2,
    methods: ["POST"],
    statusCodes: [429, 500, 502, 503, 504],
    errorCodes: RETRY_ERROR_CODES
  });
  const target = new URL(url);
  target.username = "";
  target.password = "";
  try {
    const res = await (0, import_undici2.request)(target, {
      method: "POST",
      dispatcher,
      headers: {
        authorization: `Bearer ${options.token}`,
        "content-type": "application/json",
        accept: "application/json",
        "user-agent": options.userAgent
      },
      body: options.body
    });
    const text3 = await res.body.text();
    const said = ledgerMessage(text3);
    const quoted = said ? `: ${said}` : "";
    if (res.statusCode === 200 || res.statusCode === 201) {
      let id = "";
      try {
        const parsed = JSON.parse(text3);
        if (typeof parsed.id === "number" || typeof parsed.id === "string") id = ` as release ${String(parsed.id)}`;
      } catch {
      }
      const again = res.statusCode === 200 ? " (already recorded: same build posted before)" : "";
      return { ok: true, line: `ledger: recorded${id} at ${where}${again}` };
    }
    switch (res.statusCode) {
      case 401:
        return { ok: false, line: `ledger refused the token in ${options.tokenEnv} (401${quoted}); set it to the service's SRP_API_TOKEN` };
      case 403:
        return { ok: false, line: `ledger refused the write (403${quoted}) at ${where}` };
      case 400:
        return { ok: false, line: `ledger rejected the record as invalid (400${quoted}); this is a bug in srp or the service, please report it` };
      case 409:
        return { ok: false, line: `ledger already holds a different record for this repository, commit and build number (409${quoted})` };
      case 413:
        return { ok: false, line: `ledger refused the record as too large (413${quoted})` };
      default:
        return { ok: false, line: `ledger answered ${res.statusCode}${quoted} at ${where}${res.statusCode >= 500 ? " after retries" : ""}` };
    }
  } catch (error) {
    const code = errorCode(error);
    const status = error.statusCode;
    if (typeof status === "number") {
      return { ok: false, line: `ledger answered ${status} at ${where} after ${options.retries} retries; the service may be down, rerun later` };
    }
    const what = code && /TIMEOUT/.test(code) ? "timed out" : "failed";
    return { ok: false, line: `ledger request to ${where} ${what} after ${options.retries} retries (${code ?? "network error"}); check the URL, proxy settings and that the service is up` };
  }
}
var import_undici2, RELEASES_PATH, RETRY_ERROR_CODES;
var init_post = __esm({
  "src/ledger/post.ts"() {
    "use strict";
    init_cjs_shims();
    import_undici2 = __toESM(require_p02(), 1);
    RELEASES_PATH = "/api/v1/releases";
    RETRY_ERROR_CODES = [
      "ECONNRESET",
      "ECONNREFUSED",
      "ENOTFOUND",
      "ENETDOWN",
      "ENETUNREACH",
      "EHOSTDOWN",
      "EHOSTUNREACH",
      "EPIPE",
      "UND_ERR_SOCKET",
      "UND_ERR_HEADERS_TIMEOUT",
      "UND_ERR_BODY_TIMEOUT",
      "UND_ERR_CONNECT_TIMEOUT"
    ];
  }
});

// src/commands/notify.ts
var notify_exports = {};
__export(notify_exports, {
  NOTIFY_HELP: () => NOTIFY_HELP,
  NOTIFY_OPTIONS: () => NOTIFY_OPTIONS,
  USER_AGENT: () => USER_AGENT,
  createDispatcher: () => createDispatcher,
  notifyAfterGate: () => notifyAfterGate,
  postStatuses: () => postStatuses,
  readGitFacts: () => readGitFacts
});
async function createDispatcher(env, timeoutMs) {
  const { EnvHttpProxyAgent } = await Promise.resolve().then(() => __toESM(require_p02(), 1));
  return new EnvHttpProxyAgent({
    // '' (not undefined) stops undici from reading process.env itself.
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connectTimeout: timeoutMs
  });
}
async function postStatuses(settings, intents, env, log, info = log) {
  const logLine = maskingToken(log, settings.token);
  const infoLine = maskingToken(info, settings.token);
  const dispatcher = await createDispatcher(env, settings.timeoutMs);
  const { target } = settings;
  try {
    const { createGitHubClient: createGitHubClient2 } = await Promise.resolve().then(() => (init_client(), client_exports));
    const { publishStatuses: publishStatuses2 } = await Promise.resolve().then(() => (init_publish(), publish_exports));
    const client = createGitHubClient2({
      token: settings.token,
      baseUrl: settings.baseUrl,
      dispatcher,
      userAgent: USER_AGENT,
      tuning: settings.tuning,
      log: logLine
    });
    if (settings.verbose) {
      logLine(`github: ${target.owner}/${target.repo}@${target.sha} (repository from ${target.from.repo}, commit from ${target.from.sha}) via ${settings.displayBaseUrl}`);
      client.hook.after("request", (response, options) => logLine(`github: ${options.method} ${options.url} \u2192 ${response.status}`));
      client.hook.error("request", (error, options) => {
        logLine(`github: ${options.method} ${options.url} \u2192 ${String(error.status ?? "network error")}`);
        throw error;
      });
    }
    const outcome2 = await publishStatuses2(client, target, intents, { baseUrl: settings.displayBaseUrl, tokenEnv: settings.tokenEnv });
    for (const i of outcome2.posted) infoLine(`github: ${i.context} \u2192 ${i.state}: ${i.description}`);
    for (const i of outcome2.unchanged) infoLine(`github: ${i.context} already ${i.state} with the same description; not posted again`);
    return outcome2.failures.map((f) => `github: ${maskToken(f, settings.token)}`);
  } finally {
    await dispatcher.destroy().catch(() => {
    });
  }
}
async function notifyGitHub({ ctx, git, info }) {
  const resolved = settingsOrReason(() => resolveGitHubSettings(ctx.values, ctx.env, git, ctx.tuning));
  if ("off" in resolved) {
    ctx.log(`github: statuses not posted: ${resolved.off}`);
    return false;
  }
  const { settings } = resolved;
  const options = { prefix: settings.prefix, expectedScanners: settings.expectedScanners, targetUrl: settings.targetUrl };
  const intents = ctx.verdict ? statusesForVerdict(ctx.verdict, options) : statusesForInputError(options);
  const failures = await postStatuses(settings, intents, ctx.env, ctx.log, info);
  for (const line2 of failures) ctx.log(line2);
  return failures.length === 0;
}
function readSarifBack(ctx) {
  const sarifFile = ctx.values.sarif;
  if (!sarifFile) return void 0;
  try {
    return (0, import_node_fs4.readFileSync)((0, import_node_path2.resolve)(ctx.cwd, sarifFile), "utf8");
  } catch {
    ctx.log(`ledger: SARIF log ${sarifFile} could not be read; recording the verdict without it`);
    return void 0;
  }
}
async function postLedger(ctx, settings, body2, info) {
  const dispatcher = await createDispatcher(ctx.env, settings.timeoutMs);
  try {
    const { postToLedger: postToLedger2 } = await Promise.resolve().then(() => (init_post(), post_exports));
    const outcome2 = await postToLedger2({
      url: settings.url,
      token: settings.token,
      tokenEnv: settings.tokenEnv,
      body: body2,
      dispatcher,
      retries: settings.retries,
      retryBaseMs: settings.retryBaseMs,
      userAgent: USER_AGENT
    });
    maskingToken(outcome2.ok ? info : ctx.log, settings.token)(outcome2.line);
    return outcome2.ok;
  } finally {
    await dispatcher.destroy().catch(() => {
    });
  }
}
async function notifyLedger({ ctx, git, info }) {
  if (!ctx.verdict) {
    info("ledger: nothing recorded: the gate could not read its inputs");
    return true;
  }
  const resolved = settingsOrReason(() => resolveLedgerSettings(ctx.values, ctx.env, git, ctx.tuning));
  if ("off" in resolved) {
    ctx.log(`ledger: verdict not recorded: ${resolved.off}`);
    return false;
  }
  const built = buildLedgerBody(ctx.verdict, resolved.settings.meta, readSarifBack(ctx));
  for (const note of built.notes) ctx.log(`ledger: ${note}`);
  return postLedger(ctx, resolved.settings, built.json, info);
}
async function notifyAfterGate(ctx) {
  const run3 = { ctx, git: gitFactsOnce(ctx.cwd), info: ctx.values.quiet === true ? () => {
  } : ctx.log };
  let ok = true;
  const steps = [
    ["github", ctx.values["github-status"] === true, notifyGitHub],
    ["ledger", typeof ctx.values["report-to"] === "string", notifyLedger]
  ];
  for (const [name, wanted, notify] of steps) {
    if (!wanted) continue;
    try {
      ok = await notify(run3) && ok;
    } catch (error) {
      ctx.log(`${name}: notification failed unexpectedly (${error instanceof Error ? error.constructor.name : typeof error}); this is a bug, please report it`);
      ok = false;
    }
  }
  return { ok };
}
var import_node_fs4, import_node_path2, USER_AGENT;
var init_notify = __esm({
  "src/commands/notify.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_fs4 = require("fs");
    import_node_path2 = require("path");
    init_statuses();
    init_record();
    init_git_facts();
    init_mask_token();
    init_notify_settings();
    init_notify_options();
    init_git_facts();
    USER_AGENT = "srp-policy-engine";
  }
});

// src/commands/gate.ts
var gate_exports = {};
__export(gate_exports, {
  GATE_HELP: () => GATE_HELP,
  runGateCommand: () => runGateCommand
});
function parseGateArgs(argv) {
  return parseCommandArgs("gate", argv, GATE_OPTIONS);
}
function gateInputPaths(values, reports) {
  const inputs = reports.map((file) => ({ role: "report", file }));
  if (values.policy) inputs.push({ role: "policy", file: values.policy });
  if (values.baseline) inputs.push({ role: "baseline", file: values.baseline });
  for (const file of values.trivyignore ?? []) inputs.push({ role: "ignore file", file });
  for (const file of values.gitleaksignore ?? []) inputs.push({ role: "ignore file", file });
  return inputs;
}
async function runGateCommand(argv, ctx) {
  const { values, positionals } = parseGateArgs(argv);
  if (values.help) {
    ctx.stdout(GATE_HELP);
    return EXIT.passed;
  }
  let evaluation;
  try {
    if (positionals.length === 0) throw new UsageError("gate: no report given; usage: srp gate [options] REPORT...");
    const requested = GATE_OUTPUTS.flatMap((o) => {
      const file = values[o.flag];
      return file ? [{ ...o, role: `--${o.flag}`, file }] : [];
    });
    checkOutputTargets(requested, gateInputPaths(values, positionals), ctx.cwd);
    const inputs = await readGateInputs(values, positionals, (0, import_node_path3.resolve)(ctx.cwd, values["source-root"] ?? "."));
    evaluation = evaluate({ ...inputs, now: ctx.now() });
    const evaluated = evaluation;
    writeOutputsAtomic(
      requested.map((o) => ({ file: o.file, produce: o.produce(inputs, evaluated) })),
      { cwd: ctx.cwd }
    );
  } catch (error) {
    if (error instanceof SrpError && notifying(values)) {
      await notifyAfterGate2({ inputError: printableLine(error.message, ERROR_MESSAGE_MAX_CHARS), values, env: ctx.env, cwd: ctx.cwd, log: ctx.stderr });
    }
    throw error;
  }
  if (!values.quiet) ctx.stdout(renderTerminalSummary(evaluation.verdict, { color: ctx.color }));
  const gateExit = evaluation.verdict.passed ? EXIT.passed : EXIT.blocked;
  const notified = notifying(values) ? await notifyAfterGate2({ verdict: evaluation.verdict, values, env: ctx.env, cwd: ctx.cwd, log: ctx.stderr }) : { ok: true };
  return gateExit === EXIT.passed && !notified.ok ? EXIT.networkError : gateExit;
}
async function notifyAfterGate2(ctx) {
  return (await Promise.resolve().then(() => (init_notify(), notify_exports))).notifyAfterGate(ctx);
}
var import_node_path3, GATE_OUTPUTS, OUTPUT_OPTIONS, GATE_HELP, GATE_OPTIONS;
var init_gate2 = __esm({
  "src/commands/gate.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_path3 = require("path");
    init_errors();
    init_limits();
    init_html();
    init_junit();
    init_markdown();
    init_sarif();
    init_terminal();
    init_verdict_json();
    init_evaluate();
    init_args();
    init_notify_options();
    init_inputs();
    init_output_file();
    GATE_OUTPUTS = [
      {
        flag: "sarif",
        help: "normalized SARIF 2.1.0 log with suppressions and baseline state",
        produce: (inputs, evaluation) => (write) => writeSarifLog(inputs.runs, evaluation, write)
      },
      {
        flag: "junit",
        help: "JUnit XML for Jenkins' junit step",
        produce: (inputs, evaluation) => (write) => writeJUnit(inputs.runs, evaluation, write)
      },
      {
        flag: "summary",
        help: "Markdown summary for reviewers",
        produce: (_inputs, evaluation) => (write) => write(renderMarkdownSummary(evaluation.verdict))
      },
      {
        flag: "json",
        help: "JSON verdict (passed, blocking, counts, byScanner, suppressions, ...)",
        produce: (_inputs, evaluation) => (write) => writeVerdictJson(evaluation.verdict, write)
      },
      {
        flag: "html",
        help: "self-contained HTML report (no script, no external request; phone and print)",
        produce: (_inputs, evaluation) => (write) => writeHtmlReport(evaluation.verdict, write)
      }
    ];
    OUTPUT_OPTIONS = Object.fromEntries(GATE_OUTPUTS.map(({ flag }) => [flag, { type: "string" }]));
    GATE_HELP = `Usage: srp gate [options] REPORT...

Reads Gitleaks/Trivy/SARIF reports, applies the release policy and decides whether the release may ship.
Exit codes: 0 passed, 1 blocked, 2 usage or input error (nothing written), 3 gate passed but a
notification (GitHub status, ledger) failed, 4 internal error.

Inputs
  --policy FILE          policy file (YAML or JSON, version: 1); default: CRITICAL/HIGH and secrets block
  --baseline FILE        previous SARIF log from srp: findings become new/unchanged/absent
  --trivyignore FILE     honour a .trivyignore (ids, exp:YYYY-MM-DD); repeatable
  --gitleaksignore FILE  honour a .gitleaksignore (fingerprints); repeatable
${helpLines(READ_OPTIONS_HELP)}Outputs (written only after every input was read and checked)
${helpLines(GATE_OUTPUTS.map(({ flag, help }) => ({ flag, arg: "FILE", text: help })))}                         Outputs are written all or none, each to its own file: two outputs on one
                         path, or an output on an input, is refused (exit 2)
  --quiet                print nothing on success but errors
Other
${helpLines(OTHER_OPTIONS_HELP)}
${NOTIFY_HELP}`;
    GATE_OPTIONS = {
      ...COMMON_INPUT_OPTIONS,
      policy: { type: "string" },
      baseline: { type: "string" },
      trivyignore: { type: "string", multiple: true },
      gitleaksignore: { type: "string", multiple: true },
      ...OUTPUT_OPTIONS,
      quiet: { type: "boolean", default: false },
      ...NOTIFY_OPTIONS
    };
  }
});

// src/commands/convert.ts
var convert_exports = {};
__export(convert_exports, {
  CONVERT_HELP: () => CONVERT_HELP,
  runConvertCommand: () => runConvertCommand
});
async function runConvertCommand(argv, ctx) {
  const { values, positionals } = parseCommandArgs("convert", argv, CONVERT_OPTIONS);
  if (values.help) {
    ctx.stdout(CONVERT_HELP);
    return EXIT.passed;
  }
  if (!values.sarif) throw new UsageError("convert: --sarif FILE is required; run 'srp convert --help'");
  if (positionals.length === 0) throw new UsageError("convert: no report given; usage: srp convert --sarif FILE REPORT...");
  checkOutputTargets([{ role: "--sarif", file: values.sarif }], positionals.map((file) => ({ role: "report", file })), ctx.cwd);
  const runs = readReports(positionals, values.format, (0, import_node_path4.resolve)(ctx.cwd, values["source-root"] ?? "."));
  const log = buildSarifLog(runs);
  writePiecesAtomic(values.sarif, (write) => writeBuiltSarifLog(log, write), { cwd: ctx.cwd });
  const read = runs.reduce((sum, run3) => sum + run3.results.length, 0);
  const written = log.runs.reduce((sum, run3) => sum + (run3.results?.length ?? 0), 0);
  ctx.stderr(`srp: wrote ${values.sarif} (${log.runs.length} run(s), ${written} result(s))`);
  if (written < read) {
    ctx.stderr(
      `srp: note: ${read - written} of ${read} results (${runs.length - log.runs.length} of ${runs.length} runs) are not in the log: GitHub code scanning accepts at most ${GITHUB_MAX_RUNS_PER_FILE} runs per file and ${GITHUB_MAX_RESULTS_PER_RUN} results per run (the log's notifications say what was cut); srp gate evaluates them all`
    );
  }
  return EXIT.passed;
}
var import_node_path4, CONVERT_OPTIONS, CONVERT_HELP;
var init_convert = __esm({
  "src/commands/convert.ts"() {
    "use strict";
    init_cjs_shims();
    import_node_path4 = require("path");
    init_errors();
    init_limits();
    init_sarif();
    init_args();
    init_inputs();
    init_output_file();
    CONVERT_OPTIONS = {
      ...COMMON_INPUT_OPTIONS,
      sarif: { type: "string" }
    };
    CONVERT_HELP = `Usage: srp convert --sarif FILE [--format FMT] REPORT...

Normalizes Gitleaks/Trivy/SARIF reports into one SARIF 2.1.0 log (one run per tool), redacting secrets.
Exit codes: 0 written, 2 usage or input error (nothing written).

${helpLines([
      { flag: "sarif", arg: "FILE", text: "the SARIF 2.1.0 log to write (required)" },
      ...READ_OPTIONS_HELP,
      ...OTHER_OPTIONS_HELP
    ])}`;
  }
});

// src/commands/status.ts
var status_exports = {};
__export(status_exports, {
  STATUS_HELP: () => STATUS_HELP,
  runStatusCommand: () => runStatusCommand
});
async function runStatusCommand(argv, ctx) {
  const { values } = parseCommandArgs("status", argv, STATUS_OPTIONS, false);
  if (values.help) {
    ctx.stdout(STATUS_HELP);
    return EXIT.passed;
  }
  const state = values.state;
  if (!state) throw new UsageError("status: --state is required (pending, success, failure or error); run 'srp status --help'");
  if (!STATUS_STATES.includes(state)) {
    throw new UsageError(`status: --state '${state}' must be one of ${STATUS_STATES.join(", ")}`);
  }
  const description = values.description ?? DEFAULT_DESCRIPTIONS[state];
  if ([...description].length > GITHUB_STATUS_DESCRIPTION_MAX) {
    throw new UsageError(`status: --description is ${[...description].length} characters; GitHub allows ${GITHUB_STATUS_DESCRIPTION_MAX}`);
  }
  const settings = resolveGitHubSettings(values, ctx.env, gitFactsOnce(ctx.cwd), ctx.tuning);
  const contexts = values.context && values.context.length > 0 ? values.context : [gateContext(settings.prefix)];
  for (const context of contexts) {
    if (!context.trim() || context.length > 255) throw new UsageError(`status: --context '${context}' must be 1-255 characters`);
  }
  const intents = contexts.map((context) => ({
    context,
    state,
    description: clampDescription(description),
    ...settings.targetUrl ? { targetUrl: settings.targetUrl } : {}
  }));
  const failures = await postStatuses(settings, intents, ctx.env, ctx.log);
  for (const line2 of failures) ctx.log(line2);
  return failures.length === 0 ? EXIT.passed : EXIT.networkError;
}
var STATUS_HELP, STATUS_OPTIONS, DEFAULT_DESCRIPTIONS;
var init_status = __esm({
  "src/commands/status.ts"() {
    "use strict";
    init_cjs_shims();
    init_errors();
    init_statuses();
    init_limits();
    init_args();
    init_git_facts();
    init_notify();
    init_notify_options();
    init_notify_settings();
    STATUS_HELP = `Usage: srp status --state pending|success|failure|error [options]

Posts one GitHub commit status (per --context) on the build's commit; a status whose state and
description the commit already shows is not posted again.
Exit codes: 0 posted or unchanged, 2 usage error (bad flag, no token, no repository/commit),
3 GitHub refused or could not be reached (one line says why).

${helpLines(
      [
        { flag: "state", arg: "S", text: "pending, success, failure or error (required)" },
        { flag: "context", arg: "C", text: "status context; repeatable (default: <prefix>/gate, i.e. security/gate)" },
        { flag: "description", arg: "D", text: `at most ${GITHUB_STATUS_DESCRIPTION_MAX} characters (default: a fixed text per state)` },
        { flag: "status-context-prefix", arg: "P", text: "prefix for the default context (default: security)" },
        { flag: "target-url", arg: "URL", text: "link on the status (default: BUILD_URL)" }
      ],
      NOTIFY_HELP_COLUMN
    )}${GITHUB_TARGET_HELP}${NETWORK_HELP}${helpLines([{ flag: "help", short: "h", text: "this help" }], NOTIFY_HELP_COLUMN)}See docs/github-statuses.md for the token's minimum scope and the Jenkins setup.
`;
    STATUS_OPTIONS = {
      state: { type: "string" },
      context: { type: "string", multiple: true },
      description: { type: "string" },
      "status-context-prefix": NOTIFY_OPTIONS["status-context-prefix"],
      "target-url": NOTIFY_OPTIONS["target-url"],
      ...GITHUB_TARGET_OPTIONS,
      ...NETWORK_OPTIONS,
      debug: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    };
    DEFAULT_DESCRIPTIONS = {
      pending: "pending: security checks are running",
      success: "passed",
      failure: "failed",
      error: "error: the security checks could not complete; see the build log"
    };
  }
});

// src/cli.ts
var cli_exports = {};
__export(cli_exports, {
  main: () => main
});
module.exports = __toCommonJS(cli_exports);
init_cjs_shims();
init_errors();
init_limits();
var VERSION = true ? "0.1.0" : "0.0.0-dev";
async function mainHelp() {
  const { REPORT_FORMATS: REPORT_FORMATS2 } = await Promise.resolve().then(() => (init_readers(), readers_exports));
  const formats = REPORT_FORMATS2.map((f) => `  ${f.format.padEnd(16)} ${f.description}`).join("\n");
  return `srp ${VERSION} \u2014 the Secure Release Platform policy engine

Usage:
  srp gate [options] REPORT...      normalize, apply the release policy, write outputs, exit 0/1
  srp convert --sarif F REPORT...   normalize reports to one SARIF 2.1.0 log
  srp status --state S [options]    post one GitHub commit status
  srp --version | --help            (srp COMMAND --help for each command's options)

Input formats (detected from content; --format forces one):
${formats}

Exit codes: 0 passed, 1 blocked, 2 usage or input error, 3 notification failed, 4 internal error.
Docs: ${DOCS_URL}
`;
}
async function main(argv, ctx) {
  const [command, ...rest] = argv;
  switch (command) {
    case "gate":
      return (await Promise.resolve().then(() => (init_gate2(), gate_exports))).runGateCommand(rest, ctx);
    case "convert":
      return (await Promise.resolve().then(() => (init_convert(), convert_exports))).runConvertCommand(rest, ctx);
    case "status": {
      const { runStatusCommand: runStatusCommand2 } = await Promise.resolve().then(() => (init_status(), status_exports));
      return runStatusCommand2(rest, { env: ctx.env, cwd: ctx.cwd, log: ctx.stderr, stdout: ctx.stdout });
    }
    case void 0:
    case "-h":
    case "--help":
    case "help":
      ctx.stdout(await mainHelp());
      return command === void 0 ? EXIT.inputError : EXIT.passed;
    case "-v":
    case "--version":
    case "version":
      ctx.stdout(`${VERSION}
`);
      return EXIT.passed;
    default:
      ctx.stderr(`srp: unknown command '${printableLine(command, 80)}'; expected gate, convert or status (srp --help)`);
      return EXIT.inputError;
  }
}
function describeFailure(error, debug) {
  if (error instanceof SrpError) {
    const message = printableLine(error.message, ERROR_MESSAGE_MAX_CHARS);
    return { line: `srp: error: ${message} (${DOCS_URL}#${error.docsAnchor})`, code: error.exitCode };
  }
  const kind = error instanceof Error ? error.constructor.name : typeof error;
  const detail = debug && error instanceof Error ? `
${error.stack ?? ""}` : " (rerun with --debug for the stack)";
  return { line: `srp: internal error (${kind}); this is a bug, please report it${detail}`, code: EXIT.internalError };
}
var streamsInUse = [];
function consoleStream(name) {
  const stream = process[name];
  if (!streamsInUse.includes(stream)) {
    stream.on("error", () => {
    });
    streamsInUse.push(stream);
  }
  return stream;
}
async function run2() {
  const argv = process.argv.slice(2);
  const ctx = {
    env: process.env,
    cwd: process.cwd(),
    now: () => /* @__PURE__ */ new Date(),
    get color() {
      return Boolean(consoleStream("stdout").isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
    },
    stdout: (text3) => consoleStream("stdout").write(text3),
    stderr: (line2) => consoleStream("stderr").write(`${printableLine(line2, ERROR_MESSAGE_MAX_CHARS)}
`)
  };
  try {
    process.exitCode = await main(argv, ctx);
  } catch (error) {
    const { line: line2, code } = describeFailure(error, argv.includes("--debug"));
    consoleStream("stderr").write(`${line2}
`);
    process.exitCode = code;
  }
  exitWhenFlushed();
}
function exitWhenFlushed() {
  const pending = streamsInUse.filter((stream) => stream.writableLength > 0);
  let waiting = pending.length;
  if (waiting === 0) process.exit();
  for (const stream of pending) {
    stream.once("drain", () => {
      waiting -= 1;
      if (waiting === 0) process.exit();
    });
  }
}
void run2();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
