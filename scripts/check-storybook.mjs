// Opens every story of the built Storybook (storybook-static/, `npm run build-storybook`) in
// headless Chromium, and every docs page. A story passes when its widget is defined, has
// drawn (its `ready` attribute, and every chart in it has painted pixels on its canvas), the
// console shows no error, and it shows the error box if and only if it is an error-state
// story. A docs page passes when it shows the widget's API table from custom-elements.json
// with no console error.
//   node scripts/check-storybook.mjs [folder]   (default storybook-static)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome } from './browser.mjs';

const folder = process.argv[2] ?? 'storybook-static';
if (!existsSync(join(folder, 'index.json'))) {
  console.error(`${folder}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');
const isErrorState = (entry) => entry.id.endsWith('--error-state');

// The project's own static server, on a free port.
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', folder], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const match = out.match(/http:\/\/localhost:(\d+)\//);
    if (match) resolve(`http://127.0.0.1:${match[1]}`);
  });
  server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: requireChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
const failures = [];

/** Opens a page, recording console errors and uncaught exceptions. */
async function open(url) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  // The console names no URL for a failed load: the response does.
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} for ${response.url()}`));
  await page.goto(url);
  return { page, errors };
}

for (const entry of stories) {
  const { page, errors } = await open(`${origin}/iframe.html?id=${entry.id}&viewMode=story`);
  const problems = [];
  let charts = 0;
  try {
    // The story is rendered once its root holds the widget; the story's module (which
    // imports the widget's) has run by then, so an undefined element is a failure at once.
    const tag = await page
      .waitForFunction(() => [...document.querySelectorAll('#storybook-root *')].find((n) => n.localName.startsWith('sov-'))?.localName, undefined, {
        timeout: 15000,
      })
      .then((handle) => handle.jsonValue(), () => undefined);
    const defined = tag && (await page.evaluate((t) => !!customElements.get(t), tag));
    const ready =
      defined &&
      (await page
        .waitForFunction(
          (t) => {
            const el = document.querySelector(`#storybook-root ${t}`);
            return el.hasAttribute('ready') && !el.shadowRoot?.querySelector('[aria-busy="true"]');
          },
          tag,
          { timeout: 15000 },
        )
        .then(() => true, () => false));
    if (!ready) {
      problems.push(!tag ? 'no widget in the story' : !defined ? `<${tag}> is not defined` : `<${tag}> never became ready`);
    } else {
      const state = await page.evaluate(async () => {
        const all = (root) => [...(root.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((n) => [n, ...all(n)]);
        const el = [...document.querySelectorAll('#storybook-root *')].find((n) => n.localName.startsWith('sov-'));
        const inside = all(el);
        const text = (el.shadowRoot?.textContent ?? '').trim();
        return {
          tag: el.localName,
          errorBox: inside.some((n) => n.getAttribute('role') === 'alert'),
          canvases: inside.filter((n) => n instanceof HTMLCanvasElement).length,
          text: text.length,
        };
      });
      if (state.text === 0) problems.push(`<${state.tag}> shows no text`);
      if (isErrorState(entry) && !state.errorBox) problems.push('no error box in an error-state story');
      if (!isErrorState(entry) && state.errorBox) problems.push('an error box');
      // Each chart starts near the viewport: scroll it into view, then wait for painted pixels.
      for (let i = 0; i < state.canvases; i++) {
        const painted = await page
          .waitForFunction(
            (index) => {
              const all = (root) => [...(root.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((n) => [n, ...all(n)]);
              const el = [...document.querySelectorAll('#storybook-root *')].find((n) => n.localName.startsWith('sov-'));
              const canvas = all(el).filter((n) => n instanceof HTMLCanvasElement)[index];
              canvas.scrollIntoView({ block: 'nearest' });
              if (!canvas.width || !canvas.height) return false;
              const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
              for (let p = 3; p < data.length; p += 4) if (data[p]) return true;
              return false;
            },
            i,
            { timeout: 15000 },
          )
          .then(() => true, () => false);
        if (painted) charts++;
        else problems.push(`chart ${i + 1} of ${state.canvases} never painted`);
      }
    }
  } finally {
    await page.close();
  }
  problems.push(...errors.map((e) => `console: ${e}`));
  if (problems.length) failures.push(`${entry.id}: ${problems.join('; ')}`);
  console.log(`${problems.length ? '✗' : '✓'} ${entry.title} / ${entry.name}${charts ? ` (${charts} chart${charts > 1 ? 's' : ''} painted)` : ''}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

for (const entry of docs) {
  const { page, errors } = await open(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`);
  const problems = [];
  try {
    // The API table lists the attributes every widget has (from SovElement's JSDoc).
    const table = await page
      .waitForFunction(() => {
        const text = document.querySelector('.docblock-argstable')?.textContent ?? '';
        return text.includes('src') && text.includes('theme') && text.includes('ready') ? text : false;
      }, undefined, { timeout: 20000 })
      .then((handle) => handle.jsonValue(), () => '');
    if (!table) problems.push('no API table with the attributes from custom-elements.json');
  } finally {
    await page.close();
  }
  problems.push(...errors.map((e) => `console: ${e}`));
  if (problems.length) failures.push(`${entry.id}: ${problems.join('; ')}`);
  console.log(`${problems.length ? '✗' : '✓'} ${entry.title} / docs${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

await browser.close();
server.kill();
if (!stories.length) failures.push('the Storybook has no story');
console.log(`storybook: ${stories.length} stories and ${docs.length} docs pages checked, ${failures.length} failed`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
