/**
 * The README's CDN snippet with Subresource Integrity: its script tag, pointed at the built
 * bundle with its `integrity` and `crossorigin` kept, defines the elements; a wrong hash is refused.
 */
import { expect } from '@open-wc/testing';
import { TAGS } from './helpers.js';

/** The README's script tag that loads the bundle, found by pattern (the snippet around it may change). */
async function readmeScriptTag() {
  const readme = await (await fetch('/README.md')).text();
  const tag = readme.match(/<script\b[^>]*\/sovereignty-widgets\.js"[^>]*\bintegrity="[^"]+"[^>]*><\/script>/)?.[0];
  expect(tag, 'a script tag with integrity in the README').to.be.a('string');
  return tag!;
}

/**
 * Loads a blank page with the script tag `tag` in an iframe; resolves after its load event, by
 * which the module has run or been refused, with `script`: which of its load and error events fired.
 */
async function load(tag: string) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const watched = tag.replace('<script', `<script onload="window.__script = 'load'" onerror="window.__script = 'error'"`);
  frame.srcdoc = `<!doctype html><html lang="en"><head>${watched}</head><body><sov-compute-gap></sov-compute-gap></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __script?: string };
  return { frame, win, script: win.__script };
}

describe("the README's CDN snippet with integrity", () => {
  it('carries a versioned URL, a SHA-384 hash and crossorigin', async () => {
    const tag = await readmeScriptTag();
    expect(tag).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@\d+\.\d+\.\d+[^/"]*\/dist\/sovereignty-widgets\.js"/);
    expect(tag).to.match(/integrity="sha384-[A-Za-z0-9+/]{64}"/);
    expect(tag).to.contain('crossorigin="anonymous"');
  });

  it('defines every element when the hash matches the built bundle', async () => {
    const tag = (await readmeScriptTag()).replace(/src="[^"]+"/, `src="${location.origin}/dist/sovereignty-widgets.js"`);
    const { frame, win, script } = await load(tag);
    expect(script).to.equal('load');
    // The bundle defines its elements after it runs (a deferred define): each in its own time.
    await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
    frame.remove();
  });

  it('is refused, and defines nothing, when the hash does not match', async () => {
    const tag = (await readmeScriptTag())
      .replace(/src="[^"]+"/, `src="${location.origin}/dist/sovereignty-widgets.js"`)
      .replace(/integrity="sha384-(.)/, (_, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`);
    const { frame, win, script } = await load(tag);
    expect(script, 'the integrity check fails the script').to.equal('error');
    expect(win.customElements.get('sov-compute-gap')).to.equal(undefined);
    frame.remove();
  });
});
