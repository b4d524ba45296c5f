/**
 * Typings for Vue 3 templates (vue-tsc, Volar) and `h()`: `import type {} from
 * 'sovereignty-widgets/vue';` once in a project, and tell Vue's compiler the tags are custom
 * elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('sov-')`. Vue sets a
 * custom element's properties when the element has them (else attributes); `@sov-error`
 * listens for the element's event.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { SovElementEvents, SovElementProps, SovTag } from './elements.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Events<T extends SovTag> = {
  [K in keyof SovElementEvents[T] as `on${Capitalize<Camel<K & string>>}`]?: (event: SovElementEvents[T][K]) => void;
};
type VueElement<T extends SovTag> = new () => HTMLElementTagNameMap[T] & {
  /** For type-checking templates only: not on the element at run time. */
  $props: SovElementProps[T] & Events<T> & Omit<HTMLAttributes, keyof SovElementProps[T]> & PublicProps;
  /** For type-checking templates only: not on the element at run time. */
  $emit: EmitFn<{ [K in keyof SovElementEvents[T]]: (event: SovElementEvents[T][K]) => void }>;
};
type SovVueElements = { [T in SovTag]: VueElement<T> };

declare module 'vue' {
  interface GlobalComponents extends SovVueElements {}
}
