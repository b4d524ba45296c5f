/**
 * The demo's pre-rendered snippet, in a worker of its own (site/ssr-worker.js): renderWidget
 * bundled as it runs in Node, Lit's server build and all (see rollup.config.mjs), so that the
 * snippet is the command line's, byte for byte, and the page's own widgets keep the browser's
 * Lit. Asked {id, tag, attrs, lang, theme, asOf, data}, it answers {id, snippet} (what
 * `sovereignty-widgets render` prints) or {id, problem} (what it would say on standard error,
 * or why the bundle's URL and hash are unknown).
 */
import { printed, refusal, type Release } from '../src/ssr/print.js';
import { renderWidget, type RenderOptions } from '../src/ssr/ssr.js';

export interface Request extends RenderOptions {
  id: number;
  tag: string;
}
export type Answer = { id: number } & ({ snippet: string; problem?: undefined } | { snippet?: undefined; problem: string });

// The published bundle's URL and hash, from integrity.json beside the worker, as the command
// line reads dist/integrity.json beside itself.
const release: Promise<Release> = fetch(new URL('integrity.json', location.href)).then((response) => {
  if (!response.ok) throw new Error(`integrity.json: ${response.status} ${response.statusText}`);
  return response.json();
});

/** The snippet for `tag`, or the reason there is none. */
async function answer(tag: string, options: RenderOptions): Promise<Omit<Answer, 'id'>> {
  let known: Release;
  try {
    known = await release;
  } catch (error) {
    return { problem: `The bundle's URL and hash are unknown: ${(error as Error).message}` };
  }
  try {
    return { snippet: printed(renderWidget(tag, options), known) };
  } catch (error) {
    return { problem: refusal(error) };
  }
}

// Answered in the order asked (each waits on the same `release`).
addEventListener('message', async ({ data: { id, tag, ...options } }: MessageEvent<Request>) => {
  postMessage({ id, ...(await answer(tag, options)) } as Answer);
});
