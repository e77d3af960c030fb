// Times the WebAssembly analysis in headless Chromium (Debian's /usr/bin/chromium).
//
//     node scripts/bench-browser.mjs [WORDS...]     (needs the wasm build: make wasm)
//
// Serves www/ with scripts/serve.py on a free loopback port, loads the module in
// a blank page of that origin, builds articles of about WORDS words (default
// 1000 and 5000) by repeating the page's sample article, and reports for each:
// the core analysis alone (the module's `benchmark`, timed in the page with
// performance.now() through web-sys) and the full `analyze` call as the page
// makes it (analysis, UTF-16 conversion and building the JS objects).

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const WORDS = sizes.length ? sizes : [1000, 5000];

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

const { child, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(url + 'pkg/whosaid.js');
  const results = await page.evaluate(async (words) => {
    const wasm = await import('/pkg/whosaid.js');
    await wasm.default();
    const { SAMPLE_ARTICLE } = await import('/sample.js');
    const sampleWords = SAMPLE_ARTICLE.split(/\s+/).length;
    const out = [];
    for (const target of words) {
      const text = Array(Math.ceil(target / sampleWords)).fill(SAMPLE_ARTICLE).join('\n\n');
      wasm.benchmark(text, 30); // warm up: let the engine tier up the module
      wasm.analyze(text);
      const core = wasm.benchmark(text, 50);
      const runs = 50;
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) wasm.analyze(text);
      const full = (performance.now() - t0) / runs;
      out.push({
        words: text.split(/\s+/).length,
        bytes: new TextEncoder().encode(text).length,
        core_ms: core.ms_per_run,
        core_mb_per_s: core.mb_per_s,
        analyze_ms: full,
      });
    }
    return { version: wasm.version(), out };
  }, WORDS);
  console.log(`whosaid ${results.version} in ${await browser.version()}`);
  for (const r of results.out) {
    console.log(
      `words=${r.words} bytes=${r.bytes} core_ms=${r.core_ms.toFixed(3)} ` +
        `core_mb_per_s=${r.core_mb_per_s.toFixed(1)} analyze_ms=${r.analyze_ms.toFixed(3)}`,
    );
  }
} finally {
  await browser.close();
  child.kill();
}
