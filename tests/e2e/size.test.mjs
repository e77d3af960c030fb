// The size budget of the WebAssembly module, as a test.
//
//     node --test tests/e2e/size.test.mjs     (needs the wasm build: make wasm)
//
// Fails when www/pkg/whosaid_bg.wasm, gzipped at level 9 with Node's zlib (what
// a static host would send), is over 150 KB (153,600 bytes). It prints the raw
// and gzipped sizes either way. The build settings that decide the size, and
// how they were chosen, are in wasm-pack.toml.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WASM = path.join(ROOT, 'www/pkg/whosaid_bg.wasm');
/** The budget for the gzipped module, in bytes. */
const BUDGET = 150 * 1024;

test('the gzipped wasm module is within its 150 KB budget', (t) => {
  assert.ok(existsSync(WASM), `${path.relative(ROOT, WASM)} is missing: run make wasm first`);
  const raw = readFileSync(WASM);
  const gzipped = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length;
  const line =
    `${path.relative(ROOT, WASM)}: ${raw.length} bytes raw, ${gzipped} bytes gzipped (level 9); ` +
    `budget ${BUDGET} bytes gzipped, ${BUDGET - gzipped} bytes to spare`;
  t.diagnostic(line);
  assert.ok(
    gzipped <= BUDGET,
    `the wasm module is ${gzipped} bytes gzipped (${raw.length} raw), over the budget of ${BUDGET} bytes ` +
      `by ${gzipped - BUDGET}; see wasm-pack.toml for the size settings`,
  );
});
