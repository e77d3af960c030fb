// The whosaid page: analyses the article as it is typed or pasted, in a Web
// Worker, and shows who is behind each claim and how sure it sounds.
//
// State for tests and styling lives on <html>: `data-state` is `loading`,
// `ready` or `error`; `data-pending` is present from an edit until the
// analysis of the latest text is drawn; `data-busy` while the worker works.

import { SAMPLE_ARTICLE } from './sample.js';
import { HighlightView, domRange, layerCounts, layerSpans, offsetAtPoint, spanAt, stops } from './highlights.js';
import { markSelectedSource, renderSummary } from './summary.js';
import { Details } from './details.js';
import { Analyser } from './analyser.js';
import { download, shareFragment, textFromFragment, toCsv, toJson, toMarkdown } from './takeaway.js';
import { isReadable, pastedText, readTextFile } from './textin.js';
import { CustomWords } from './settings.js';
import { el, plural } from './dom.js';

const root = document.documentElement;
const $ = (id) => document.getElementById(id);
const input = $('input');
const viewElement = $('view');
const wrap = viewElement.parentElement;
const message = $('message');
const status = $('status');
const announce = $('announce');

/** Milliseconds to wait after a keystroke before analysing, longer for long texts. */
const debounceFor = (length) => Math.min(90 + length / 2000, 400);
/** Work shorter than this shows no progress indicator. */
const BUSY_DELAY_MS = 150;

let view = null;
let details = null;
let analyser = null;
let custom = null;
let raw = null; // the analysis as the core returned it
let analysis = null; // with the reader's own words applied
let analysedText = '';
let spans = [];
let stopList = [];
let current = -1; // index into stopList of the keyboard's highlight
let selectedSource = null;
let timer = 0;
let busyTimer = 0;

/** The layers the legend's switches have on. */
const enabled = new Set(
  [...document.querySelectorAll('input[data-layer]')].filter((box) => box.checked).map((box) => box.dataset.layer),
);

/** Shows `text` in the message area; a `sticky` message stays until the reader edits the text. */
function showMessage(text, { sticky = false } = {}) {
  message.textContent = text;
  message.hidden = !text;
  message.dataset.sticky = String(sticky);
}

const megabytes = (length) => `${(length / 1e6).toFixed(length < 1e7 ? 1 : 0)} MB`;

function setBusy(busy, length) {
  clearTimeout(busyTimer);
  if (busy) {
    root.dataset.busy = '';
    busyTimer = setTimeout(() => {
      $('progress').hidden = false;
      status.textContent = `Analysing ${length > 1e5 ? megabytes(length) : plural(length, 'character')}…`;
    }, BUSY_DELAY_MS);
  } else {
    delete root.dataset.busy;
    $('progress').hidden = true;
  }
}

/** The claims of the selected source: those whose attribution is one of its mentions. */
function selectedClaims() {
  if (selectedSource === null || !analysis) return null;
  const mentions = new Set(analysis.summary.sources[selectedSource]?.mentions ?? []);
  const claims = new Set();
  analysis.claims.forEach((claim, index) => {
    if (claim.attribution !== null && mentions.has(claim.attribution)) claims.add(index);
  });
  return claims;
}

/** Redraws the view, the legend counts and the scorecard from the last analysis. */
function render() {
  spans = analysis ? layerSpans(analysis, enabled, selectedClaims()) : [];
  view.render(analysedText, spans);
  stopList = stops(spans);
  current = -1;
  hideFocus();
  const counts = analysis ? layerCounts(analysis) : {};
  for (const count of document.querySelectorAll('[data-count]')) {
    count.textContent = String(counts[count.dataset.count] ?? 0);
  }
  renderSummary(analysis?.summary ?? null, selectSource, analysis?.unattributed ?? [], showUnattributed);
  markSelectedSource(selectedSource);
  for (const button of document.querySelectorAll('[data-needs-analysis]')) button.disabled = !analysis;
  updateStepper();
}

/** Applies the reader's own words to the core's analysis and redraws. */
function applyCustom() {
  analysis = raw ? custom.apply(raw, analysedText) : null;
  if (selectedSource !== null && !analysis?.summary.sources[selectedSource]) selectedSource = null;
  render();
}

