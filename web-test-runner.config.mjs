import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColors],
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
