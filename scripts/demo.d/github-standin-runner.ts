/**
 * Runs the GitHub stand-in the engine's tests use (policy-engine/test/github-standin) as a process,
 * for `npm run demo` and its end-to-end check. scripts/demo.d/lib.sh bundles this file with the
 * esbuild that tsup already installs, so the demo needs no TypeScript runner of its own.
 *
 *   node runner.mjs READY_FILE RECORD_FILE OWNER/NAME SHA...   (token from STANDIN_TOKEN)
 *
 * READY_FILE gets {"url", "control"} once both servers listen on loopback. `url` is the GitHub API
 * base for `srp gate --github-api-url`; `control` answers GET /requests and GET /mismatches with what
 * the stand-in recorded (never an Authorization header). On SIGTERM or SIGINT the same record is
 * written to RECORD_FILE and both servers close.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGitHubStandin } from '../../policy-engine/test/github-standin/standin.js';

const [readyFile, recordFile, repo, ...shas] = process.argv.slice(2);
const token = process.env.STANDIN_TOKEN;
if (!readyFile || !recordFile || !repo || shas.length === 0 || !token) {
  console.error('github-standin: usage: STANDIN_TOKEN=... runner.mjs READY_FILE RECORD_FILE OWNER/NAME SHA...');
  process.exit(2);
}

const gh = await startGitHubStandin({ token, repos: { [repo]: shas } });
const record = () => ({
  requests: gh.requests.map(({ method, url, operationId, answered, body }) => ({ method, url, operationId, answered, body })),
  mismatches: gh.mismatches,
});

const control = createServer((req, res) => {
  const view = record();
  const payload = req.url === '/requests' ? view.requests : req.url === '/mismatches' ? view.mismatches : undefined;
  res.statusCode = payload === undefined ? 404 : 200;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(payload ?? { message: 'GET /requests or /mismatches' }));
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
writeFileSync(readyFile, JSON.stringify({ url: gh.url, control: controlUrl }));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  writeFileSync(recordFile, JSON.stringify(record(), null, 2));
  control.closeAllConnections();
  await Promise.all([gh.close(), new Promise<void>((resolve) => control.close(() => resolve()))]);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
