import { css } from 'lit';

export const computeGapStyles = css`
  .measures {
    display: grid;
    /* minmax(0, …): a grid track's min-width: auto would hold the canvas at its old width. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.25);
  }
  .ratio {
    margin: 0.1em 0 0.4em;
    color: var(--_muted);
  }
  .ratio strong {
    color: var(--_text);
    font-size: 1.5em;
    line-height: 1.2;
    margin-inline-end: 0.3em;
  }
  .chart {
    height: 8.5em;
  }
  .scale-note {
    margin: 0.25em 0 0;
  }
  table {
    margin-top: 0.5em;
  }
  .figure {
    text-align: end;
    padding-inline-end: 0;
  }
  td.figure {
    font-weight: 700;
  }
  .counts {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
`;
