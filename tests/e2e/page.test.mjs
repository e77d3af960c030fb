// End-to-end test of the whosaid page in headless Chromium: the highlights.
//
//     node --test tests/e2e/          (needs the wasm build in www/pkg/: make wasm)
//     UPDATE_SCREENSHOT=1 node --test tests/e2e/    (also rewrites docs/screenshot.png)
//
// harness.mjs starts scripts/serve.py on a free loopback port and drives
// Debian's Chromium (/usr/bin/chromium) through playwright-core. This file
// checks that the page highlights exactly the spans the analyser returns, in
// both the CSS Custom Highlight API and the <mark> fallback; that pasted markup
// stays inert; that the page talks to nobody but its own origin, and to no one
// at all once it is ready (the analyser's worker loads after the load event);
// and that errors reach the message area. features.test.mjs covers the rest of
// the page, custom.test.mjs the reader's own words, dist.test.mjs the published
// build. Screenshots go to tests/e2e/artifacts/ (git-ignored).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_ARTICLE } from '../../www/sample.js';
import {
  ARTIFACTS, INERT_PAYLOAD, MULTIBYTE_ARTICLE, ROOT, analysisOf, baseUrl, checkView, layer, openPage,
  pasteText, setText, settle, useBrowser, viewState,
} from './harness.mjs';

useBrowser();

describe('the whosaid page', () => {
  test('loads its own static files only, shows the version, and reports no errors', async (t) => {
    const { page, log } = await openPage(t);
    const origin = new URL(baseUrl).origin;
    for (const url of log.requests) {
      assert.ok(url.startsWith(`${origin}/`), `request to another origin: ${url}`);
    }
    const paths = new Set(log.requests.map((url) => new URL(url).pathname));
    for (const expected of ['/', '/app.js', '/style.css', '/worker.js', '/pkg/whosaid.js', '/pkg/whosaid_bg.wasm']) {
      assert.ok(paths.has(expected), `${expected} was loaded`);
    }
    const wasm = log.requests.filter((url) => new URL(url).pathname === '/pkg/whosaid_bg.wasm');
    assert.equal(wasm.length, 1, 'the .wasm is fetched once');
    await page.waitForTimeout(300);
    assert.deepEqual(log.afterReady, [], 'no request once the page is ready');
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
      assert.ok(texts('hedge-writer', 'hedge-source').some((s) => /reportedly/.test(s)), '“reportedly” is a hedge');
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
      assert.match(await page.textContent('#details'), /anonymous source/i);
      await page.keyboard.press('Escape');
      assert.equal(await page.isHidden('#details'), true, 'Escape closes it');
      // The pointer still rests on the statement: the card stays closed
      // (the browser's move event as the card vanishes does not reopen it)...
      await page.waitForTimeout(500);
      assert.equal(await page.isHidden('#details'), true, 'it stays closed under a resting pointer');
      // ...until the pointer moves: then hovering shows it again.
      await page.mouse.move(point.x + 30, point.y);
      await page.mouse.move(point.x, point.y);
      await page.waitForSelector('#details:not([hidden])');
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
    const s = analysis.summary;
    const metrics = Object.fromEntries(
      await page.$$eval('.metric-value', (values) => values.map((v) => [v.dataset.metric, v.textContent])),
    );
    assert.deepEqual(metrics, {
      hedges_per_100_words: s.hedges_per_100_words.toFixed(1),
      hedge_voices: `${s.hedges_by_whose.writer} · ${s.hedges_by_whose.source}`,
      heavy_sentences: String(s.sentences_by_hedge_level.heavy),
      anonymous_share: `${Math.round(s.anonymous_share * 100)}%`,
      unattributed_sentences: String(s.sentences - s.attributed_sentences),
      hedged_claims: String(s.hedged_claims),
      anonymity: `${s.anonymity_explained} of ${s.anonymity_explained + s.anonymity_granted + s.anonymity_unexplained}`,
      sources: String(s.sources.length),
    });
    const tally = Object.fromEntries(
      await page.$$eval('[data-source-kind]', (items) => items.map((i) => [i.dataset.sourceKind, Number(i.textContent)])),
    );
    for (const kind of ['named', 'anonymous', 'vague', 'document']) {
      assert.equal(tally[kind], s.sources.filter((source) => source.kind === kind).length, `${kind} sources`);
    }
    const counts = await page.$$eval('[data-count]', (items) =>
      Object.fromEntries(items.map((i) => [i.dataset.count, i.textContent])),
    );
    for (const value of Object.values(counts)) assert.match(value, /^\d+$/);
    assert.equal(Number(counts['hedge-writer']), analysis.hedges.filter((h) => h.whose === 'writer').length);
    assert.equal(Number(counts['hedge-source']), analysis.hedges.filter((h) => h.whose === 'source').length);
    assert.ok(analysis.hedges.some((h) => h.whose === 'source' && !h.in_quote), 'the sample has a source’s hedge outside quotes');
    assert.equal(Number(counts.unsourced), analysis.unattributed.length);
    assert.equal(Number(counts['claim-anonymous']), analysis.claims.filter((c) => c.basis === 'anonymous').length);
    assert.equal(Number(counts['claim-hedged']), analysis.claims.filter((c) => c.hedged).length);
    assert.equal(await page.locator('#sources li').count(), Math.max(analysis.summary.sources.length, 1));
    assert.match(await page.textContent('#status'), /^\d+ words? · (<1|\d+) ms$/);
  });

  test('summary figures are non-zero for the sample', async (t) => {
    const { page } = await openPage(t);
    await setText(page, SAMPLE_ARTICLE);
    const metrics = await page.$$eval('.metric-value', (values) =>
      values.filter((v) => !['hedge_voices', 'unattributed_sentences', 'anonymity', 'heavy_sentences'].includes(v.dataset.metric)).map((v) => parseFloat(v.textContent)),
    );
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
    await page.click('input[data-layer="hedge-writer"]');
    const box = await page.locator('#view').boundingBox();
    await page.mouse.click(box.x + 120, box.y + 60);
    await page.mouse.move(box.x + 200, box.y + 120);
    await page.focus('#view');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(log.errors, []);
  });

  test('shows an error from analyze in the message area', async (t) => {
    const { page } = await openPage(t);
    const limit = await page.evaluate(async () => {
      const whosaid = await import('/pkg/whosaid.js');
      await whosaid.default();
      return whosaid.maxInputBytes();
    });
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