function showResult(text, outcome) {
  if (outcome.error) {
    raw = null;
    status.textContent = '';
    showMessage(`Could not analyse this text: ${outcome.error}`);
  } else {
    raw = outcome.analysis;
    if (message.dataset.sticky !== 'true') showMessage('');
    const ms = outcome.ms;
    status.textContent = text.trim() ? `${plural(raw.summary.words, 'word')} · ${ms < 1 ? '<1' : Math.round(ms)} ms` : '';
  }
  // After an error the view stays empty: the message says why.
  analysedText = raw ? text : '';
  selectedSource = null;
  details.hide();
  applyCustom();
}

/** Analyses the text area's content now (in the worker). */
async function analyseNow() {
  clearTimeout(timer);
  timer = 0;
  root.dataset.pending = '';
  const text = input.value;
  const outcome = await analyser.analyse(text);
  if (outcome === null) return; // newer text was submitted; its result will come
  showResult(text, outcome);
  if (!timer && input.value === text) delete root.dataset.pending;
}

function scheduleAnalysis(event) {
  if (message.dataset.sticky === 'true') showMessage('');
  // A paste or a drop is a whole new text: no need to wait for typing to pause.
  // A long one is sent after the next frame, once the browser has laid out the
  // text area (seconds for megabytes), so the page answers while the worker works.
  if (event?.inputType === 'insertFromPaste' || event?.inputType === 'insertFromDrop') {
    clearTimeout(timer);
    root.dataset.pending = '';
    if (input.value.length < 200_000) analyseNow();
    else requestAnimationFrame(() => setTimeout(analyseNow));
    return;
  }
  root.dataset.pending = '';
  clearTimeout(timer);
  timer = setTimeout(analyseNow, debounceFor(input.value.length));
}

/** Replaces the whole text (a file, a share link, the sample) and analyses it. */
function setText(text) {
  input.value = text;
  input.scrollTop = 0;
  input.setSelectionRange(0, 0);
  analyseNow();
}

// ---- Cards, by pointer and by keyboard ----

/** The viewport rectangle of a span, the part nearest `y` when given. */
function spanRect(span, y) {
  const range = domRange(viewElement, span.start, span.end);
  const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
  if (!rects.length) return null;
  if (y === undefined) return rects[0];
  return rects.reduce((best, r) => (Math.abs(r.top + r.height / 2 - y) < Math.abs(best.top + best.height / 2 - y) ? r : best));
}

function hideFocus() {
  $('focus-rings').replaceChildren();
}

/** Outlines the keyboard's current highlight (the ranges themselves cannot take focus). */
function drawFocus(span) {
  const range = domRange(viewElement, span.start, span.end);
  const box = wrap.getBoundingClientRect();
  const view = viewElement.getBoundingClientRect();
  const rings = [...(range?.getClientRects() ?? [])]
    .filter((r) => r.width > 0 && r.bottom > view.top && r.top < view.bottom)
    .map((r) => {
      const ring = el('span', 'focus-ring');
      Object.assign(ring.style, {
        left: `${r.left - box.left - 2}px`,
        top: `${r.top - box.top - 1}px`,
        width: `${r.width + 4}px`,
        height: `${r.height + 2}px`,
      });
      return ring;
    });
  $('focus-rings').replaceChildren(...rings);
}

function updateStepper() {
  $('stop-position').textContent = stopList.length
    ? `${current >= 0 ? current + 1 : '–'} / ${stopList.length}`
    : '0 / 0';
  $('prev-stop').disabled = $('next-stop').disabled = stopList.length === 0;
}

/** The rectangle of `span`, after scrolling the view so that it stands a third of the way down when it was out of sight; null when it has none. */
function scrolledRect(span) {
  const rect = spanRect(span);
  if (!rect) return null;
  const view = viewElement.getBoundingClientRect();
  if (rect.top >= view.top + 8 && rect.bottom <= view.bottom - 8) return rect;
  viewElement.scrollTop += rect.top - view.top - view.height / 3;
  return spanRect(span);
}

/** Moves the keyboard's highlight to stop `index`, scrolls it into view, and explains it. */
function goTo(index) {
  if (!stopList.length) return;
  current = (index + stopList.length) % stopList.length;
  const span = stopList[current];
  const rect = scrolledRect(span);
  drawFocus(span);
  const content = rect ? details.show(analysis, span, rect) : null;
  if (content) {
    details.card.dataset.by = 'keyboard';
    announce.textContent = `${current + 1} of ${stopList.length}. ${content.speech}`;
  }
  updateStepper();
}

