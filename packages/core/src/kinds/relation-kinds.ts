import { CODE_ORIGIN } from '../load/source.js';
import { byId } from '../model/assemble-parts.js';
import { BUILT_IN_RELATION_KINDS } from '../schema/relation-kinds.js';
import type { KindDefinition } from './kind-definition.js';

/** Kinds of relationship a model adds to the built-in ones. */
export const relationKindsKind: KindDefinition<'relation-kinds'> = {
  kind: 'relation-kinds',
  // The built-in kinds are declared first, so a document declaring one again is told it is built in.
  declare: (ctx) => {
    for (const kind of BUILT_IN_RELATION_KINDS) ctx.declare('relation kind', kind.id, { origin: CODE_ORIGIN, path: [] });
  },
  names: [{ at: 'kinds[].id', namespace: 'relation kind' }],
  references: [],
  fromModel: (model) => (model.relationKinds.length > 0 ? [{ kinds: [...model.relationKinds] }] : []),
  assemble: (documents) => ({ relationKinds: byId(documents.flatMap((d) => d.kinds)) }),
};
