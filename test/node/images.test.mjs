// `npm run images` without a browser: it says so and skips (exit 0), so that a machine without
// one still builds; with --strict (a release) it fails. The drawing itself is checked by
// test/images.test.ts, which looks at the images.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const run = (...args) => spawnSync(process.execPath, ['scripts/images.mjs', ...args], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nowhere/chromium' } });

test('without a browser, npm run images says so and skips', () => {
  const { status, stdout } = run();
  assert.equal(status, 0);
  assert.match(stdout, /CHROME_PATH is set to \/nowhere\/chromium, which does not exist\. No images drawn \(skipped\)/);
});

test('without a browser, npm run images -- --strict fails', () => {
  const { status, stderr } = run('--strict');
  assert.equal(status, 1);
  assert.match(stderr, /No images drawn;/);
});
