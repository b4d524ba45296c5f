// Makes a fresh machine ready for `npm start` and `npm test`: installs the npm dependencies
// when they are missing or stale. With --chromium (the tests) or --firefox (the Firefox
// suite) it also makes sure that browser is installed: it finds one (scripts/browser.mjs),
// or installs Debian's package where apt-get exists (as root or with sudo), or says what to
// install and exits with status 1. `npm start` asks for no browser. Nothing downloads a
// browser of its own.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { findChrome, findFirefox, missingBrowserPlan } from './browser.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

const known = ['--chromium', '--firefox'];
const unknown = process.argv.slice(2).filter((arg) => !known.includes(arg));
if (unknown.length) {
  console.error(`setup: unknown argument ${unknown[0]}\nusage: node scripts/setup.mjs [--chromium] [--firefox]`);
  process.exit(2);
}

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || mtime('package.json') > mtime(marker) || mtime('package-lock.json') > mtime(marker)) {
  console.log('setup: installing npm dependencies…');
  run('npm install --no-audit --no-fund');
}

const wanted = [
  ...(process.argv.includes('--chromium') ? [['chrome', findChrome]] : []),
  ...(process.argv.includes('--firefox') ? [['firefox', findFirefox]] : []),
];
for (const [browser, find] of wanted) {
  const found = find();
  if (found.path) continue;
  const plan = missingBrowserPlan({ browser });
  // A CHROME_PATH or FIREFOX_PATH that is wrong is fixed by the person, not by installing.
  if (plan.install && !found.variable) {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    console.log(`setup: ${found.problem} Installing Debian's ${plan.install} package…`);
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${plan.install}`);
    if (find().path) continue;
  }
  console.error(`setup: ${found.problem} ${missingBrowserPlan({ browser, aptGet: false }).message}`);
  process.exit(1);
}
