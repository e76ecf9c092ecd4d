import type { ModelDocumentOf } from '../schema/documents.js';
import { processMapKind } from './process-map.js';
import { selectAll, type Path } from './selector.js';

/**
 * Where a process map drills down into other maps: the references its kind declares as
 * `drills-into` edges, read from the registry so the rule is stated once.
 */
export function drillDowns(map: Omit<ModelDocumentOf<'process-map'>, 'kind'>): Array<{ readonly target: string; readonly path: Path }> {
  const rules = processMapKind.references.filter((rule) => typeof rule.edge === 'object' && rule.edge.kind === 'drills-into');
  const found: Array<{ target: string; path: Path }> = [];
  selectAll(rules, map, (_rule, use) => typeof use.value === 'string' && found.push({ target: use.value, path: use.path }));
  return found;
}
