// custom-elements.json from the elements' JSDoc (@summary, @attr, @fires, @csspart, @cssprop,
// @slot) and their Lit properties. `npm run manifest` writes it and the README's API table;
// `npm run manifest:check` fails when either is stale.

/** Our elements register through `define('sov-…', Class)` (src/shared/sov-element.ts), not `customElements.define`. */
const defineCalls = () => ({
  name: 'define-calls',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
    const [tag, element] = node.arguments;
    if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
    const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } };
    moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const { kind, name, declaration } of mod.exports ?? []) {
        const element = kind === 'custom-element-definition' && mod.declarations.find((d) => d.name === declaration.name);
        if (element) Object.assign(element, { tagName: name, customElement: true });
      }
    }
  },
});

/**
 * Only the public surface: no private members, no attributes for Lit's internal state (the
 * analyzer reads `static properties` but not `state: true`), no unnamed events (a
 * dispatchEvent of an event class; each is documented with @fires).
 */
const publicSurface = () => ({
  name: 'public-surface',
  packageLinkPhase({ customElementsManifest }) {
    for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const internal = new Set((d.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
      if (d.attributes) d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName));
      if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private').map(({ attribute, ...m }) => (internal.has(m.name) || !attribute ? m : { ...m, attribute }));
      if (d.events) d.events = d.events.filter((e) => e.name);
    }
  },
});

/**
 * Module paths name the published modules (dist/lib/…js), not the TypeScript sources; modules
 * in path order (the analyzer's order follows the file system's, which varies between runs).
 */
const publishedPaths = () => ({
  name: 'published-paths',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') {
          node[key] = value.replace(/^\/?src\/(.*)\.ts$/, 'dist/lib/$1.js');
        } else walk(value);
      }
    };
    walk(customElementsManifest);
  },
});

export default {
  globs: ['src/shared/sov-element.ts', 'src/widgets/*/*.ts'],
  exclude: ['src/widgets/*/*.model.ts', 'src/widgets/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names the manifest already
  plugins: [defineCalls(), publicSurface(), publishedPaths()],
};
