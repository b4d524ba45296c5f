/**
 * Datasets written before facts existed: figures inside `computeGap` and inside
 * prose, lists as arrays. The validator's messages for those places say so and point here;
 * `migrateDataset` converts one (node scripts/migrate-dataset.mjs old.json > new.json). Not
 * part of the bundle.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const keyed = (list: unknown, prefix: string): Json =>
  Object.fromEntries(
    (Array.isArray(list) ? list : []).map((item, i) => {
      const { id, ...rest } = isObject(item) ? item : { id: undefined };
      return [typeof id === 'string' && /^[a-z][a-z0-9-]*$/.test(id) ? id : `${prefix}-${i + 1}`, rest];
    }),
  );

/**
 * Converts a dataset from before facts (or a partial one) to the current format. Prose is kept as it is:
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
