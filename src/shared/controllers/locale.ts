import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchScheme } from '../scheme.js';

/** `lang` of the element or its nearest ancestor, looking through shadow roots; else English. */
export function languageOf(start: Element): string {
  for (let node: Node | null = start; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
    if ((node as Element).hasAttribute?.('lang')) return (node as Element).getAttribute('lang') || 'en';
  return 'en';
}

/**
 * A widget's language: `lang` on the element or its nearest ancestor, across shadow roots, so
 * that a widget follows the page's language. Re-read before every update, and the widget
 * updates when a `lang` changes on it or on the page. Text is English, French or German; any
 * locale formats numbers and dates (see format.ts). English until the widget is connected.
 */
export class LocaleController implements ReactiveController {
  lang = 'en';
  #stop?: () => void;
  #own?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this.#host = host).addController(this);
  }

  /** Reads the language now; the host's first update needs it before it starts. */
  resolve(): string {
    return (this.lang = languageOf(this.#host));
  }

  hostConnected() {
    const update = () => this.#host.requestUpdate();
    // The page's observer sees `lang` change in the document; this one, on the host in any root.
    this.#stop = watchScheme(update);
    this.#own = new MutationObserver(update);
    this.#own.observe(this.#host, { attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    this.#stop?.();
    this.#own?.disconnect();
  }

  hostUpdate() {
    this.resolve();
  }
}