let hoverFrame = 0;
let hideTimer = 0;
/** The last pointer position over the view, and where Escape paused hover cards. */
let pointer = null;
let hoverPaused = null;

function showAtPoint(x, y, by) {
  if (!analysis) return;
  const offset = offsetAtPoint(viewElement, x, y);
  const span = offset === null ? null : spanAt(spans, offset);
  if (!span) {
    if (by === 'click') details.hide();
    else if (!details.card.hidden && details.card.dataset.by !== 'keyboard') scheduleHide();
    return;
  }
  clearTimeout(hideTimer);
  const same = details.span && details.span.start === span.start && details.span.end === span.end && details.span.layer === span.layer;
  if (same && by === 'hover') return;
  const rect = spanRect(span, y) ?? { left: x, width: 0, top: y - 10, bottom: y + 10 };
  details.show(analysis, span, rect);
  details.card.dataset.by = by;
  hideFocus();
}

function scheduleHide() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    if (details.card.dataset.by === 'hover' && !details.card.matches(':hover')) details.hide();
  }, 350);
}

// ---- The reader's choices ----

function selectSource(index) {
  selectedSource = selectedSource === index ? null : index;
  render();
  const first = [...(selectedClaims() ?? [])][0];
  if (first !== undefined) {
    const claim = analysis.claims[first];
    const rect = spanRect(claim);
    const box = viewElement.getBoundingClientRect();
    if (rect) viewElement.scrollTop += rect.top - box.top - box.height / 3;
  }
  const source = selectedSource === null ? null : analysis.summary.sources[selectedSource];
  announce.textContent = source
    ? `Highlighting ${plural(selectedClaims().size, 'statement')} from ${source.text}.`
    : 'Source highlighting cleared.';
}

/** Shows the card of unattributed item `index` over its words, scrolled into view. */
function showUnattributed(index) {
  const item = analysis?.unattributed?.[index];
  if (!item) return;
  const span = { layer: 'unsourced', start: item.start, end: item.end, ref: { type: 'unattributed', index } };
  const rect = scrolledRect(span);
  if (!rect) return;
  drawFocus(span);
  const content = details.show(analysis, span, rect);
  if (content) {
    details.card.dataset.by = 'keyboard';
    announce.textContent = content.speech;
  }
}

function articleTitle() {
  const first = analysedText.trim().split('\n')[0] ?? '';
  return first.length > 0 && first.length < 140 ? first : 'Article';
}

function fileStem() {
  const stem = articleTitle().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return `whosaid-${stem || 'article'}`;
}

const EXPORTS = {
  json: () => download(`${fileStem()}.json`, toJson(analysis), 'application/json'),
  csv: () => download(`${fileStem()}-attributions.csv`, toCsv(analysis), 'text/csv'),
  md: () => download(`${fileStem()}.md`, toMarkdown(analysis, articleTitle()), 'text/markdown'),
  print: () => window.print(),
};

async function share() {
  const fragment = await shareFragment(input.value);
  history.replaceState(null, '', fragment);
  const link = $('share-url');
  link.value = location.href;
  $('share-box').hidden = false;
  link.focus();
  link.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(location.href);
    copied = true;
  } catch {
    // No clipboard permission: the link is selected in the box to copy by hand.
  }
  $('share-note').textContent = `${copied ? 'Copied. ' : ''}The text travels inside the link (${plural(fragment.length, 'character')}) and is never sent to a server.`;
}

async function openSharedLink() {
  try {
    const text = await textFromFragment(location.hash);
    if (text === null) return false;
    setText(text);
    return true;
  } catch (error) {
    showMessage(`This share link is damaged and could not be opened (${error?.message ?? error}).`, { sticky: true });
    return false;
  }
}

async function takeFile(file) {
  if (!file) return;
  if (!isReadable(file)) {
    showMessage(`“${file.name}” is not a text, Markdown or HTML file.`);
    return;
  }
  setText(await readTextFile(file));
}

