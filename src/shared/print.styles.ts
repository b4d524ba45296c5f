import { css } from 'lit';

/**
 * On paper: the closed lists open (each source with its URL, each chart's data table below
 * it), what only works on screen goes (the "Show the data" prompt, a menu), and a card and
 * each of its parts (a pillar, a case, a milestone, a chart) keep to one page where they fit. `::details-content` opens a closed `<details>` for print
 * alone, with no script and no change to what the reader had open on screen (Chromium 131,
 * Firefox 143, Safari 18.4); older browsers print the lists closed, as before.
 */
export const printStyles = css`
  @media print {
    [part] {
      break-inside: avoid;
    }
    details::details-content {
      content-visibility: visible;
    }
    .data > summary,
    .actions {
      display: none;
    }
    summary {
      list-style: none;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
