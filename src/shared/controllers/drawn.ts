import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { renderTurn } from '../turns.js';

/** Each widget's promise that it has drawn (see `DrawnController.drawn`). */
const drawnOf = new WeakMap<Element, Promise<void>>();

/**
 * When a widget has drawn, and its content in pieces. A long widget marks its pieces (pillars,
 * cases, the explainer's sections) with `piece(n)`: its first render draws the first piece and
 * each render turn adds the next, so that neither building nor laying out the widget is one
 * long task. A piece waits until the widgets inside the pieces before it have drawn, so that
 * pieces only ever arrive below what is drawn and nothing on screen moves. Once all are drawn,
 * every later render draws all of them.
 *
 * Once the content (or the error box) is drawn, with that of every widget inside it, the host
 * gets the `ready` attribute: a page's space reservation (`:not([ready])`) ends then.
 */
export class DrawnController implements ReactiveController {
  #pieces = 1;
  #wanted = 0;
  #due = false;
  #done!: () => void;
  /** Resolves when the widget is `ready`, or removed. */
  readonly drawn = new Promise<void>((resolve) => (this.#done = resolve));

  /** `settled` says whether the widget shows its content or its error box (not "loading"). */
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #settled: () => 'content' | 'error' | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, settled: () => 'content' | 'error' | undefined) {
    (this.#host = host).addController(this);
    this.#settled = settled;
    drawnOf.set(host, this.drawn);
  }

  /** Whether piece `n` (from 0) of the content is drawn yet. */
  piece(n: number): boolean {
    this.#wanted = Math.max(this.#wanted, n + 1);
    return n < this.#pieces;
  }

  /** Every widget drawn inside this one, once all of them are. */
  #inner() {
    return Promise.all([...this.#host.renderRoot.querySelectorAll('*')].map((e) => drawnOf.get(e)));
  }

  hostUpdate() {
    this.#wanted = 0; // the render counts them again
  }

  hostUpdated() {
    const state = this.#settled();
    const partial = state === 'content' && this.#pieces < this.#wanted;
    if (partial && !this.#due) {
      this.#due = true;
      this.#inner()
        .then(renderTurn)
        .then(() => {
          this.#due = false;
          this.#pieces++;
          this.#host.requestUpdate();
        });
    } else if (state === 'content' && !partial) this.#pieces = Infinity;
    if (state && !partial && !this.#host.hasAttribute('ready'))
      this.#inner().then(() => {
        this.#host.toggleAttribute('ready', true);
        this.#done();
      });
  }

  hostDisconnected() {
    this.#done(); // a widget holding this one does not wait for it any longer
  }
}
