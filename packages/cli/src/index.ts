/**
 * @packageDocumentation
 * The `opcc` command line, callable from code as {@link runCli}.
 */
export { runCli } from './run-cli.js';
export { EXIT, EXIT_CODES_HELP, processIo, type CliIo } from './io.js';
export { summaryText } from './report/summary.js';
export { diagnosticsJson, diagnosticsText, SHOWN_PER_CODE, type DiagnosticsTextOptions } from './report/print-diagnostics.js';
export { safeJson, safeLines, safeText } from './report/safe-text.js';
