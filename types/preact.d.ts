/**
 * JSX typings for Preact: `import type {} from 'sovereignty-widgets/preact';` once in a
 * project. Preact sets a custom element's properties when the element has them (else
 * attributes), and listens for its events by the name after `on`: `onsov-error`.
 */
import type { HTMLAttributes } from 'preact';
import type { SovElementEvents, SovElementProps, SovTag } from './elements.js';

type Events<T extends SovTag> = {
  [K in keyof SovElementEvents[T] as `on${K & string}`]?: (event: SovElementEvents[T][K]) => void;
};
type Props<T extends SovTag> = SovElementProps[T] & Events<T> & Omit<HTMLAttributes<HTMLElementTagNameMap[T]>, keyof SovElementProps[T]>;
type SovIntrinsicElements = { [T in SovTag]: Props<T> };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends SovIntrinsicElements {}
  }
}
