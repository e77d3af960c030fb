// End-to-end test of the whosaid page in headless Chromium.
//
//     node --test tests/e2e/          (needs the wasm build in www/pkg/: make wasm)
//     UPDATE_SCREENSHOT=1 node --test tests/e2e/    (also rewrites docs/screenshot.png)
//
// Starts scripts/serve.py on a free loopback port, drives Debian's Chromium
// (/usr/bin/chromium) through playwright-core, and checks that the page
// highlights exactly the spans the analyser returns, in both the CSS Custom
// Highlight API and the <mark> fallback; that pasted markup stays inert; that
// the page talks to nobody but its own origin, and to no one at all once
// loaded; and that errors reach the message area. Screenshots go to
// tests/e2e/artifacts/ (git-ignored).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SAMPLE_ARTICLE } from '../../www/sample.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
/** Generous: the machine may be busy compiling while this runs. */
const TIMEOUT = 30_000;
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
const MULTIBYTE_ARTICLE =
  '🇺🇦 Kyiv — The deal could collapse, an unnamed official said on Tuesday. ' +
  '“It’s fragile 😬,” said Mehmet Aydın, a spokesman for the ministry.\n\n' +
  'Critics say the 𝒻𝒶𝓃𝒸𝓎 plan has reportedly been used before.';

const INERT_PAYLOAD =
  '<script>alert(1)</script>\n' +
  '<img src=x onerror="alert(2)">\n' +
  '<svg onload=alert(3)></svg> <b>bold</b> &lt;b&gt; said an official, who may be <i>wrong</i>.';

let server;
let baseUrl;
let browser;

