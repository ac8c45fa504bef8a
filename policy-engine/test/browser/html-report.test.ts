/**
 * `srp gate --html` in a real browser (headless Chromium from Debian): a blocked, a passing and a
 * hostile report are opened from disk. The hostile one is full of markup, event handlers,
 * `javascript:` links, CSS imports and bidi overrides pointing at a canary HTTP server: it must
 * render as text, run nothing (no console call, exception or dialog) and load nothing (no request
 * in the browser's network log beyond the page itself, no hit on the canary). Screenshots of each
 * page at desktop and phone width and in print media go to .srp-out/html-report/ for people to look
 * at; the phone layout must not scroll sideways. Chromium missing is a failure, not a skip.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR, fixture } from '../../src/paths.test-support.js';
import { Chromium, type CdpEvent } from '../support/chromium.js';
import { runSrp } from '../support/run-srp.js';

const SHOTS_DIR = join(REPO_DIR, '.srp-out', 'html-report');
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, mobile: true };
const DESKTOP = { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false };

let browser: Chromium;
let canary: Server;
let canaryHits: string[] = [];
let canaryUrl = '';
let dir: string;

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Runs the bundle like Jenkins does and returns the HTML file it wrote. */
function gateHtml(name: string, args: string[], expectedExit: number): string {
  const html = join(dir, `${name}.html`);
  const run = runSrp(['gate', '--quiet', '--html', html, ...args]);
  expect(run.status, run.stderr).toBe(expectedExit);
  return html;
}

function hostileReport(): string {
  const c = canaryUrl;
  const markup = [
    '\u202Egnp.exe \u2066isolated\u2069 \u001b[31mred',
    `<script>fetch('${c}/script')</script>`,
    `<img src="${c}/img.png" onerror="fetch('${c}/onerror')">`,
    `<a href="javascript:fetch('${c}/js-link')">click me</a>`,
    `<style>@import url(${c}/import.css); body{background:url(${c}/bg.png)}</style>`,
    `<iframe src="${c}/frame"></iframe><meta http-equiv="refresh" content="0;url=${c}/refresh">`,
    `"'><svg onload=fetch('${c}/svg')>`,
  ].join(' ');
  // Titles are cut at 160 characters: each piece also goes where it is shown whole.
  const report = JSON.parse(readFileSync(fixture('trivy/alpine-3.9-image-vulns.json'), 'utf8'));
  const vulnerability = report.Results[0].Vulnerabilities[0];
  vulnerability.Severity = 'CRITICAL';
  vulnerability.Title = markup;
  vulnerability.Description = markup;
  report.Results[0].Vulnerabilities[1].Title = markup.slice(markup.indexOf('<img'));
  report.Results[0].Vulnerabilities[1].Severity = 'HIGH';
  vulnerability.PrimaryURL = `javascript:fetch('${c}/primary')`;
  vulnerability.PkgName = `musl<img src=${c}/pkg.png>`;
  vulnerability.FixedVersion = `1.1.20-r5 <a href="${c}/fix">here</a>`;
  const path = join(dir, 'hostile.json');
  writeFileSync(path, JSON.stringify(report));
  return path;
}

interface PageResult {
  events: CdpEvent[];
  checks: Record<string, unknown>;
  shots: string[];
}

async function open(file: string, name: string): Promise<PageResult> {
  const sessionId = await browser.newPage();
  const url = pathToFileURL(file).href;
  const ownEvents = (): CdpEvent[] => browser.events.filter((e) => e.sessionId === sessionId);
  const shots: string[] = [];
  const shoot = async (label: string, metrics: typeof PHONE, media = ''): Promise<void> => {
    await browser.send('Emulation.setDeviceMetricsOverride', metrics, sessionId);
    await browser.send('Emulation.setEmulatedMedia', { media }, sessionId);
    const { data } = (await browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId)) as { data: string };
    const path = join(SHOTS_DIR, `${name}-${label}.png`);
    writeFileSync(path, Buffer.from(data, 'base64'));
    shots.push(path);
  };
  const evaluate = async (expression: string): Promise<unknown> =>
    ((await browser.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as { result: { value: unknown } }).result.value;

  await browser.send('Emulation.setDeviceMetricsOverride', DESKTOP, sessionId);
  await browser.send('Page.navigate', { url }, sessionId);
  await browser.waitFor((e) => e.sessionId === sessionId && e.method === 'Page.loadEventFired');
  await shoot('desktop', DESKTOP);
  await shoot('phone', PHONE);
  const phoneOverflow = await evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  await shoot('print', { width: 794, height: 1123, deviceScaleFactor: 1, mobile: false }, 'print');
  const { data: pdf } = (await browser.send('Page.printToPDF', { printBackground: true }, sessionId)) as { data: string };
  const checks = {
    phoneOverflow,
    scripts: await evaluate('document.scripts.length'),
    loaders: await evaluate("document.querySelectorAll('img,iframe,object,embed,link,base,form,svg,video,audio,[href],[src]').length"),
    handlers: await evaluate("[...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length"),
    styleSheets: await evaluate('document.styleSheets.length'),
    title: await evaluate('document.title'),
    text: await evaluate('document.body.innerText'),
    pdfHead: Buffer.from(pdf, 'base64').subarray(0, 5).toString('latin1'),
  };
  // Anything late (a timer, a lazy image) has had the screenshots' time to show up.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { events: ownEvents(), checks, shots };
}

