// The choices of `opcc export`, apart from the code that writes them, so the command line can list them without loading it.

/** What `opcc export` can write. */
export const EXPORT_FORMATS = ['svg', 'png', 'bpmn', 'layout-json', 'json', 'graph-json', 'csv'] as const;
/** A format of `opcc export`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The drawings `opcc export` writes as SVG or PNG. */
export const EXPORT_VIEWS = ['process-map', 'relationship-map', 'value-chain', 'outcome-framework', 'glossary-tree'] as const;
/** A view of `opcc export`. */
export type ExportView = (typeof EXPORT_VIEWS)[number];

/** The spreadsheets `opcc export --format csv` writes. */
export const CSV_TABLES = ['glossary', 'raci', 'business-areas'] as const;
/** A spreadsheet of `opcc export --format csv`. */
export type CsvTable = (typeof CSV_TABLES)[number];
