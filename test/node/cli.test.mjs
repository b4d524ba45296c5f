// The command-line scripts a newcomer runs first: the demo's server and the set-up.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

/** Runs a script to its end (or until `until` matches its output): its status and output. */
function run(args, { env = {}, until } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // A script that should have exited but serves instead is stopped, and the test fails on it.
    const timer = setTimeout(() => child.kill(), 15000);
    const check = () => {
      if (until && until.test(stdout)) {
        clearTimeout(timer);
        resolve({ child, stdout, stderr, code: null });
      }
    };
    child.stdout.on('data', (chunk) => ((stdout += chunk), check()));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ child, stdout, stderr, code, signal });
    });
  });
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const folder = mkdtempSync(join(tmpdir(), 'sov-serve-'));
writeFileSync(join(folder, 'index.html'), '<!doctype html><title>served</title>');
after(() => rmSync(folder, { recursive: true, force: true }));

for (const [how, args, env] of [
  ['--port N', (port) => ['--port', String(port), folder], {}],
  ['--port=N', (port) => [`--port=${port}`, folder], {}],
  ['PORT=N', () => [folder], (port) => ({ PORT: String(port) })],
]) {
  test(`serve.mjs serves on the port given by ${how}`, async () => {
    const port = await freePort();
    const result = await run(['scripts/serve.mjs', ...args(port)], { env: typeof env === 'function' ? env(port) : env, until: /demo: http:\/\/localhost:\d+\// });
    try {
      assert.equal(result.code, null, `exited with ${result.code}: ${result.stderr}`);
      assert.match(result.stdout, new RegExp(`http://localhost:${port}/`));
      const response = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /<title>served<\/title>/);
    } finally {
      result.child.kill();
    }
  });
}

test('--port wins over PORT', async () => {
  const port = await freePort();
  const result = await run(['scripts/serve.mjs', '--port', String(port), folder], { env: { PORT: '1' }, until: /demo: http:/ });
  result.child.kill();
  assert.match(result.stdout, new RegExp(`http://localhost:${port}/`));
});

for (const args of [['--frobnicate'], ['--port'], ['--port', 'abc'], ['--port', '70000'], ['3000'], [folder, 'site']]) {
  test(`serve.mjs ${args.join(' ')}: a usage line and status 2`, async () => {
    const result = await run(['scripts/serve.mjs', ...args]);
    assert.equal(result.code, 2, `status ${result.code}, signal ${result.signal}: ${result.stdout}`);
    assert.match(result.stderr, /^usage: node scripts\/serve\.mjs \[--port N\]/m);
  });
}

test('setup for `npm start` asks for no browser', async () => {
  const result = await run(['scripts/setup.mjs'], { env: { CHROME_PATH: '/nonexistent/chrome' } });
  assert.equal(result.code, 0, result.stderr);
});

test('setup for the tests names the browser to install when CHROME_PATH is wrong, and exits 1', async () => {
  const result = await run(['scripts/setup.mjs', '--chromium'], { env: { CHROME_PATH: '/nonexistent/chrome' } });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /CHROME_PATH is set to \/nonexistent\/chrome, which does not exist\./);
  assert.match(result.stderr, /Install (Chromium|Google Chrome)/);
});

test('setup finds the browser it is pointed at', async () => {
  const result = await run(['scripts/setup.mjs', '--chromium'], { env: { CHROME_PATH: process.execPath } });
  assert.equal(result.code, 0, result.stderr);
});

test('setup rejects an unknown argument with status 2', async () => {
  const result = await run(['scripts/setup.mjs', '--chrome']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /usage: node scripts\/setup\.mjs/);
});
