// Stands in for @kurkle/color inside Chart.js (aliased in rollup.config.mjs). Chart.js uses it
// only to tween colours during animations and to derive hover colours; our charts take no
// pointer events and switch theme colours at once, so colours pass through unchanged. This
// keeps about 2 KB gzip of colour maths out of the bundle.
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
  lighten() {
    return this;
  }
  alpha() {
    return this;
  }
  clearer() {
    return this;
  }
  mix() {
    return this;
  }
  clone() {
    return this;
  }
  hexString() {
    return this._value;
  }
  rgbString() {
    return this._value;
  }
}
