import type { NamespaceName } from '../check/context.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { nodeKey } from '../graph/node-keys.js';

/** What a reference to a name of a namespace needs: how an unknown one is reported, and the graph node it points at. */
export interface Referenceable {
  readonly unknown: DiagnosticCode;
  /** The graph node a name stands for; none for names the graph does not show. */
  readonly node?: (id: string) => string;
}

/** The namespaces that references can name. */
export const REFERENCEABLE = {
  'glossary code': { unknown: 'unknown-glossary-code', node: nodeKey.glossaryEntry },
  party: { unknown: 'unknown-party', node: nodeKey.party },
  'process map': { unknown: 'unknown-map', node: nodeKey.map },
  stakeholder: { unknown: 'unknown-stakeholder', node: nodeKey.stakeholder },
  'relationship map': { unknown: 'unknown-relationship-map', node: nodeKey.relationshipMap },
  'relation kind': { unknown: 'unknown-relation-kind' },
  outcome: { unknown: 'unknown-outcome', node: nodeKey.outcome },
  reference: { unknown: 'unknown-reference', node: nodeKey.reference },
} as const satisfies { readonly [N in NamespaceName]?: Referenceable };

/** A namespace that references can name. */
export type ReferenceableNamespace = keyof typeof REFERENCEABLE;
