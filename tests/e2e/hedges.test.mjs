// End-to-end tests of what the page shows about hedges and unsourced claims:
// whose hedge each cue is (the article's or a source's, in quotes or not),
// each cue's strength, the hedge level of stacked cues, and what is credited
// to no one (agentless and impersonal frames, documents with no one behind
// them, quoted phrases with no speaker), in the highlights, the cards, the
// legend, the scorecard and the Markdown report.
//
//     node --test tests/e2e/hedges.test.mjs   (needs the wasm build in www/pkg/: make wasm)

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analysisOf, checkView, cover, layer, openPage, setText, useBrowser, viewState } from './harness.mjs';

useBrowser();

/** Written for this test: each line shows one thing the page must tell apart. */
const STORY = [
  'Apparently the fire could potentially have been set on purpose.',
  'Officials said the ceasefire may collapse within days.',
  '“It is probably the hardest round so far,” said Petra Lindqvist, a spokeswoman for the mediators.',
  'The so-called “peace plan” was shelved on Monday.',
  'It is believed that the general fled. According to one account, he left at dawn.',
].join('\n\n');

/** Points the mouse at the middle of `word` (its first occurrence) in the view, and clicks. */
async function clickWord(page, word) {
  // Close any open card first: it may cover the word.
  await page.keyboard.press('Escape');
  await page.waitForSelector('#details', { state: 'hidden' });
  const point = await page.evaluate((w) => {
    const view = document.getElementById('view');
    const start = view.textContent.indexOf(w);
    const range = document.createRange();
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (start < at + node.length) {
        range.setStart(node, start - at);
        range.setEnd(node, start - at + 1);
        break;
      }
      at += node.length;
    }
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, word);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#details:not([hidden])');
  return page.textContent('#details');
}

describe('hedges and unsourced claims on the page', () => {
  for (const fallback of [false, true]) {
    test(`draws whose hedge each cue is, and what is credited to no one${fallback ? ' (no Highlight API)' : ''}`, async (t) => {
      const { page, log } = await openPage(t, { fallback });
      await setText(page, STORY);
      const analysis = await analysisOf(page);
      const state = await viewState(page);
      checkView(state, analysis, STORY);

      const whose = Object.fromEntries(analysis.hedges.map((h) => [h.text, h.whose]));
      assert.deepEqual(whose, {
        Apparently: 'writer',
        could: 'writer',
        potentially: 'writer',
        may: 'source',
        probably: 'source',
        'It is believed': 'writer',
      });
      const may = analysis.hedges.find((h) => h.text === 'may');
      assert.equal(may.in_quote, false, '“may” is outside quotes, yet the officials’ hedge');
      const words = (name) => layer(state, name).map((s) => s.text).join(' ');
      assert.match(words('hedge-source'), /may/);
      assert.doesNotMatch(words('hedge-writer'), /may/);

      const kinds = analysis.unattributed.map((u) => [u.kind, u.text]);
      assert.deepEqual(kinds, [
        ['scare_quote', '“peace plan”'],
        ['impersonal', 'It is believed'],
        ['document', 'one account'],
      ]);
      assert.deepEqual(cover(layer(state, 'unsourced')), cover(analysis.unattributed));
      assert.equal(Number(await page.textContent('[data-count="unsourced"]')), 3);
      assert.equal(Number(await page.textContent('[data-count="hedge-source"]')), 2);
      assert.equal(Number(await page.textContent('[data-count="hedge-writer"]')), 4);

      await page.click('input[data-layer="unsourced"]');
      assert.equal(layer(await viewState(page), 'unsourced').length, 0, 'the legend switch hides the layer');
      await page.click('input[data-layer="unsourced"]');
      assert.ok(layer(await viewState(page), 'unsourced').length > 0);
      assert.deepEqual(log.errors, []);
    });
  }

  test('cards show strength, whose hedge and the hedge level of stacked cues', async (t) => {
    const { page, log } = await openPage(t);
    await setText(page, STORY);

    const potentially = await clickWord(page, 'potentially');
    assert.match(potentially, /Hedge: epistemic, the article hedges/);
    assert.match(potentially, /weak certainty/);
    assert.match(potentially, /the article’s own/);
    assert.match(potentially, /Hedge level\s*heavily hedged \(score 8\)/, 'apparently + could + potentially');

    const may = await clickWord(page, 'may collapse');
    assert.match(may, /Hedge: modal, a source hedges/);
    assert.match(may, /a source’s \(Officials\)/, 'the card names whose hedge it is');

    const claim = await clickWord(page, 'fire');
    assert.match(claim, /Statement: the outlet’s own, heavily hedged/);
    assert.match(claim, /Hedge level\s*heavily hedged \(score 8\)/);
    assert.match(claim, /could modal, the article’s own/);
    assert.match(claim, /Apparently epistemic, the article’s own: .*moderate certainty/);

    const scare = await clickWord(page, 'peace plan');
    assert.match(scare, /Attributed to no one: quoted, no speaker/);
    assert.match(scare, /whose words are they/);

    const account = await clickWord(page, 'one account');
    assert.match(account, /Floats free\s*No one behind it/);
    assert.deepEqual(log.errors, []);
  });

  test('the scorecard counts hedges by whose and strength, heavy sentences, and what is credited to no one', async (t) => {
    const { page } = await openPage(t);
    await setText(page, STORY);
    const s = (await analysisOf(page)).summary;
    assert.equal(await page.textContent('[data-metric="hedge_voices"]'), `${s.hedges_by_whose.writer} · ${s.hedges_by_whose.source}`);
    assert.equal(await page.textContent('[data-metric="heavy_sentences"]'), '1');
    const rows = async (id) =>
      page.$$eval(`#${id} li`, (items) => items.map((li) => [li.querySelector('.count-label').firstChild.textContent, Number(li.querySelector('.count-n').textContent)]));
    assert.deepEqual(await rows('whose-counts'), [['The article hedges', 4], ['A source hedges', 2]]);
    assert.deepEqual(await rows('strength-counts'), [['Weak', 3], ['Moderate', 3], ['Strong', 0]]);
    assert.deepEqual(await rows('unattributed-counts'), [['Agentless', 0], ['Impersonal', 1], ['No one behind it', 1], ['Quoted, no speaker', 1]]);

    const items = await page.$$eval('#unattributed-list button', (buttons) => buttons.map((b) => [b.dataset.kind, b.querySelector('.source-text').textContent]));
    assert.deepEqual(items, [['scare_quote', '“peace plan”'], ['impersonal', 'It is believed'], ['document', 'one account']]);
    await page.click('#unattributed-list button[data-kind="scare_quote"]');
    await page.waitForSelector('#details:not([hidden])');
    assert.match(await page.textContent('#details h3'), /Attributed to no one: quoted, no speaker/);
    assert.ok((await page.locator('.focus-ring').count()) > 0, 'the phrase is outlined in the article');
    assert.match(await page.textContent('#announce'), /peace plan/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="md"]')]);
    const report = readFileSync(await download.path(), 'utf8');
    assert.match(report, /\| the article’s own hedges \| 4 \|/);
    assert.match(report, /\| sources’ hedges \| 2 \(1 in quotes\) \|/);
    assert.match(report, /Quoted, no speaker: 1/);
    assert.match(report, /heavy\)/, 'hedged statements carry their level');
  });
});
