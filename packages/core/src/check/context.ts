import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticFields, FieldLocation, UnknownNameCode } from '../diagnostics/fields.js';
import { suggest } from '../diagnostics/suggest.js';
import type { ElementKind } from '../errors.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { CODE_ORIGIN, type DocumentOrigin } from '../load/source.js';

/** A path inside a document. */
export type Path = ReadonlyArray<string | number>;

/** Where something is declared or used: a document and a path inside it. */
export interface Site {
  readonly origin: DocumentOrigin;
  readonly path: Path;
}

/**
 * The names that references are checked against: the elements the index looks up (a step is
 * checked within its map, not as a name of its own), and two that only the checks need.
 */
export type NamespaceName = Exclude<ElementKind, 'step'> | 'glossary entry id' | 'value-chain segment';

/** Where in a site's node a diagnostic points: at its key or at its value. */
export interface ReportOptions {
  /** Point at the key rather than the value. */
  readonly target?: 'key' | 'value';
}

/** The codes {@link CheckContext.expectLocal} reports: names checked against a local set, such as the steps of one map. */
export type LocalNameCode = 'unknown-step' | 'unknown-lane' | 'unknown-role' | 'unknown-objective' | 'unknown-module';

/** What a local name should be: its sort, the map it should be on and, for a step, which end of a flow names it. */
export type LocalNameScope<C extends LocalNameCode> = Omit<DiagnosticFields[C], 'name' | 'suggestion'>;

/** What every check is given: the documents, the declared names, and a way to report. */
export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  private readonly namespaces = new Map<NamespaceName, Map<string, Site>>();
  private readonly salvaged: Set<string>;

  constructor(
    readonly documents: ReadonlyArray<ParsedDocument>,
    salvaged: ReadonlySet<string>,
  ) {
    this.salvaged = new Set([...salvaged].flatMap((name) => [name, ...intendedCodes(name)]));
  }

  /**
   * Lets references to a name through without declaring it: a name whose absence has been
   * reported once already, such as the missing parent of glossary entries.
   */
  accountFor(name: string): void {
    this.salvaged.add(name);
  }

  /** Reports a problem at a site, with the fields its code carries; the message is built from them. */
  report<C extends DiagnosticCode>(code: C, fields: DiagnosticFields[C], site: Site, options: ReportOptions = {}): void {
    const where = { file: site.origin.file, position: site.origin.locate(site.path, options.target), path: site.path };
    this.diagnostics.push(diagnostic(code, fields, where) as Diagnostic);
  }

  /**
   * Declares a name; a second declaration in the same namespace is reported as a duplicate,
   * with the place of the first. Returns whether it was new.
   */
  declare(namespace: NamespaceName, name: string, site: Site, duplicateCode: 'duplicate-id' | 'duplicate-glossary-code' = 'duplicate-id'): boolean {
    const names = this.names(namespace);
    const earlier = names.get(name);
    if (earlier === undefined) {
      names.set(name, site);
      return true;
    }
    const fields = earlier.origin === CODE_ORIGIN ? { kind: namespace, name, builtIn: true } : { kind: namespace, name, first: locationOf(earlier) };
    this.report(duplicateCode, fields, site);
    return false;
  }

  /** True when a name is declared, or was declared in a part of a document that could not be read. */
  isAccountedFor(namespace: NamespaceName, name: string): boolean {
    return this.has(namespace, name) || this.salvaged.has(name);
  }

  /** True when a name has been declared in a namespace. */
  has(namespace: NamespaceName, name: string): boolean {
    return this.names(namespace).has(name);
  }

  /** The declared names of a namespace. */
  names(namespace: NamespaceName): Map<string, Site> {
    let names = this.namespaces.get(namespace);
    if (names === undefined) {
      names = new Map();
      this.namespaces.set(namespace, names);
    }
    return names;
  }

  /**
   * Checks that a reference names something declared. Names declared in documents that failed
   * their schema are let through: that document's own diagnostics already explain the problem.
   */
  expect(namespace: NamespaceName, name: string, site: Site, code: UnknownNameCode): boolean {
    if (this.has(namespace, name)) return true;
    if (this.salvaged.has(name)) return false;
    this.report(code, { kind: namespace, name, suggestion: suggest(name, this.names(namespace).keys()) }, site);
    return false;
  }

  /**
   * Checks a reference against a local set of names, such as the steps of one map. `what` is the
   * sort of name and its scope, `{ kind: 'step', map: 'engage' }`.
   */
  expectLocal<C extends LocalNameCode>(names: ReadonlyMap<string, unknown>, what: LocalNameScope<C>, name: string, site: Site, code: C): boolean {
    if (names.has(name)) return true;
    if (this.salvaged.has(name)) return false;
    this.report<LocalNameCode>(code, { ...what, name, suggestion: suggest(name, names.keys()) }, site);
    return false;
  }
}

/**
 * The code a mistyped glossary code most likely meant: its runs of digits joined by dots, so
 * `1.2.2.x`, `1.2.2a` and `1,2,2` all stand for `1.2.2`. An entry with such a code fails its
 * schema, and the uses of the code it meant are then not reported again. Only names that start
 * with a digit and hold a dot or comma are read this way, which no id can.
 */
function intendedCodes(name: string): string[] {
  if (!/^\d/.test(name) || !/[.,]/.test(name)) return [];
  const digits = name.match(/\d+/g) ?? [];
  const code = digits.map((run) => run.replace(/^0+(?=\d)/, '')).join('.');
  return code === name ? [] : [code];
}

/** Where a site is, for a diagnostic that names it as the other place; nothing for a name declared in code. */
export function locationOf(site: Site): FieldLocation | undefined {
  if (site.origin.file === undefined) return undefined;
  const position = site.origin.locate(site.path);
  return position === undefined ? { file: site.origin.file } : { file: site.origin.file, line: position.line, column: position.column };
}

/** The documents of one kind, typed. */
export function documentsOf<K extends ParsedDocument['kind']>(ctx: CheckContext, kind: K): Array<Extract<ParsedDocument, { kind: K }>> {
  return ctx.documents.filter((d): d is Extract<ParsedDocument, { kind: K }> => d.kind === kind);
}