/** Console calls, exceptions, dialogs, log entries and requests other than the page itself. */
function activity(result: PageResult, file: string): string[] {
  const url = pathToFileURL(file).href;
  const found: string[] = [];
  for (const e of result.events) {
    if (['Runtime.consoleAPICalled', 'Runtime.exceptionThrown', 'Page.javascriptDialogOpening', 'Log.entryAdded'].includes(e.method)) {
      found.push(`${e.method}: ${JSON.stringify(e.params).slice(0, 300)}`);
    }
    if (e.method === 'Network.requestWillBeSent') {
      const requestUrl = (e.params.request as { url: string }).url;
      if (requestUrl !== url) found.push(`request: ${requestUrl}`);
    }
  }
  return found;
}

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'srp-html-browser-'));
  canary = createServer((request, response) => {
    canaryHits.push(request.url ?? '');
    response.end();
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
  canaryHits = [];
  browser = Chromium.launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => canary?.close(resolve));
});

describe('the HTML report in headless Chromium', () => {
  it('a blocked report: verdict, blocking findings with where and fix; runs and loads nothing; fits a phone', async () => {
    const html = gateHtml('blocked', [fixture('trivy/alpine-3.9-image-vulns.json'), fixture('gitleaks/json-report-v8.30.json')], 1);
    const page = await open(html, 'blocked');
    expect(activity(page, html)).toEqual([]);
    expect(page.checks).toMatchObject({ scripts: 0, loaders: 0, handlers: 0, styleSheets: 1, phoneOverflow: 0, pdfHead: '%PDF-' });
    expect(page.checks.title).toMatch(/^Release gate BLOCKED: \d+ blocking findings$/);
    expect(page.checks.text).toContain('CVE-2019-14697');
    expect(page.checks.text).toContain('upgrade to 1.1.20-r5');
  });

  it('a passing report with a suppression expiring soon', async () => {
    const policy = join(dir, 'policy.yml');
    writeFileSync(
      policy,
      [
        'version: 1',
        'blockingSeverities: [CRITICAL]',
        'suppressions:',
        '  - id: CVE-2019-14697',
        '    reason: "musl fix ships with the next base image (SEC-12)"',
        `    expires: ${isoDay(5)}`,
        '  - id: CVE-2000-0001',
        '    reason: "left over from the old image"',
        '',
      ].join('\n'),
    );
    const html = gateHtml('passed', ['--policy', policy, fixture('trivy/alpine-3.9-image-vulns.json')], 0);
    const page = await open(html, 'passed');
    expect(activity(page, html)).toEqual([]);
    expect(page.checks).toMatchObject({ scripts: 0, loaders: 0, handlers: 0, phoneOverflow: 0, title: 'Release gate PASSED' });
    expect(page.checks.text).toMatch(/1 expiring soon/);
    expect(page.checks.text).toContain('Expiring soon');
    expect(page.checks.text).toContain('left over from the old image');
  });

  it('a report full of hostile strings renders them as text, runs nothing and loads nothing', async () => {
    const policy = join(dir, 'hostile-policy.yml');
    const reason = `<a href="javascript:fetch('${canaryUrl}/reason')">why</a> <script>fetch('${canaryUrl}/reason-script')</script>`;
    writeFileSync(policy, `version: 1\nsuppressions:\n  - id: CVE-2019-1551\n    reason: ${JSON.stringify(reason)}\n`);
    const ignore = join(dir, '.trivyignore');
    writeFileSync(ignore, `<iframe/src=${canaryUrl}/ignore></iframe>\n`);
    const html = gateHtml('hostile', ['--policy', policy, '--trivyignore', ignore, hostileReport()], 1);
    const page = await open(html, 'hostile');
    expect(activity(page, html)).toEqual([]);
    expect(canaryHits).toEqual([]);
    expect(page.checks).toMatchObject({ scripts: 0, loaders: 0, handlers: 0, styleSheets: 1, phoneOverflow: 0 });
    const text = page.checks.text as string;
    expect(text).toContain(`<script>fetch('${canaryUrl}/script')</script>`);
    expect(text).toContain(`<img src="${canaryUrl}/img.png" onerror=`);
    expect(text).toContain(`<a href="javascript:fetch('${canaryUrl}/reason')">why</a>`);
    expect(text).toContain(`<iframe/src=${canaryUrl}/ignore>`);
    // Bidi overrides and ESC show as escapes instead of reordering or hiding text.
    expect(text).toContain('\\u202egnp.exe \\u2066isolated\\u2069 \\x1b[31mred');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u001b]/);
  });

  // The control: the same probes on a page that does run and load things must see it, or the
  // empty lists above would prove nothing.
  it('the probes see a script run, a console call and a request on a page without our escaping', async () => {
    const control = join(dir, 'control.html');
    writeFileSync(control, `<!DOCTYPE html><title>control</title><img src="${canaryUrl}/control.png"><script>console.log('ran')</script>`);
    const page = await open(control, 'control');
    const seen = activity(page, control);
    expect(seen.some((line) => line.startsWith('Runtime.consoleAPICalled'))).toBe(true);
    expect(seen).toContain(`request: ${canaryUrl}/control.png`);
    expect(page.checks).toMatchObject({ scripts: 1, loaders: 1 });
    expect(canaryHits).toContain('/control.png');
  });
});
