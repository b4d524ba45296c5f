/**
 * What a Markdown pipeline and an HTML sanitizer keep of the recommended snippets
 * (dist/snippets/<tag>.html), as docs/where-it-fits.md describes: markdown-it and marked pass
 * raw HTML through (markdown-it only with `html: true`); DOMPurify and sanitize-html at their
 * defaults drop the script, the style and the element, and the reader still gets the fallback
 * sentence and its link, with no rules showing as text; configured to keep the element, the
 * widget upgrades once the page loads the script.
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
// @ts-expect-error: served by web-test-runner.config.mjs (sanitize-html bundled as an ES module)
import sanitizeHtmlModule from '/__modules/sanitize-html.js';
import type SanitizeHtml from 'sanitize-html';
import { TAGS, until } from './helpers.js';

const sanitizeHtml = sanitizeHtmlModule as typeof SanitizeHtml;

const LOCAL = new URL('/dist/sovereignty-widgets.js', document.baseURI).href;
/** Widgets whose fallback sentence names no single source, so carries no link. */
const NO_LINK = ['sov-metric-toggle', 'sov-bull-bear', 'sov-use-cases'];

async function snippetOf(tag: string) {
  const response = await fetch(`/dist/snippets/${tag}.html`);
  return (await response.text()).replace(/src="https:\/\/cdn\.jsdelivr\.net\/[^"]+"/, `src="${LOCAL}"`).replace(/ integrity="[^"]+"/, '');
}

/** A post: a paragraph, the snippet pasted as its own block, a paragraph. */
const post = (snippet: string) => `Some text before.\n\n${snippet}\n\nSome text after.\n`;

/** Shows `html` as a page body would, scripts on; resolves with its document. */
async function show(html: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:400px;height:900px;border:0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** The reader sees the fallback sentence, with its link, and no CSS as text. */
function expectFallback(doc: Document, tag: string, what: string) {
  const text = doc.body.innerText;
  const fallback = [...doc.querySelectorAll('p')].find((p) => p.querySelector('strong'));
  expect(fallback, `${what}: the fallback sentence`).not.to.equal(undefined);
  expect(fallback!.getBoundingClientRect().height, `${what}: the fallback shows`).to.be.greaterThan(0);
  if (!NO_LINK.includes(tag)) expect(fallback!.querySelector('a[href^="https://"]'), `${what}: the fallback's link`).not.to.equal(null);
  expect(text, `${what}: rules shown as text`).not.to.match(/padding-top|:not\(/);
}

describe('the snippets through Markdown and sanitizers', function () {
  this.timeout(60000);

  for (const tag of TAGS) {
    it(`<${tag}>: markdown-it (html: true) and marked keep the snippet; the widget upgrades`, async () => {
      const snippet = await snippetOf(tag);
      for (const [what, html] of [
        ['markdown-it', new MarkdownIt({ html: true }).render(post(snippet))],
        ['marked', await marked.parse(post(snippet))],
      ]) {
        expect(html, what).to.contain(`<${tag}`).and.to.contain('<script type="module"').and.to.contain('<style><!--');
        const frame = await show(html);
        const el = frame.contentDocument!.querySelector(tag)!;
        await until(() => el.hasAttribute('ready'), `${what}: ${tag} ready`, 8000);
        frame.remove();
      }
    });

    it(`<${tag}>: markdown-it at its defaults shows the snippet as code, the fallback sentence in it`, async () => {
      const html = new MarkdownIt().render(post(await snippetOf(tag)));
      expect(html).not.to.contain(`<${tag}`);
      const frame = await show(html);
      expect(frame.contentDocument!.body.innerText).to.contain(`<${tag}>`);
      frame.remove();
    });

    it(`<${tag}>: DOMPurify and sanitize-html at their defaults leave the fallback, link and all`, async () => {
      const html = await marked.parse(post(await snippetOf(tag)));
      for (const [what, clean] of [
        ['DOMPurify', DOMPurify.sanitize(html)],
        ['sanitize-html', sanitizeHtml(html)],
      ]) {
        expect(clean, `${what} keeps no script`).not.to.contain('<script');
        expect(clean, `${what} keeps no element`).not.to.contain(`<${tag}`);
        const frame = await show(clean);
        expectFallback(frame.contentDocument!, tag, what);
        frame.remove();
      }
    });

    it(`<${tag}>: configured to keep the element, DOMPurify and sanitize-html let it upgrade`, async () => {
      const html = await marked.parse(post(await snippetOf(tag)));
      const attributes = ['theme', 'lang', 'src', 'measure', 'side', 'filter', 'sections', 'as-of'];
      for (const [what, clean] of [
        [
          'DOMPurify',
          DOMPurify.sanitize(html, {
            CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^sov-/, attributeNameCheck: (name: string) => attributes.includes(name) },
          }),
        ],
        ['sanitize-html', sanitizeHtml(html, { allowedTags: [...sanitizeHtml.defaults.allowedTags, ...TAGS], allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, ...Object.fromEntries(TAGS.map((t) => [t, attributes])) } })],
      ]) {
        expect(clean, what).to.contain(`<${tag}`).and.not.to.contain('<script');
        const frame = await show(clean);
        const doc = frame.contentDocument!;
        expectFallback(doc, tag, `${what} before the script`);
        // The page (its theme) loads the script once for every post.
        const script = Object.assign(doc.createElement('script'), { type: 'module', src: LOCAL });
        doc.head.append(script);
        const el = doc.querySelector(tag)!;
        await until(() => el.hasAttribute('ready'), `${what}: ${tag} ready`, 8000);
        frame.remove();
      }
    });
  }
});
