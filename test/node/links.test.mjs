// The link checker (scripts/check-links.mjs) on small Markdown files of its own.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkLinks, slug } from '../../scripts/check-links.mjs';

const root = mkdtempSync(join(tmpdir(), 'sov-links-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (path, text) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  return join(root, path);
};

test('anchors as GitHub makes them', () => {
  assert.equal(slug('`<sov-compute-gap>`'), 'sov-compute-gap');
  assert.equal(slug('Accessibility: every reader'), 'accessibility-every-reader');
  assert.equal(slug('Attributes and events every widget has'), 'attributes-and-events-every-widget-has');
  assert.equal(slug('Dark mode that follows the host'), 'dark-mode-that-follows-the-host');
  assert.equal(slug('1. A partial override: change one figure'), '1-a-partial-override-change-one-figure');
});

test('good links pass; a missing file, a missing anchor and a repeated heading\'s anchor are told apart', () => {
  write('docs/api.md', '# API\n\n## `<sov-x>`\n\n## Notes\n\n## Notes\n\n<a id="custom"></a>\n\n```md\n## Not a heading\n```\n');
  write('examples/a.json', '{}');
  const readme = write(
    'README.md',
    [
      '[api](docs/api.md) [tag](docs/api.md#sov-x) [second notes](docs/api.md#notes-1) [custom](docs/api.md#custom) [folder](examples/)',
      '![picture](docs/api.md) <a href="docs/api.md#notes">html</a> [here](#top)',
      '# Top',
      '`[in code](missing.md)`',
      '```',
      '[in a block](missing.md)',
      '```',
      '[gone](docs/gone.md) [bad anchor](docs/api.md#not-a-heading) [third notes](docs/api.md#notes-2) [http](https://example.com/x.md)',
    ].join('\n'),
  );
  const problems = checkLinks([readme]);
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0], /README\.md:8: docs\/gone\.md: no such file/);
  assert.match(problems[1], /README\.md:8: docs\/api\.md#not-a-heading: no heading or id "not-a-heading" in .*docs\/api\.md$/);
  assert.match(problems[2], /README\.md:8: docs\/api\.md#notes-2: no heading or id "notes-2"/);
});
