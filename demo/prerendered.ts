/**
 * The embed generator's pre-rendered snippet: asked of site/ssr-worker.js (demo/ssr-worker.ts),
 * which prints what `sovereignty-widgets render` prints, with the command that does.
 */
import type { Answer, Request } from './ssr-worker.js';

/** A value as one word of a POSIX shell command, quoted where it needs it. */
const shellWord = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/** The file the command names for the edited dataset (what the editor's Download saves). */
const DATA_FILE = 'dataset.json';

type Render = Omit<Request, 'id'>;

/**
 * The request for `tag` with the snippet's `attributes` (`lang`, `theme` and `as-of` among
 * them), and the command line that prints the same, `--data dataset.json` standing for `data`.
 */
export function requestFor(tag: string, attributes: [string, string][], data: unknown): { request: Render; command: string } {
  const request: Render = { tag, attrs: {} };
  const args = ['render', tag];
  for (const [name, value] of attributes) {
    if (name === 'lang') request.lang = value;
    else if (name === 'theme') request.theme = value as Render['theme'];
    else if (name === 'as-of') request.asOf = value;
    else request.attrs![name] = value;
    args.push(...(['lang', 'theme', 'as-of'].includes(name) ? [`--${name}`, value] : ['--attr', `${name}=${value}`]));
  }
  if (data !== undefined) {
    request.data = data as Render['data'];
    args.push('--data', DATA_FILE);
  }
  return { request, command: `npx sovereignty-widgets ${args.map(shellWord).join(' ')}` };
}

/**
 * The worker, started on first use. `show` gets each answer to the latest request only, or
 * `{ problem }` saying why there is none when the worker cannot start or load (a host
 * without site/ssr-worker.js, a policy that forbids workers, a browser that refuses them from
 * a page opened from disk).
 */
export class Prerenderer {
  #worker?: Worker;
  #latest = 0;
  #failed?: string;

  constructor(private readonly show: (answer: Omit<Answer, 'id'>) => void) {}

  render(request: Render) {
    const id = ++this.#latest;
    if (this.#failed) return this.show({ problem: this.#failed });
    try {
      this.#worker ??= this.#start();
    } catch (error) {
      return this.#fail((error as Error).message);
    }
    this.#worker.postMessage({ ...request, id } satisfies Request);
  }

  #start() {
    const worker = new Worker(new URL('ssr-worker.js', document.baseURI));
    worker.addEventListener('message', ({ data }: MessageEvent<Answer>) => {
      if (data.id === this.#latest) this.show(data);
    });
    // Loading failed (not found, another origin, file://), or the script threw as it ran.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(event.message || 'the worker (ssr-worker.js) did not load');
    });
    return worker;
  }

  #fail(reason: string) {
    this.#worker?.terminate();
    this.#failed = `Pre-rendering runs in a worker (ssr-worker.js), which could not start here (${reason}): run the command above instead.`;
    this.show({ problem: this.#failed });
  }
}
