/**
 * @packageDocumentation
 * The `opcc` command line, callable from code as {@link runCli}.
 */
export { runCli } from './run-cli.js';
export { EXIT, processIo, type CliIo } from './io.js';
export { summaryText } from './report/summary.js';
export { diagnosticsJson, diagnosticsText } from './report/print-diagnostics.js';