/** Starts scripts/serve.py on a free port; resolves with its address. */
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['scripts/serve.py', '--port', '0', '--quiet', '--root', 'www'], {
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

/**
 * Opens the page in a fresh context and waits until it is ready. With
 * `fallback`, the CSS Custom Highlight API is removed before any script runs.
 */
async function openPage(t, { fallback = false, viewport = { width: 1440, height: 900 }, colorScheme = 'light', ...options } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  const log = { requests: [], afterLoad: [], errors: [], dialogs: [] };
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('request', (request) => {
    log.requests.push(request.url());
    if (loaded) log.afterLoad.push(request.url());
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
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForSelector('html[data-state="ready"]', { timeout: TIMEOUT });
  await settle(page);
  return { page, log };
}

/** Waits until no analysis is pending. */
async function settle(page) {
  await page.waitForFunction(() => !('pending' in document.documentElement.dataset), null, { timeout: TIMEOUT });
}

/** Replaces the text area's content the way `fill` does, and waits for the analysis. */
async function setText(page, text) {
  await page.fill('#input', text);
  await settle(page);
}

/** Replaces the text area's content as a paste would (an insertText input event). */
async function pasteText(page, text) {
  await page.focus('#input');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
  await settle(page);
}

/** The analysis of the current text, from the page's own (already loaded) module. */
function analysisOf(page) {
  return page.evaluate(async () => {
    const whosaid = await import('/pkg/whosaid.js');
    return whosaid.analyze(document.getElementById('input').value);
  });
}

/**
 * What the view shows: its text, its mode, and per layer the highlighted
 * ranges (Highlight API) or marked pieces (fallback), each as
 * `{ start, end, text, expected }` where `expected` is `text.slice(start, end)`.
 */
function viewState(page) {
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
function cover(spans) {
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
function covers(outer, inner) {
  return inner.every(([start, end]) => outer.some(([s, e]) => s <= start && end <= e));
}

const layer = (state, ...names) => names.flatMap((name) => state.layers[name] ?? []);
const sourceKind = (source) => (source.kind === 'pronoun' ? source.resolved_kind : source.kind);

/** Checks the view against the analysis: text, range texts, and each layer's coverage. */
function checkView(state, analysis, input) {
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
  assert.deepEqual(cover(layer(state, 'hedge')), cover(analysis.hedges), 'hedge words');
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

describe('the whosaid page', () => {
  test('loads its own static files only, shows the version, and reports no errors', async (t) => {
    const { page, log } = await openPage(t);
    const origin = new URL(baseUrl).origin;
    for (const url of log.requests) {
      assert.ok(url.startsWith(`${origin}/`), `request to another origin: ${url}`);
    }
    const paths = new Set(log.requests.map((url) => new URL(url).pathname));
    for (const expected of ['/', '/app.js', '/style.css', '/pkg/whosaid.js', '/pkg/whosaid_bg.wasm']) {
      assert.ok(paths.has(expected), `${expected} was loaded`);
    }
    assert.deepEqual(log.afterLoad, [], 'no request after the load event');
    assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);
    assert.equal(await page.getAttribute('#view', 'data-mode'), 'highlight-api');
    assert.equal(await page.isHidden('#message'), true, 'no error message');
    assert.equal(await page.inputValue('#input'), SAMPLE_ARTICLE, 'the sample is prefilled');
    assert.deepEqual(log.errors, []);
  });

  for (const fallback of [false, true]) {
    const mode = fallback ? 'the <mark> fallback' : 'the Highlight API';
    test(`highlights exactly the analysed spans with ${mode}`, async (t) => {
      const { page, log } = await openPage(t, { fallback });
      for (const text of [SAMPLE_ARTICLE, MULTIBYTE_ARTICLE]) {
        await setText(page, text);
        const state = await viewState(page);
        assert.equal(state.mode, fallback ? 'marks' : 'highlight-api');
        checkView(state, await analysisOf(page), text);
      }
      assert.deepEqual(log.errors, []);
    });

    test(`marks anonymous-source and hedged statements in the sample with ${mode}`, async (t) => {
      const { page } = await openPage(t, { fallback });
      await setText(page, SAMPLE_ARTICLE);
      const state = await viewState(page);
      const texts = (...names) => layer(state, ...names).map((s) => s.text);
      assert.ok(layer(state, 'claim-anonymous', 'claim-anonymous-hedged').length > 0, 'an anonymous-source statement');
      assert.ok(
        layer(state, 'claim-hedged', 'claim-anonymous-hedged', 'claim-unattributed-hedged').length > 0,
        'a hedged statement',
      );
      assert.ok(texts('hedge').some((s) => /reportedly/.test(s)), '“reportedly” is a hedge');
      assert.ok(texts('source-anonymous').some((s) => /person familiar with the talks/.test(s)));
      assert.ok(texts('source-named').some((s) => /Okafor/.test(s)));
      assert.ok(texts('source-vague').some((s) => /Critics/.test(s)));
      assert.ok(
        !texts('source-named', 'source-anonymous', 'source-vague', 'source-document').some((s) =>
          /senior Russian officials/.test(s),
        ),
        '“talks with senior Russian officials” names no source',
      );
      const sources = await page.$$eval('#sources .source-text', (items) => items.map((i) => i.textContent));
      assert.ok(!sources.some((s) => /senior Russian officials/.test(s)), 'actors are not sources');

      // A click on an anonymous-source statement explains it.
      const point = await page.evaluate(() => {
        const view = document.getElementById('view');
        const target =
          view.dataset.mode === 'marks'
            ? view.querySelector('mark.ws-claim-anonymous, mark.ws-claim-anonymous-hedged')
            : [...CSS.highlights.get('ws-claim-anonymous'), ...CSS.highlights.get('ws-claim-anonymous-hedged')][0];
        const widest = () => [...target.getClientRects()].sort((a, b) => b.width - a.width)[0];
        view.scrollTop += widest().top - view.getBoundingClientRect().top - view.clientHeight / 3;
        const rect = widest();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.click(point.x, point.y);
      assert.equal(await page.isVisible('#details'), true, 'the details card opens');
      assert.match(await page.textContent('#details'), /Anonymous source/);
      await page.keyboard.press('Escape');
      assert.equal(await page.isHidden('#details'), true, 'Escape closes it');
    });

    test(`keeps pasted markup inert with ${mode}`, async (t) => {
      const { page, log } = await openPage(t, { fallback });
      const before = await page.evaluate(() => ({
        scripts: document.scripts.length,
        images: document.images.length,
      }));
      await pasteText(page, INERT_PAYLOAD);
      await page.waitForTimeout(300); // time for any onerror or onload to fire
      const state = await viewState(page);
      assert.deepEqual(state.problems, [], 'the view holds only text and marks');
      assert.equal(state.text, INERT_PAYLOAD, 'the markup is shown as text');
      const after = await page.evaluate(() => ({
        scripts: document.scripts.length,
        images: document.images.length,
        injected: document.querySelectorAll('#view script, #view img, #view svg, #view b, #view i').length,
      }));
      assert.deepEqual(after, { ...before, injected: 0 });
      assert.deepEqual(log.dialogs, [], 'no dialog opened');
      assert.ok(!log.requests.some((url) => new URL(url).pathname === '/x'), 'the <img> was never loaded');
    });
  }

  test('shows numbers in the summary and the legend', async (t) => {
    const { page } = await openPage(t);
    await setText(page, SAMPLE_ARTICLE);
    const analysis = await analysisOf(page);
    const metrics = await page.$$eval('.metric-value', (values) => values.map((v) => v.textContent));
    assert.equal(metrics.length, 4);
    for (const value of metrics) assert.match(value, /^\d+(\.\d)?%?$/, `a number: ${value}`);
    assert.equal(metrics[0], analysis.summary.hedges_per_100_words.toFixed(1));
    assert.equal(metrics[1], `${Math.round(analysis.summary.anonymous_share * 100)}%`);
    const counts = await page.$$eval('[data-count]', (items) =>
      Object.fromEntries(items.map((i) => [i.dataset.count, i.textContent])),
    );
    for (const value of Object.values(counts)) assert.match(value, /^\d+$/);
    assert.equal(Number(counts.hedge), analysis.hedges.length);
    assert.equal(Number(counts['claim-anonymous']), analysis.claims.filter((c) => c.basis === 'anonymous').length);
    assert.equal(Number(counts['claim-hedged']), analysis.claims.filter((c) => c.hedged).length);
    assert.equal(await page.locator('#sources li').count(), Math.max(analysis.summary.sources.length, 1));
    assert.match(await page.textContent('#status'), /^\d+ words? · (<1|\d+) ms$/);
  });

  test('summary figures are non-zero for the sample', async (t) => {
    const { page } = await openPage(t);
    await setText(page, SAMPLE_ARTICLE);
    const metrics = await page.$$eval('.metric-value', (values) => values.map((v) => parseFloat(v.textContent)));
    assert.ok(metrics.every((value) => value > 0), `hedges, anonymous share, hedged statements and sources: ${metrics}`);
    const kinds = await page.$$eval('#sources .badge', (items) => items.map((i) => i.textContent));
    for (const kind of ['named', 'anonymous', 'vague', 'document']) assert.ok(kinds.includes(kind), `a ${kind} source`);
  });

  test('makes no request after loading, while typing, pasting and clicking', async (t) => {
    const { page, log } = await openPage(t);
    const loaded = log.requests.length;
    await page.click('#clear');
    await page.type('#input', 'Officials said the talks may resume. ', { delay: 5 });
    await settle(page);
    await pasteText(page, MULTIBYTE_ARTICLE);
    await page.click('#load-sample');
    await settle(page);
    await page.click('input[data-layer="claim-outlet"]');
    await page.click('input[data-layer="hedge"]');
    const box = await page.locator('#view').boundingBox();
    await page.mouse.click(box.x + 120, box.y + 60);
    await page.waitForTimeout(300);
    assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(log.errors, []);
  });

  test('shows an error from analyze in the message area', async (t) => {
    const { page } = await openPage(t);
    const limit = await page.evaluate(async () => (await import('/pkg/whosaid.js')).maxInputBytes());
    // The text area is hidden while it holds the oversized text: laying out
    // 32 MiB in a <textarea> takes Chromium half a minute, and that is not
    // what this test is about.
    await page.evaluate((bytes) => {
      const input = document.getElementById('input');
      input.hidden = true;
      input.value = 'word '.repeat(Math.ceil((bytes + 1) / 5));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, limit);
    await settle(page);
    assert.equal(await page.isVisible('#message'), true, 'the message is shown');
    assert.match(await page.textContent('#message'), /Could not analyse this text: .*(MiB|limit|large)/i);
    await page.evaluate((text) => {
      const input = document.getElementById('input');
      input.value = text;
      input.hidden = false;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, SAMPLE_ARTICLE);
    await settle(page);
    assert.equal(await page.isHidden('#message'), true, 'it goes once the text is fine again');
  });

  test('fits a phone screen and a dark theme, and saves screenshots', async (t) => {
    const phone = await openPage(t, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const widths = await phone.page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(widths[0] <= widths[1], `no horizontal scrolling on a phone: ${widths}`);
    await phone.page.screenshot({ path: path.join(ARTIFACTS, 'page-phone.png'), fullPage: true });

    const dark = await openPage(t, { colorScheme: 'dark' });
    await dark.page.screenshot({ path: path.join(ARTIFACTS, 'page-dark.png') });

    const { page } = await openPage(t);
    await setText(page, SAMPLE_ARTICLE);
    await page.evaluate(() => {
      const input = document.getElementById('input');
      input.blur();
      input.setSelectionRange(0, 0);
      input.scrollTop = 0;
    });
    const shot = path.join(ARTIFACTS, 'page.png');
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      copyFileSync(shot, path.join(ROOT, 'docs/screenshot.png'));
    }
  });
});
