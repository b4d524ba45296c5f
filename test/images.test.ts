/**
 * The images for email and feeds (dist/img/<tag>.<lang>.png, drawn by `npm run images`) in the
 * snippets' fallback: shown with their alt text where scripts do not run, and through a
 * sanitizer that removes scripts and unknown elements; never requested where the script runs
 * and the widget replaces them; and the space reserved for the widget given up where no
 * script will draw in it.
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
// @ts-expect-error: served by web-test-runner.config.mjs (sanitize-html bundled as an ES module)
import sanitizeHtmlModule from '/__modules/sanitize-html.js';
import type SanitizeHtml from 'sanitize-html';
import { IMAGE_WIDTH, imageAlt } from '../src/fallback.js';
import { IMAGE_AS_OF, snippet } from '../src/snippet.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import { TAGS, openPage, until } from './helpers.js';

const sanitizeHtml = sanitizeHtmlModule as typeof SanitizeHtml;
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/sovereignty-widgets@[^/"]+\/dist\//g;
const LOCAL = new URL('/dist/', document.baseURI).href;

/** A built snippet, its bundle and image pointed at the files this test server serves. */
async function snippetOf(tag: string) {
  const response = await fetch(`/dist/snippets/${tag}.html`);
  return (await response.text()).replace(CDN, LOCAL).replace(/ integrity="[^"]+"/, '');
}

/** The image is drawn: loaded, at twice the width it is shown at in an email, and on screen. */
async function expectShown(img: HTMLImageElement | null, alt: string, what: string, column = true) {
  expect(img, `${what}: the image`).not.to.equal(null);
  await img!.decode();
  expect(img!.naturalWidth, `${what}: drawn at 2×`).to.equal(IMAGE_WIDTH * 2);
  expect(img!.alt, `${what}: alt text`).to.equal(alt);
  const box = img!.getBoundingClientRect();
  expect(box.height, `${what}: shown`).to.be.greaterThan(100);
  // The snippet's stylesheet fits it to the column (a sanitizer drops it: the host's CSS does).
  if (column) expect(box.width, `${what}: fits the 400 px column`).to.be.at.most(400);
}

const requested = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes('/img/'));

describe('the images in the snippets', function () {
  this.timeout(60000);

  for (const tag of TAGS) {
    it(`<${tag}>: with scripts off, its image with alt text, the sentence below, and no empty reserved space`, async () => {
      const html = await snippetOf(tag);
      expect(html).to.contain(`/img/${tag}.en.png"`);
      const frame = await openPage(html, 'allow-same-origin');
      const doc = frame.contentDocument!;
      const el = doc.querySelector(tag)!;
      await expectShown(el.querySelector('img'), imageAlt(tag, defaultDataset, 'en', IMAGE_AS_OF), tag);
      // The sentence and its link follow the image; the element ends with them, not with the
      // height reserved for a widget that no script will draw.
      const sentence = el.querySelector('p:last-of-type')!;
      expect(sentence.querySelector('strong')).not.to.equal(null);
      const gap = el.getBoundingClientRect().bottom - sentence.getBoundingClientRect().bottom;
      expect(gap, 'space below the sentence').to.be.below(30);
      frame.remove();
    });

    it(`<${tag}>: with scripts on, the image neither shown nor requested, before the widget or after`, async () => {
      // A URL of its own: the test before loaded the image, and Chromium's memory cache would
      // hand it over at once, lazy or not.
      const html = (await snippetOf(tag)).replace('.png"', `.png?${Math.random()}"`);
      const frames = (frame: HTMLIFrameElement) =>
        new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
      // Before the widget: the page as it is until the script arrives (here, never).
      const before = await openPage(html.replace(/<script type="module"[^>]*><\/script>/, ''));
      await frames(before);
      const img = before.contentDocument!.querySelector(`${tag} img`)!;
      expect(before.contentWindow!.getComputedStyle(img).display, 'the snippet hides it').to.equal('none');
      expect(requested(before)).to.deep.equal([]);
      before.remove();
      // The widget replaces it.
      const frame = await openPage(html);
      const el = frame.contentDocument!.querySelector(tag)!;
      await until(() => el.hasAttribute('ready'), `${tag} ready`, 8000);
      await frames(frame);
      expect(requested(frame)).to.deep.equal([]);
      expect(el.querySelector('img')!.getBoundingClientRect().height).to.equal(0);
      frame.remove();
    });
  }

  it('in French and German: the image in that language, with alt text from the dataset in it', async () => {
    for (const [lang, file] of [['fr', 'fr'], ['de-AT', 'de'], ['es', 'en']]) {
      const html = snippet('sov-compute-gap', { bundleUrl: LOCAL + 'sovereignty-widgets.js', lang, image: true });
      expect(html, lang).to.contain(`/img/sov-compute-gap.${file}.png"`);
      const alt = imageAlt('sov-compute-gap', defaultDataset, lang, IMAGE_AS_OF);
      expect(alt, lang).to.contain((defaultDataset.computeGap.title as Record<string, string>)[file]);
      const frame = await openPage(html, 'allow-same-origin');
      await expectShown(frame.contentDocument!.querySelector('img'), alt, lang);
      frame.remove();
    }
  });

  it('through DOMPurify, and sanitize-html allowing images: the image, with its alt text, and the sentence', async () => {
    for (const tag of TAGS) {
      const html = await snippetOf(tag);
      for (const [what, clean] of [
        ['DOMPurify', DOMPurify.sanitize(html)],
        ['sanitize-html', sanitizeHtml(html, { allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'] })],
      ]) {
        expect(clean, what).not.to.contain('<script').and.not.to.contain(`<${tag}`);
        // Shown in a page whose scripts run, as a CMS's page does.
        const frame = await openPage(clean);
        const doc = frame.contentDocument!;
        await expectShown(doc.querySelector('img'), imageAlt(tag, defaultDataset, 'en', IMAGE_AS_OF), `${tag}, ${what}`, false);
        expect([...doc.querySelectorAll('p')].some((p) => p.querySelector('strong') && p.getBoundingClientRect().height > 0), `${tag}, ${what}: the sentence`).to.equal(true);
        frame.remove();
      }
    }
  });
});
