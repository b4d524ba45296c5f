/**
 * JSX typings for React 19: `import type {} from 'sovereignty-widgets/react';` once in a
 * project. React 19 sets a custom element's properties when the element has them (else
 * attributes), and listens for its events by the name after `on`: `onsov-error`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SovElementEvents, SovElementProps, SovTag } from './elements.js';

type Events<T extends SovTag> = {
  [K in keyof SovElementEvents[T] as `on${K & string}`]?: (event: SovElementEvents[T][K]) => void;
};
type Props<T extends SovTag> = SovElementProps[T] &
  Events<T> &
  Omit<DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]>, keyof SovElementProps[T]>;
type SovIntrinsicElements = { [T in SovTag]: Props<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends SovIntrinsicElements {}
  }
}
