// Completes the demo site (site/, whose script `rollup -c` builds) with what rollup does not
// build: the pages and the library's files, the article pre-rendered, the documentation as
// pages (scripts/site-docs.mjs, site/docs/), and the Storybook, copied from storybook-static/
// (`npm run build-storybook`) to site/storybook/.
// Building the Storybook takes a while, so `npm start` and `npm run build` do not: without
// it, site/storybook/ holds a page that says how to build it. `npm run site` builds both.
import { copyFile, cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const copy = (files, from, to) => Promise.all(files.map((f) => copyFile(`${from}/${f}`, `${to}/${f}`)));
await copy(['index.html', 'article.html', 'demo.css', 'article.css'], 'demo', 'site');
await copy(['sovereignty-widgets.js', 'sovereignty-widgets.css', 'integrity.json', 'dataset.json', 'dataset.schema.json'], 'dist', 'site');

/**
 * The demo's article as the showcase of server rendering: each widget pre-rendered by
 * sovereignty-widgets/ssr, in the page's language, and no reservation stylesheet (a
 * pre-rendered widget has its size already).
 */
async function prerenderArticle(file) {
  const { renderWidget } = await import(pathToFileURL(resolve('dist/ssr/ssr.js')).href);
  let html = await readFile(file, 'utf8');
  const lang = html.match(/<html lang="([^"]+)"/)?.[1] ?? 'en';
  html = html
    // Deferred, not async: see src/ssr/print.ts.
    .replace('<script type="module" async src="sovereignty-widgets.js">', '<script type="module" src="sovereignty-widgets.js">')
    .replace(/ *<!-- Each widget's space[^>]*-->\n *<link rel="stylesheet" href="sovereignty-widgets.css" \/>\n/, '')
    .replace(/<(sov-[a-z-]+)([^>]*)><\/\1>/g, (_, tag, attributes) => {
      const attrs = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
      return renderWidget(tag, { attrs, lang });
    });
  if (html.includes('sovereignty-widgets.css') || html.includes(' async src') || /<sov-[a-z-]+[^>]*><\/sov-/.test(html)) throw new Error(`prerender: ${file} changed; update scripts/site.mjs`);
  await writeFile(file, html);
}
await prerenderArticle('site/article.html');

const built = await stat('storybook-static/index.html').then(() => true, () => false);
await rm('site/storybook', { recursive: true, force: true });
if (built) {
  await cp('storybook-static', 'site/storybook', { recursive: true });
  console.log('site: Storybook copied from storybook-static/ to site/storybook/');
} else {
  await mkdir('site/storybook', { recursive: true });
  await writeFile(
    'site/storybook/index.html',
    `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Storybook not built</title>
<link rel="stylesheet" href="../demo.css">
<main class="page-header">
  <h1>The Storybook is not built</h1>
  <p>This copy of the demo was built without it. Run <code>npm run site</code> (or
  <code>npm run build-storybook</code>, then <code>npm start</code>) to include it here, or
  <code>npm run storybook</code> for its live server. <a href="../">Back to the demo</a>.</p>
</main>
</html>
`,
  );
  console.log('site: no storybook-static/ (run `npm run build-storybook`); site/storybook/ says how to build it');
}

// The documentation, as pages of the site (site/docs/).
await import('./site-docs.mjs');
