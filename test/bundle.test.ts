/** The built single module, as a host page meets it: dist/sovereignty-widgets.js. */
import { expect } from '@open-wc/testing';
import { TAGS, until } from './helpers.js';

const BUNDLE = '/dist/sovereignty-widgets.js';

async function gzipSize(text: string) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/**
 * Loads a host page (a path, or markup for a blank page) in an iframe, collecting its uncaught
 * errors from its first script on (an error in the bundle's start-up happens before `load`).
 */
async function host(path: string, markup?: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '960px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = markup ?? (await (await fetch(path)).text());
  const recorder = `<script>window.__errors = []; addEventListener('error', (e) => __errors.push(e.message)); addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));</script>`;
  frame.srcdoc = page.replace(/^<!doctype html>/i, (d) => d + recorder);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __errors: string[] };
  await until(() => !!win.customElements.get('sov-compute-gap'), 'the bundle to define the elements');
  return { frame, win, doc: frame.contentDocument!, errors: win.__errors };
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

describe('the bundle', () => {
  let source = '';
  before(async () => {
    source = await (await fetch(BUNDLE)).text();
  });

  it('is one ES module under 65,536 bytes gzip', async () => {
    expect(source.length).to.be.greaterThan(10000);
    // No import of another module, static or dynamic (strings such as " from " do not count).
    expect(source).not.to.match(/(^|[;})])\s*import\s*[\w{*"'(]|[}*]\s*from\s*["']|\bimport\s*\(/m);
    expect(await gzipSize(source)).to.be.below(65536);
  });

  it('registers only the chart type, element and axis of its own, none of Chart.js’s', () => {
    // Chart.js's own are `static id = "bar"`; ours come out of TypeScript as static blocks.
    const ids = [...source.matchAll(/static(?:\{this\.id=|\s*id\s*=\s*)"(\w+)"/g)].map((m) => m[1]);
    expect([...new Set(ids)].sort()).to.deep.equal(['sovBar', 'sovBars', 'sovValue']);
    expect(source).not.to.contain('chart.js/auto');
  });

  it('holds Chart.js’s code as published: no part of it cut out', () => {
    // Its table of easings, looked up by name, is whole (an earlier build cut 28 of its 30).
    for (const easing of ['easeInQuad', 'easeOutBounce', 'easeInOutElastic', 'easeOutQuart']) expect(source).to.contain(easing);
  });

  it('builds a chart only once the widget comes near the viewport', async () => {
    const { frame, doc } = await host('', `<!doctype html><html lang="en"><body><p style="height:5000px">Text</p><sov-compute-gap></sov-compute-gap><script type="module" src="${BUNDLE}"></script></body></html>`);
    const el = doc.querySelector('sov-compute-gap')!;
    await until(() => el.hasAttribute('ready'), 'the widget to be ready');
    // The chart is far below the fold.
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect((canvas as unknown as { $chartjs?: unknown }).$chartjs, 'no chart yet').to.equal(undefined);
    canvas.scrollIntoView();
    await until(() => !!(canvas as unknown as { $chartjs?: unknown }).$chartjs, 'the chart once near');
    frame.remove();
  });

  it('is Lit’s production build, with no dev-mode warnings', () => {
    expect(source).not.to.contain('Lit is in dev mode');
  });

  it('renders <sov-compute-gap> on a page with nothing but the script tag', async () => {
    const { frame, doc, errors, win } = await host('/test/pages/host.html');
    const el = doc.querySelector('sov-compute-gap')!;
    await until(() => el.hasAttribute('ready'), 'the widget, every piece drawn');
    const text = shadowText(el);
    expect(text).to.contain('more than 16×');
    expect(text).to.contain('at least 50×');
    expect(text).to.contain('Anthropic');
    expect(el.shadowRoot!.querySelector('.sources')).not.to.equal(null);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    // Only the bundle was requested: no fonts, data or anything third-party.
    const requests = win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server')); // the test server's own reload socket
    expect(requests).to.deep.equal([BUNDLE]);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('shows the error box for a bad dataset and leaves the other widget working', async () => {
    const { frame, doc, errors } = await host('/test/pages/host-bad.html');
    const bad = doc.querySelector('sov-compute-gap')!;
    const good = doc.querySelector('sov-metric-toggle')!;
    await until(() => !!bad.shadowRoot?.querySelector('[role="alert"]'), 'the error box');
    expect(shadowText(bad)).to.contain('facts.anthropic-series-h.value: expected a positive number, got "65B"');
    await until(() => !!good.shadowRoot?.querySelector('canvas'), 'the other widget');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  for (const tag of TAGS) {
    it(`renders <${tag}> alone on a plain page after the script tag`, async () => {
      const markup = `<!doctype html><html lang="en"><body><script type="module" src="${BUNDLE}"></script><${tag}></${tag}></body></html>`;
      const { frame, doc, errors } = await host('', markup);
      const el = doc.querySelector(tag)!;
      // `ready`: drawn, with every section of the explainer (which arrive one a turn).
      await until(() => el.hasAttribute('ready') && !!el.shadowRoot?.querySelector('[part~="base"]'), `<${tag}> to render`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(shadowText(el).length).to.be.greaterThan(200);
      expect(el.shadowRoot!.querySelector('.sources, .all-sources')).not.to.equal(null);
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }

  it('requests a dataset once for an explainer and all the widgets it holds', async () => {
    const src = '/test/fixtures/override.json';
    const markup = `<!doctype html><html lang="en"><body><script type="module" src="${BUNDLE}"></script><sov-explainer src="${src}"></sov-explainer></body></html>`;
    const { frame, doc, win, errors } = await host('', markup);
    const el = doc.querySelector('sov-explainer')!;
    await until(() => !!el.shadowRoot?.querySelector('sov-compute-gap')?.shadowRoot?.querySelector('canvas'), 'the sections');
    const gap = el.shadowRoot!.querySelector('sov-compute-gap')!;
    expect(shadowText(gap)).to.contain('$80B');
    const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(requests.filter((p) => p === src)).to.have.length(1);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('is harmless when included twice', async () => {
    const { frame, doc, errors, win } = await host('/test/pages/twice.html');
    // Both copies ran before the page's load event: the second defined nothing and threw nothing.
    expect(win.performance.getEntriesByType('resource').map((r) => new URL(r.name).search)).to.include('?copy=2');
    const el = doc.querySelector('sov-metric-toggle')!;
    await until(() => !!el.shadowRoot?.querySelector('canvas'), 'the widget');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
