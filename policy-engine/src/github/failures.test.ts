import { describe, expect, it } from 'vitest';
import { describeGitHubFailure } from './failures.js';

const ctx = { repository: 'acme/shop', sha: 'c0ffee'.padEnd(40, '0'), baseUrl: 'https://ghe.example.com/api/v3', tokenEnv: 'GH_STATUS_TOKEN' };
const TOKEN = 'ghp_failureTestSecret000000000000000000';

/** Shaped like Octokit's RequestError: the request (with its auth header) rides along. */
function requestError(status: number, data: unknown, message = 'x') {
  return Object.assign(new Error(message), {
    status,
    request: { method: 'POST', url: 'https://ghe.example.com/api/v3/repos/acme/shop/statuses/x', headers: { authorization: `token ${TOKEN}` } },
    response: { status, headers: {}, data },
  });
}

describe('describeGitHubFailure', () => {
  it('names the variable, never the token, even though the error object carries it', () => {
    const line = describeGitHubFailure(requestError(401, { message: 'Bad credentials' }, `token ${TOKEN}`), ctx);
    expect(line).toBe(
      'GitHub rejected the token in GH_STATUS_TOKEN (401 ("Bad credentials")): it is wrong, expired or revoked; create a new one (see docs/github-statuses.md)',
    );
    expect(line).not.toContain(TOKEN);
  });

  it('keeps GitHub\'s message on one line and short', () => {
    const line = describeGitHubFailure(requestError(422, { message: `Validation\nFailed${'!'.repeat(500)}`, errors: [{ code: 'invalid' }] }), ctx);
    expect(line).not.toMatch(/\n/);
    expect(line.length).toBeLessThan(400);
    expect(line).toMatch(/^GitHub refused the status on acme\/shop@c0ffee000000 as invalid \(422 \("Validation Failed!+/);
  });

  it('tells a rate limit that did not clear from a permission problem', () => {
    expect(describeGitHubFailure(requestError(403, { message: 'You have exceeded a secondary rate limit.' }), ctx)).toMatch(/rate limit .* did not clear/);
    expect(describeGitHubFailure(requestError(403, { message: 'Resource not accessible by integration' }), ctx)).toMatch(/needs "Commit statuses: Read and write"/);
  });

  it('classifies timeouts and refused connections through the cause chain', () => {
    const timeout = Object.assign(new Error('fetch failed'), { status: 500, cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } }) });
    expect(describeGitHubFailure(timeout, ctx)).toMatch(/timed out after retries \(UND_ERR_HEADERS_TIMEOUT\) reaching https:\/\/ghe\.example\.com\/api\/v3/);
    expect(describeGitHubFailure(new Error('weird'), ctx)).toMatch(/failed after retries \(network error\)/);
  });
});
