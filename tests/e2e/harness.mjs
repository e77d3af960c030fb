// Shared by the end-to-end tests: a loopback server (scripts/serve.py), Debian's
// Chromium through playwright-core, and helpers that read the page's state.
// Not a test file itself (node --test runs only *.test.mjs here).

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
/** Generous: the machine may be busy compiling while this runs. */
export const TIMEOUT = 30_000;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Text whose UTF-16 offsets differ from its UTF-8 and code point offsets. */
export const MULTIBYTE_ARTICLE =
  '🇺🇦 Kyiv — The deal could collapse, an unnamed official said on Tuesday. ' +
  '“It’s fragile 😬,” said Mehmet Aydın, a spokesman for the ministry.\n\n' +
  'Critics say the 𝒻𝒶𝓃𝒸𝓎 plan has reportedly been used before.';

export const INERT_PAYLOAD =
  '<script>alert(1)</script>\n' +
  '<img src=x onerror="alert(2)">\n' +
  '<svg onload=alert(3)></svg> <b>bold</b> &lt;b&gt; said an official, who may be <i>wrong</i>.';

let server;
export let baseUrl;
export let browser;

/** Starts scripts/serve.py on a free port, serving `root`; resolves with `{ child, url }`. */
export function startServer(root = 'www') {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['scripts/serve.py', '--port', '0', '--quiet', '--root', root], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve.py did not start:\n${output}`)), 10_000);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/whosaid is served at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.py exited with ${code}:\n${output}`));
    });
  });
}

/** Registers the hooks that start the server and the browser for the calling test file. */
export function useBrowser() {
before(async () => {
  const pkg = path.join(ROOT, 'www/pkg/whosaid.js');
  assert.ok(
    existsSync(pkg),
    `${path.relative(ROOT, pkg)} is missing: build the WebAssembly module first (make wasm, ` +
      'or python3 scripts/build-wasm.py); make test does it for you',
  );
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (scripts/setup.sh)`);
  ({ child: server, url: baseUrl } = await startServer());
  server.removeAllListeners('exit');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});
}

/**
 * Opens the page in a fresh context and waits until it is ready. With
 * `fallback`, the CSS Custom Highlight API is removed before any script runs.
 */
export async function openPage(t, { fallback = false, viewport = { width: 1440, height: 900 }, colorScheme = 'light', url, context: given, ...options } = {}) {
  const context = given ?? (await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, acceptDownloads: true, ...options }));
  if (!given) t.after(() => context.close());
  const page = await context.newPage();
  // `afterReady`: requests once the page and its worker are ready (the worker
  // and its module load after the document's load event, as workers do).
  const log = { requests: [], afterReady: [], errors: [], dialogs: [] };
  let ready = false;
  page.on('request', (request) => {
    log.requests.push(request.url());
    if (ready) log.afterReady.push(request.url());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  if (fallback) {
    await page.addInitScript(() => {
      delete CSS.highlights;
      delete window.Highlight;
    });
  }
  await page.goto(url ?? baseUrl, { waitUntil: 'load' });
  await page.waitForSelector('html[data-state="ready"]', { timeout: TIMEOUT });
  await settle(page);
  ready = true;
  return { page, log, context };
}

/** Waits until no analysis is pending. */
export async function settle(page) {
  await page.waitForFunction(() => !('pending' in document.documentElement.dataset), null, { timeout: TIMEOUT });
}

/** Replaces the text area's content the way `fill` does, and waits for the analysis. */
export async function setText(page, text) {
  await page.fill('#input', text);
  await settle(page);
}

/** Replaces the text area's content as a paste would (an insertText input event). */
export async function pasteText(page, text) {
  await page.focus('#input');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
  await settle(page);
}

/** The analysis of the current text, from the wasm module loaded again in the page's main thread (a reference independent of the worker). */
export function analysisOf(page) {
  return page.evaluate(async () => {
    const whosaid = await import('/pkg/whosaid.js');
    await whosaid.default();
    return whosaid.analyze(document.getElementById('input').value);
  });
}

/**
 * What the view shows: its text, its mode, and per layer the highlighted
 * ranges (Highlight API) or marked pieces (fallback), each as
 * `{ start, end, text, expected }` where `expected` is `text.slice(start, end)`.
 */
export function viewState(page) {
  return page.evaluate(() => {
    const view = document.getElementById('view');
    const source = view.textContent;
    const layers = {};
    const problems = [];
    if (view.dataset.mode === 'highlight-api') {
      if (view.childNodes.length > 1 || (view.firstChild && view.firstChild.nodeType !== Node.TEXT_NODE)) {
        problems.push('the view holds more than one text node');
      }
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ws-')) continue;
        layers[name.slice(3)] = [...highlight].map((range) => {
          if (range.startContainer !== view.firstChild || range.endContainer !== view.firstChild) {
            problems.push(`a ${name} range is outside the view's text node`);
          }
          return {
            start: range.startOffset,
            end: range.endOffset,
            text: range.toString(),
            expected: source.slice(range.startOffset, range.endOffset),
          };
        });
      }
    } else {
      for (const element of view.querySelectorAll('*')) {
        if (element.tagName !== 'MARK' || !/^ws-[a-z-]+$/.test(element.className)) {
          problems.push(`unexpected element in the view: <${element.tagName.toLowerCase()} class="${element.className}">`);
          continue;
        }
        const start = Number(element.dataset.start);
        const end = Number(element.dataset.end);
        (layers[element.className.slice(3)] ??= []).push({
          start,
          end,
          text: element.textContent,
          expected: source.slice(start, end),
        });
      }
    }
    return { mode: view.dataset.mode, text: source, layers, problems };
  });
}

