/** @jsxImportSource preact */
// Preact: the same as React, with Preact's JSX. Preact sets the element's properties when it
// has them and listens for its events with `onsov-…`. Register the elements once on the
// client with `import 'sovereignty-widgets';` (or the page's script tag).
import { useState } from 'preact/hooks';
import type { MetricId } from 'sovereignty-widgets';
import type {} from 'sovereignty-widgets/preact'; // JSX types for the sov- elements

export function Sovereignty() {
  const [metric, setMetric] = useState<MetricId>('speed');
  return (
    <article>
      <sov-compute-gap measure="capital" class="wide">
        <p>Mistral has raised about $3.9B in nine rounds; Anthropic raised $65B in one.</p>
      </sov-compute-gap>
      <sov-metric-toggle metric={metric} onsov-metric-change={(event) => setMetric(event.detail.metric)} />
      <sov-explainer sections="stack compute-gap" as-of="2026-10-01" onsov-error={(event) => console.warn(event.detail.message)} />
    </article>
  );
}

// Type checks (scripts/pack-smoke.mjs compiles this file): wrong values are refused.
export const refused = (
  <>
    {/* @ts-expect-error: not a side */}
    <sov-bull-bear side="middle" />
    {/* @ts-expect-error: not a theme */}
    <sov-use-cases theme="sepia" />
  </>
);
