// Behaviour for one SearchPanel.astro: search as you type, filters, result
// pages of five, and the keyboard model: ↓/↑ move between the box and the
// result links (Home/End jump), Enter follows the focused link, typing while
// on a result goes back to the box.
import { highlightPattern } from '../highlight';
import type { PagefindResult } from '../pagefind-types';
import { FILTER, isSearchable, orderModules, pagefindFilters, toSearchParams, type SearchQuery } from '../query';
import { toResultView } from '../results';
import { loadPagefind } from './engine';
import { renderResult } from './render-results';

const PAGE_SIZE = 5;
/**
 * The pause after a keystroke before searching: results still land well inside
 * 300 ms of the last key, and a steady typist's half-words are not searched
 * (each costs the result fragments it loads).
 */
const DEBOUNCE_MS = 100;

const plural = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

export class SearchPanel {
  readonly input: HTMLInputElement;
  #root: HTMLElement;
  #form: HTMLFormElement;
  #module: HTMLSelectElement;
  /** A module asked for (by a link) before the options arrived from the index. */
  #wantedModule = '';
  #modulesReady: Promise<void>;
  #status: HTMLElement;
  #list: HTMLOListElement;
  #more: HTMLButtonElement;
  #empty: HTMLElement;
  #syncUrl: boolean;
  #results: PagefindResult[] = [];
  /** The words to mark in result titles (Pagefind marks the excerpts). */
  #terms: RegExp | null = null;
  #shown = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `root`: what holds one SearchPanel.astro, complete (the dialog, the search page's box). */
  constructor(root: HTMLElement, options: { syncUrl: boolean }) {
    const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
    this.#root = root;
    // One form and one search box: no hooks for them in the markup every page carries.
    this.#form = $<HTMLFormElement>('form');
    this.input = $<HTMLInputElement>('input[type=search]');
    this.#module = $<HTMLSelectElement>('select[name=module]');
    this.#status = $('[data-search-status]');
    this.#list = $<HTMLOListElement>('[data-search-results]');
    this.#more = $<HTMLButtonElement>('[data-search-more]');
    this.#empty = $('[data-search-empty]');
    this.#syncUrl = options.syncUrl;
    this.#modulesReady = this.#loadModules();

    this.input.addEventListener('input', () => this.schedule());
    // The filters sit after the form (joined by form="…"), so their changes bubble to the root, not the form.
    root.addEventListener('change', (e) => {
      if (e.target === this.#module) this.#wantedModule = this.#module.value;
      if (e.target !== this.input) void this.search();
    });
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    root.addEventListener('keydown', (e) => this.#onKey(e));
  }

  get query(): SearchQuery {
    const data = new FormData(this.#form);
    const all = (name: string) => data.getAll(name).map(String).filter(Boolean);
    return { text: this.input.value.replace(/\s+/g, ' ').trim(), modules: all('module'), kinds: all('kind') };
  }

  /** Fills the form from a link; a module the course no longer has falls back to all modules. */
  set query(query: SearchQuery) {
    this.input.value = query.text;
    this.#wantedModule = query.modules[0] ?? '';
    this.#selectModule();
    for (const box of this.#root.querySelectorAll<HTMLInputElement>('input[name=kind]')) box.checked = query.kinds.includes(box.value);
  }

  /** The module options, in course order, from the index itself. */
  async #loadModules() {
    try {
      const filters = await (await loadPagefind()).filters();
      const options = orderModules(Object.keys(filters[FILTER.module] ?? {})).map((value) => new Option(value, value));
      // The index has the last word over any options the page came with; "All modules" stays first.
      this.#module.replaceChildren(...[...this.#module.options].filter((o) => !o.value), ...options);
      this.#selectModule();
    } catch {
      // Offline: searching reports it; the box offers all modules meanwhile.
    }
  }

  #selectModule() {
    const known = [...this.#module.options].some((o) => o.value === this.#wantedModule);
    this.#module.value = known ? this.#wantedModule : '';
  }

  /** Runs the current query now; later calls win over earlier ones still in flight. */
  async search(): Promise<void> {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    if (!isSearchable(this.query)) {
      this.#sync(this.query);
      return this.#show([], '', false);
    }

    const slow = setTimeout(() => run === this.#run && (this.#status.textContent = 'Loading search…'), 300);
    try {
      const pagefind = await loadPagefind();
      // A module filter from a link applies only once its option exists.
      await this.#modulesReady;
      if (run !== this.#run) return;
      const query = this.query;
      this.#sync(query);
      const response = await pagefind.search(query.text, { filters: pagefindFilters(query) });
      if (run !== this.#run) return;
      const filtered = query.modules.length + query.kinds.length > 0;
      const count = response.results.length;
      const message = count
        ? `${plural(count)} for “${query.text}”${filtered ? ' with the chosen filters' : ''}.`
        : `No results for “${query.text}”${filtered ? ' with the chosen filters' : ''}.`;
      await this.#show(response.results, message, count === 0, run);
    } catch {
      if (run === this.#run) await this.#show([], 'Search could not load. Check your connection, then try again.', false);
    } finally {
      clearTimeout(slow);
    }
  }

  /** On the search page, the address bar always holds the current search. */
  #sync(query: SearchQuery) {
    if (this.#syncUrl) history.replaceState(history.state, '', `?${toSearchParams(query)}`);
  }

  /** Searches once the learner pauses typing. */
  schedule() {
    clearTimeout(this.#timer);
    // A search still in flight is for text the learner has moved past: drop its results unseen.
    this.#run++;
    // Start fetching the index chunk for these letters while the timer runs.
    const text = this.query.text;
    if (isSearchable(this.query))
      void loadPagefind().then(
        (p) => p.preload(text),
        () => undefined,
      );
    this.#timer = setTimeout(() => void this.search(), DEBOUNCE_MS);
  }

  /** `suggest`: a search ran and found nothing, so offer places to start. */
  async #show(results: PagefindResult[], message: string, suggest: boolean, run = this.#run) {
    this.#results = results;
    this.#terms = highlightPattern(this.query.text.split(' '));
    this.#shown = 0;
    const items = await this.#render(run);
    if (run !== this.#run || !items) return;
    this.#list.replaceChildren(...items);
    this.#status.textContent = message;
    this.#empty.hidden = !suggest;
    this.#syncMore();
  }

  async #showMore(focusFirstNew: boolean) {
    const run = this.#run;
    const items = await this.#render(run);
    if (run !== this.#run || !items?.length) return;
    this.#list.append(...items);
    this.#syncMore();
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  /** The next page of results as list items, or null if a newer search started meanwhile. */
  async #render(run: number): Promise<HTMLLIElement[] | null> {
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.#run) return null;
    const start = this.#shown;
    this.#shown += batch.length;
    return data.map((d, i) => renderResult(toResultView(d), `${this.input.id}-r${start + i}`, this.#terms));
  }

  #syncMore() {
    const left = this.#results.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.textContent = `Show more results (${left} more)`;
  }

  #onKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const targets: HTMLElement[] = [...this.#list.querySelectorAll('a')];
    if (!this.#more.hidden) targets.push(this.#more);
    const at = targets.indexOf(e.target as HTMLElement);
    const inBox = e.target === this.input;
    if (!inBox && at < 0) return;

    let next: HTMLElement | undefined;
    if (e.key === 'ArrowDown') next = inBox ? targets[0] : targets[at + 1];
    else if (e.key === 'ArrowUp' && !inBox) next = at === 0 ? this.input : targets[at - 1];
    else if (e.key === 'Home' && !inBox) next = targets[0];
    else if (e.key === 'End' && !inBox) next = targets.at(-1);
    else if (!inBox && e.key.length === 1 && e.key !== ' ') {
      // Typing on a result edits the query: the key lands in the box.
      this.input.focus();
      return;
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }
}
