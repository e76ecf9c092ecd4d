import type { DiagnosticCode } from './codes.js';

/** A place in the model: the file, relative to the model folder, and where in it, when known. */
export interface FieldLocation {
  /** The file, relative to the model folder; absent for things declared in code. */
  readonly file?: string;
  /** The line, counting from 1. */
  readonly line?: number;
  /** The column, counting from 1. */
  readonly column?: number;
}

/** The fields of a code that says nothing beyond its code. */
export interface NoFields {
  readonly [field: string]: never;
}

/** Prose that cannot sensibly be split into fields, such as a parser's own explanation. */
export interface ProseFields {
  /** The explanation, as the message gives it. */
  readonly detail: string;
}

/** A problem that a schema's own check describes in prose, at a place in the document. */
export interface SchemaDetailFields extends ProseFields {
  /** Where in the document, as people read it: `steps[2].lane`. */
  readonly at: string;
}

/** A name that is used but not declared. */
export interface UnknownNameFields {
  /** What sort of thing the name should be, e.g. `process map`. */
  readonly kind: string;
  /** The name as written. */
  readonly name: string;
  /** A declared name near enough to be what was meant. */
  readonly suggestion?: string | undefined;
}

/** A name declared a second time. */
export interface DuplicateNameFields {
  /** What sort of thing the name belongs to, e.g. `party` or `step`. */
  readonly kind: string;
  /** The name declared twice. */
  readonly name: string;
  /** The map within which steps and lanes must be unique. */
  readonly map?: string | undefined;
  /** The collaboration within which business areas must be unique. */
  readonly collaboration?: string | undefined;
  /** The scenario within which roles, objectives, modules, injects and questions must be unique. */
  readonly scenario?: string | undefined;
  /** Where the name was first declared, when that was in a file. */
  readonly first?: FieldLocation | undefined;
  /** True when the name is built in, so it needs no declaration at all. */
  readonly builtIn?: boolean | undefined;
}

/** A value found at a place in a document. */
export interface FoundValueFields {
  /** Where in the document, as people read it: `steps[2].lane`. */
  readonly at: string;
  /** The value as written. */
  readonly value: unknown;
}

/** What sort of value was found where another sort was expected. */
export type FoundType = 'text' | 'number' | 'boolean' | 'list' | 'mapping' | 'empty' | 'other';

/** The stage of checking that met a fault in the checker. */
export type CheckerStage = 'read-file' | 'build-values' | 'check-document' | 'check-model' | 'assemble-model';

/**
 * The typed fields of every diagnostic code: what the message says, as data. Tools read these
 * rather than parse messages; the messages themselves are built from them in messages.ts. A
 * code is given its fields here when it is added to DIAGNOSTIC_CODES, or nothing compiles.
 *
 * Codes whose fields include {@link ProseFields} as an alternative may still be reported with a
 * message only, by checks that have not yet been given fields; that message is then `detail`.
 */
