/**
 * The recommended snippets (dist/snippets/<tag>.html): readable with scripts off (a sentence
 * with the key figure and a link, after the image: test/images.test.ts), replaced by the widget
 * once it upgrades, and loading the bundle through its integrity hash.
 */
import { expect } from '@open-wc/testing';
import { fallbackHtml } from '../src/fallback.js';
import { TAGS, errorBox, openPage, textOf, until } from './helpers.js';

const LOCAL = `${new URL('/dist/sovereignty-widgets.js', document.baseURI).href}`;

async function snippetOf(tag: string) {
  const response = await fetch(`/dist/snippets/${tag}.html`);
  expect(response.ok, `dist/snippets/${tag}.html`).to.equal(true);
  // The CDN URL, pointed at the bundle this test server serves; the integrity hash is kept.
  return (await response.text()).replace(/src="https:\/\/cdn\.jsdelivr\.net\/[^"]+"/, `src="${LOCAL}"`);
}

describe('the recommended snippets', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: fallback text with scripts off, the widget with them on`, async () => {
      const html = await snippetOf(tag);
      expect(html).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/);

      // Scripts off (a sandbox without allow-scripts): the fallback is what a reader gets.
      const off = await openPage(html, 'allow-same-origin');
      const fallback = off.contentDocument!.querySelector(`${tag} > p:last-of-type`)!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(fallback.textContent!.length).to.be.greaterThan(40);
      if (tag !== 'sov-metric-toggle' && tag !== 'sov-bull-bear' && tag !== 'sov-use-cases') {
        expect(fallback.querySelector('a[href^="https://"]'), 'a link to the source').not.to.equal(null);
      }
      off.remove();

      const on = await openPage(html);
      const doc = on.contentDocument!;
      const el = doc.querySelector(tag)!;
      await until(() => el.hasAttribute('ready'), `${tag} ready`, 8000);
      expect(errorBox(el)).to.equal(null);
      expect(doc.querySelector(`${tag} > p:last-of-type`)!.getBoundingClientRect().height, 'fallback hidden once upgraded').to.equal(0);
      on.remove();
    });
  }

  it('carries the key figure the widget shows', async () => {
    const frame = await openPage(await snippetOf('sov-compute-gap'));
    const el = frame.contentDocument!.querySelector('sov-compute-gap')!;
    await until(() => el.hasAttribute('ready'), 'ready', 8000);
    const ratios = [...el.shadowRoot!.querySelectorAll('.ratio strong')].map((s) => s.textContent!.trim());
    expect(ratios).to.have.length(2);
    const fallback = fallbackHtml('sov-compute-gap');
    ratios.forEach((r) => expect(fallback).to.contain(r));
    expect(textOf(el)).to.contain(ratios[0]);
    frame.remove();
  });
});