/** Sorted, merged `[start, end]` intervals. */
export function cover(spans) {
  const sorted = spans.map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether every interval of `inner` lies within one interval of `outer`. */
export function covers(outer, inner) {
  return inner.every(([start, end]) => outer.some(([s, e]) => s <= start && end <= e));
}

export const layer = (state, ...names) => names.flatMap((name) => state.layers[name] ?? []);
export const sourceKind = (source) => (source.kind === 'pronoun' ? source.resolved_kind : source.kind);

/** Checks the view against the analysis: text, range texts, and each layer's coverage. */
export function checkView(state, analysis, input) {
  assert.deepEqual(state.problems, []);
  assert.equal(state.text, input, 'the view shows the text area’s text');
  for (const [name, spans] of Object.entries(state.layers)) {
    for (const span of spans) {
      assert.equal(span.text, span.expected, `${name} [${span.start}, ${span.end}) covers text.slice(start, end)`);
    }
  }
  for (const span of [...analysis.hedges, ...analysis.claims]) {
    assert.equal(span.text, input.slice(span.start, span.end), 'analysis offsets are UTF-16');
  }
  const claims = (test) => analysis.claims.filter(test);
  assert.deepEqual(cover(layer(state, 'hedge-writer')), cover(analysis.hedges.filter((h) => h.whose === 'writer')), 'the writer’s hedges');
  assert.deepEqual(cover(layer(state, 'hedge-source')), cover(analysis.hedges.filter((h) => h.whose === 'source')), 'sources’ hedges');
  assert.deepEqual(cover(layer(state, 'unsourced')), cover(analysis.unattributed), 'what is credited to no one');
  assert.deepEqual(
    cover(layer(state, 'claim-anonymous', 'claim-anonymous-hedged')),
    cover(claims((c) => c.basis === 'anonymous')),
    'anonymous-source statements',
  );
  assert.deepEqual(
    cover(layer(state, 'claim-hedged', 'claim-anonymous-hedged', 'claim-unattributed-hedged')),
    cover(claims((c) => c.hedged)),
    'hedged statements',
  );
  assert.deepEqual(
    cover(layer(state, 'claim-unattributed', 'claim-unattributed-hedged')),
    cover(claims((c) => c.basis === 'unattributed')),
    'statements attributed to no one',
  );
  for (const kind of ['named', 'anonymous', 'vague', 'document']) {
    const sources = analysis.attributions.flatMap((a) => {
      const found = [];
      if (a.source && sourceKind(a.source) === kind) found.push(a.source);
      if (a.source?.via?.kind === kind) found.push(a.source.via);
      return found;
    });
    assert.ok(covers(cover(layer(state, `source-${kind}`)), cover(sources)), `${kind} sources are marked`);
  }
}

