// The browser finder (scripts/browser.mjs) on each platform, with a pretend file system.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findChrome, findFirefox, missingBrowserPlan } from '../../scripts/browser.mjs';

const only = (...paths) => (path) => paths.includes(path);

test('finds Chrome in /Applications on macOS', () => {
  const path = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  assert.deepEqual(findChrome({ platform: 'darwin', env: { HOME: '/Users/a' }, exists: only(path) }), { path, from: 'standard path' });
});

test('finds Chromium in the home folder\'s Applications on macOS', () => {
  const path = '/Users/a/Applications/Chromium.app/Contents/MacOS/Chromium';
  assert.equal(findChrome({ platform: 'darwin', env: { HOME: '/Users/a' }, exists: only(path) }).path, path);
});

test('finds Chrome under Program Files and a per-user install on Windows', () => {
  const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
  for (const path of [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Users\\a\\AppData\\Local\\Chromium\\Application\\chrome.exe',
  ]) {
    assert.equal(findChrome({ platform: 'win32', env, exists: only(path) }).path, path);
  }
});

test('finds Debian\'s, Ubuntu\'s, Google\'s and the snap\'s Chromium on Linux, and one on PATH', () => {
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']) {
    assert.equal(findChrome({ platform: 'linux', env: {}, exists: only(path) }).path, path);
  }
  const nix = '/home/a/.nix-profile/bin/chromium';
  assert.equal(findChrome({ platform: 'linux', env: { PATH: '/bin:/home/a/.nix-profile/bin' }, exists: only(nix) }).path, nix);
});

test('CHROME_PATH wins over a browser at a standard path, and a wrong one is reported, not skipped', () => {
  const env = { CHROME_PATH: '/opt/chrome/chrome' };
  assert.deepEqual(findChrome({ platform: 'linux', env, exists: only('/opt/chrome/chrome', '/usr/bin/chromium') }), {
    path: '/opt/chrome/chrome',
    from: 'CHROME_PATH',
  });
  const wrong = findChrome({ platform: 'linux', env, exists: only('/usr/bin/chromium') });
  assert.equal(wrong.path, undefined);
  assert.equal(wrong.variable, 'CHROME_PATH');
  assert.match(wrong.problem, /CHROME_PATH is set to \/opt\/chrome\/chrome, which does not exist/);
});

test('nothing found: a problem, not a guess', () => {
  for (const platform of ['linux', 'darwin', 'win32']) {
    const found = findChrome({ platform, env: { HOME: '/h', PATH: '/bin' }, exists: () => false });
    assert.equal(found.path, undefined);
    assert.match(found.problem, /No Chrome or Chromium/);
  }
});

test('Firefox: FIREFOX_PATH, then Debian\'s firefox-esr', () => {
  assert.equal(findFirefox({ env: {}, exists: only('/usr/bin/firefox-esr') }).path, '/usr/bin/firefox-esr');
  assert.equal(findFirefox({ env: { FIREFOX_PATH: '/opt/ff' }, exists: only('/opt/ff', '/usr/bin/firefox-esr') }).path, '/opt/ff');
  assert.equal(findFirefox({ env: {}, exists: () => false }).path, undefined);
});

test('a missing browser: Debian\'s package where apt-get exists, otherwise what to install', () => {
  assert.deepEqual(missingBrowserPlan({ browser: 'chrome', platform: 'linux', aptGet: true }), { install: 'chromium' });
  assert.deepEqual(missingBrowserPlan({ browser: 'firefox', platform: 'linux', aptGet: true }), { install: 'firefox-esr' });
  const mac = missingBrowserPlan({ browser: 'chrome', platform: 'darwin', aptGet: false });
  assert.equal(mac.install, undefined);
  assert.match(mac.message, /Google Chrome from https:\/\/www\.google\.com\/chrome\//);
  assert.match(mac.message, /CHROME_PATH/);
  assert.match(missingBrowserPlan({ browser: 'chrome', platform: 'win32', aptGet: false }).message, /google\.com\/chrome/);
  assert.match(missingBrowserPlan({ browser: 'chrome', platform: 'linux', aptGet: false }).message, /dnf install chromium/);
  assert.match(missingBrowserPlan({ browser: 'firefox', platform: 'darwin', aptGet: false }).message, /FIREFOX_PATH/);
});
