/**
 * The demo's pre-rendered snippet (site/, `npm run build`) is what the command line it shows
 * prints: the built command line (dist/ssr/cli.js) is run by the test server with the words of
 * that command, the edited dataset saved as the file it names.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../helpers.js';

const NORTHWIND = 'examples/northwind-vs-contoso.json';

interface Printed {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command line run with the words of `command` (the demo's), `dataset.json` read from `dataFile`. */
async function run(command: string, dataFile?: string): Promise<Printed> {
  expect(command).not.to.match(/['"\\]/, 'a command of plain words (the values here need no quoting)');
  const [npx, bin, ...args] = command.split(' ');
  expect([npx, bin]).to.deep.equal(['npx', 'sovereignty-widgets']);
  const printed = await executeServerCommand<Printed, { args: string[] }>('sovereignty-widgets', {
    args: args.map((word) => (word === 'dataset.json' && dataFile ? dataFile : word)),
  });
  return printed!;
}

/** Where `shown` first differs from `printed` (undefined if nowhere), and both there: the snippets are long. */
function difference(shown: string, printed: string) {
  if (shown === printed) return undefined;
  let i = 0;
  while (shown[i] === printed[i]) i++;
  return `at ${i} of ${shown.length} (demo) and ${printed.length} (CLI): demo …${JSON.stringify(shown.slice(i - 60, i + 60))}…, CLI …${JSON.stringify(printed.slice(i - 60, i + 60))}…`;
}

/** The demo in a frame, its page's errors recorded; `before` runs in the page ahead of its script. */
async function openDemo(before = '') {
  const html = await (await fetch('/site/index.html')).text();
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const record = `<script>window.__errors = []; addEventListener('error', (e) => __errors.push(e.message)); addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));${before}</script>`;
  frame.srcdoc = html.replace('<head>', `<head><base href="${location.origin}/site/">${record}`);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & { __errors: string[] };
  const box = () => doc.querySelector<HTMLTextAreaElement>('#prerendered')!;
  await until(() => !!doc.querySelector('#embed-attributes [name]'), 'the embed generator', 15000);

  /**
   * Sets the embed form's fields (the widget first, then its attributes), as a user would pick
   * them, and resolves with what the box then shows: the answer to the last request (an answer
   * to an earlier one is never shown).
   */
  async function pick(fields: Record<string, string>) {
    const answered = new Promise((resolve) => box().addEventListener('prerendered', resolve, { once: true }));
    for (const [name, value] of Object.entries(fields)) {
      const control = doc.querySelector<HTMLSelectElement | HTMLInputElement>(`#embed [name="${name}"]`)!;
      control.value = value;
      expect(control.value, name).to.equal(value);
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await answered;
    return {
      command: doc.querySelector('#command')!.textContent!,
      snippet: box().value,
      problem: doc.querySelector('#prerendered-status')!.textContent!,
      dataNamed: !doc.querySelector<HTMLElement>('#command-data')!.hidden,
    };
  }

  /** Pastes `text` into the dataset editor and waits for its verdict. */
  async function paste(text: string) {
    const area = doc.querySelector<HTMLTextAreaElement>('#dataset')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => doc.querySelector('#editor-status')!.textContent!.startsWith('Valid: the gallery shows the edited dataset'), 'the edited dataset', 5000);
  }
  return { frame, win, doc, pick, paste };
}

describe("the demo's pre-rendered snippet", function () {
  this.timeout(60000);
  let demo: Awaited<ReturnType<typeof openDemo>>;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo.frame.remove());

  it('is what the command line prints, for the default dataset in English', async () => {
    const shown = await demo.pick({ widget: 'sov-metric-toggle', metric: 'energy', calls: '40' });
    expect(shown.command).to.equal('npx sovereignty-widgets render sov-metric-toggle --attr metric=energy --attr calls=40');
    expect(shown.dataNamed).to.equal(false);
    expect(shown.problem).to.equal('');
    const printed = await run(shown.command);
    expect(printed.status, printed.stderr).to.equal(0);
    expect(shown.snippet).to.match(/^<sov-metric-toggle\s+metric="energy" calls="40" lang="en"[^>]*><template shadowroot/);
    expect(shown.snippet).to.contain('integrity="sha384-');
    expect(difference(shown.snippet, printed.stdout)).to.equal(undefined);
  });

  for (const { widget, lang, theme, extra } of [
    { widget: 'sov-compute-gap', lang: 'de', theme: 'dark', extra: { scale: 'log' } },
    { widget: 'sov-milestones', lang: 'fr', theme: 'light', extra: {} },
  ]) {
    it(`is what the command line prints, for another dataset (Northwind), ${widget} in ${lang}, ${theme}`, async () => {
      await demo.paste(await (await fetch(`/${NORTHWIND}`)).text());
      const shown = await demo.pick({ widget, lang, theme, ...extra });
      expect(shown.command).to.contain(`--lang ${lang}`).and.to.contain(`--theme ${theme}`).and.to.match(/--data dataset\.json( |$)/);
      expect(shown.dataNamed, 'the note naming the dataset file').to.equal(true);
      expect(shown.problem).to.equal('');
      const printed = await run(shown.command, NORTHWIND);
      expect(printed.status, printed.stderr).to.equal(0);
      expect(shown.snippet).to.contain(`lang="${lang}"`).and.to.contain(`theme="${theme}"`).and.to.contain('Northwind');
      expect(difference(shown.snippet, printed.stdout)).to.equal(undefined);
    });
  }

  it("shows the command line's own words where it would refuse the input", async () => {
    const shown = await demo.pick({ widget: 'sov-metric-toggle', calls: '9999' });
    expect(shown.snippet).to.equal('');
    const printed = await run(shown.command, NORTHWIND);
    expect(printed.status).to.equal(1);
    expect(printed.stdout).to.equal('');
    expect(shown.problem).to.equal(printed.stderr.trim());
  });

  it('has a button that copies it', async () => {
    await demo.pick({ widget: 'sov-bull-bear' });
    const button = demo.doc.querySelector<HTMLButtonElement>('#copy-prerendered')!;
    expect(button.disabled).to.equal(false);
    button.click();
    await until(() => /copied|ctrl\+c/i.test(demo.doc.querySelector('#copy-prerendered-status')!.textContent!), 'the copy report');
  });

  it('raises no error in the page', () => {
    expect(demo.win.__errors).to.deep.equal([]);
  });
});

describe("the demo's pre-rendered snippet, where the worker cannot load", function () {
  this.timeout(30000);
  it('says so, and still shows the command', async () => {
    // A worker script that is not there, as on a host the demo was copied to without it.
    const demo = await openDemo(`const W = Worker; window.Worker = class extends W { constructor(url, options) { super(new URL('no-such-worker.js', url), options); } };`);
    try {
      const status = demo.doc.querySelector('#prerendered-status')!;
      await until(() => status.textContent!.includes('could not start'), 'the reason', 10000);
      expect(status.textContent).to.contain('ssr-worker.js').and.to.contain('run the command above instead');
      expect(demo.doc.querySelector<HTMLTextAreaElement>('#prerendered')!.value).to.equal('');
      expect(demo.doc.querySelector<HTMLButtonElement>('#copy-prerendered')!.disabled).to.equal(true);
      expect(demo.doc.querySelector('#command')!.textContent).to.equal('npx sovereignty-widgets render sov-compute-gap');
    } finally {
      demo.frame.remove();
    }
  });
});
