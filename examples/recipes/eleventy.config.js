// Eleventy (11ty) 3: three shortcodes. In a layout's <head>: {% sovScript %}; in any page:
// {% sov "sov-compute-gap", { measure: "capital" } %}, or the widget rendered at build time,
// with its content at its final size before any script runs (docs/ssr.md):
// {% sovPrerendered "sov-compute-gap", { attrs: { measure: "capital" }, lang: "fr" } %}.
// The script's URL and integrity come from the installed package (npm install
// sovereignty-widgets), so they match its version.
import integrity from 'sovereignty-widgets/integrity.json' with { type: 'json' };
import { renderWidget } from 'sovereignty-widgets/ssr';

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export default function (eleventyConfig) {
  // Deferred (a module script without async): an async one may run before the parser reaches a
  // pre-rendered widget, and the browser then leaves its declarative shadow root unattached.
  eleventyConfig.addShortcode(
    'sovScript',
    () => `<script type="module" src="${integrity.url}" integrity="${integrity.integrity}" crossorigin="anonymous"></script>`,
  );
  eleventyConfig.addShortcode('sov', (tag, attributes = {}, fallback = '') => {
    if (!/^sov-[a-z-]+$/.test(tag)) throw new Error(`sov: not a sovereignty-widgets tag: ${tag}`);
    const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
    return `<${tag}${attrs}>${fallback}</${tag}>`;
  });
  // Options: attrs, data (a dataset or a partial one), lang, theme, asOf. Throws on bad input.
  eleventyConfig.addShortcode('sovPrerendered', (tag, options = {}) => renderWidget(tag, options));
}
