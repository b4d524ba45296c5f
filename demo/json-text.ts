/**
 * Edits to a JSON text that keep the rest of it as the user wrote it: a grid edit replaces
 * the one value it changes, so the user's layout, key order and everything else they typed
 * stay byte for byte.
 */

export interface Span {
  start: number;
  end: number;
}

/** A JSON object (not a list, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where the value at `path` is written in `text`, a text that `JSON.parse` accepts (the
 * scanner assumes it). A key written twice counts once, as the last one, as in JSON.parse.
 */
export function locate(text: string, path: readonly string[]): Span | undefined {
  let i = 0;
  let found: Span | undefined;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // `onPath`: the keys so far are path[0..depth); the value at the full path is recorded.
  const value = (depth: number, onPath: boolean): void => {
    space();
    const start = i;
    if (text[i] === '{' || text[i] === '[') {
      const close = text[i] === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) i++;
      else
        for (let n = 0; ; n++) {
          let key = String(n);
          if (close === '}') {
            space();
            key = string();
            space();
            i++; // the colon
          }
          const next = onPath && depth < path.length && key === path[depth];
          if (next) found = undefined; // a later duplicate key wins, even where it lacks the rest of the path
          value(depth + 1, next);
          space();
          if (text[i++] === close) break;
        }
    } else if (text[i] === '"') string();
    else while (i < text.length && !',]} \t\n\r'.includes(text[i])) i++;
    if (onPath && depth === path.length) found = { start, end: i };
  };
  value(0, true);
  return found;
}

/**
 * `text` with the value at `path` set to `value`. Where the text holds that value, only it is
 * replaced (written on several lines if the old one was, indented to match); where it does not
 * (a partial override that leaves the fact out), the key is added and the text written out again.
 */
export function withValue(text: string, path: readonly string[], value: unknown): string {
  const at = locate(text, path);
  if (at) {
    const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const multiline = text.slice(at.start, at.end).includes('\n');
    const json = multiline ? JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`) : JSON.stringify(value);
    return text.slice(0, at.start) + json + text.slice(at.end);
  }
  const data: unknown = JSON.parse(text);
  const root: Record<string, unknown> = isObject(data) ? data : {};
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
  return JSON.stringify(root, null, 2);
}

/**
 * The part of `before` that `after` changes: the text between their common start and their
 * common end, and what replaces it.
 */
export function changedSpan(before: string, after: string): Span & { text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

/**
 * Puts `text` in the text area by replacing only what changed, so the caret and selection
 * keep their place in the text around it (`setRangeText`'s "preserve"), and so does the
 * scroll position.
 */
export function replaceText(area: HTMLTextAreaElement, text: string): void {
  const { start, end, text: middle } = changedSpan(area.value, text);
  if (start === end && middle === '') return;
  const { scrollTop } = area;
  area.setRangeText(middle, start, end, 'preserve');
  area.scrollTop = scrollTop;
}
