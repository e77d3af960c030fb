// End-to-end tests of what the page offers beyond highlighting: the worker
// and live updates, the legend's switches, cards by mouse and keyboard, the
// scorecard's sources, exports and share links, files and rich-text pastes,
// the reader's own words, responsiveness with a 10 MB paste, accessibility
// (axe-core), and screenshots of the main states in light and dark.
//
//     node --test tests/e2e/          (needs the wasm build in www/pkg/: make wasm)

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SAMPLE_ARTICLE } from '../../www/sample.js';
import {
  ARTIFACTS, INERT_PAYLOAD, MULTIBYTE_ARTICLE, analysisOf, baseUrl, checkView, layer, openPage, pasteText,
  setText, settle, useBrowser, viewState,
} from './harness.mjs';

useBrowser();

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A plain-text article of about `words` words, built from the sample. */
function articleOf(words) {
  const paragraphs = SAMPLE_ARTICLE.split('\n\n');
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length];
    out.push(paragraph);
    n += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n');
}

/** Parses RFC 4180 CSV into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

/** Reads a download that `action` starts: `{ name, text }`. */
async function downloadOf(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

const countOf = (page, name) => page.textContent(`[data-count="${name}"]`).then(Number);

describe('the whosaid page, beyond highlighting', () => {
  test('analyses in a worker, live as you type, and the latest text wins', async (t) => {
    const { page, log } = await openPage(t);
    assert.equal(page.workers().length, 1, 'one analyser worker');
    await page.click('#clear');
    await page.type('#input', 'The deal could collapse, an unnamed official said. ', { delay: 10 });
    await settle(page);
    assert.equal((await viewState(page)).text, 'The deal could collapse, an unnamed official said. ');
    assert.equal(await countOf(page, 'hedge-source'), 1, '“could” is marked while typing, as the official’s hedge');
    assert.ok((await countOf(page, 'source-anonymous')) >= 1);
    // A burst of edits: only the last one is drawn.
    await page.evaluate(() => {
      const input = document.getElementById('input');
      for (let i = 1; i <= 20; i += 1) {
        input.value = `Officials said ${i} ships may sail.`;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await settle(page);
    assert.equal((await viewState(page)).text, 'Officials said 20 ships may sail.');
    checkView(await viewState(page), await analysisOf(page), 'Officials said 20 ships may sail.');
    assert.deepEqual(log.errors, []);
  });

  test('recovers from a crashed worker without a reload', async (t) => {
    const { page, log } = await openPage(t);
    const [worker] = page.workers();
    await worker.evaluate(() => setTimeout(() => {
      throw new Error('simulated analyser failure');
    }));
    await page.waitForSelector('#message:not([hidden])');
    assert.match(await page.textContent('#message'), /simulated analyser failure.*restarted/);
    await page.waitForFunction(() => document.getElementById('load-sample'));
    await setText(page, MULTIBYTE_ARTICLE);
    assert.equal(await page.isHidden('#message'), true, 'the message goes once an analysis succeeds');
    checkView(await viewState(page), await analysisOf(page), MULTIBYTE_ARTICLE);
    assert.ok(log.errors.every((e) => /simulated analyser failure/.test(e)), log.errors.join('\n'));
  });

  test('each legend switch hides and shows its layer', async (t) => {
    const { page } = await openPage(t);
    const before = await viewState(page);
    const layers = await page.$$eval('input[data-layer]', (boxes) => boxes.map((b) => [b.dataset.layer, b.checked]));
    assert.ok(layers.length >= 11);
    for (const [name, checked] of layers) {
      const own = (state) => layer(state, name, `${name}-hedged`).length;
      await page.click(`input[data-layer="${name}"]`);
      const toggled = await viewState(page);
      if (checked) assert.equal(own(toggled), 0, `${name} off`);
      else assert.ok(own(toggled) > 0, `${name} on`);
      await page.click(`input[data-layer="${name}"]`);
      assert.equal(own(await viewState(page)), own(before), `${name} restored`);
    }
    // Every switch has a colour and a second cue: an underline or a fill.
    const cues = await page.$$eval('.legend .swatch', (swatches) =>
      swatches.map((s) => {
        const style = getComputedStyle(s);
        return { line: style.textDecorationLine, fill: style.backgroundColor };
      }),
    );
    for (const cue of cues) assert.ok(cue.line !== 'none' || cue.fill !== 'rgba(0, 0, 0, 0)', JSON.stringify(cue));
  });

  test('explains a highlight on hover and by keyboard', async (t) => {
    const { page } = await openPage(t);
    // Hover over the first writer's hedge.
    const point = await page.evaluate(() => {
      const [range] = CSS.highlights.get('ws-hedge-writer');
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('#details:not([hidden])');
    const hover = await page.textContent('#details');
    assert.match(hover, /Hedge: \w+, the article hedges/);
    assert.ok(hover.includes(point.text), 'the card names the hedge word');
    assert.match(await page.textContent('.details-why'), /\w+.*\./, 'one sentence on why it matters');
    await page.mouse.move(5, 5);
    await page.waitForSelector('#details', { state: 'hidden' });

    // Keyboard: Tab reaches the article, the arrows step through the highlights.
    await page.focus('#input');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view', 'Tab reaches the article');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#details:not([hidden])');
    assert.match(await page.textContent('#stop-position'), /^1 \/ \d+$/);
    assert.ok((await page.locator('.focus-ring').count()) > 0, 'the current highlight is outlined');
    assert.match(await page.textContent('#announce'), /^1 of \d+\. .+/, 'announced to screen readers');
    const outline = await page.evaluate(() => getComputedStyle(document.getElementById('view')).outlineStyle);
    assert.notEqual(outline, 'none', 'the article shows keyboard focus');
    // Walk to an attribution and check the card names source, cue and claim.
    let text = '';
    for (let i = 0; i < 40 && !/Relayed by/.test(text); i += 1) {
      await page.keyboard.press('ArrowDown');
      text = await page.textContent('#details');
    }
    assert.match(text, /Relayed by.*Cue.*Claim/s, 'a relayed chain shows the relaying outlet');
    await page.keyboard.press('End');
    const [last, total] = (await page.textContent('#stop-position')).split(' / ');
    assert.equal(last, total);
    await page.keyboard.press('ArrowDown');
    assert.match(await page.textContent('#stop-position'), /^1 \//, 'wraps around');
    await page.keyboard.press('Escape');
    assert.equal(await page.isHidden('#details'), true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'keyboard-focus.png') }).catch(() => {});
  });

  test('the scorecard lists sources, and a source highlights its claims', async (t) => {
    const { page } = await openPage(t);
    const analysis = await analysisOf(page);
    const index = analysis.summary.sources.findIndex((s) => s.claims > 0);
    assert.ok(index >= 0);
    const source = analysis.summary.sources[index];
    await page.click(`#sources button[data-source="${index}"]`);
    assert.equal(await page.getAttribute(`#sources button[data-source="${index}"]`, 'aria-pressed'), 'true');
    const mentions = new Set(source.mentions);
    const expected = analysis.claims.filter((c) => c.attribution !== null && mentions.has(c.attribution));
    const selected = layer(await viewState(page), 'selected');
    assert.deepEqual(
      selected.map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]),
      expected.map((c) => [c.start, c.end]),
      `the claims of “${source.text}”`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'source-selected.png') });
    await page.click(`#sources button[data-source="${index}"]`);
    assert.equal(layer(await viewState(page), 'selected').length, 0, 'a second press clears it');
  });

  test('exports JSON, CSV and a Markdown report, and prints cleanly', async (t) => {
    const { page } = await openPage(t);
    const analysis = await analysisOf(page);
    const json = await downloadOf(page, () => page.click('[data-export="json"]'));
    assert.match(json.name, /^whosaid-.*\.json$/);
    assert.deepEqual(JSON.parse(json.text), analysis);

    const csv = await downloadOf(page, () => page.click('[data-export="csv"]'));
    assert.match(csv.name, /\.csv$/);
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0].slice(0, 8), ['cue', 'source', 'source_kind', 'resolved_kind', 'via', 'via_kind', 'content', 'basis']);
    assert.equal(rows.length, analysis.attributions.length + 1, 'one row per attribution');
    analysis.attributions.forEach((a, i) => {
      const row = Object.fromEntries(rows[0].map((name, j) => [name, rows[i + 1][j]]));
      assert.equal(row.cue, a.cue.text);
      assert.equal(row.source, a.source?.text ?? '');
      assert.equal(row.via, a.source?.via?.text ?? '');
      assert.equal(Number(row.cue_start), a.cue.start);
      assert.equal(SAMPLE_ARTICLE.slice(Number(row.cue_start), Number(row.cue_end)), a.cue.text);
    });

    const md = await downloadOf(page, () => page.click('[data-export="md"]'));
    assert.match(md.name, /\.md$/);
    assert.match(md.text, /^# whosaid report: /);
    assert.match(md.text, /## Scorecard/);
    assert.ok(md.text.includes(`| distinct sources | ${analysis.summary.sources.length} |`));

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.input-panel', '.toolbar', '.colophon'].map((s) => getComputedStyle(document.querySelector(s)).display),
    );
    assert.deepEqual(hidden, ['none', 'none', 'none'], 'print shows the article and scorecard only');
    await page.screenshot({ path: path.join(ARTIFACTS, 'print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  test('a share link carries the text in its fragment and restores it', async (t) => {
    const { page, context, log } = await openPage(t);
    await setText(page, MULTIBYTE_ARTICLE);
    await page.click('#share');
    await page.waitForSelector('#share-box:not([hidden])');
    const link = await page.inputValue('#share-url');
    assert.match(link, /#text=[A-Za-z0-9_-]+$/);
    assert.equal(new URL(link).hash, await page.evaluate(() => location.hash));
    const opened = await openPage(t, { context, url: link });
    assert.equal(await opened.page.inputValue('#input'), MULTIBYTE_ARTICLE, 'the text is restored');
    checkView(await viewState(opened.page), await analysisOf(opened.page), MULTIBYTE_ARTICLE);
    for (const url of [...log.requests, ...opened.log.requests]) {
      assert.ok(!url.includes('#text=') && !url.includes('text='), `the text never reaches the server: ${url}`);
    }
    // A damaged link says so and leaves the page usable.
    const damaged = await openPage(t, { context, url: `${baseUrl}#text=AAAA` });
    assert.match(await damaged.page.textContent('#message'), /share link is damaged/);
  });

  test('takes dropped files and rich-text pastes as plain text, inertly', async (t) => {
    const { page, log } = await openPage(t);
    const html =
      '<html><head><title>x</title><script>window.pwned = 1</script></head><body>' +
      '<h1>Port talks stall</h1><p>The deal <b>could</b> collapse, an unnamed official said.</p>' +
      '<p><a href="javascript:alert(1)">click</a><img src="/x" onerror="window.pwned = 2"></p></body></html>';
    const drop = (name, type, content) =>
      page.evaluate(
        ({ name, type, content }) => {
          const data = new DataTransfer();
          data.items.add(new File([content], name, { type }));
          const target = document.getElementById('input');
          for (const kind of ['dragenter', 'dragover', 'drop']) {
            target.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
          }
        },
        { name, type, content },
      );
    await drop('story.html', 'text/html', html);
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('Port talks stall'));
    await settle(page);
    assert.equal(
      await page.inputValue('#input'),
      'Port talks stall\n\nThe deal could collapse, an unnamed official said.\n\nclick',
    );
    assert.equal(await countOf(page, 'hedge-source'), 1, '“could” is the unnamed official’s hedge');
    await drop('notes.md', 'text/markdown', '# Notes\n\nCritics say it may fail.');
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('# Notes'));

    // A paste that offers only HTML (as some editors do) is reduced to its text.
    await page.click('#clear');
    await page.evaluate((markup) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `${html}${INERT_PAYLOAD}`);
    await settle(page);
    const value = await page.inputValue('#input');
    assert.ok(value.startsWith('Port talks stall'), value);
    assert.ok(!/<(script|img|svg|a |b>)|onerror|onload|javascript:/i.test(value.replace('<b>', '')), `no markup survives: ${value}`);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing in the HTML ran');
    assert.deepEqual(await page.$$eval('#view *', (els) => els.map((e) => e.tagName)), []);
    assert.ok(!log.requests.some((url) => new URL(url).pathname === '/x'), 'no image was loaded');
    assert.deepEqual(log.dialogs, []);
  });

  test('keeps the reader’s own words across reloads, and exports them', async (t) => {
    const { page, context } = await openPage(t);
    const before = { hedges: await countOf(page, 'hedge-writer'), vague: await countOf(page, 'source-vague') };
    await page.click('#open-words');
    await page.fill('#words-modal-add', 'fragile, deserved');
    await page.fill('#words-reportative-silence', 'reportedly');
    await page.fill('#words-vague-add', 'spokesman');
    await page.screenshot({ path: path.join(ARTIFACTS, 'words.png') });
    await page.click('#words-save');
    const after = { hedges: await countOf(page, 'hedge-writer') + (await countOf(page, 'hedge-source')), vague: await countOf(page, 'source-vague') };
    const analysis = await analysisOf(page);
    const kept = analysis.hedges.filter((h) => !/^reportedly$/i.test(h.text));
    const added = [...SAMPLE_ARTICLE.matchAll(/\b(fragile|deserved)\b/gi)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length }))
      .filter((w) => !kept.some((h) => h.start < w.end && w.start < h.end));
    assert.ok(added.length > 0);
    const expectedHedges = kept.length + added.length;
    assert.equal(after.hedges, expectedHedges, `silenced and added hedges: ${JSON.stringify(layer(await viewState(page), 'hedge-writer', 'hedge-source').map((h) => h.text))} ${JSON.stringify(analysis.hedges.map((h) => h.text))}`);
    assert.ok(after.vague > before.vague, '“spokesman” sources are now vague');
    const texts = layer(await viewState(page), 'hedge-writer', 'hedge-source').map((s) => s.text.toLowerCase());
    assert.ok(texts.includes('fragile') && !texts.includes('reportedly'));
    assert.equal(await page.textContent('#words-count'), '4');

    const reopened = await openPage(t, { context });
    assert.equal(await countOf(reopened.page, 'source-vague'), after.vague, 'kept across reloads');
    await reopened.page.click('#open-words');
    assert.equal(await reopened.page.inputValue('#words-modal-add'), 'fragile, deserved');
    const file = await downloadOf(reopened.page, () => reopened.page.click('#words-export'));
    const saved = JSON.parse(file.text);
    assert.deepEqual(saved.modal, { add: ['fragile', 'deserved'], silence: [] });
    assert.deepEqual(saved.reportative.silence, ['reportedly']);
    await reopened.page.click('#words-reset');
    await reopened.page.click('#words-save');
    assert.equal(await countOf(reopened.page, 'source-vague'), before.vague);
    void before.hedges;
  });

  test('stays responsive while a 10 MB paste is analysed', async (t) => {
    const { page } = await openPage(t);
    const big = SAMPLE_ARTICLE.repeat(Math.ceil(10e6 / SAMPLE_ARTICLE.length));
    await page.evaluate(() => {
      window.latencies = [];
      window.frames = [];
      const busy = () => 'busy' in document.documentElement.dataset;
      document.addEventListener('keydown', (event) => {
        if (busy()) window.latencies.push(performance.now() - event.timeStamp);
      });
      // Frame gaps while the worker works: a blocked main thread shows as a long gap.
      let last = 0;
      const frame = (now) => {
        if (busy() && last) window.frames.push(now - last);
        last = busy() ? now : 0;
        if (!window.stopFrames) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // Pasted as the browser does it: the new value, then an input event of type insertFromPaste.
    // (CDP's insertText of 10 MB into a <textarea> takes minutes, which is not what this measures.)
    const began = Date.now();
    await page.evaluate((text) => {
      const input = document.getElementById('input');
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, big);
    // The text area lays out 10 MB first (seconds, in the browser); then the worker works.
    await page.waitForSelector('#progress:not([hidden])', { timeout: 30_000 });
    await page.focus('#clear');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(30);
    }
    const { latencies, frames } = await page.evaluate(() => ({ latencies: window.latencies, frames: window.frames }));
    assert.ok(latencies.length >= 3, `measured ${latencies.length} key presses during the analysis`);
    assert.ok(frames.length >= 10, `measured ${frames.length} frames during the analysis`);
    const worst = Math.max(...latencies);
    const worstFrame = Math.max(0, ...frames);
    t.diagnostic(`during a 10 MB analysis: worst keydown latency ${worst.toFixed(1)} ms over ${latencies.length}, worst frame gap ${worstFrame.toFixed(1)} ms over ${frames.length}`);
    // Responsiveness is asserted by what happened, not by how fast: key presses
    // and frames were handled while the worker was busy (a blocked main thread
    // handles none). The latencies are reported, not asserted: speed belongs in
    // the benchmarks (scripts/bench-browser.mjs), and a loaded CI machine would
    // make a millisecond threshold flaky.
    await settle(page);
    t.diagnostic(`10 MB paste to highlights: ${Date.now() - began} ms (${await page.textContent('#status')} in the worker)`);
    assert.match(await page.textContent('#status'), /words ·/);
    assert.equal(await page.getAttribute('#view', 'data-windowed'), 'true', 'only the ranges near the visible text are registered');
  });

  test('paste-to-highlights time for 1,000 and 10,000 words', async (t) => {
    const { page } = await openPage(t);
    for (const words of [1000, 10000]) {
      const text = articleOf(words);
      // From the paste's input event (inputType insertFromPaste, as the browser
      // sends it) to the frame after the highlights are drawn.
      const ms = await page.evaluate(async (text) => {
        const input = document.getElementById('input');
        const begin = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
        await new Promise((resolve) => {
          const check = () => ('pending' in document.documentElement.dataset ? requestAnimationFrame(check) : resolve());
          requestAnimationFrame(check);
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - begin;
      }, text);
      const count = text.split(/\s+/).length;
      t.diagnostic(`paste-to-highlights, ${count} words: ${ms.toFixed(0)} ms`);
      console.log(`paste-to-highlights, ${count} words: ${ms.toFixed(0)} ms`);
      assert.ok(ms < 5000);
    }
  });

  test('has no serious or critical accessibility violations (axe-core)', async (t) => {
    for (const colorScheme of ['light', 'dark']) {
      // bypassCSP lets playwright inject axe's script; the page's own code is unchanged.
      const { page } = await openPage(t, { colorScheme, bypassCSP: true });
      await page.focus('#view');
      await page.keyboard.press('ArrowDown');
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(
        bad.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
        [],
        `${colorScheme} theme`,
      );
    }
  });

  test('saves screenshots of the main states, light and dark', async (t) => {
    for (const colorScheme of ['light', 'dark']) {
      const { page } = await openPage(t, { colorScheme });
      await page.evaluate(() => document.getElementById('input').blur());
      await page.screenshot({ path: path.join(ARTIFACTS, `ready-${colorScheme}.png`) });
      const point = await page.evaluate(() => {
        const [range] = CSS.highlights.get('ws-claim-anonymous');
        const rect = range.getClientRects()[0];
        return { x: rect.left + 30, y: rect.top + rect.height / 2 };
      });
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('#details:not([hidden])');
      await page.screenshot({ path: path.join(ARTIFACTS, `card-${colorScheme}.png`) });
      await page.keyboard.press('Escape');
      await page.focus('#view');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
      await page.screenshot({ path: path.join(ARTIFACTS, `keyboard-${colorScheme}.png`) });
    }
  });
});
