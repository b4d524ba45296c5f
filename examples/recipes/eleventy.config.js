// Eleventy (11ty) 3: two shortcodes. In a layout's <head>: {% sovScript %}; in any page:
// {% sov "sov-compute-gap", { measure: "capital" } %}. The script's URL and integrity come
// from the installed package (npm install sovereignty-widgets), so they match its version.
import integrity from 'sovereignty-widgets/integrity.json' with { type: 'json' };

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export default function (eleventyConfig) {
  eleventyConfig.addShortcode(
    'sovScript',
    () => `<script type="module" async src="${integrity.url}" integrity="${integrity.integrity}" crossorigin="anonymous"></script>`,
  );
  eleventyConfig.addShortcode('sov', (tag, attributes = {}, fallback = '') => {
    if (!/^sov-[a-z-]+$/.test(tag)) throw new Error(`sov: not a sovereignty-widgets tag: ${tag}`);
    const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
    return `<${tag}${attrs}>${fallback}</${tag}>`;
  });
}
