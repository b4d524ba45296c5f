import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { findChrome } from './scripts/browser.mjs';

// An installed Chrome or Chromium (scripts/browser.mjs; CHROME_PATH overrides). No browser is
// downloaded; `npm test` runs scripts/setup.mjs first, which installs one or says what to
// install. Not fatal here: the Firefox config imports this one.
const executablePath = findChrome().path;

const cdpSessions = new WeakMap();

/** `emulateMedia` has no forced-colours option: this command emulates Windows High Contrast. */
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    // Puppeteer's emulateMediaFeatures does not accept forced-colors; the protocol does.
    // An emulation lasts as long as its protocol session, so one stays open per page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * sanitize-html is CommonJS only (with Node-style dependencies): test/cms.test.ts imports this
 * ES module of it, bundled for the browser by esbuild, as a site's build would.
 */
const sanitizeHtmlModule = {
  name: 'sanitize-html-module',
  async serve(context) {
    if (context.path !== '/__modules/sanitize-html.js') return undefined;
    const result = await build({ entryPoints: ['sanitize-html'], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/**
 * Widgets rendered on the server, for test/ssr.test.ts: `/__ssr?tag=…&lang=…&theme=…&as-of=…`
 * (`&data=northwind` for examples/northwind-vs-contoso.json, `&attr=name=value`…) answers
 * renderWidget's HTML, from the built sovereignty-widgets/ssr (dist/ssr, `npm run build`).
 */
const serverRendering = {
  name: 'server-rendering',
  async serve(context) {
    if (context.path !== '/__ssr') return undefined;
    const { renderWidget } = await import('./dist/ssr/ssr.js');
    const q = context.URL.searchParams;
    const data = q.get('data') === 'northwind' ? JSON.parse(await readFile('examples/northwind-vs-contoso.json', 'utf8')) : undefined;
    const attrs = Object.fromEntries(q.getAll('attr').map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    const options = { attrs, data, lang: q.get('lang') ?? 'en', theme: q.get('theme') ?? 'auto', asOf: q.get('as-of') ?? undefined };
    return { body: renderWidget(q.get('tag'), options), type: 'html' };
  },
};

/**
 * The command line, for test/demo/prerendered.test.ts: `executeServerCommand('sovereignty-widgets',
 * { args })` runs the built one (dist/ssr/cli.js, `npm run build`) with `args`, and answers its
 * exit status, standard output and standard error.
 */
const commandLine = {
  name: 'command-line',
  executeCommand({ command, payload }) {
    if (command !== 'sovereignty-widgets') return undefined;
    return new Promise((done) =>
      execFile(process.execPath, ['dist/ssr/cli.js', ...payload.args], { encoding: 'utf8' }, (error, stdout, stderr) =>
        done({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColors, sanitizeHtmlModule, serverRendering, commandLine],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-dev-shm-usage',
          // Test pages run side by side in tabs; keep background tabs' timers and frames running.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // For the leak test: a real heap figure, and gc() to settle it before measuring.
          '--enable-precise-memory-info',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames, and Chart.js resizes in one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
