import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { CachedLayoutEngine } from '../layout/cached-layout-engine.js';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { sampleModel } from '../testing/sample-model.js';
import { flowsInFocus } from './flows-in-focus.js';
import { FOCUS_NAME_SUFFIX, focusName } from './focus-rule.js';
import { renderMap } from './render-map.js';

const model = sampleModel();
const engine = new CachedLayoutEngine(new ElkLayoutEngine());

type Node = Record<string, unknown>;
function groups(svg: string): Array<Record<string, string>> {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(svg) as Node[];
  const found: Array<Record<string, string>> = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      if ('g' in node && (attrs['data-step'] !== undefined || attrs['data-from'] !== undefined)) found.push(attrs);
      for (const [key, value] of Object.entries(node)) if (key !== ':@' && Array.isArray(value)) walk(value as Node[]);
    }
  };
  walk(doc);
  return found;
}

describe('process map focus', () => {
  it('marks exactly the focus steps, names them "focus step" and dims every other shape and flow', async () => {
    // given
    const focus = ['plan', 'analysis'];
    // when
    const { svg } = await renderMap(model, 'engage-consult', { engine, focus });
    // then
    const all = groups(svg);
    const shapes = all.filter((g) => g['data-step'] !== undefined);
    const focused = shapes.filter((g) => g.class?.split(' ').includes('focus-step'));
    expect(focused.map((g) => g['data-step']).sort()).toEqual([...focus].sort());
    for (const g of focused) expect(g['aria-label']).toMatch(/, focus step$/);
    const others = shapes.filter((g) => !focus.includes(g['data-step'] ?? ''));
    expect(others.length).toBeGreaterThan(0);
    for (const g of others) {
      expect(g.class?.split(' ')).toContain('dimmed');
      expect(g['aria-label']).not.toMatch(/focus step/);
    }
    const flows = all.filter((g) => g['data-from'] !== undefined);
    for (const f of flows)
      expect(f.class === 'flow', `${f['data-from']}→${f['data-to']}`).toBe(focus.includes(f['data-from'] ?? '') && focus.includes(f['data-to'] ?? ''));
    expect(svg.match(/class="focus-mark"/g)?.length).toBe(2);
  });

  it('draws the same map as without the option when none is given, and has the same geometry with a focus', async () => {
    const plain = await renderMap(model, 'engage-consult', { engine });
    const unfocused = await renderMap(model, 'engage-consult', { engine, focus: [] });
    expect(plain.svg).not.toMatch(/focus-step|dimmed|focus-mark/);
    expect(unfocused.shapes).toEqual(plain.shapes);
    expect(unfocused.svg).not.toMatch(/focus-step|focus-mark/);
  });

  it('prefixes the shape ids when asked, so that one page can show the same map twice', async () => {
    const { svg } = await renderMap(model, 'engage-consult', { engine, focus: ['plan'], shapeIdPrefix: 'm1-' });
    expect(svg).toContain('id="m1-step-plan"');
    expect(svg).not.toMatch(/id="step-/);
  });

  it('names, without drawing, the flows a drawing with the focus draws bright, by their place among its flows', async () => {
    for (const focus of [['plan', 'analysis'], ['plan'], [], model.maps.find((m) => m.id === 'engage-consult')?.steps.map((s) => s.id) ?? []]) {
      const { svg } = await renderMap(model, 'engage-consult', { engine, focus });
      const bright = groups(svg)
        .filter((g) => g['data-from'] !== undefined)
        .flatMap((g, i) => (g.class === 'flow' ? [i] : []));
      expect(flowsInFocus(model, 'engage-consult', focus), focus.join(' ')).toEqual(bright);
    }
    expect(flowsInFocus(model, 'engage-consult', ['plan', 'analysis']).length).toBeGreaterThan(0);
  });

  it('names a step in focus with the suffix once, and takes it off again', () => {
    expect(focusName('Activity: Plan', true)).toBe(`Activity: Plan${FOCUS_NAME_SUFFIX}`);
    expect(focusName(`Activity: Plan${FOCUS_NAME_SUFFIX}`, true)).toBe(`Activity: Plan${FOCUS_NAME_SUFFIX}`);
    expect(focusName(`Activity: Plan${FOCUS_NAME_SUFFIX}`, false)).toBe('Activity: Plan');
    expect(focusName('Activity: Plan', false)).toBe('Activity: Plan');
  });
});
