// Stand-in for src/shared/actions.ts in the `no-actions` variant of `npm run ablate`: no
// actions menu is rendered (as with actions="none" on every widget), so the table shows what
// the menu costs a page. The CSV and embed helpers stay the real module's.
import { nothing } from 'lit';
import { Actions as Menu } from '../../../src/shared/actions.js';

export { actionsStyles, embedCode, factFigure, sourceCells, toCsv } from '../../../src/shared/actions.js';

export class Actions extends Menu {
  render() {
    return nothing;
  }
}
