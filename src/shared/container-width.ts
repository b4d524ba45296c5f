import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks whether a widget's own box is narrower than `breakpoint` CSS pixels, for layouts
 * whose markup (not only their CSS) changes with the space: a container query for JS.
 */
export class ContainerWidth implements ReactiveController {
  narrow = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly breakpoint: number,
  ) {
    host.addController(this);
  }

  private frame = 0;
  private measured = false;

  private isNarrow(width: number) {
    return width > 0 && width < this.breakpoint;
  }

  /** Measured once before the first render, so that it draws the right layout at once. */
  hostUpdate() {
    if (!this.measured) this.narrow = this.isNarrow(this.host.getBoundingClientRect().width);
    this.measured = true;
  }

  hostConnected() {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = this.isNarrow(entry.contentRect.width);
      if (narrow === this.narrow) return;
      // Re-render in the next frame, not in this callback: a size change made inside it would
      // be reported to the page as a "ResizeObserver loop" error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
