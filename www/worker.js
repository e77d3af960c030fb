// The analyser's Web Worker: runs whosaid off the main thread, so a long
// article never freezes the page.
//
// Messages in:  { type: 'init', module }      a compiled WebAssembly.Module
//               { type: 'analyze', id, text }
// Messages out: { type: 'ready', version, maxInputBytes }
//               { type: 'result', id, analysis, ms }
//               { type: 'error', id, message, fatal }
// `fatal` means the WebAssembly instance trapped (a Rust panic reaches JS as a
// RuntimeError): its memory can no longer be trusted, and the page starts a
// new worker from the same compiled module.

import init, { analyze, maxInputBytes, version } from './pkg/whosaid.js';

self.addEventListener('message', async ({ data }) => {
  if (data.type === 'init') {
    try {
      await init({ module_or_path: data.module });
      self.postMessage({ type: 'ready', version: version(), maxInputBytes: maxInputBytes() });
    } catch (error) {
      self.postMessage({ type: 'error', id: null, message: String(error?.message ?? error), fatal: true });
    }
    return;
  }
  if (data.type === 'analyze') {
    const begin = performance.now();
    try {
      const analysis = analyze(data.text);
      self.postMessage({ type: 'result', id: data.id, analysis, ms: performance.now() - begin });
    } catch (error) {
      self.postMessage({
        type: 'error',
        id: data.id,
        message: String(error?.message ?? error),
        fatal: error instanceof WebAssembly.RuntimeError,
      });
    }
  }
});
