/**
 * What the command line prints: for a rendered widget, the element, then the script tag of the
 * published bundle with its integrity hash (dist/integrity.json); for bad input, one line.
 * Shared with the demo's pre-rendered snippet (demo/ssr-worker.ts), so that both print the
 * same bytes.
 */
export interface Release {
  url: string;
  integrity: string;
}

// Deferred, not async: a module that runs before the parser reaches the element would define
// it first, and the browser then leaves its declarative shadow root unattached.
export const printed = (element: string, { url, integrity }: Release) =>
  `${element}\n<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>\n`;

/** The line (without its line break) the command line writes on standard error for `error`. */
export const refusal = (error: unknown) => `sovereignty-widgets: ${String((error as Error).message).replace(/\s+/g, ' ').trim()}`;
