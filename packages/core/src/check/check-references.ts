import { kindDefinitions } from '../kinds/registry.js';
import { REFERENCEABLE } from '../kinds/namespaces.js';
import { selectAll } from '../kinds/selector.js';
import type { CheckContext } from './context.js';

/** Checks that every name used in the model is declared somewhere: each reference the registry states, item by item. */
export function checkReferences(ctx: CheckContext): void {
  for (const definition of kindDefinitions()) {
    const rules = definition.references.filter((rule) => rule.checked !== false);
    for (const { kind, data, origin } of ctx.documents) {
      if (kind !== definition.kind) continue;
      selectAll(rules, data, (rule, found) => {
        if (typeof found.value === 'string') ctx.expect(rule.to, found.value, { origin, path: found.path }, REFERENCEABLE[rule.to].unknown);
      });
    }
  }
}
