/**
 * What a widget owes the page it is a guest in, checked the same way in every host layout and
 * every framework's page: its width against the space it was given, nothing scrolling
 * sideways, no text under 12 px or cut off, charts drawn at its width, axe clean, a visible
 * focus ring, and only the host's font family inherited.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SovElement } from '../../src/shared/sov-element.js';
import { TAGS, chartsOf, elementsOf, settled, until } from '../helpers.js';

/** The least width a widget takes (17.5em at the default 16 px), or all there is where less. */
export const LEAST = 280;

export interface Space {
  /** The width, in the page's CSS px, that the host layout makes available to the widget. */
  available: number;
  /** The scale a `zoom` or `transform` between the page and the widget applies (1 if none). */
  scale?: number;
}

/** Padding and borders, left and right, in CSS px. */
const insetOf = (box: Element) => {
  const style = getComputedStyle(box);
  return ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, p) => sum + parseFloat(style[p as 'paddingLeft']), 0);
};

/** The width of `box` on screen, of its widest fragment where columns split it. */
export const widthOf = (box: Element) => Math.max(0, ...[...box.getClientRects()].map((r) => r.width));

/** The content-box width of `box` on screen. */
export const contentWidth = (box: Element) => widthOf(box) - insetOf(box);

const hidden = (e: Element) => !!e.closest('.visually-hidden') || e.getClientRects().length === 0;

/** Elements that hold visible text of their own (a non-blank text node child). */
const withText = (el: Element) =>
  elementsOf(el).filter((e) => !hidden(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));

/** The page scrolls sideways. */
export const scrollsSideways = () => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth;

/**
 * Waits for the widget and its charts, then checks it in `space`. `name` labels failures with
 * the layout and width they happened in.
 */
