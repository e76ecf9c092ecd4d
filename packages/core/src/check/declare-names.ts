import { kindDefinitions } from '../kinds/registry.js';
import { selectAll } from '../kinds/selector.js';
import type { CheckContext } from './context.js';

/**
 * Declares every id and code in the model, kind by kind as the registry states them, reporting
 * duplicates. Runs before any reference check.
 */
export function declareNames(ctx: CheckContext): void {
  for (const definition of kindDefinitions()) {
    const documents = ctx.documents.filter((d) => d.kind === definition.kind);
    definition.declare?.(ctx, documents);
    for (const { data, origin } of documents) {
      selectAll(definition.names, data, (rule, found) => {
        if (typeof found.value === 'string') ctx.declare(rule.namespace, found.value, { origin, path: found.path });
      });
    }
  }
}
