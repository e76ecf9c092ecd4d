import { drillDowns } from '../kinds/drill-downs.js';
import type { DocumentOrigin } from '../load/source.js';
import { documentsOf, type CheckContext, type Site } from './context.js';

/**
 * Checks the map hierarchy: drilling down through sub-processes must never come back to where
 * it started, parents must not form a circle, a sub-process's declared parent should be the
 * map that drills into it, and a declared parent should drill into its child.
 */
export function checkDrillDown(ctx: CheckContext): void {
  const maps = documentsOf(ctx, 'process-map');
  const drills = new Map<string, Array<{ target: string; site: Site }>>();
  for (const { data, origin } of maps) {
    drills.set(
      data.id,
      drillDowns(data).map(({ target, path }) => ({ target, site: { origin, path } })),
    );
  }
  const parents = new Map<string, string | undefined>(maps.map((m) => [m.data.id, m.data.parent]));
  // Maps whose drill-downs are not all known: steps were cut for their own mistakes, or a step
  // drills into a map that does not exist (perhaps this one, misspelt).
  const uncertain = new Set(maps.filter((m) => m.repaired === true || (drills.get(m.data.id) ?? []).some((d) => !parents.has(d.target))).map((m) => m.data.id));

  // Depth-first search with three colours: a drill into a map still on the stack closes a cycle.
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    stack.push(id);
    for (const { target, site } of drills.get(id) ?? []) {
      const loopAt = stack.indexOf(target);
      if (loopAt >= 0) {
        ctx.report('drill-down-cycle', { cycle: [...stack.slice(loopAt), target] }, site);
      } else if (!done.has(target) && drills.has(target)) {
        visit(target);
      }
    }
    stack.pop();
    done.add(id);
  };
  for (const id of drills.keys()) if (!done.has(id)) visit(id);

  for (const { data, origin } of maps) {
    const seen = new Set<string>([data.id]);
    let inCycle = false;
    for (let parent: string | undefined = data.parent; parent !== undefined; parent = parents.get(parent)) {
      if (seen.has(parent)) {
        ctx.report('parent-cycle', { map: data.id }, { origin, path: ['parent'] });
        inCycle = true;
        break;
      }
      seen.add(parent);
    }
    if (!inCycle) checkParentLinks(ctx, data, origin, drills, uncertain);
    for (const { target, site } of drills.get(data.id) ?? []) {
      const declared = parents.get(target);
      if (declared !== undefined && declared !== data.id && parents.has(target)) {
        ctx.report('parent-mismatch', { map: data.id, target, parent: declared }, site);
      }
    }
  }
}

/**
 * A map whose `parent` never drills into it cannot be reached by drilling down from that parent.
 * When another map drills into it, `parent-mismatch` already says so at that drill-down; a
 * parent that does not exist is reported as unknown; a parent whose drill-downs are uncertain
 * may well mean this map: none of them is reported again here.
 */
function checkParentLinks(
  ctx: CheckContext,
  data: { readonly id: string; readonly parent?: string | undefined },
  origin: DocumentOrigin,
  drills: ReadonlyMap<string, ReadonlyArray<{ target: string }>>,
  uncertain: ReadonlySet<string>,
): void {
  const parent = data.parent;
  if (parent === undefined || parent === data.id || uncertain.has(parent)) return;
  const fromParent = drills.get(parent);
  if (fromParent === undefined || fromParent.some((d) => d.target === data.id)) return;
  const elsewhere = [...drills.values()].some((list) => list.some((d) => d.target === data.id));
  if (elsewhere) return;
  ctx.report('parent-not-linked', { map: data.id, parent }, { origin, path: ['parent'] });
}
