/**
 * custom-elements.json against the real elements: every tag, observed attribute, public
 * reactive property, rendered part, slot, event and `--sov-…` custom property is documented,
 * and nothing documented is made up.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { TAGS, settled } from './helpers.js';
import type { SovElement } from '../src/shared/sov-element.js';

interface Item {
  name: string;
  fieldName?: string;
  privacy?: string;
  kind?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
}

const names = (items: Item[] = []) => items.map((i) => i.name);

describe('custom-elements.json', () => {
  let declarations: Declaration[] = [];
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    declarations = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
  });
  const declarationOf = (tag: string) => declarations.find((d) => d.tagName === tag)!;

  it('names every element, and only ours', () => {
    expect(declarations.filter((d) => d.tagName).map((d) => d.tagName).sort()).to.deep.equal([...TAGS].sort());
  });

  for (const tag of TAGS) {
    it(`documents everything <${tag}> has`, async () => {
      const d = declarationOf(tag);
      const element = customElements.get(tag) as unknown as typeof LitElement;
      expect(d.name).to.equal(element.name);

      // Attributes: everything the element observes.
      expect(names(d.attributes)).to.include.members(element.observedAttributes);
      // Properties: every public reactive property (not Lit's internal state).
      const properties = [...element.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
      const publicFields = (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'public');
      expect(names(publicFields)).to.include.members(properties);

      // Parts and slots: everything the rendered shadow root carries.
      const el = await fixture<SovElement>(html`<div style="width: 900px">${document.createElement(tag)}</div>`).then(
        (wrapper) => wrapper.firstElementChild as SovElement,
      );
      await settled(el);
      const root = el.shadowRoot!;
      const parts = [...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/));
      expect(names(d.cssParts)).to.include.members([...new Set(parts)]);
      const slots = [...root.querySelectorAll('slot')].map((s) => s.name);
      expect(names(d.slots)).to.include.members(slots);

      // Events: every widget reports dataset problems.
      expect(names(d.events)).to.include('sov-error');

      // Custom properties: only ones the element's styles read.
      const styles = element.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      for (const property of names(d.cssProperties)) expect(styles, `${tag} ${property}`).to.contain(`var(${property}`);
    });
  }

  it('documents every custom property the styles read, and the metric toggle’s change event', () => {
    const styles = TAGS.map((t) => (customElements.get(t) as unknown as typeof LitElement).elementStyles)
      .flat()
      .map((s) => ('cssText' in s ? s.cssText : ''))
      .join('\n');
    const read = [...new Set([...styles.matchAll(/var\((--sov-[\w-]+)/g)].map((m) => m[1]))];
    const documented = new Set(declarations.flatMap((d) => names(d.cssProperties)));
    expect([...documented]).to.include.members(read);
    expect(names(declarationOf('sov-metric-toggle').events)).to.include('sov-metric-change');
  });
});
