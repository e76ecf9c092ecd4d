import { compareText } from '../util/compare.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './codes.js';

/** A position in a source file; line and column count from 1. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** One problem with a model: data, never an exception. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** The file, relative to the model folder; absent for documents made in code. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Where in the document: keys and list indexes from its root. */
  readonly path: ReadonlyArray<string | number>;
  /** A near match for an unknown name, when there is one. */
  readonly suggestion?: string;
}

/** Makes a diagnostic with the severity its code carries. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  where: { file?: string | undefined; position?: SourcePosition | undefined; path?: ReadonlyArray<string | number> },
  suggestion?: string,
): Diagnostic {
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message: suggestion === undefined ? message : `${message} (did you mean "${suggestion}"?)`,
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.position === undefined ? {} : { line: where.position.line, column: where.position.column }),
    path: where.path ?? [],
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: ReadonlyArray<Diagnostic>): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, line and column, so reports read top to bottom; text compares by code unit, whatever the locale. */
export function sortDiagnostics(diagnostics: ReadonlyArray<Diagnostic>): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.code, b.code),
  );
}

/** Formats a diagnostic as a compiler does: `file:line:col  severity  code  message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === undefined ? '<model>' : d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}  ${d.severity}  ${d.code}  ${d.message}`;
}
