import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Whether a pre-rendered widget is replacing its server content at this moment. */
let replacing = false;

/**
 * A pre-rendered widget's server content (its declarative shadow root, from
 * sovereignty-widgets/ssr), kept on screen until the widget's first render with content
 * replaces it in the same task, so that no frame shows it empty or at another size. Such a
 * widget draws all its pieces at once, as does a widget created while one replaces its content
 * (the explainer's sections) and every widget on the server.
 */
export class ServedController implements ReactiveController {
  /** The server's nodes, until they are replaced. */
  #nodes?: ChildNode[];
  /** Drawn at once: on the server, or created inside a pre-rendered widget as it upgraded. */
  #atOnce = isServer;
  readonly #host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };
  readonly #settled: () => boolean;

  /** `settled` says whether the host has its content or its error box to draw. */
  constructor(host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean }, settled: () => boolean) {
    (this.#host = host).addController(this);
    this.#settled = settled;
  }

  /** The server's content is still shown. */
  get shown(): boolean {
    return !!this.#nodes;
  }

  /** Everything is drawn in the first render: no pieces, no turn to wait for. */
  get atOnce(): boolean {
    return this.#atOnce || this.shown;
  }

  // Lit keeps a shadow root the parser attached, and renders after its children; a declarative
  // shadow root is complete when the (async or deferred) script upgrades its host.
  hostConnected() {
    if (this.#host.hasUpdated) return;
    if (replacing) this.#atOnce = true;
    else if (this.#host.shadowRoot?.firstChild) this.#nodes = [...this.#host.shadowRoot.childNodes];
  }

  hostUpdate() {
    replacing = this.shown && this.#settled();
  }

  hostUpdated() {
    if (!replacing) return;
    replacing = false;
    this.#nodes!.forEach((node) => node.remove());
    this.#nodes = undefined;
  }
}
