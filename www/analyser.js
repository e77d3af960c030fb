// The page's side of the analyser worker (worker.js).
//
// The .wasm is fetched and compiled once, here, and the compiled module is
// handed to the worker, so a worker started again after an error costs no
// download. Requests are coalesced: one analysis runs at a time, and while it
// runs only the latest text waits; a result for text that has since changed is
// dropped, so the latest text always wins.

/** Analyses text in a module Web Worker. */
export class Analyser {
  /**
   * @param {{ onBusy?: (busy: boolean, length: number) => void, onCrash?: (message: string) => void }} hooks
   */
  constructor({ onBusy = () => {}, onCrash = () => {} } = {}) {
    this.onBusy = onBusy;
    this.onCrash = onCrash;
    this.module = null;
    this.worker = null;
    this.info = null;
    this.nextId = 1;
    this.running = null; // { id, text, resolve }
    this.waiting = null; // { text, resolve }
  }

  /** Fetches and compiles the wasm, starts the worker; resolves with `{ version, maxInputBytes }`. */
  async start() {
    const url = new URL('./pkg/whosaid_bg.wasm', import.meta.url);
    this.module = await WebAssembly.compileStreaming(fetch(url));
    this.info = await this.#spawn();
    return this.info;
  }

  #spawn() {
    this.worker?.terminate();
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'whosaid' });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.addEventListener('message', ({ data }) => {
        if (worker !== this.worker) return;
        if (data.type === 'ready') resolve(data);
        else if (data.type === 'result') this.#finish(data.id, { analysis: data.analysis, ms: data.ms });
        else if (data.type === 'error') {
          if (data.id === null) {
            reject(new Error(data.message));
            return;
          }
          this.#finish(data.id, { error: data.message });
          if (data.fatal && this.info) this.#recover(data.message);
        }
      });
      worker.addEventListener('error', (event) => {
        if (worker !== this.worker) return;
        event.preventDefault();
        const message = event.message || 'the analyser stopped unexpectedly';
        if (!this.info) {
          reject(new Error(message));
          return;
        }
        this.#recover(message);
      });
      worker.postMessage({ type: 'init', module: this.module });
    });
  }

  /** After a crash: report it, fail the analysis that was running, and start a fresh worker. */
  #recover(message) {
    const running = this.running;
    this.running = null;
    this.onCrash(message);
    if (running) running.resolve({ error: message, crashed: true });
    this.#spawn().then(
      () => this.#pump(),
      (error) => this.onCrash(String(error?.message ?? error)),
    );
  }

  /**
   * Analyses `text`. Resolves with `{ analysis, ms }`, `{ error }`, or `null`
   * when newer text was submitted before this one was analysed.
   */
  analyse(text) {
    return new Promise((resolve) => {
      this.waiting?.resolve(null);
      this.waiting = { text, resolve };
      this.#pump();
    });
  }

  #pump() {
    if (this.running || !this.waiting || !this.info) return;
    const { text, resolve } = this.waiting;
    this.waiting = null;
    const id = this.nextId++;
    this.running = { id, text, resolve };
    this.onBusy(true, text.length);
    this.worker.postMessage({ type: 'analyze', id, text });
  }

  #finish(id, outcome) {
    if (!this.running || this.running.id !== id) return;
    const { resolve } = this.running;
    this.running = null;
    // A newer text is waiting: this result is stale.
    resolve(this.waiting ? null : outcome);
    if (!this.waiting) this.onBusy(false, 0);
    this.#pump();
  }
}
