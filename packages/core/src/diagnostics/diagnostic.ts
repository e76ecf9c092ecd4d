import { compareText } from '../util/compare.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './codes.js';
import type { DiagnosticFields } from './fields.js';
import { diagnosticMessage, suggestionOf } from './messages.js';

/** A position in a source file; line and column count from 1. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** What every diagnostic has, whatever its code. */
export interface DiagnosticBase {
  /** How serious the problem is: the severity its code carries. */
  readonly severity: Severity;
  /** The problem in words, built from the fields (messages.ts). */
  readonly message: string;
  /** The file, relative to the model folder; absent for documents made in code. */
  readonly file?: string;
  /** The line, counting from 1. */
  readonly line?: number;
  /** The column, counting from 1. */
  readonly column?: number;
  /** Where in the document: keys and list indexes from its root. */
  readonly path: ReadonlyArray<string | number>;
  /** A near match for an unknown name, when there is one; also among the fields. */
  readonly suggestion?: string;
}

/**
 * One problem with a model: data, never an exception. Its `fields` are typed by its code, so
 * checking `code` narrows them: `if (d.code === 'unknown-map') d.fields.name`.
 */
export type Diagnostic<C extends DiagnosticCode = DiagnosticCode> = {
  [K in C]: DiagnosticBase & {
    /** The stable code of the problem. */
    readonly code: K;
    /** What the message says, as data. */
    readonly fields: DiagnosticFields[K];
  };
}[C];

/** Where a diagnostic points: a file, a position in it, and a path inside its document. */
export interface DiagnosticSite {
  /** The file, relative to the model folder. */
  readonly file?: string | undefined;
  /** The line and column in the file. */
  readonly position?: SourcePosition | undefined;
  /** Keys and list indexes from the document's root. */
  readonly path?: ReadonlyArray<string | number>;
}

/**
 * Makes a diagnostic with the severity its code carries and the message its fields make.
 * @example
 * ```ts
 * const fields = { kind: 'process map', name: 'engage-consul', suggestion: 'engage-consult' };
 * const d = diagnostic('unknown-map', fields, { file: 'maps/develop.yaml', path: ['steps', 3, 'map'] });
 * formatDiagnostic(d); // the severity and message come from the code
 * ```
 */
export function diagnostic<C extends DiagnosticCode>(code: C, fields: DiagnosticFields[C], where: DiagnosticSite): Diagnostic<C> {
  const kept = withoutUndefined(fields);
  const suggestion = suggestionOf(kept);
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message: diagnosticMessage(code, kept),
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.position === undefined ? {} : { line: where.position.line, column: where.position.column }),
    path: where.path ?? [],
    ...(suggestion === undefined ? {} : { suggestion }),
    fields: kept,
  } as Diagnostic<C>;
}

/** Fields as given, less those left undefined, so a field is either there with a value or not there at all. */
function withoutUndefined<F>(fields: F): F {
  return Object.fromEntries(Object.entries(fields as object).filter(([, value]) => value !== undefined)) as F;
}

/**
 * True when any diagnostic is an error.
 * @example
 * ```ts
 * const { diagnostics } = await loadModel('my-model');
 * if (hasErrors(diagnostics)) process.exitCode = 1; // warnings alone do not fail
 * ```
 */
export function hasErrors(diagnostics: ReadonlyArray<Diagnostic>): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Orders diagnostics by file, line and column, so reports read top to bottom; text compares by code unit, whatever the locale.
 * @example
 * ```ts
 * for (const d of sortDiagnostics(diagnostics)) console.log(formatDiagnostic(d));
 * ```
 */
export function sortDiagnostics(diagnostics: ReadonlyArray<Diagnostic>): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.code, b.code),
  );
}

/**
 * Formats a diagnostic as a compiler does: `file:line:col  severity  code  message`.
 * @example
 * ```ts
 * formatDiagnostic(d); // 'maps/develop.yaml:12:9  error  unknown-map  …'
 * ```
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === undefined ? '<model>' : d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}  ${d.severity}  ${d.code}  ${d.message}`;
}
