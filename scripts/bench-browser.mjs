// Times the WebAssembly analysis, and the page, in headless Chromium (Debian's /usr/bin/chromium).
//
//     node scripts/bench-browser.mjs [--sizes 1K,10K,100K,1M,10M] [--seconds S] [--json] [--no-page]
//
// Needs the wasm build (make wasm). Serves www/ with scripts/serve.py on a free
// loopback port and measures, in the page, with performance.now():
//
//   1. for each size (1 KB to 10 MB), a text of exactly that many UTF-8 bytes,
//      the core analysis alone (the module's `benchmark`, which times its loop
//      with web-sys performance.now()) and the full `analyze` call as the page's
//      worker makes it (analysis, UTF-16 conversion, building the JS objects),
//      in MB/s: the median of batches of about 20 ms, and the fastest batch
//      ("best", the least disturbed when the machine is busy);
//   2. both for an article of about 5,000 words;
//   3. unless --no-page, the time from paste to highlights on the page itself
//      (index.html) for articles of about 1,000 and 10,000 words: set the text
//      area, dispatch an `input` event (what a paste does), and wait until
//      <html> has no `data-pending` (the analysis of the latest text is drawn,
//      see www/app.js), then one more animation frame (painted). This includes
//      the page's debounce before it starts analysing.
//
// The texts are the PolNeAR dev texts (../shared/corpus/polnear/dev/text/*.txt
// from the repo root, or the directory in WHOSAID_BENCH_TEXTS), read here in
// Node.js and passed into the page, joined and repeated as needed; without
// them, the repository's tests/golden/*.txt. Nothing is fetched from the network.
// --json prints one JSON object (what scripts/plot-scaling.py reads).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { sizes: '1K,10K,100K,1M,10M', seconds: 2, json: false, page: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') opts.sizes = argv[++i];
    else if (a === '--seconds') opts.seconds = Number(argv[++i]);
    else if (a === '--json') opts.json = true;
    else if (a === '--no-page') opts.page = false;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/bench-browser.mjs [--sizes 1K,10K,100K,1M,10M] [--seconds S] [--json] [--no-page]');
      process.exit(0);
    } else throw new Error(`unknown argument '${a}'`);
  }
  opts.sizes = String(opts.sizes)
    .split(',')
    .map((s) => {
      const m = s.trim().match(/^(\d+)([KkMm]?)$/);
      if (!m) throw new Error(`--sizes: '${s}' is not a size such as 10K or 1M`);
      return { name: s.trim().toUpperCase(), bytes: Number(m[1]) * ({ k: 1e3, m: 1e6 }[m[2].toLowerCase()] ?? 1) };
    });
  if (!(opts.seconds > 0)) throw new Error('--seconds needs a positive number');
  return opts;
}

/** The input texts, joined by blank lines, and the directory they came from. */
function sourceText() {
  const dirs = [
    process.env.WHOSAID_BENCH_TEXTS,
    path.join(ROOT, '../shared/corpus/polnear/dev/text'),
    path.join(ROOT, 'tests/golden'),
  ].filter(Boolean);
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const text = files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
    if (text.trim()) return { text, from: path.relative(ROOT, dir) || dir };
  }
  throw new Error('no input texts: neither the PolNeAR dev texts nor tests/golden/*.txt');
}

function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['scripts/serve.py', '--port', '0', '--quiet'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
}

/** Runs in the page: the module's core and full-call throughput for each size. */
async function measureModule({ source, sizes, seconds }) {
  const wasm = await import('/pkg/whosaid.js');
  await wasm.default();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const sourceBytes = encoder.encode(source);
  const separator = encoder.encode('\n\n');

  // `source` repeated (joined by blank lines) and cut to at most `size` UTF-8
  // bytes at a char boundary: the same text as `whosaid bench --sizes`.
  function textOfSize(size) {
    const buf = new Uint8Array(size + sourceBytes.length + 2);
    let len = 0;
    while (len < size) {
      if (len) {
        buf.set(separator, len);
        len += separator.length;
      }
      buf.set(sourceBytes, len);
      len += sourceBytes.length;
    }
    let end = Math.min(size, len);
    while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
    return decoder.decode(buf.subarray(0, end));
  }

  // `source` cut after about `words` words, at a paragraph break when one is near.
  function textOfWords(words) {
    let text = source;
    while (text.split(/\s+/).length < words) text += '\n\n' + source;
    const re = /\S+/g;
    let m;
    let n = 0;
    let end = text.length;
    while ((m = re.exec(text))) if (++n === words) { end = m.index + m[0].length; break; }
    return text.slice(0, end);
  }

  // Times `batch(k)` (k runs, returning their total milliseconds) for about
  // `seconds`, after one warm-up run, in batches of about 20 ms (at least 3).
  // Returns the runs and the milliseconds per run of the median batch and of
  // the fastest one (the least disturbed on a busy machine).
  function timeBatches(batch) {
    batch(1);
    const once = Math.max(batch(1), 0.001);
    const k = Math.max(1, Math.min(100000, Math.round(20 / once)));
    const perRun = [];
    const t0 = performance.now();
    while (perRun.length < 3 || performance.now() - t0 < seconds * 1000) perRun.push(batch(k) / k);
    perRun.sort((a, b) => a - b);
    return { runs: k * perRun.length, ms: perRun[perRun.length >> 1], best: perRun[0] };
  }

  function measure(text) {
    const bytes = encoder.encode(text).length;
    wasm.benchmark(text, 3); // warm up: let the engine tier up the module
    // The core alone, timed inside the module with web-sys performance.now().
    const core = timeBatches((k) => wasm.benchmark(text, k).total_ms);
    // The full call, as the page's worker makes it.
    const full = timeBatches((k) => {
      const t = performance.now();
      for (let i = 0; i < k; i++) wasm.analyze(text);
      return performance.now() - t;
    });
    const mbps = (ms) => bytes / 1e6 / (ms / 1e3);
    return {
      bytes,
      words: text.split(/\s+/).filter(Boolean).length,
      core_runs: core.runs,
      core_ms: core.ms,
      core_mb_per_s: mbps(core.ms),
      core_best_ms: core.best,
      core_best_mb_per_s: mbps(core.best),
      analyze_runs: full.runs,
      analyze_ms: full.ms,
      analyze_mb_per_s: mbps(full.ms),
      analyze_best_ms: full.best,
      analyze_best_mb_per_s: mbps(full.best),
    };
  }

  const results = sizes.map(({ name, bytes }) => ({ size: name, ...measure(textOfSize(bytes)) }));
  const article = { size: '5000 words', ...measure(textOfWords(5000)) };
  return { version: wasm.version(), results, article, pasteTexts: [1000, 10000].map(textOfWords) };
}

