import { documentsOf, type CheckContext } from './context.js';

/** Checks that no relation joins a stakeholder to itself. */
export function checkRelationshipMaps(ctx: CheckContext): void {
  for (const { data, origin } of documentsOf(ctx, 'relationship-map')) {
    data.relations.forEach((relation, i) => {
      if (relation.from === relation.to)
        ctx.report('self-relation', { stakeholder: relation.from, relation: relation.kind }, { origin, path: ['relations', i] });
    });
  }
}
