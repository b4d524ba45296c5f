import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { autoScheme, watchScheme } from '../scheme.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * A widget's colour scheme: its `theme`, or with `auto` the host page's dark-mode switch where
 * it has one, else the reader's system (see scheme.ts). Written before each update as
 * `data-scheme="light|dark"`, which the styles key on (charts re-read their colours after it).
 */
export class ThemeController implements ReactiveController {
  #stop?: () => void;

  readonly #host: ReactiveControllerHost & HTMLElement & { theme: Theme };

  constructor(host: ReactiveControllerHost & HTMLElement & { theme: Theme }) {
    (this.#host = host).addController(this);
  }

  get scheme(): 'light' | 'dark' {
    const { theme } = this.#host;
    return theme === 'dark' || theme === 'light' ? theme : autoScheme();
  }

  hostConnected() {
    this.#stop = watchScheme(() => this.#host.requestUpdate());
  }

  hostDisconnected() {
    this.#stop?.();
  }

  hostUpdate() {
    const { scheme } = this;
    if (this.#host.dataset.scheme !== scheme) this.#host.dataset.scheme = scheme;
  }
}