/** Runs in the page (index.html): paste `text`, wait for its highlights. */
async function pasteToHighlights(text) {
  const root = document.documentElement;
  const input = document.getElementById('input');
  const settled = () => root.dataset.state === 'ready' && !('pending' in root.dataset);
  const until = (ok) =>
    new Promise((resolve) => {
      if (ok()) return resolve();
      const observer = new MutationObserver(() => {
        if (ok()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { attributes: true });
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // After the next frame's paint: a task queued from its animation-frame callback.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await until(settled); // the sample article, analysed at load
  await frame();
  const t0 = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await until(() => 'pending' in root.dataset); // set synchronously by the input handler
  await until(settled);
  const drawn = performance.now() - t0;
  await painted();
  const shown = performance.now() - t0;
  const marks = (CSS.highlights ? [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) : 0) +
    document.querySelectorAll('#view mark').length;
  return { drawn_ms: drawn, painted_ms: shown, highlights: marks, status: document.getElementById('status').textContent };
}

const opts = parseArgs(process.argv.slice(2));
const { text: source, from } = sourceText();
const { child, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const log = opts.json ? () => {} : (line) => console.log(line);
  const chromiumVersion = await browser.version();
  const modulePage = await browser.newPage();
  await modulePage.goto(url + 'pkg/whosaid.js');
  const mod = await modulePage.evaluate(measureModule, { source, sizes: opts.sizes, seconds: opts.seconds });
  await modulePage.close();

  log(`whosaid ${mod.version} (wasm) in Chromium ${chromiumVersion}; texts from ${from}`);
  const row = (r) =>
    `${String(r.size).padStart(10)} ${String(r.bytes).padStart(10)} ${String(r.words).padStart(9)} ` +
    `${r.core_ms.toFixed(3).padStart(11)} ${r.core_mb_per_s.toFixed(1).padStart(9)} ${r.core_best_mb_per_s.toFixed(1).padStart(9)} ` +
    `${r.analyze_ms.toFixed(3).padStart(11)} ${r.analyze_mb_per_s.toFixed(1).padStart(9)} ${r.analyze_best_mb_per_s.toFixed(1).padStart(9)}`;
  log(`${'size'.padStart(10)} ${'bytes'.padStart(10)} ${'words'.padStart(9)} ${'core_ms'.padStart(11)} ` +
    `${'core_MB/s'.padStart(9)} ${'best_MB/s'.padStart(9)} ${'analyze_ms'.padStart(11)} ${'anlz_MB/s'.padStart(9)} ${'best_MB/s'.padStart(9)}`);
  for (const r of mod.results) log(row(r));
  log(row(mod.article));

  const paste = [];
  if (opts.page) {
    for (const text of mod.pasteTexts) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForSelector('html[data-state="ready"]', { timeout: 30_000 });
      const r = await page.evaluate(pasteToHighlights, text);
      if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
      const words = text.split(/\s+/).filter(Boolean).length;
      paste.push({ words, chars: text.length, ...r });
      log(`paste to highlights, ${words} words (${text.length} chars): drawn ${r.drawn_ms.toFixed(1)} ms, ` +
        `painted ${r.painted_ms.toFixed(1)} ms (${r.highlights} highlight ranges; status "${r.status}")`);
      await page.close();
    }
  }
  if (opts.json) {
    console.log(JSON.stringify({
      whosaid: mod.version, target: 'wasm', browser: `Chromium ${chromiumVersion}`, texts: from,
      results: mod.results.map((r) => ({
        ...r, ms_per_run: r.core_ms, mb_per_s: r.core_mb_per_s,
        best_ms_per_run: r.core_best_ms, best_mb_per_s: r.core_best_mb_per_s,
      })),
      article: mod.article, paste,
    }));
  }
} finally {
  await browser.close();
  child.kill();
}
