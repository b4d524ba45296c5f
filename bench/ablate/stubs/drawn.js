// Stand-in for src/shared/controllers/drawn.ts in the `no-pieces` variant of `npm run ablate`:
// every piece of a long widget is ready at once, so its first render draws all of its content.
// The rest (the `ready` attribute, waiting for the widgets inside) is the real controller's.
import { DrawnController as Pieces } from '../../../src/shared/controllers/drawn.js';

export class DrawnController extends Pieces {
  piece() {
    return true; // and no piece is counted as wanted, so none is left to draw later
  }
}
