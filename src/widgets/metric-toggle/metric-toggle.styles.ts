import { css } from 'lit';

export const metricToggleStyles = css`
  .badge {
    display: inline-block;
    margin-bottom: 0.5em;
    padding: 0.1em 0.5em;
    border: 1px dashed var(--_muted);
    border-radius: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  fieldset {
    margin: 0 0 0.75em;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.35em;
    font-weight: 700;
    font-size: 0.875em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .option {
    position: relative;
  }
  .option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .option span {
    display: inline-block;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.875em;
  }
  .option input:checked+span {
    border-color: var(--_text);
    background: var(--_text);
    color: var(--_surface);
    font-weight: 700;
  }
  /* Shown, not announced: the radio already says "checked". */
  .option .icon {
    display: none;
    margin-inline-end: 0.35em;
  }
  .option input:checked+span .icon {
    display: inline;
  }
  .option input:focus-visible+span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .verdict {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .chart {
    height: 10em;
  }
  .winner {
    font-weight: 700;
  }
  .calls {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0.75em 0 0.25em;
    font-size: 0.875em;
  }
  .calls label {
    font-weight: 700;
  }
  .calls input {
    width: 100%;
    min-width: 0;
    accent-color: var(--_subject);
  }
  .calls .value {
    min-width: 3ch;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    text-align: end;
  }
  .compounding {
    margin: 0.25em 0 0.5em;
  }
  /* The card's inner width: a widget up to 24em wide, less the card's 1em padding each side. */
  @container (max-width: 22em) {
    .calls {
      grid-template-columns: 1fr auto;
    }
    .calls input {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;
