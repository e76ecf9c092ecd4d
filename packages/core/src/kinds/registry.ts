import type { CheckContext, NamespaceName } from '../check/context.js';
import type { NodeAttributes } from '../graph/graph-types.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { Model } from '../model/model.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../schema/documents.js';
import { accountabilityProfileKind } from './accountability-profile.js';
import { changeSetKind } from './change-set.js';
import { collaborationKind } from './collaboration.js';
import { glossaryKind } from './glossary.js';
import type { EdgeRule, GraphEdge, KindDefinition, SummaryLine } from './kind-definition.js';
import { manifestKind } from './manifest.js';
import type { ReferenceableNamespace } from './namespaces.js';
import { outcomeFrameworkKind } from './outcome-framework.js';
import { partiesKind } from './parties.js';
import { processMapKind } from './process-map.js';
import { referencesKind } from './references.js';
import { relationKindsKind } from './relation-kinds.js';
import { relationshipMapKind } from './relationship-map.js';
import { scenarioKind } from './scenario.js';
import { stakeholdersKind } from './stakeholders.js';
import { valueChainKind } from './value-chain.js';

/**
 * Every kind of document, by kind. The mapped type makes a kind that is not registered here a
 * compile error. They are listed in the order the summary prints its lines.
 */
export const KINDS: { readonly [K in DocumentKind]: KindDefinition<K> } = {
  'value-chain': valueChainKind,
  'process-map': processMapKind,
  glossary: glossaryKind,
  parties: partiesKind,
  'accountability-profile': accountabilityProfileKind,
  stakeholders: stakeholdersKind,
  'relationship-map': relationshipMapKind,
  'outcome-framework': outcomeFrameworkKind,
  references: referencesKind,
  collaboration: collaborationKind,
  scenario: scenarioKind,
  'change-set': changeSetKind,
  model: manifestKind,
  'relation-kinds': relationKindsKind,
};

/**
 * A definition as the stages use it, whatever its kind: each kind's file is typed by its own
 * documents, and a stage hands each definition only documents of that kind.
 */
export interface KindStage {
  readonly kind: DocumentKind;
  readonly names: ReadonlyArray<{ readonly at: string; readonly namespace: NamespaceName }>;
  readonly declare?: (ctx: CheckContext, documents: ReadonlyArray<ParsedDocument>) => void;
  readonly references: ReadonlyArray<{ readonly at: string; readonly to: ReferenceableNamespace; readonly edge?: EdgeRule; readonly checked?: false }>;
  readonly checks: ReadonlyArray<(ctx: CheckContext) => void>;
  readonly nodes: ReadonlyArray<{ readonly at: string; readonly node: (item: unknown, document: unknown) => NodeAttributes; readonly contained?: true }>;
  readonly edges?: (document: unknown) => ReadonlyArray<GraphEdge>;
  readonly fromModel: (model: Model) => ReadonlyArray<unknown>;
  readonly assemble: (documents: ReadonlyArray<unknown>) => Partial<Model>;
  readonly summary?: SummaryLine;
  readonly usage?: KindDefinition<DocumentKind>['usage'];
}

/** The definition of one kind, as the stages use it. */
export function kindStage(kind: DocumentKind): KindStage {
  const definition = KINDS[kind] as KindDefinition<typeof kind>;
  return { names: [], references: [], checks: [], nodes: [], ...(definition as unknown as Partial<KindStage>), kind } as KindStage;
}

/**
 * The definitions in the documents' canonical order ({@link DOCUMENT_KINDS}): the order the
 * stages declare, check, assemble and write them out in.
 */
export function kindDefinitions(): readonly KindStage[] {
  // Made once: every load, check and query walks them.
  return (canonical ??= DOCUMENT_KINDS.map(kindStage));
}

/** The definitions in the order they are registered: the order of the summary's lines. */
export function kindsAsRegistered(): readonly KindStage[] {
  return (registered ??= (Object.keys(KINDS) as DocumentKind[]).map(kindStage));
}

let canonical: readonly KindStage[] | undefined;
let registered: readonly KindStage[] | undefined;