function wire() {
  input.addEventListener('input', scheduleAnalysis);
  input.addEventListener('paste', (event) => {
    const text = pastedText(event.clipboardData);
    if (text === null) return;
    event.preventDefault();
    input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const dropZone = $('input-panel');
  dropZone.addEventListener('dragover', (event) => {
    if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
    event.preventDefault();
    dropZone.classList.add('dropping');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dropping'));
  dropZone.addEventListener('drop', (event) => {
    dropZone.classList.remove('dropping');
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    takeFile(file);
  });
  $('open-file').addEventListener('click', () => $('file').click());
  $('file').addEventListener('change', () => {
    takeFile($('file').files[0]);
    $('file').value = '';
  });
  $('load-sample').addEventListener('click', () => setText(SAMPLE_ARTICLE));
  $('clear').addEventListener('click', () => {
    setText('');
    input.focus();
  });
  for (const box of document.querySelectorAll('input[data-layer]')) {
    box.addEventListener('change', () => {
      if (box.checked) enabled.add(box.dataset.layer);
      else enabled.delete(box.dataset.layer);
      details.hide();
      render();
    });
  }

  viewElement.addEventListener('click', (event) => {
    if (window.getSelection()?.toString()) return;
    showAtPoint(event.clientX, event.clientY, 'click');
  });
  viewElement.addEventListener('mousemove', (event) => {
    cancelAnimationFrame(hoverFrame);
    const { clientX, clientY } = event;
    pointer = { x: clientX, y: clientY };
    // A card closed with Escape stays closed until the pointer really moves:
    // the browser reports a move when the card disappears from under it.
    if (hoverPaused) {
      if (Math.hypot(clientX - hoverPaused.x, clientY - hoverPaused.y) < 4) return;
      hoverPaused = null;
    }
    hoverFrame = requestAnimationFrame(() => showAtPoint(clientX, clientY, 'hover'));
  });
  viewElement.addEventListener('mouseleave', () => {
    cancelAnimationFrame(hoverFrame);
    if (details.card.dataset.by === 'hover') scheduleHide();
  });
  details.card.addEventListener('mouseleave', () => {
    if (details.card.dataset.by === 'hover') scheduleHide();
  });
  viewElement.addEventListener('scroll', () => {
    if (current >= 0 && details.card.dataset.by === 'keyboard' && !details.card.hidden) {
      drawFocus(stopList[current]);
    } else {
      details.hide();
      hideFocus();
    }
  }, { passive: true });
  viewElement.addEventListener('keydown', (event) => {
    const keys = { ArrowDown: 1, ArrowRight: 1, j: 1, n: 1, ArrowUp: -1, ArrowLeft: -1, k: -1, p: -1 };
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key in keys) {
      event.preventDefault();
      goTo(current < 0 ? (keys[event.key] > 0 ? 0 : -1) : current + keys[event.key]);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      goTo(event.key === 'Home' ? 0 : stopList.length - 1);
    }
  });
  viewElement.addEventListener('blur', (event) => {
    if (!details.card.contains(event.relatedTarget) && details.card.dataset.by === 'keyboard') {
      hideFocus();
    }
  });
  $('prev-stop').addEventListener('click', () => goTo(current < 0 ? -1 : current - 1));
  $('next-stop').addEventListener('click', () => goTo(current + 1));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hideFocus();
      cancelAnimationFrame(hoverFrame);
      hoverPaused = pointer;
    }
  });
  document.addEventListener('click', (event) => {
    if (!wrap.contains(event.target) && !event.target.closest?.('.stepper, [data-unattributed]')) {
      details.hide();
      hideFocus();
    }
  });

  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => analysis && EXPORTS[button.dataset.export]());
  }
  $('share').addEventListener('click', () => share());
  window.addEventListener('hashchange', () => openSharedLink());
}

async function main() {
  view = new HighlightView(viewElement);
  details = new Details($('details'), wrap);
  custom = new CustomWords(() => applyCustom());
  analyser = new Analyser({
    onBusy: setBusy,
    onCrash: (why) => showMessage(`The analyser stopped (${why}); it has been restarted. Edit the text to try again.`),
  });
  let info;
  try {
    info = await analyser.start();
  } catch (error) {
    root.dataset.state = 'error';
    $('version').textContent = 'not loaded';
    showMessage(
      `The analyser could not be loaded (${error?.message ?? error}). ` +
        'Build it with “make wasm” (it writes www/pkg/) and reload.',
    );
    return;
  }
  const version = `v${info.version}`;
  $('version').textContent = version;
  $('footer-version').textContent = version;
  $('input-hint').textContent =
    `Analysed in this page as you type, up to ${info.maxInputBytes / (1024 * 1024)} MiB; ` +
    'drop or open a .txt, .md or .html file. The text never leaves your browser.';

  wire();
  if (!(await openSharedLink())) {
    if (!input.value) input.value = SAMPLE_ARTICLE;
    analyseNow();
  }
  root.dataset.state = 'ready';
}

main();
