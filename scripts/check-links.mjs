// Checks every relative link and anchor in the project's Markdown: README.md, CONTRIBUTING.md
// and docs/. A link must name a file or folder that exists; a #fragment must match a heading
// of the target (as GitHub makes its anchor) or an id/name attribute in it. Links to other
// sites are not fetched, and text in code blocks and code spans is not read.
//   node scripts/check-links.mjs [file.md…]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Markdown files checked by default. */
export function defaultFiles(root = '.') {
  const docs = join(root, 'docs');
  const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), ...(existsSync(docs) ? walk(docs) : [])].filter((f) => f.endsWith('.md') && existsSync(f));
}

/** The text with fenced code blocks blanked (line numbers kept) and code spans removed. */
function prose(markdown) {
  let fence = null;
  return markdown
    .split('\n')
    .map((line) => {
      const open = line.match(/^\s*(`{3,}|~{3,})/);
      if (fence) {
        if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
        return '';
      }
      if (open) {
        fence = open[1];
        return '';
      }
      return line.replace(/(`+)[^`]*?\1/g, '');
    })
    .join('\n');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text
    .replace(/`/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const anchorCache = new Map();
/** Every anchor a Markdown file offers: its headings' (numbered when repeated) and its ids. */
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const text = readFileSync(file, 'utf8');
  const anchors = new Set();
  const seen = new Map();
  const fenceless = text.split('\n');
  let fence = null;
  for (const line of fenceless) {
    const open = line.match(/^\s*(`{3,}|~{3,})/);
    if (fence) {
      if (open && open[1][0] === fence[0]) fence = null;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (!heading) continue;
    const base = slug(heading[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  for (const match of prose(text).matchAll(/\s(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  anchorCache.set(file, anchors);
  return anchors;
}

/** Every broken relative link in `files`: `file:line: problem`. */
export function checkLinks(files) {
  const problems = [];
  for (const file of files) {
    const lines = prose(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      const targets = [
        ...[...line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
        ...[...line.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)].map((m) => m[1]), // reference definitions
        ...[...line.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
      ];
      for (const target of targets) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:…
        const [path, fragment] = target.split('#');
        const where = `${file}:${index + 1}`;
        const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : resolve(file);
        if (!existsSync(resolved)) {
          problems.push(`${where}: ${target}: no such file (${relative('.', resolved)})`);
          continue;
        }
        if (fragment === undefined) continue;
        if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) {
          problems.push(`${where}: ${target}: an anchor into a file that is not Markdown`);
          continue;
        }
        if (!anchorsOf(resolved).has(decodeURIComponent(fragment))) problems.push(`${where}: ${target}: no heading or id "${fragment}" in ${relative('.', resolved)}`);
      }
    });
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : defaultFiles();
  const problems = checkLinks(files);
  if (problems.length) {
    console.error(`links: ${problems.length} broken\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`links: every relative link and anchor in ${files.length} files resolves`);
}
