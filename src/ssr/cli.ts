/**
 * The command line: `sovereignty-widgets render <tag> [--lang xx] [--theme auto|light|dark]
 * [--as-of YYYY-MM-DD] [--data file.json] [--attr name=value ...]` prints the snippet for a
 * pre-rendered widget (the element, then the script tag with its integrity hash) on standard
 * output. Bad input: one line on standard error, status 1, nothing on standard output.
 */
import { readFileSync } from 'node:fs';
import { resolveDataset } from '../data/load.js';
import { printed, refusal } from './print.js';
import { renderWidget, type RenderOptions } from './ssr.js';

const USAGE = 'usage: sovereignty-widgets render <tag> [--lang xx] [--theme auto|light|dark] [--as-of YYYY-MM-DD] [--data file.json] [--attr name=value ...]';

class BadInput extends Error {}

function parse(args: string[]): { tag: string; options: RenderOptions } {
  const [command, tag, ...rest] = args;
  if (command !== 'render') throw new BadInput(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  if (!tag || tag.startsWith('--')) throw new BadInput(`missing tag; ${USAGE}`);
  const options: RenderOptions = {};
  const attrs: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const option = rest[i];
    const value = rest[i + 1];
    if (!['--lang', '--theme', '--as-of', '--data', '--attr'].includes(option)) throw new BadInput(`unknown option "${option}"; ${USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new BadInput(`${option} needs a value`);
    i++;
    if (option === '--lang') options.lang = value;
    else if (option === '--theme') {
      if (!['auto', 'light', 'dark'].includes(value)) throw new BadInput(`unknown theme "${value}": use auto, light or dark`);
      options.theme = value as RenderOptions['theme'];
    } else if (option === '--as-of') options.asOf = value;
    else if (option === '--data') options.data = readData(value);
    else {
      const eq = value.indexOf('=');
      if (eq < 1) throw new BadInput(`--attr needs name=value, not "${value}"`);
      attrs[value.slice(0, eq)] = value.slice(eq + 1);
    }
  }
  return { tag, options: { ...options, attrs } };
}

/** The dataset in `path`, checked: readable, JSON, and valid merged over the built-in one. */
function readData(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new BadInput(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BadInput(`${path} is not JSON: ${(error as Error).message}`);
  }
  const resolved = resolveDataset(data);
  if (!resolved.ok) throw new BadInput(`${path} is not a valid dataset: ${resolved.problem.message}`);
  return data as RenderOptions['data'];
}

function main(args: string[]): number {
  let out: string;
  try {
    const { tag, options } = parse(args);
    const release = JSON.parse(readFileSync(new URL('../integrity.json', import.meta.url), 'utf8'));
    out = printed(renderWidget(tag, options), release);
  } catch (error) {
    process.stderr.write(`${refusal(error)}\n`);
    return 1;
  }
  process.stdout.write(out);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
