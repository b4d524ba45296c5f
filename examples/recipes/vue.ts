// Vue 3: tell Vue's template compiler that sov- tags are custom elements, e.g. in
// vite.config.ts: vue({ template: { compilerOptions: { isCustomElement } } }), or
// app.config.compilerOptions.isCustomElement = isCustomElement with the in-browser compiler.
// Vue sets the element's properties when it has them; `@sov-metric-change` listens for an
// event. Register the elements once with `import 'sovereignty-widgets';` in the entry file.
import { defineComponent, h, ref, type GlobalComponents } from 'vue';
import type { MetricId } from 'sovereignty-widgets';
import type {} from 'sovereignty-widgets/vue'; // types the sov- tags in templates (vue-tsc, Volar)

export const isCustomElement = (tag: string) => tag.startsWith('sov-');

/** With a template, compiled by Vue (in a .vue file this is the <template> block). */
export const Sovereignty = defineComponent({
  setup: () => ({ metric: ref<MetricId>('speed') }),
  template: `
    <sov-compute-gap measure="capital"><p>Mistral has raised about $3.9B in nine rounds; Anthropic raised $65B in one.</p></sov-compute-gap>
    <sov-metric-toggle :metric="metric" @sov-metric-change="metric = $event.detail.metric"></sov-metric-toggle>
    <p>Picked: {{ metric }}</p>`,
});

/** The props a template may give a sov- element, as Vue's tooling sees them. */
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

/** With a render function: the same props, checked by TypeScript. */
export const Timeline = defineComponent({
  setup() {
    const problem = ref('');
    const props: Props<'sov-milestones'> = { 'as-of': '2026-10-01', onSovError: (event) => (problem.value = event.detail.message) };
    return () => [h('sov-milestones', props), problem.value ? h('p', problem.value) : null];
  },
});

// Type checks (scripts/pack-smoke.mjs compiles this file): wrong values are refused.
// @ts-expect-error: not a metric
export const refused: Props<'sov-metric-toggle'> = { metric: 'height' };
