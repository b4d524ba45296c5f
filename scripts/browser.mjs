// Finds an installed Chrome or Chromium for the tests and the scripts that drive a browser
// (setup, web-test-runner, screenshots, bench, pack smoke test, reserve, the Storybook check).
// Nothing here downloads a browser. CHROME_PATH wins; then the standard install paths of
// Linux, macOS and Windows; then the usual command names on PATH. FIREFOX_PATH and Debian's
// firefox-esr do the same for the Firefox suite.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Chrome and Chromium install themselves, by platform, most common first. */
export function chromeCandidates({ platform = process.platform, env = process.env } = {}) {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary'];
    return ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])].flatMap((dir) => apps.map((app) => `${dir}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((root) => apps.map((app) => `${root.replace(/\\$/, '')}\\${app}`));
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  // Then each folder of PATH: other Unix-likes put them elsewhere (Nix, Homebrew on Linux).
  const path = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...names.map((name) => `/usr/bin/${name}`), '/snap/bin/chromium', ...path.flatMap((dir) => names.map((name) => join(dir, name)))];
}

/**
 * The Chrome or Chromium to use: `{ path, from }`, or `{ path: undefined, problem }` when
 * there is none (and `variable` when the problem is that variable). A CHROME_PATH that does
 * not exist is a problem in itself, not a reason to look elsewhere: whoever set it meant
 * that browser.
 */
export function findChrome({ platform = process.platform, env = process.env, exists = existsSync } = {}) {
  if (env.CHROME_PATH) {
    return exists(env.CHROME_PATH)
      ? { path: env.CHROME_PATH, from: 'CHROME_PATH' }
      : { path: undefined, variable: 'CHROME_PATH', problem: `CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist.` };
  }
  const path = chromeCandidates({ platform, env }).find((p) => exists(p));
  return path ? { path, from: 'standard path' } : { path: undefined, problem: 'No Chrome or Chromium was found.' };
}

/** Firefox for the Firefox suite: FIREFOX_PATH, or Debian's firefox-esr, or firefox. */
export function findFirefox({ env = process.env, exists = existsSync } = {}) {
  if (env.FIREFOX_PATH) {
    return exists(env.FIREFOX_PATH)
      ? { path: env.FIREFOX_PATH, from: 'FIREFOX_PATH' }
      : { path: undefined, variable: 'FIREFOX_PATH', problem: `FIREFOX_PATH is set to ${env.FIREFOX_PATH}, which does not exist.` };
  }
  const path = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => exists(p));
  return path ? { path, from: 'standard path' } : { path: undefined, problem: 'No Firefox was found.' };
}

/**
 * What setup should do when a browser is missing: install Debian's package where apt-get
 * exists, otherwise tell the person exactly what to install.
 */
export function missingBrowserPlan({ browser, platform = process.platform, aptGet = platform === 'linux' && existsSync('/usr/bin/apt-get') }) {
  const pkg = browser === 'firefox' ? 'firefox-esr' : 'chromium';
  if (aptGet) return { install: pkg };
  const variable = browser === 'firefox' ? 'FIREFOX_PATH' : 'CHROME_PATH';
  const how =
    browser === 'firefox'
      ? {
          darwin: 'Install Firefox from https://www.mozilla.org/firefox/ (or `brew install --cask firefox`).',
          win32: 'Install Firefox from https://www.mozilla.org/firefox/.',
          linux: 'Install Firefox with your distribution\'s package manager (for example `sudo dnf install firefox` or `sudo pacman -S firefox`).',
        }
      : {
          darwin: 'Install Google Chrome from https://www.google.com/chrome/ (or `brew install --cask chromium`).',
          win32: 'Install Google Chrome from https://www.google.com/chrome/.',
          linux: 'Install Chromium with your distribution\'s package manager (for example `sudo dnf install chromium` or `sudo pacman -S chromium`).',
        };
  return {
    message: `${how[platform] ?? how.linux} Or set ${variable} to the browser's executable if it is installed somewhere else.`,
  };
}

/** The Chrome path, or exit with what to install: for scripts that cannot run without one. */
export function requireChrome() {
  const found = findChrome();
  if (found.path) return found.path;
  console.error(`${found.problem} ${missingBrowserPlan({ browser: 'chrome', aptGet: false }).message}`);
  process.exit(1);
}