export async function expectFits(el: SovElement, spaceOf: () => Space, name: string) {
  await settled(el);
  await chartsOf(el);
  // Measured once the widget is drawn: a page grown taller may have a scrollbar by then.
  const space = spaceOf();
  const scale = space.scale ?? 1;
  const width = widthOf(el) / scale;
  const least = Math.min(LEAST, space.available);
  expect(width, `${name}: the widget's width (${space.available.toFixed(1)} px available)`).to.be.within(least - 1, space.available + 1);
  expect(scrollsSideways(), `${name}: the page scrolls sideways (${document.scrollingElement!.scrollWidth} px)`).to.equal(false);

  const sizes = withText(el).map((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(Math.min(...sizes), `${name}: the smallest font size`).to.be.at.least(12);

  // Text that runs out of its box is cut off (or spills over its neighbour): none may.
  const right = el.getBoundingClientRect().right + 1;
  for (const e of withText(el)) {
    const box = e.getBoundingClientRect();
    expect(box.right, `${name}: text past the widget's edge in <${e.localName} class="${e.className}">`).to.be.at.most(right);
    if (e.clientWidth > 0) expect(e.scrollWidth, `${name}: text wider than <${e.localName} class="${e.className}">`).to.be.at.most(e.clientWidth + 1);
  }

  // Charts are drawn at the widget's width: the canvas fills its box, which spans the card, and
  // its pixels are those it shows (as laid out, or as zoomed or scaled on screen).
  for (const canvas of elementsOf(el).filter((e): e is HTMLCanvasElement => e instanceof HTMLCanvasElement)) {
    const box = canvas.parentElement!;
    const card = canvas.closest('.card')!;
    const shown = canvas.getBoundingClientRect().width;
    expect(shown, `${name}: canvas width`).to.be.closeTo(widthOf(box), 1);
    expect(widthOf(box), `${name}: chart box width`).to.be.closeTo(widthOf(card) - insetOf(card) * scale, 2);
    // Chart.js follows its box's size from a ResizeObserver, a frame later: a scrollbar that
    // came after the chart was built narrows the box, and the chart follows.
    const pixelsFit = () => {
      const pixels = canvas.width / devicePixelRatio;
      return pixels >= Math.min(shown, canvas.offsetWidth) - 2 && pixels <= Math.max(shown, canvas.offsetWidth) + 2;
    };
    await until(pixelsFit, `${name}: the canvas's pixels (${canvas.width / devicePixelRatio}) to be the ${shown} px it shows`);
  }
  await expect(el).to.be.accessible();
}

/**
 * The host's font family reaches the widget, and nothing else of the host's text style does:
 * its size is the reader's default, and no letter-spacing, transform or italics.
 */
export function expectOwnText(el: SovElement, name: string) {
  const host = getComputedStyle(el.parentElement!);
  const title = el.shadowRoot!.querySelector('.card, .error')!;
  const style = getComputedStyle(title);
  expect(style.fontFamily, `${name}: the host's font family`).to.equal(host.fontFamily);
  expect(getComputedStyle(el).fontSize, `${name}: the widget's base size`).to.equal('16px');
  expect([style.letterSpacing, style.textTransform, style.fontStyle, style.wordSpacing], `${name}: the host's text style`).to.deep.equal(['normal', 'none', 'normal', '0px']);
}

/** Relative luminance and contrast ratio (WCAG 2) of two computed `rgb()` colours. */
function luminance(rgb: string) {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * Keyboard focus on the widget's first link, button or summary shows a ring at least 2 px
 * wide with 3:1 contrast against the widget's surface.
 */
export function expectFocusRing(el: SovElement, name: string) {
  const target = elementsOf(el).find((e): e is HTMLElement => e.matches('a[href], button, summary') && !hidden(e));
  if (!target) return;
  target.focus();
  const style = getComputedStyle(target);
  const surface = getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
  expect(style.outlineStyle, `${name}: focus ring on <${target.localName}>`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `${name}: focus ring width`).to.be.at.least(2);
  expect(contrast(style.outlineColor, surface), `${name}: focus ring contrast`).to.be.at.least(3);
  target.blur();
}

/** A place in a host page: a layout context, or a framework's component. */
export interface Spot {
  name: string;
  /** The markup, with {W} where the widget goes; its outermost element is the area measured. */
  markup: string;
  /** The space the layout makes available to the widget (default: the area's content width). */
  space?: (area: HTMLElement) => Space;
  /** Done before checking: open the details, show the dialog… */
  show?: (area: HTMLElement) => void | Promise<void>;
  /** Page widths to try it at (default: a phone's 375 px and a desktop's 1280 px). */
  viewports?: number[];
}

/** Loads a host page's stylesheets (from node_modules or test/pages) into this test page. */
export async function loadStyles(...hrefs: string[]) {
  await Promise.all(
    hrefs.map((href) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      document.head.append(link);
      return new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => reject(new Error(`could not load ${href}`));
      });
    }),
  );
}

/**
 * One test per spot and page width: every widget, one at a time, placed there in this page
 * and checked. Failures are collected over the widgets so that one run names them all.
 */
export function describeSpots(title: string, spots: Spot[], setup?: () => Promise<void>) {
  describe(title, function () {
    this.timeout(180000);
    if (setup) before(setup);
    after(() => setViewport({ width: 800, height: 600 }));

    for (const spot of spots) {
      for (const viewport of spot.viewports ?? [375, 1280]) {
        it(`${spot.name}, at ${viewport} px`, async () => {
          await setViewport({ width: viewport, height: 800 });
          const failures: string[] = [];
          for (const tag of TAGS) {
            const holder = document.createElement('div');
            holder.innerHTML = spot.markup.replace('{W}', `<${tag}></${tag}>`);
            const area = holder.firstElementChild as HTMLElement;
            document.body.append(area);
            await spot.show?.(area);
            const el = area.querySelector(tag) as SovElement;
            const name = `<${tag}> in ${spot.name} at ${viewport} px`;
            try {
              await expectFits(el, () => spot.space?.(area) ?? { available: contentWidth(area) }, name);
              expectOwnText(el, name);
              expectFocusRing(el, name);
            } catch (error) {
              failures.push((error as Error).message);
            }
            (area as HTMLDialogElement).close?.();
            area.remove();
          }
          expect(failures, failures.join('\n')).to.deep.equal([]);
        });
      }
    }
  });
}
