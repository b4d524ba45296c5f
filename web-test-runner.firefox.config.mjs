// The same suite in Firefox ESR (the system's package), through Puppeteer's WebDriver BiDi.
// `npm run test:firefox`; CI runs it after the Chromium run.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import base from './web-test-runner.config.mjs';
import { findFirefox } from './scripts/browser.mjs';

export default {
  ...base,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox().path,
        headless: true,
      },
    }),
  ],
};
