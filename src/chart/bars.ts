import { html } from 'lit';

export interface Bar {
  name: string;
  display: string;
  value: number;
  /** The colour's name: `subject`, `rival`, `small` or `large`. */
  color: string;
}

/**
 * A chart's bars as HTML, for a canvas's fallback content on the server (Lit SSR): a browser
 * shows it where scripts are off, in the chart's own box, and the live chart draws over the
 * same box once the script runs. Widgets call this only when `isServer`, so that the browser
 * bundle leaves it out. Its styles come with the server's output (src/ssr/ssr.ts).
 */
export const barsHtml = (bars: Bar[], min = 0, max = Math.max(...bars.map((b) => b.value))) =>
  html`<ul class="bars">
    ${bars.map((b) => html`<li class=${b.color}><span><b>${b.name}</b> ${b.display}</span><meter min=${min} max=${max} value=${b.value}></meter></li>`)}
  </ul>`;
