/** The second example dataset (examples/): valid, and rendered by every widget with no error box. */
import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { validateDataset } from '../src/data/validate.js';
import type { DatasetOverride } from '../src/data/types.js';
import type { SovElement } from '../src/shared/sov-element.js';
import { TAGS, errorBox, settled } from './helpers.js';


describe('the Northwind against Contoso example dataset', () => {
  let data: unknown;
  before(async () => {
    data = await (await fetch(new URL('../examples/northwind-vs-contoso.json', import.meta.url))).json();
  });

  it('is a complete, valid dataset on its own', () => {
    const result = validateDataset(data);
    expect(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 3))).to.equal(true);
  });

  for (const tag of TAGS) {
    it(`renders in <${tag}> with no error box`, async () => {
      const el = document.createElement(tag) as SovElement;
      el.data = data as DatasetOverride;
      await fixture(el);
      await settled(el);
      expect(errorBox(el)).to.equal(null);
      expect(el.shadowRoot!.textContent).to.match(/fictional|Northwind|Contoso/i);
    });
  }

  it('computes its own ratios: 30 / 1.2 and 4,000 / 80', async () => {
    const el = document.createElement('sov-compute-gap') as SovElement;
    el.data = data as DatasetOverride;
    await fixture(el);
    await settled(el);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('25× as much for Contoso as for Northwind');
    expect(text).to.contain('at least 50× as much for Contoso as for Northwind');
  });
});
