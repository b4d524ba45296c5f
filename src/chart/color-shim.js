// Stands in for @kurkle/color inside Chart.js (aliased in rollup.config.mjs). Chart.js 4.6 uses
// it in two places only: to tween colours during animations (`valid`, `mix`, `hexString`) and
// to derive hover colours (`saturate`, `darken`, `hexString`). Our charts take no pointer
// events and switch theme colours at once, so colours pass through unchanged: about 3.6 KB
// gzip of colour maths stays out of the bundle. The bundle's chart tests draw, update, animate
// and print charts through it.
export class Color {
  constructor(value) {
    this._value = value;
    // Not `valid`: Chart.js then skips colour tweening and uses the target colour.
    this.valid = false;
  }
  saturate() {
    return this;
  }
  darken() {
    return this;
  }
  mix() {
    return this;
  }
  hexString() {
    return this._value;
  }
}
