import { html, type Html } from './html.js';

/** One row of a {@link stackedTable}: its header cell, its other cells in column order, and attributes for tests and scripts. */
export interface StackedRow {
  readonly header: Html | string;
  readonly cells: ReadonlyArray<Html | string>;
  readonly pair?: string;
}

/**
 * A table with a caption, column headers and a header cell in each row, whose rows stack into
 * labelled blocks on a phone (site.css, `table.stacked`): each cell carries its column's name,
 * shown before it there, so a row of five columns reads down the screen instead of scrolling sideways.
 */
export function stackedTable(caption: Html | string, columns: readonly [string, ...string[]], rows: readonly StackedRow[], className = ''): Html {
  const [first, ...rest] = columns;
  return html`<table class="stacked${className === '' ? '' : ` ${className}`}"><caption>${caption}</caption>
<thead><tr><th scope="col">${first}</th>${rest.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr${row.pair === undefined ? '' : html` data-pair="${row.pair}"`}><th scope="row">${row.header}</th>${row.cells.map((cell, i) => html`<td data-label="${rest[i] ?? ''}">${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
}
