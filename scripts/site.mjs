// Completes the demo site (site/, which `rollup -c` starts) with what rollup does not build:
// the documentation as pages (scripts/site-docs.mjs, site/docs/), and the Storybook, copied
// from storybook-static/ (`npm run build-storybook`) to site/storybook/.
// Building the Storybook takes a while, so `npm start` and `npm run build` do not: without
// it, site/storybook/ holds a page that says how to build it. `npm run site` builds both.
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';

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
