// The whosaid page: analyses the article as it is typed or pasted, and shows
// who is behind each claim and how sure it sounds.
//
// State for tests and styling lives on <html>: `data-state` is `loading`,
// `ready` or `error`, and `data-pending` is present while an analysis waits
// for typing to pause.

import { SAMPLE_ARTICLE } from './sample.js';
import { HighlightView, layerCounts, layerSpans, offsetAtPoint } from './highlights.js';
import { renderSummary } from './summary.js';
import { Details } from './details.js';
import { plural } from './dom.js';

const root = document.documentElement;
const input = document.getElementById('input');
const viewElement = document.getElementById('view');
const message = document.getElementById('message');
const status = document.getElementById('status');

/** Milliseconds to wait after a keystroke before analysing, longer for long texts. */
const debounceFor = (length) => Math.min(90 + length / 2000, 400);

let whosaid = null;
let view = null;
let details = null;
let analysis = null;
let analysedText = '';
let timer = 0;

/** The layers the legend's switches have on. */
const enabled = new Set(
  [...document.querySelectorAll('input[data-layer]')].filter((box) => box.checked).map((box) => box.dataset.layer),
);

function showMessage(text) {
  message.textContent = text;
  message.hidden = !text;
}

/** Redraws the view, the legend counts and the summary from the last analysis. */
function render() {
  view.render(analysedText, analysis ? layerSpans(analysis, enabled) : []);
  const counts = analysis ? layerCounts(analysis) : {};
  for (const count of document.querySelectorAll('[data-count]')) {
    count.textContent = String(counts[count.dataset.count] ?? 0);
  }
  renderSummary(analysis?.summary ?? null);
}

/** Analyses the text area's content now. */
function analyseNow() {
  clearTimeout(timer);
  const text = input.value;
  const begin = performance.now();
  try {
    analysis = whosaid.analyze(text);
    showMessage('');
    const ms = performance.now() - begin;
    status.textContent = text.trim()
      ? `${plural(analysis.summary.words, 'word')} · ${ms < 1 ? '<1' : Math.round(ms)} ms`
      : '';
  } catch (error) {
    analysis = null;
    status.textContent = '';
    showMessage(`Could not analyse this text: ${error?.message ?? String(error)}`);
  }
  // After an error the view stays empty: the message says why.
  analysedText = analysis ? text : '';
  details.hide();
  render();
  delete root.dataset.pending;
}

function scheduleAnalysis() {
  root.dataset.pending = '';
  clearTimeout(timer);
  timer = setTimeout(analyseNow, debounceFor(input.value.length));
}

function wire() {
  input.addEventListener('input', scheduleAnalysis);
  document.getElementById('load-sample').addEventListener('click', () => {
    input.value = SAMPLE_ARTICLE;
    input.scrollTop = 0;
    analyseNow();
  });
  document.getElementById('clear').addEventListener('click', () => {
    input.value = '';
    input.focus();
    analyseNow();
  });
  for (const box of document.querySelectorAll('input[data-layer]')) {
    box.addEventListener('change', () => {
      if (box.checked) enabled.add(box.dataset.layer);
      else enabled.delete(box.dataset.layer);
      render();
    });
  }
  viewElement.addEventListener('click', (event) => {
    if (!analysis || window.getSelection()?.toString()) return;
    const offset = offsetAtPoint(viewElement, event.clientX, event.clientY);
    details.show(analysis, offset, event.clientX, event.clientY);
  });
  viewElement.addEventListener('scroll', () => details.hide(), { passive: true });
  document.addEventListener('click', (event) => {
    if (!viewElement.contains(event.target) && !details.card.contains(event.target)) details.hide();
  });
}

async function main() {
  view = new HighlightView(viewElement);
  details = new Details(document.getElementById('details'), viewElement.parentElement);
  try {
    whosaid = await import('./pkg/whosaid.js');
    await whosaid.default();
  } catch (error) {
    root.dataset.state = 'error';
    document.getElementById('version').textContent = 'not loaded';
    showMessage(
      `The analyser could not be loaded (${error?.message ?? error}). ` +
        'Build it with “make wasm” (it writes www/pkg/) and reload.',
    );
    return;
  }
  const version = `v${whosaid.version()}`;
  document.getElementById('version').textContent = version;
  document.getElementById('footer-version').textContent = version;
  const limit = whosaid.maxInputBytes() / (1024 * 1024);
  document.getElementById('input-hint').textContent =
    `Analysed in this page as you type, up to ${limit} MiB; the text never leaves your browser.`;

  wire();
  if (!input.value) input.value = SAMPLE_ARTICLE;
  analyseNow();
  root.dataset.state = 'ready';
}

main();
