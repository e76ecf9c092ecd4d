import { documentsOf, type CheckContext, type Site } from './context.js';

/**
 * Checks the map hierarchy: drilling down through sub-processes must never come back to where
 * it started, parents must not form a circle, and a sub-process's declared parent should be
 * the map that drills into it.
 */
export function checkDrillDown(ctx: CheckContext): void {
  const maps = documentsOf(ctx, 'process-map');
  const drills = new Map<string, Array<{ target: string; site: Site }>>();
  for (const { data, origin } of maps) {
    drills.set(
      data.id,
      data.steps.flatMap((step, i) => (step.kind === 'sub-process' ? [{ target: step.map, site: { origin, path: ['steps', i, 'map'] } }] : [])),
    );
  }
  const parents = new Map<string, string | undefined>(maps.map((m) => [m.data.id, m.data.parent]));

  // Depth-first search with three colours: a drill into a map still on the stack closes a cycle.
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    stack.push(id);
    for (const { target, site } of drills.get(id) ?? []) {
      const loopAt = stack.indexOf(target);
      if (loopAt >= 0) {
        ctx.report('drill-down-cycle', `drilling down goes round in a circle: ${[...stack.slice(loopAt), target].join(' → ')}`, site);
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
    for (let parent: string | undefined = data.parent; parent !== undefined; parent = parents.get(parent)) {
      if (seen.has(parent)) {
        ctx.report('parent-cycle', `map "${data.id}" is its own ancestor through its parents`, { origin, path: ['parent'] });
        break;
      }
      seen.add(parent);
    }
    for (const { target, site } of drills.get(data.id) ?? []) {
      const declared = parents.get(target);
      if (declared !== undefined && declared !== data.id && parents.has(target)) {
        ctx.report('parent-mismatch', `map "${data.id}" drills into "${target}", whose parent is "${declared}"`, site);
      }
    }
  }
}
