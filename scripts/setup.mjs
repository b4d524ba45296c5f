// Makes a fresh machine ready for `npm start` and `npm test`: installs the npm dependencies
// when they are missing or stale, and the system's Chromium when no browser is found
// (Debian-like machines, as root or with sudo). Nothing downloads a browser of its own.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || mtime('package.json') > mtime(marker) || mtime('package-lock.json') > mtime(marker)) {
  console.log('setup: installing npm dependencies…');
  run('npm install --no-audit --no-fund');
}

const browsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const wanted = process.argv.includes('--firefox') ? ['/usr/bin/firefox-esr'] : [];
const haveChromium = process.env.CHROME_PATH || browsers.some(existsSync);
const missing = [...(haveChromium ? [] : ['chromium']), ...wanted.filter((p) => !existsSync(p)).map(() => 'firefox-esr')];
if (missing.length) {
  if (!existsSync('/usr/bin/apt-get')) {
    console.error(`setup: please install ${missing.join(' and ')} (or set CHROME_PATH to a Chromium or Chrome binary).`);
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`setup: installing ${missing.join(', ')} from the system's packages…`);
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}
