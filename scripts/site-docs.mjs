// Renders the documentation as pages of the demo site: README.md as site/docs/index.html,
// CONTRIBUTING.md and docs/*.md each as site/docs/<name>.html, with docs/images/ copied.
// Headings get GitHub's anchors (scripts/check-links.mjs makes them, and checks every link in
// the sources), so a link works the same on GitHub and on the site: a link to another
// document goes to its page, and a link to a file that is not a page (source, examples) keeps
// its text and loses its link, since the site does not hold those files.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, normalize, posix } from 'node:path';
import MarkdownIt from 'markdown-it';
import { slug } from './check-links.mjs';

const out = 'site/docs';
const pages = new Map([
  ['README.md', 'index.html'],
  ['CONTRIBUTING.md', 'contributing.html'],
  ...(await readdir('docs')).filter((f) => f.endsWith('.md')).map((f) => [`docs/${f}`, f.replace(/\.md$/, '.html')]),
]);

/** Where a link in `source` goes on the site, or undefined when the site has no such page. */
function siteHref(source, href) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
  const [path, fragment] = href.split('#');
  const target = normalize(join(dirname(source), decodeURIComponent(path))).split('\\').join('/');
  const hash = fragment === undefined ? '' : `#${fragment}`;
  if (pages.has(target)) return `${pages.get(target)}${hash}`;
  if (target.startsWith('docs/images/')) return posix.relative('docs', target);
  return undefined;
}

function renderer(source) {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  // GitHub's anchors, numbered when a heading repeats.
  md.core.ruler.push('anchors', (state) => {
    const seen = new Map();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const base = slug(state.tokens[i + 1].content);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      token.attrSet('id', count ? `${base}-${count}` : base);
    });
  });
  const dropped = new WeakSet();
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = siteHref(source, tokens[i].attrGet('href'));
    if (href === undefined) {
      dropped.add(tokens[i]);
      return '';
    }
    tokens[i].attrSet('href', href);
    return self.renderToken(tokens, i, options);
  };
  md.renderer.rules.link_close = (tokens, i, options, env, self) => {
    // The matching opener is the nearest unclosed link_open before this token.
    let depth = 0;
    for (let j = i - 1; j >= 0; j--) {
      if (tokens[j].type === 'link_close') depth++;
      if (tokens[j].type === 'link_open' && depth-- === 0) return dropped.has(tokens[j]) ? '' : self.renderToken(tokens, i, options);
    }
    return self.renderToken(tokens, i, options);
  };
  const image = md.renderer.rules.image; // markdown-it's own, which writes the alt text
  md.renderer.rules.image = (tokens, i, options, env, self) => {
    const src = siteHref(source, tokens[i].attrGet('src'));
    if (src) tokens[i].attrSet('src', src);
    return image(tokens, i, options, env, self);
  };
  return md;
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const titleOf = (text, source) => text.match(/^#\s+(.*)$/m)?.[1].replace(/`/g, '') ?? source;
const texts = new Map(await Promise.all([...pages.keys()].map(async (source) => [source, await readFile(source, 'utf8')])));
// The navigation: each page by its title (the README's is the project's name: "Overview").
const nav = [...pages].map(([source, page]) => [page, source === 'README.md' ? 'Overview' : titleOf(texts.get(source), source)]);

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const [source, page] of pages) {
  const text = texts.get(source);
  const title = titleOf(text, source);
  const body = renderer(source).render(text);
  const links = nav
    .map(([href, label]) => `<li><a href="${href}"${href === page ? ' aria-current="page"' : ''}>${escape(label)}</a></li>`)
    .join('');
  await writeFile(
    join(out, page),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title)} · sovereignty-widgets</title>
<link rel="stylesheet" href="docs.css">
</head>
<body>
<nav aria-label="Documentation"><a href="../">← The demo</a><ul>${links}</ul></nav>
<main>
${body}</main>
</body>
</html>
`,
  );
}
if (existsSync('docs/images')) await cp('docs/images', join(out, 'images'), { recursive: true });
await writeFile(
  join(out, 'docs.css'),
  `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: 2rem; padding: 1rem; }
@media (max-width: 48rem) { body { grid-template-columns: minmax(0, 1fr); } }
nav ul { list-style: none; padding: 0; }
nav li { margin: 0.25rem 0; }
nav [aria-current] { font-weight: bold; }
main { max-width: 52rem; min-width: 0; }
pre, table { display: block; overflow-x: auto; }
pre { padding: 0.75rem; background: color-mix(in srgb, currentColor 6%, transparent); }
table { border-collapse: collapse; }
th, td { border: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
img { max-width: 100%; height: auto; }
`,
);
console.log(`site: ${pages.size} documentation pages in ${out}/`);
