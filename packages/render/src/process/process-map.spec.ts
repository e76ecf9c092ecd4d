import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { CachedLayoutEngine } from '../layout/cached-layout-engine.js';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { generatedProcessModel } from '../testing/generated-map.js';
import { flowLabelProblems, laneProblems, processMapProblems } from '../testing/map-geometry.js';
import { buildOrThrow, sampleModel } from '../testing/sample-model.js';
import { ModelBuilder } from '@opcc/core';
import { layoutProcessMap } from './layout-process-map.js';
import { mapLayoutInput } from './map-layout-input.js';
import { renderMap } from './render-map.js';
import { LANE_PAD } from './vertical-placement.js';

const model = sampleModel();
const engine = new CachedLayoutEngine(new ElkLayoutEngine());

type Node = Record<string, unknown>;
function shapeGroups(svg: string): Node[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(svg) as Node[];
  const found: Node[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      if ('g' in node && attrs['data-step'] !== undefined) found.push(attrs);
      for (const [key, value] of Object.entries(node)) if (key !== ':@' && Array.isArray(value)) walk(value as Node[]);
    }
  };
  walk(doc);
  return found;
}

describe('process map layout', () => {
  it('places every step without overlaps, inside its lane, with labels that fit and flows that join their shapes', async () => {
    // given the sample map with every step kind, three lanes, a loop back and a skip
    const laidOut = await layoutProcessMap(mapLayoutInput(model, 'engage-consult'), engine);
    // then
    expect(processMapProblems(laidOut)).toEqual([]);
    expect(laidOut.steps.map((s) => s.step.kind).sort()).toEqual(
      ['activity', 'activity', 'activity', 'decision', 'end', 'output', 'output', 'reference', 'start', 'sub-process'].sort(),
    );
  });

  it('keeps each lane a horizontal band, in the order the map lists lanes, each with its title', async () => {
    const laidOut = await layoutProcessMap(mapLayoutInput(model, 'engage-consult'), engine);
    const tops = laidOut.lanes.map((l) => l.box.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(laidOut.lanes.map((l) => l.lane.title)).toEqual(['Office of the PCC', 'Force', 'Community safety partners']);
    for (let i = 1; i < laidOut.lanes.length; i++) {
      const above = laidOut.lanes[i - 1]?.box;
      expect(above === undefined ? Number.NaN : above.y + above.height).toBeCloseTo(laidOut.lanes[i]?.box.y ?? 0, 5);
    }
  });

  it('runs left to right: every forward flow ends to the right of where it starts', async () => {
    const laidOut = await layoutProcessMap(mapLayoutInput(model, 'engage-consult'), engine);
    const x = new Map(laidOut.steps.map((s) => [s.step.id as string, s.box.x]));
    expect(x.get('start')).toBeLessThan(x.get('plan') ?? 0);
    expect(x.get('plan')).toBeLessThan(x.get('analysis') ?? 0);
    expect(x.get('mandate')).toBeLessThan(x.get('framework') ?? 0);
    expect(x.get('framework')).toBeLessThan(x.get('end') ?? 0);
  });

  it('lays out generated maps of several sizes without geometric problems, label clashes or lanes taller than their content', async () => {
    for (const size of [10, 50, 120]) {
      const m = generatedProcessModel(size, 4);
      const laidOut = await layoutProcessMap(mapLayoutInput(m, 'generated'), engine);
      expect(processMapProblems(laidOut), `size ${size}`).toEqual([]);
      expect(flowLabelProblems(laidOut), `size ${size}`).toEqual([]);
      expect(laneProblems(laidOut, LANE_PAD), `size ${size}`).toEqual([]);
    }
  });

  it('writes a yes/no decision’s answers beside the diamond, on the side each flow turns to', async () => {
    const laidOut = await layoutProcessMap(mapLayoutInput(model, 'engage-consult'), engine);
    const enough = laidOut.steps.find((s) => s.step.id === 'enough');
    const answers = laidOut.flows.filter((f) => f.flow.from === 'enough');
    expect(answers.map((f) => f.flow.label?.lines.join(' ')).sort()).toEqual(['No', 'Yes']);
    for (const f of answers) {
      const label = f.label;
      expect(label, f.flow.id).toBeDefined();
      // Just right of the diamond's right corner, nearer it than the shape the flow enters.
      const right = (enough?.box.x ?? 0) + (enough?.box.width ?? 0);
      expect(label?.x ?? 0).toBeGreaterThan(right);
      expect((label?.x ?? 0) - right).toBeLessThan(20);
    }
  });

  it('widens a channel where long labels would cover each other, so that they sit side by side, each beside its arrow', async () => {
    // Two long labels on straight flows into steps stacked in the next layer: at the usual width one would cover the other.
    const words = (w: string) => Array.from({ length: 14 }, (_, i) => `${w}${i}`).join(' ');
    const m = buildOrThrow(
      new ModelBuilder().manifest({ title: 'Long labels' }).processMap({
        id: 'm',
        title: 'Long labels side by side',
        steps: [
          { id: 'start', kind: 'start', title: 'Start' },
          { id: 'a', kind: 'output', title: 'A' },
          { id: 'b', kind: 'output', title: 'B' },
          { id: 't1', kind: 'output', title: 'T1' },
          { id: 't2', kind: 'output', title: 'T2' },
          { id: 'end', kind: 'end', title: 'End' },
        ],
        flows: [
          { from: 'start', to: 'a' },
          { from: 'start', to: 'b' },
          { from: 'a', to: 't1', label: words('alpha') },
          { from: 'b', to: 't2', label: words('beta') },
          { from: 't1', to: 'end' },
          { from: 't2', to: 'end' },
        ],
      }),
    );
    const laidOut = await layoutProcessMap(mapLayoutInput(m, 'm'), engine);
    expect(flowLabelProblems(laidOut)).toEqual([]);
    const [alpha, beta] = laidOut.flows.filter((f) => f.label !== undefined).map((f) => f.label);
    if (alpha === undefined || beta === undefined) throw new Error('both flows are labelled');
    // Taller than the gap between the two arrows, so they can only be side by side.
    expect(alpha.height + beta.height).toBeGreaterThan(Math.abs(alpha.y - beta.y) + 14);
    expect(alpha.x >= beta.x + beta.width || beta.x >= alpha.x + alpha.width).toBe(true);
  });

  it('finds labels that cover a shape or each other, and lanes taller than their content, when there are some', async () => {
    const laidOut = await layoutProcessMap(mapLayoutInput(model, 'engage-consult'), engine);
    const [first, second] = laidOut.flows.filter((f) => f.label !== undefined);
    const shape = laidOut.steps[1]?.box;
    if (first === undefined || second === undefined || shape === undefined) throw new Error('the sample map has two labelled flows');
    const broken = {
      ...laidOut,
      flows: laidOut.flows.map((f) => (f === first ? { ...f, label: shape } : f === second ? { ...f, label: { ...shape, x: shape.x + 1 } } : f)),
      lanes: laidOut.lanes.map((l, i) => (i === 0 ? { ...l, box: { ...l.box, height: l.box.height + 40 } } : l)),
    };
    expect(flowLabelProblems(broken).join('\n')).toMatch(/covers plan[\s\S]*covers the label of/);
    expect(laneProblems(broken, LANE_PAD)).toHaveLength(1);
  });

  it('leaves out a lane no step is in, and its legend entry', async () => {
    const m = buildOrThrow(
      new ModelBuilder().manifest({ title: 'Empty lane' }).processMap({
        id: 'm',
        title: 'A map with an empty lane',
        lanes: [
          { id: 'opcc', title: 'OPCC' },
          { id: 'panel', title: 'Police and Crime Panel' },
          { id: 'force', title: 'Force' },
        ],
        steps: [
          { id: 'start', kind: 'start', title: 'Start' },
          { id: 'draft', kind: 'decision', title: 'Ready?', lane: 'opcc' },
          { id: 'act', kind: 'output', title: 'Force plan', lane: 'force' },
          { id: 'end', kind: 'end', title: 'End' },
        ],
        flows: [
          { from: 'start', to: 'draft' },
          { from: 'draft', to: 'act', condition: 'yes: all agree' },
          { from: 'draft', to: 'end', condition: 'no' },
          { from: 'act', to: 'end' },
        ],
      }),
    );
    const laidOut = await layoutProcessMap(mapLayoutInput(m, 'm'), engine);
    expect(laidOut.lanes.map((l) => l.lane.id)).toEqual(['opcc', 'force']);
    expect(laidOut.input.legend.lanes.map((l) => l.label)).toEqual(['OPCC', 'Force']);
    expect(laidOut.steps.find((s) => s.step.id === 'act')?.step.lane).toBe(1);
    expect(laneProblems(laidOut, LANE_PAD)).toEqual([]);
    const { svg } = await renderMap(m, 'm', { engine });
    expect(svg).not.toContain('Police and Crime Panel');
  });

  it("leaves the key of a map's only lane out of a page's drawing, which its header says, and keeps it in a drawing on its own", async () => {
    const m = buildOrThrow(
      new ModelBuilder().manifest({ title: 'One lane' }).processMap({
        id: 'm',
        title: 'A map with one lane',
        lanes: [{ id: 'opcc', title: 'OPCC' }],
        steps: [
          { id: 'start', kind: 'start', title: 'Start', lane: 'opcc' },
          { id: 'act', kind: 'activity', title: 'Act', lane: 'opcc' },
          { id: 'end', kind: 'end', title: 'End', lane: 'opcc' },
        ],
        flows: [
          { from: 'start', to: 'act' },
          { from: 'act', to: 'end' },
        ],
      }),
    );
    const laidOut = await layoutProcessMap(mapLayoutInput(m, 'm'), engine);
    const alone = await renderMap(m, 'm', { engine });
    const page = await renderMap(m, 'm', { engine, styling: 'classes' });
    const height = (svg: string) => Number(/<svg [^>]*height="([\d.]+)"/.exec(svg)?.[1]);
    expect(alone.svg).toContain('<g class="legend"');
    expect(alone.height).toBe(laidOut.height);
    expect(height(alone.svg)).toBe(laidOut.height);
    expect(page.svg).not.toContain('class="legend"');
    expect(page.svg).toContain('>OPCC</text></g></g>');
    // The drawing ends a margin below its lane, where the legend would have begun.
    expect(page.height).toBe(laidOut.legend.y);
    expect(height(page.svg)).toBe(page.height);
    expect(page.height).toBeLessThan(alone.height);
    // A map of several lanes keeps its key on a page too.
    expect((await renderMap(model, 'engage-consult', { engine, styling: 'classes' })).svg).toContain('<g class="legend"');
  });

  it('lays out a 1,000-step map with a warning that a simpler strategy was used', async () => {
    const m = generatedProcessModel(1000, 5);
    const laidOut = await layoutProcessMap(mapLayoutInput(m, 'generated'), new ElkLayoutEngine());
    expect(laidOut.steps).toHaveLength(1000);
    expect(laidOut.warnings.join(' ')).toMatch(/simpler layout/);
    expect(processMapProblems(laidOut)).toEqual([]);
  });
});

describe('renderMap', () => {
  it('gives every shape its step id, kind, focus and an accessible name with kind, title and code', async () => {
    const { svg, shapes } = await renderMap(model, 'engage-consult', { engine });
    const groups = shapeGroups(svg);
    expect(groups.map((g) => g['data-step']).sort()).toEqual(Object.keys(shapes).sort());
    for (const g of groups) {
      expect(g.id).toBe(`step-${String(g['data-step'])}`);
      expect(g.tabindex).toBe('0');
      expect(g['data-kind']).toBeTypeOf('string');
      expect(String(g['aria-label'])).not.toBe('');
    }
    const plan = groups.find((g) => g['data-step'] === 'plan');
    expect(plan?.['aria-label']).toBe('Activity 1.1.1: Plan engagement');
    expect(groups.find((g) => g['data-step'] === 'analysis')?.['data-drill']).toBe('stakeholder-analysis');
  });

  it('lists shapes in flow order: the start first, then breadth-first along flows', async () => {
    const { svg } = await renderMap(model, 'engage-consult', { engine });
    expect(shapeGroups(svg).map((g) => g['data-step'])).toEqual([
      'start',
      'plan',
      'analysis',
      'framework',
      'consult',
      'force-view',
      'end',
      'enough',
      'guide',
      'mandate',
    ]);
  });

  it('has a root with a role, a title and a description', async () => {
    const { svg } = await renderMap(model, 'engage-consult', { engine });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="group" aria-labelledby="map-engage-consult-title"/);
    expect(svg).toContain('<title id="map-engage-consult-title">Engage &amp; Consult</title>');
    expect(svg).toMatch(/<desc id="map-engage-consult-desc">Process map with 10 shapes/);
  });

  it('gives byte-identical SVG for the same input, with a fresh engine or a cached one', async () => {
    const a = await renderMap(model, 'engage-consult', { engine: new ElkLayoutEngine() });
    const b = await renderMap(model, 'engage-consult', { engine: new ElkLayoutEngine() });
    const c = await renderMap(model, 'engage-consult', { engine });
    expect(b.svg).toBe(a.svg);
    expect(c.svg).toBe(a.svg);
  });

  it('colours activities by accountable party under a profile, and says who in the name and the legend', async () => {
    const { svg } = await renderMap(model, 'engage-consult', { engine, profile: 'northshire' });
    const consult = shapeGroups(svg).find((g) => g['data-step'] === 'consult');
    expect(consult?.['aria-label']).toBe(
      'Activity 1.1.3: Consult the public and partners on priorities, Accountable: Police and Crime Commissioner and Community Safety Partnership',
    );
    expect(svg).toContain('Accountable (Northshire)');
    expect(svg).toContain('Shared accountability');
  });

  it('keeps a decision’s full condition with its arrow, in its title, and draws only the answer', async () => {
    const { svg } = await renderMap(model, 'engage-consult', { engine });
    const flow = /<g class="flow" data-from="enough" data-to="plan"><title>No: gather more<\/title>(.*?)<\/g>/.exec(svg);
    expect(flow).not.toBeNull();
    expect(flow?.[1]).toMatch(/>No<\/text>/);
    expect(flow?.[1]).not.toContain('gather more');
    // A label with no condition behind it is drawn, and not said again in a title.
    expect(svg).toMatch(
      /<g class="flow" data-from="plan" data-to="framework"><path class="arrow-line"[^>]*\/><path class="arrow-head"[^>]*\/><rect [^>]*\/> <text [^>]*>timetable<\/text><\/g>/,
    );
  });

  it('gives layout each flow’s words once: the answer to draw and the full condition as its title, no more', () => {
    const flow = mapLayoutInput(model, 'engage-consult').flows.find((f) => f.from === 'enough' && f.to === 'plan');
    expect(flow?.title).toBe('No: gather more');
    expect(flow?.label?.lines).toEqual(['No']);
    expect(Object.keys(flow ?? {}).sort()).toEqual(['from', 'id', 'label', 'title', 'to']);
  });

  it('draws each lane header in a group of its own, with the lane id, after the lanes’ content', async () => {
    const { svg } = await renderMap(model, 'engage-consult', { engine });
    const headers = [...svg.matchAll(/<g class="lane-header" data-lane="([^"]+)"><rect [^>]*\/>.*?<\/g>/g)].map((m) => m[1]);
    expect(headers).toEqual(['opcc', 'force', 'partners']);
    expect(svg.indexOf('<g class="lane-headers">')).toBeGreaterThan(svg.indexOf('<g class="shapes">'));
    expect(svg.indexOf('<g class="lane-headers">')).toBeLessThan(svg.indexOf('class="legend'));
    expect([...svg.matchAll(/<g class="lane" data-lane="([^"]+)">/g)].map((m) => m[1])).toEqual(['opcc', 'force', 'partners']);
  });

  it('throws NotFoundError for an unknown map or profile', async () => {
    await expect(renderMap(model, 'nope', { engine })).rejects.toThrow(/nope/);
    await expect(renderMap(model, 'engage-consult', { engine, profile: 'nope' })).rejects.toThrow(/nope/);
  });
});
