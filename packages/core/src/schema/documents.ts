import type { z } from 'zod';
import { ChangeSetDocument } from './change-set.js';
import { CollaborationDocument } from './collaboration.js';
import { GlossaryDocument } from './glossary.js';
import { ModelDocument } from './manifest.js';
import { OutcomeFrameworkDocument } from './outcome-framework.js';
import { PartiesDocument } from './parties.js';
import { ProcessMapDocument } from './process-map.js';
import { ProfileDocument } from './profile.js';
import { ReferencesDocument } from './references.js';
import { ScenarioDocument } from './scenario.js';
import { RelationKindsDocument, RelationshipMapDocument, StakeholdersDocument } from './stakeholders.js';
import { ValueChainDocument } from './value-chain.js';

const SCHEMAS = {
  model: ModelDocument,
  glossary: GlossaryDocument,
  parties: PartiesDocument,
  'accountability-profile': ProfileDocument,
  'value-chain': ValueChainDocument,
  'process-map': ProcessMapDocument,
  stakeholders: StakeholdersDocument,
  'relationship-map': RelationshipMapDocument,
  'relation-kinds': RelationKindsDocument,
  'outcome-framework': OutcomeFrameworkDocument,
  references: ReferencesDocument,
  collaboration: CollaborationDocument,
  scenario: ScenarioDocument,
  'change-set': ChangeSetDocument,
} as const;

/** The `kind` a document declares. */
export type DocumentKind = keyof typeof SCHEMAS;
/** The document kinds, in the order they are described in the docs. */
export const DOCUMENT_KINDS = Object.keys(SCHEMAS) as DocumentKind[];

/** A document as a person writes it, before defaults are filled in. */
export type DocumentInput<K extends DocumentKind = DocumentKind> = K extends DocumentKind ? z.input<(typeof SCHEMAS)[K]> : never;
/** A validated document with defaults filled in and ids branded. */
export type ModelDocumentOf<K extends DocumentKind = DocumentKind> = K extends DocumentKind ? z.output<(typeof SCHEMAS)[K]> : never;

/**
 * The zod schema of every kind of document, to validate a document in code; the loader uses
 * the same schemas.
 */
export const documentSchemas: { readonly [K in DocumentKind]: z.ZodType<ModelDocumentOf<K>, DocumentInput<K>> } = SCHEMAS;

/**
 * Tells whether a string names a document kind.
 * @example
 * ```ts
 * isDocumentKind('process-map'); // true
 * isDocumentKind('map'); // false
 * ```
 */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(SCHEMAS, value);
}

/** A document's fields apart from `kind` (and `$schema`), as validated: the body of a model part. */
export type DocumentBody<K extends DocumentKind> = Omit<ModelDocumentOf<K>, 'kind' | '$schema'>;

/** A document's fields apart from `kind`, as written: what the builder's methods take. */
export type DocumentBodyInput<K extends DocumentKind> = Omit<DocumentInput<K>, 'kind'>;
