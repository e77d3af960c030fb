// The "Your words" settings: the reader's own additions and silences, kept in
// localStorage, applied over each analysis by custom.js.

import { applyCustomWords, CATEGORIES, emptySettings, normaliseSettings } from './custom.js';
import { download } from './takeaway.js';
import { el } from './dom.js';

const STORAGE_KEY = 'whosaid.words.v1';

const $ = (id) => document.getElementById(id);
const parseWords = (text) => [...new Set(text.split(/[\n,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean))];

/** The settings dialog and the stored word lists. */
export class CustomWords {
  /** @param {() => void} onChange called when the lists change */
  constructor(onChange) {
    this.onChange = onChange;
    this.settings = this.#load();
    this.dialog = $('words-dialog');
    $('words-grid').replaceChildren(
      ...CATEGORIES.map(([key, label, example]) => {
        const field = (which, text) => {
          const input = el('input');
          input.id = `words-${key}-${which}`;
          input.type = 'text';
          input.autocomplete = 'off';
          input.spellcheck = false;
          input.placeholder = which === 'add' ? `e.g. ${example}` : '';
          const name = el('label', null, text);
          name.htmlFor = input.id;
          return el('div', 'words-field', name, input);
        };
        return el('fieldset', 'words-category', el('legend', null, label), field('add', 'Also mark'), field('silence', 'Silence'));
      }),
    );
    $('open-words').addEventListener('click', () => this.open());
    $('words-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#save(this.#read());
      this.dialog.close();
    });
    $('words-cancel').addEventListener('click', () => this.dialog.close());
    $('words-reset').addEventListener('click', () => this.#fill(emptySettings()));
    $('words-export').addEventListener('click', () =>
      download('whosaid-words.json', `${JSON.stringify(this.#read(), null, 2)}\n`, 'application/json'),
    );
    $('words-import').addEventListener('click', () => $('words-file').click());
    $('words-file').addEventListener('change', async () => {
      const file = $('words-file').files[0];
      $('words-file').value = '';
      if (!file) return;
      try {
        this.#fill(normaliseSettings(JSON.parse(await file.text())));
        $('words-note').textContent = `Loaded ${file.name}; press Save to use it.`;
      } catch (error) {
        $('words-note').textContent = `${file.name} is not a whosaid words file (${error.message}).`;
      }
    });
    this.#updateBadge();
  }

  /** `analysis` with the reader's words applied (the same object when there are none). */
  apply(analysis, text) {
    return applyCustomWords(analysis, text, this.settings);
  }

  open() {
    this.#fill(this.settings);
    $('words-note').textContent = '';
    this.dialog.showModal();
  }

  #load() {
    try {
      return normaliseSettings(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') ?? emptySettings());
    } catch {
      return emptySettings();
    }
  }

  #save(settings) {
    this.settings = settings;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    } catch {
      // Private windows may refuse storage: the words still apply until reload.
    }
    this.#updateBadge();
    this.onChange();
  }

  #updateBadge() {
    const n = CATEGORIES.reduce((sum, [key]) => sum + this.settings[key].add.length + this.settings[key].silence.length, 0);
    $('words-count').textContent = n ? String(n) : '';
    $('words-count').hidden = !n;
  }

  #fill(settings) {
    for (const [key] of CATEGORIES) {
      $(`words-${key}-add`).value = settings[key].add.join(', ');
      $(`words-${key}-silence`).value = settings[key].silence.join(', ');
    }
  }

  #read() {
    const settings = emptySettings();
    for (const [key] of CATEGORIES) {
      settings[key].add = parseWords($(`words-${key}-add`).value);
      settings[key].silence = parseWords($(`words-${key}-silence`).value);
    }
    return settings;
  }
}
