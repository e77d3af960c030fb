// The published build: scripts/build-dist.py copies the page and its wasm into
// a folder that a static host serves as is. Served here from a subfolder (as
// GitHub Pages serves a project site), it must load, analyse, and ask for
// nothing outside its folder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, openPage, startServer, useBrowser } from './harness.mjs';

useBrowser();

test('dist/ works from a subfolder of any static host', async (t) => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'whosaid-dist-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  execFileSync('python3', ['scripts/build-dist.py', '--no-build', '--out', path.join(tmp, 'whosaid')], { cwd: ROOT });
  const { child, url } = await startServer(tmp);
  child.removeAllListeners('exit');
  t.after(() => child.kill('SIGTERM'));
  const { page, log } = await openPage(t, { url: `${url}whosaid/` });
  assert.ok(Number((await page.textContent('[data-count="source-named"]')) ?? 0) > 0, 'the sample is analysed');
  for (const request of log.requests) {
    assert.ok(request.startsWith(`${url}whosaid/`), `a request outside the page's folder: ${request}`);
  }
  assert.deepEqual(log.errors, []);
});
