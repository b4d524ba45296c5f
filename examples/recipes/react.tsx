// React 19: the elements are used like any HTML tag. React sets the element's properties
// (`metric`, `calls`, even `data` objects) and listens for its events with `onsov-…`.
// Register the elements once on the client: `import 'sovereignty-widgets';` in the entry file
// (or the script tag in the page). This file only renders, so it also renders on the server.
import { useRef, useState } from 'react';
import type { MetricId } from 'sovereignty-widgets';
import type { SovComputeGap } from 'sovereignty-widgets/lib/widgets/compute-gap/compute-gap.js';
import type {} from 'sovereignty-widgets/react'; // JSX types for the sov- elements

export function Sovereignty({ onProblem }: { onProblem?: (message: string) => void }) {
  const [metric, setMetric] = useState<MetricId>('speed');
  const gap = useRef<SovComputeGap>(null); // gap.current?.scale is 'linear' | 'log'
  return (
    <article>
      <sov-compute-gap ref={gap} measure="capital" scale="log">
        <p>Mistral has raised about $3.9B in nine rounds; Anthropic raised $65B in one.</p>
      </sov-compute-gap>
      <sov-metric-toggle metric={metric} calls={20} onsov-metric-change={(event) => setMetric(event.detail.metric)} />
      <p>Picked: {metric}</p>
      <sov-milestones as-of="2026-10-01" className="timeline" onsov-error={(event) => onProblem?.(event.detail.message)} />
      <sov-stack-card highlight="compute" data={{ parties: { rival: { name: 'OpenAI', short: 'OpenAI' } } }} />
    </article>
  );
}

// Type checks (scripts/pack-smoke.mjs compiles this file): wrong values are refused.
export const refused = (
  <>
    {/* @ts-expect-error: not a measure */}
    <sov-compute-gap measure="height" />
    {/* @ts-expect-error: calls is a number */}
    <sov-metric-toggle calls="many" />
    {/* @ts-expect-error: the event's detail has no such field */}
    <sov-metric-toggle onsov-metric-change={(event) => event.detail.nope} />
  </>
);
