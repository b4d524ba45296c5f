/**
 * Datasets written for version 0.1, before facts: figures inside `computeGap` and inside
 * prose, lists as arrays. `oldFormatAt` recognises one, so that the widgets can give one clear
 * error; `migrateDataset` converts one (node scripts/migrate-dataset.mjs old.json > new.json).
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), root);

/** The lists that became objects keyed by id, and the figures that became facts. */
const LISTS = ['sources', 'stack.pillars', 'useCases.items', 'bullBear.bull', 'bullBear.bear', 'milestones.items', 'milestones.watch'];
const FIGURES = ['computeGap.capital.subject', 'computeGap.capital.rival', 'computeGap.compute.subject', 'computeGap.compute.rival'];

/** The first place where `data` has the 0.1 format, or undefined. */
export function oldFormatAt(data: unknown): string | undefined {
  return LISTS.find((p) => Array.isArray(at(data, p))) ?? FIGURES.find((p) => isObject(at(data, p)));
}

/** The message the widgets show for a 0.1 dataset. */
export const oldFormatMessage = (path: string) =>
  `This dataset is in the 0.1 format (${path} is ${FIGURES.includes(path) ? 'a figure' : 'a list'}): figures are now facts referred to by id, and lists are objects keyed by id. Convert it with scripts/migrate-dataset.mjs, as docs/dataset.md describes under "Converting a 0.1 dataset".`;

const keyed = (list: unknown, prefix: string): Json =>
  Object.fromEntries(
    (Array.isArray(list) ? list : []).map((item, i) => {
      const { id, ...rest } = isObject(item) ? item : { id: undefined };
      return [typeof id === 'string' && /^[a-z][a-z0-9-]*$/.test(id) ? id : `${prefix}-${i + 1}`, rest];
    }),
  );

/**
 * Converts a 0.1 dataset (or a partial one) to the current format. Prose is kept as it is:
 * the paths of strings that still hold digits are returned, to be rewritten as references.
 */
export function migrateDataset(old: unknown): { dataset: Json; digits: string[] } {
  const data: Json = structuredClone(isObject(old) ? old : {});
  if (Array.isArray(data.sources)) data.sources = keyed(data.sources, 'source');
  const gap = data.computeGap;
  if (isObject(gap)) {
    for (const measure of ['capital', 'compute']) {
      const comparison = gap[measure];
      if (!isObject(comparison)) continue;
      for (const party of ['subject', 'rival']) {
        if (!isObject(comparison[party])) continue;
        const id = `${measure}-${party}`;
        data.facts = { ...(isObject(data.facts) ? data.facts : {}), [id]: comparison[party] };
        comparison[party] = id;
      }
    }
  }
  const stack = data.stack;
  if (isObject(stack) && Array.isArray(stack.pillars)) {
    stack.pillars = keyed(stack.pillars, 'pillar');
    for (const pillar of Object.values(stack.pillars as Json)) if (isObject(pillar)) pillar.items = keyed(pillar.items, 'item');
  }
  const cases = data.useCases;
  if (isObject(cases) && Array.isArray(cases.items)) {
    cases.items = keyed(cases.items, 'case');
    for (const item of Object.values(cases.items as Json)) if (isObject(item)) item.figures = keyed(item.figures, 'figure');
  }
  const bullBear = data.bullBear;
  if (isObject(bullBear)) for (const side of ['bull', 'bear']) if (Array.isArray(bullBear[side])) bullBear[side] = keyed(bullBear[side], side);
  const milestones = data.milestones;
  if (isObject(milestones)) {
    if (Array.isArray(milestones.items)) milestones.items = keyed(milestones.items, 'milestone');
    if (Array.isArray(milestones.watch)) milestones.watch = keyed(milestones.watch, 'watch');
  }
  const digits: string[] = [];
  const visit = (value: unknown, path: string, prose: boolean) => {
    if (typeof value === 'string' && prose && /\d/.test(value)) digits.push(path);
    else if (isObject(value))
      for (const [key, child] of Object.entries(value))
        visit(child, path ? `${path}.${key}` : key, prose || /^(text|label|title|summary|takeaway|note)$/.test(key));
  };
  visit(data, '', false);
  return { dataset: data, digits };
}
