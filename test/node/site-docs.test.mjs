// The documentation pages of the site (scripts/site-docs.mjs → site/docs/): every link between
// them, and every anchor, resolves on the site as it does on GitHub.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { before, test } from 'node:test';

const dir = 'site/docs';
const pages = () => readdirSync(dir).filter((f) => f.endsWith('.html'));
before(() => execFileSync(process.execPath, ['scripts/site-docs.mjs']));

test('a page for the README, CONTRIBUTING and every document in docs/', () => {
  const expected = ['index.html', 'contributing.html', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '.html'))];
  assert.deepEqual(pages().sort(), expected.sort());
});

test('every relative link and anchor on those pages resolves', () => {
  const ids = new Map(pages().map((f) => [f, new Set([...readFileSync(join(dir, f), 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))]));
  const broken = [];
  let count = 0;
  for (const page of pages()) {
    for (const [, href] of readFileSync(join(dir, page), 'utf8').matchAll(/ (?:href|src)="([^"]+)"/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href === '../') continue;
      count++;
      const [path, fragment] = href.split('#');
      const target = path ? normalize(join(dir, path)) : join(dir, page);
      if (!existsSync(target)) broken.push(`${page}: ${href}`);
      else if (fragment !== undefined && !ids.get(relative(dir, target))?.has(fragment)) broken.push(`${page}: ${href} (no such anchor)`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(count > 100, `only ${count} links checked`);
});

test('links to files the site does not hold keep their text, and the picture its alt text', () => {
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(index, /<img src="images\/compute-gap\.png" alt="The compute-gap widget[^"]+"/);
  assert.doesNotMatch(index, /href="[^"]*\.md[#"]/);
  assert.match(index, /Changelog/);
});
