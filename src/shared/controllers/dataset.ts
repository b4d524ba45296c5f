import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetEvents, fetchDataset, resolveDataset, type DatasetProblem, type Resolved } from '../../data/load.js';
import type { Dataset, DatasetOverride } from '../../data/types.js';
import { msg } from '../i18n.js';

/** Fired when a widget cannot use its dataset; the widget shows an error box instead. */
export class SovErrorEvent extends Event {
  constructor(readonly detail: { message: string; path?: string; url?: string }) {
    super('sov-error', { bubbles: true, composed: true });
  }
}

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  data?: DatasetOverride;
  src?: string;
}

/**
 * A widget's dataset, found in this order: its `.data`, its inline JSON
 * (`<script type="application/json">` child), its `src` URL (one request a URL for the whole
 * page), the page default (`setDefaultDataset`), the built-in one. Holds the valid `story`, or
 * the `problem` that stops it, which it reports once as a `sov-error` event and a console
 * warning. Nothing here throws. It reads the DOM only once the host is connected.
 */
export class DatasetController implements ReactiveController {
  story?: Dataset;
  problem?: DatasetProblem;
  #token = 0;
  #stale = true;
  #data?: DatasetOverride;
  #src?: string;
  #url?: string;
  #reported?: string;
  #warned?: string;
  #inline?: MutationObserver;
  readonly #reload = () => {
    this.#stale = true;
    this.#host.requestUpdate();
  };

  /** `lang` gives the language of the messages the controller writes itself. */
  readonly #host: DatasetHost;
  readonly #lang: () => string;

  constructor(host: DatasetHost, lang: () => string) {
    (this.#host = host).addController(this);
    this.#lang = lang;
  }

  hostConnected() {
    datasetEvents.addEventListener('change', this.#reload);
    // Inline JSON may be written or edited after the element upgrades (CMS previews).
    this.#inline = new MutationObserver(this.#reload);
    this.#inline.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#reload();
  }

  hostDisconnected() {
    datasetEvents.removeEventListener('change', this.#reload);
    this.#inline?.disconnect();
    this.#token++; // a request that answers after removal is ignored
    this.#stale = true;
  }

  hostUpdate() {
    const { data, src } = this.#host;
    if (this.#stale || data !== this.#data || src !== this.#src) {
      this.#stale = false;
      this.#data = data;
      this.#src = src;
      this.#load();
    }
  }

  hostUpdated() {
    const { problem } = this;
    if (problem?.message === this.#reported) return;
    this.#reported = problem?.message;
    if (!problem) return;
    const { message, path, url } = problem;
    this.#host.dispatchEvent(new SovErrorEvent({ message, ...(path !== undefined && { path }), ...(url && { url }) }));
    if (this.#warned !== message) console.warn(`<${this.#host.localName}>: ${(this.#warned = message)}`);
  }

  #settle(token: number, result: Resolved) {
    if (token !== this.#token) return;
    this.story = result.ok ? result.dataset : undefined;
    this.problem = result.ok ? undefined : result.problem;
    this.#host.requestUpdate();
  }

  #load() {
    const token = ++this.#token;
    const fail = (message: string, url?: string) => this.#settle(token, { ok: false, problem: { message, url } });
    if (this.#data !== undefined) return this.#settle(token, resolveDataset(this.#data));
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(script.textContent ?? '');
      } catch (error) {
        return fail(`The inline JSON dataset is not valid JSON: ${(error as Error).message}`);
      }
      return this.#settle(token, resolveDataset(parsed, { inline: true }));
    }
    if (!this.#src) return (this.#url = undefined), this.#settle(token, resolveDataset());
    let url: string;
    try {
      url = new URL(this.#src, document.baseURI).href;
    } catch {
      return fail(msg(this.#lang(), 'badUrl', { url: this.#src }), this.#src);
    }
    // Show "loading" only for a new URL; a reload of the same one keeps what is shown.
    if (url !== this.#url) this.story = this.problem = undefined;
    this.#url = url;
    fetchDataset(url).then(
      (json) => this.#settle(token, resolveDataset(json, { url })),
      (error: Error) => fail(error.message, url),
    );
  }
}