export interface DiagnosticFieldsByCode {
  /** Why the file could not be read. */
  'file-unreadable': { readonly reason: string };
  /** The parser's explanation, put in words a person can act on. */
  'yaml-syntax': ProseFields;
  /** The key written twice, when it can be told. */
  'duplicate-key': { readonly key?: string | undefined };
  /** What the CSV reader could not read past, and which table the file was read as. */
  'csv-syntax': ProseFields & { readonly table: 'glossary' | 'injects' };
  /** The columns a glossary requires and may have, those missing and those it does not know. */
  'csv-missing-column': {
    readonly missing: readonly string[];
    readonly unknown: readonly string[];
    readonly required: readonly string[];
    readonly optional: readonly string[];
  };
  /** Why the file is not UTF-8 text: a UTF-16 byte-order mark, a byte that cannot be UTF-8, or NUL characters. */
  'file-encoding':
    | { readonly found: 'utf-16'; readonly endian: 'little' | 'big' }
    | { readonly found: 'invalid-byte'; readonly byte: number; readonly windows1252?: string | undefined }
    | { readonly found: 'nul'; readonly utf16: boolean };
  /** Why the folder could not be read. */
  'folder-unreadable': { readonly reason: string };
  /** The nesting limit, and whether a file was not read (perhaps for brackets left open) or a document not checked. */
  'too-deep': { readonly limit: number; readonly within: 'file'; readonly bracketOpen: boolean } | { readonly limit: number; readonly within: 'document' };
  /** How many values, written out, a document may hold. */
  'too-many-aliases': { readonly limit: number };
  /** The column named twice and the two places it is named, counting from 1. */
  'csv-duplicate-column': { readonly column: string; readonly first: number; readonly second: number };
  /** The column with no name, counting from 1, and the columns a glossary has. */
  'csv-blank-column': { readonly column: number; readonly allowed: readonly string[] };
  /** How many cells the row has and how many columns the header row names. */
  'csv-row-length': { readonly cells: number; readonly columns: number };
  /** The stage that met the fault, and the fault as the checker raised it. */
  'internal-error': { readonly stage: CheckerStage; readonly error: string };
  /** What the XML parser or importer said about the file. */
  'bpmn-unreadable': ProseFields;
  /** What was left out or approximated, and why. */
  'bpmn-unsupported': ProseFields;
  /** Nothing beyond the code. */
  'not-a-document': NoFields;
  /** The document kinds. */
  'missing-kind': { readonly allowed: readonly string[] };
  /** The kind as written, the document kinds, and the nearest of them. */
  'unknown-kind': { readonly value: unknown; readonly allowed: readonly string[]; readonly suggestion?: string | undefined };
  /** The missing field, the mapping it belongs in (`''` at the top), and its allowed values when it chooses a kind. */
  'missing-field': { readonly field: string; readonly parent: string; readonly allowed?: readonly string[] | undefined };
  /** The field (or CSV column) as written, the fields allowed there, and the nearest of them. */
  'unknown-field':
    | {
        readonly field: string;
        readonly parent: string;
        readonly allowed: readonly string[];
        readonly suggestion?: string | undefined;
        /** True when the "field" has spaces and no value: text with a comma in it, unquoted inside `{ }`, split the record. */
        readonly splitByComma?: boolean | undefined;
        /** Where prose that this object cannot hold goes instead, e.g. `the guidance of the document` or `the description of steps[2]`. */
        readonly belongsTo?: string | undefined;
      }
    | { readonly column: string; readonly allowed: readonly string[]; readonly suggestion?: string | undefined };
  /** The types expected (zod's names: `string`, `array`, ...) and the sort of value found; or text that should be a number. */
  'invalid-type':
    | { readonly at: string; readonly expected: readonly string[]; readonly found: FoundType; readonly value?: string | number | boolean | undefined }
    | (FoundValueFields & { readonly expected: 'digits' });
  /**
   * The value and what it must be: one of `allowed`, a whole number, within `minimum` or
   * `maximum`, of a format; or a schema's prose, about a document or (`imported`) a map made by an importer.
   */
  'invalid-value':
    | (FoundValueFields & { readonly allowed: readonly string[]; readonly suggestion?: string | undefined })
    | (FoundValueFields & { readonly expected: 'whole number' })
    | (FoundValueFields & { readonly format: string })
    | { readonly at: string; readonly of: string; readonly minimum: number }
    | { readonly at: string; readonly of: string; readonly maximum: number }
    | SchemaDetailFields
    | (SchemaDetailFields & { readonly imported: true });
  /** The id as written. */
  'invalid-id': FoundValueFields;
  /** The glossary code as written. */
  'invalid-glossary-code': FoundValueFields;
  /** The date as written. */
  'invalid-date': FoundValueFields;
  /** Where the empty title is. */
  'empty-title': { readonly at: string };
  /** The link as written, or a schema's explanation of the scheme it hides. */
  'unsafe-link': FoundValueFields | SchemaDetailFields;
  /** The name declared twice and the other place it is declared. */
  'duplicate-id': DuplicateNameFields;
  /** The code declared twice and the other place it is declared. */
  'duplicate-glossary-code': DuplicateNameFields;
  /** The profile and the code it assigns twice. */
  'duplicate-assignment': { readonly profile: string; readonly code: string };
  /** Nothing beyond the code. */
  'duplicate-value-chain': NoFields;
  /** Nothing beyond the code. */
  'duplicate-model-document': NoFields;
  /** This document's edition, the edition it differs from, and where that is named. */
  'glossary-edition-conflict': { readonly edition: string; readonly otherEdition: string; readonly other: FieldLocation };
  /** The missing parent code, the codes of its children, and a childless sibling that may be the parent misspelt. */
  'missing-parent-code': { readonly parent: string; readonly children: readonly string[]; readonly near?: string | undefined };
  /** The unknown glossary code. */
  'unknown-glossary-code': UnknownNameFields;
  /** The unknown process map. */
  'unknown-map': UnknownNameFields;
  /** The unknown step, the map it should be on, and which end of a flow names it. */
  'unknown-step': UnknownNameFields & { readonly map?: string | undefined; readonly flow?: 'from' | 'to' | undefined };
  /** The unknown lane and the map it should be on. */
  'unknown-lane': UnknownNameFields & { readonly map?: string | undefined };
  /** The unknown stakeholder. */
  'unknown-stakeholder': UnknownNameFields;
  /** The unknown outcome. */
  'unknown-outcome': UnknownNameFields;
  /** The unknown party. */
  'unknown-party': UnknownNameFields;
  /** The unknown item of reference material. */
  'unknown-reference': UnknownNameFields;
  /** The unknown relation kind. */
  'unknown-relation-kind': UnknownNameFields;
  /** The unknown relationship map. */
  'unknown-relationship-map': UnknownNameFields;
  /** The objective or area priority, the id it names, and its framework. */
  'wrong-outcome-level': { readonly element: 'objective' | 'area priority'; readonly id: string; readonly named: string; readonly framework: string };
  /** The maps of the circle, in drilling order, ending where it started. */
  'drill-down-cycle': { readonly cycle: readonly string[] };
  /** The map that is its own ancestor. */
  'parent-cycle': { readonly map: string };
  /** The map that drills, the map it drills into, and that map's declared parent. */
  'parent-mismatch': { readonly map: string; readonly target: string; readonly parent: string };
  /** The map and its end event. */
  'flow-from-end': { readonly map: string; readonly step: string };
  /** The map and its start event. */
  'flow-into-start': { readonly map: string; readonly step: string };
  /** The map and the step with no flow out. */
  'dead-end-step': { readonly map: string; readonly step: string };
  /** The map with no start event. */
  'no-start-event': { readonly map: string };
  /** The map and the step that cannot be reached. */
  'unreachable-step': { readonly map: string; readonly step: string };
  /** The stakeholder and the relation kind. */
  'self-relation': { readonly stakeholder: string; readonly relation: string };
  /** The map and the step. */
  'self-flow': { readonly map: string; readonly step: string };
  /** The map with no steps. */
  'empty-map': { readonly map: string };
  /** The map and its empty lane. */
  'empty-lane': { readonly map: string; readonly lane: string };
  /** The map and the parent it names. */
  'parent-not-linked': { readonly map: string; readonly parent: string };
  /** The image's address. */
  'remote-image': { readonly url: string };
  /** The link as written, the path in the model folder it names, and whether that is outside the folder. */
  'missing-reference-file': { readonly href: string; readonly path: string; readonly outside: boolean };
  /** The collaboration and what its cost split adds up to, in percent. */
  'cost-split-total': { readonly collaboration: string; readonly total: number };
  /** The business area and its dates. */
  'date-order': { readonly area: string; readonly start: string; readonly due: string };
  /** The unknown role and its scenario. */
  'unknown-role': UnknownNameFields & { readonly scenario?: string | undefined };
  /** The unknown objective and its scenario. */
  'unknown-objective': UnknownNameFields & { readonly scenario?: string | undefined };
  /** The unknown module and its scenario. */
  'unknown-module': UnknownNameFields & { readonly scenario?: string | undefined };
  /** The scenario and the module no branch leads to. */
  'unreachable-module': { readonly scenario: string; readonly module: string };
  /** The scenario and a module from which the end cannot be reached. */
  'scenario-no-end': { readonly scenario: string; readonly module: string };
  /** The scenario and the objective nothing assesses. */
  'unassessed-objective': { readonly scenario: string; readonly objective: string };
  /** The inject, its planned time, and its module's planned window in minutes from the start. */
  'inject-outside-module': { readonly inject: string; readonly time: number; readonly module: string; readonly start: number; readonly end: number };
  /** Where the placeholder is. */
  'scenario-placeholder': { readonly at: string };
  /** The profile and the top entry of the gap. */
  'accountability-gap': { readonly profile: string; readonly code: string };
  /** The profile, the entry and the parties all named accountable. */
  'accountability-overlap': { readonly profile: string; readonly code: string; readonly parties: readonly string[] };
  /** The profile, the entry, and the only accountable party with what it is. */
  'accountable-not-answerable': {
    readonly profile: string;
    readonly code: string;
    readonly party: string;
    readonly type: 'collaboration-unit' | 'partner' | 'panel';
  };
  /** The profile and the entry nobody is responsible for. */
  'accountable-without-responsible': { readonly profile: string; readonly code: string };
  /** The collaboration, the business area and its lead. */
  'lead-not-member': { readonly collaboration: string; readonly area: string; readonly party: string };
  /** The collaboration and the party named in its cost split. */
  'cost-share-not-partner': { readonly collaboration: string; readonly party: string };
  /** The map, the step, its glossary code and its lane's party. */
  'lane-party-not-assigned': { readonly map: string; readonly step: string; readonly code: string; readonly party: string };
  /** The change (its number from 1 and its kind), and the name it gives that the model does not have, with the map a step or lane should be on. */
  'change-target-missing': ChangeFields & UnknownNameFields & { readonly map?: string | undefined };
  /** The change, what it changes, what it expects to find there and what it found. */
  'change-conflict': ChangeFields & { readonly target: string; readonly expected: string; readonly found: string };
  /** The change after which the result first has the error, and the error's code, message, document and path in it. */
  'change-set-breaks-model': ChangeFields & { readonly problem: string; readonly detail: string; readonly document: string; readonly path: string };
  /** The change, what it changes, and why the result is not valid. */
  'change-invalid': ChangeFields & { readonly target: string; readonly detail: string };
}

/** Which change of a change set a diagnostic is about. */
export interface ChangeFields {
  /** The change set. */
  readonly changeSet: string;
  /** The change's number in the list, counting from 1. */
  readonly number: number;
  /** The kind of change, such as `move-step`. */
  readonly change: string;
}

/**
 * The fields of each diagnostic code. Indexing {@link DiagnosticFieldsByCode} by every code
 * makes a code without fields a compile error.
 */
export type DiagnosticFields = { readonly [C in DiagnosticCode]: DiagnosticFieldsByCode[C] };

/** A code with its fields, correlated: what a stage hands on before the problem is given a place. */
export type CodedFields<C extends DiagnosticCode = DiagnosticCode> = { [K in C]: { readonly code: K; readonly fields: DiagnosticFields[K] } }[C];

/** The codes of names used but not declared, whose fields a checker builds from the name alone. */
export type UnknownNameCode = { [C in DiagnosticCode]: UnknownNameFields extends DiagnosticFields[C] ? C : never }[DiagnosticCode];
