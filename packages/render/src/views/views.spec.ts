import { InvalidIdError, NotFoundError } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { sampleModel } from '../testing/sample-model.js';
import { linesThroughNodes, viewProblems } from '../testing/view-geometry.js';
import { layoutGlossaryTree } from './glossary/layout-glossary-tree.js';
import { layoutOutcomeFramework } from './outcome/layout-outcome-framework.js';
import { layoutPowerInterest } from './power-interest/layout-power-interest.js';
import { quadrantOf } from './power-interest/quadrant.js';
import { layoutRelationshipMap } from './relationship/layout-relationship-map.js';
import { layoutValueChain } from './value-chain/layout-value-chain.js';
import type { LaidOutView } from './view-types.js';

const model = sampleModel();
const engine = new ElkLayoutEngine();
const box = (view: LaidOutView, id: string) => {
  const node = view.nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node.box;
};

describe('value chain', () => {
  const isStage = (n: LaidOutView['nodes'][number]) => n.className.split(' ').includes('segment-stages');
  const view = layoutValueChain(model);
  // Neighbouring chevrons interlock: their boxes overlap by design, their outlines do not (checked below).
  const stageIds = (v: LaidOutView) => v.nodes.filter(isStage).map((n) => n.id);
  const chevrons = (v: LaidOutView) => ({
    mayOverlap: (a: string, b: string) => Math.abs(stageIds(v).indexOf(a) - stageIds(v).indexOf(b)) === 1 && stageIds(v).includes(a) && stageIds(v).includes(b),
  });

  it('has the 2012 shape: bands above the stages, stages left to right, areas, the chain, then supporting processes', () => {
    expect(viewProblems(view, chevrons(view))).toEqual([]);
    const stages = ['engage-consult', 'develop', 'commission', 'monitor'].map((id) => box(view, `segment-${id}`));
    for (let i = 1; i < stages.length; i++) {
      const before = stages[i - 1];
      const after = stages[i];
      expect(after?.x).toBeGreaterThan(before?.x ?? 0);
      // The notch of a chevron (its left edge plus the tip depth) lies right of the tip of the one before.
      expect((after?.x ?? 0) + (view.nodes.find(isStage)?.inset ?? 0)).toBeGreaterThan((before?.x ?? 0) + (before?.width ?? 0));
    }
    const top = (id: string) => box(view, `segment-${id}`).y;
    expect(top('manage-public-engagement')).toBeLessThan(top('engage-consult'));
    expect(top('engage-consult')).toBeLessThan(top('information'));
    expect(top('information')).toBeLessThan(top('mandate'));
    expect(top('mandate')).toBeLessThan(top('finance'));
    expect(box(view, 'segment-mandate').x).toBeLessThan(box(view, 'segment-objectives-priorities').x);
    expect(box(view, 'segment-objectives-priorities').x).toBeLessThan(box(view, 'segment-outcomes').x);
    expect(view.connectors).toHaveLength(2);
  });

  it('follows the model: any number of segments, drill-downs named', () => {
    const chain = model.valueChain;
    if (chain === undefined) throw new Error('sample has a value chain');
    const bigger = { ...model, valueChain: { ...chain, stages: [...chain.stages, { id: 'review', title: 'Review and learn' }] } } as typeof model;
    const v = layoutValueChain(bigger);
    expect(v.nodes.filter(isStage)).toHaveLength(5);
    expect(viewProblems(v, chevrons(v))).toEqual([]);
    const engage = view.nodes.find((n) => n.id === 'segment-engage-consult');
    expect(engage?.data.drill).toBe('engage-consult');
    expect(engage?.name).toBe('Stage: Engage & Consult, opens its process map');
  });
});

describe('relationship maps', () => {
  it('keeps stakeholders apart and joins each relation to its two stakeholders (network)', async () => {
    const view = await layoutRelationshipMap(model, 'accountabilities', engine);
    expect(viewProblems(view)).toEqual([]);
    expect(view.nodes).toHaveLength(7);
    const labels = view.connectors.map((c) => c.label?.text.lines.join(' '));
    expect(labels).toContain('holds to account; appoints');
    expect(labels).toContain('reports on');
  });

  it('lays out a hierarchy top-down: gold above silver above bronze', async () => {
    const view = await layoutRelationshipMap(model, 'gold-group', engine);
    expect(viewProblems(view)).toEqual([]);
    const y = (id: string) => box(view, `stakeholder-${id}`).y;
    expect(y('gold')).toBeLessThan(y('silver'));
    expect(y('silver')).toBeLessThan(y('bronze-a'));
    expect(y('bronze-a')).toBe(y('bronze-b'));
  });
});

describe('power–interest grid', () => {
  const view = layoutPowerInterest(model, 'accountabilities');

  it('puts high influence at the top and high interest on the right, each stakeholder in its quadrant', () => {
    expect(viewProblems(view)).toEqual([]);
    const pcc = box(view, 'stakeholder-pcc');
    const media = box(view, 'stakeholder-media');
    const hmicfrs = box(view, 'stakeholder-hmicfrs');
    const csp = box(view, 'stakeholder-csp');
    expect(pcc.y).toBeLessThan(media.y);
    expect(pcc.x).toBeGreaterThan(media.x);
    expect(hmicfrs.x).toBe(media.x);
    expect(hmicfrs.y).toBeLessThan(media.y);
    expect(csp.x).toBeGreaterThan(media.x);
    expect(view.nodes.find((n) => n.id === 'stakeholder-hmicfrs')?.name).toMatch(/keep satisfied$/);
  });

  it('names the quadrants by the usual rule', () => {
    expect(quadrantOf(5, 5)).toBe('manage-closely');
    expect(quadrantOf(5, 1)).toBe('keep-satisfied');
    expect(quadrantOf(1, 5)).toBe('keep-informed');
    expect(quadrantOf(1, 1)).toBe('monitor');
  });

  it('lists stakeholders without scores beneath the grid', () => {
    const gold = layoutPowerInterest(model, 'gold-group');
    const unscored = gold.nodes.filter((n) => n.name.endsWith('influence and interest not scored')).map((n) => n.id);
    expect(unscored.sort()).toEqual(['stakeholder-bronze-a', 'stakeholder-bronze-b', 'stakeholder-gold', 'stakeholder-silver']);
    const gridBottom = box(gold, 'stakeholder-pcc').y + box(gold, 'stakeholder-pcc').height;
    for (const id of unscored) expect(box(gold, id).y).toBeGreaterThan(gridBottom);
    expect(viewProblems(gold)).toEqual([]);
  });
});

describe('outcome framework', () => {
  it('reads top-down: vision, outcomes, objectives, area priorities', async () => {
    const view = await layoutOutcomeFramework(model, 'community', engine);
    expect(viewProblems(view)).toEqual([]);
    const y = (id: string) => box(view, `outcome-${id}`).y;
    expect(y('safer')).toBeLessThan(y('crime-reduced'));
    expect(y('crime-reduced')).toBeLessThan(y('burglary'));
    expect(y('burglary')).toBeLessThan(y('west-burglary'));
    // asb-hotspots serves two outcomes: two arrows into it.
    expect(view.connectors.filter((c) => c.data?.to === 'asb-hotspots')).toHaveLength(2);
  });
});

describe('glossary tree', () => {
  it('indents each entry beneath its parent, in code order, coloured by accountability', () => {
    const view = layoutGlossaryTree(model, { root: '1.1', profile: 'northshire' });
    expect(viewProblems(view)).toEqual([]);
    expect(view.nodes.map((n) => n.data.code)).toEqual(['1.1', '1.1.1', '1.1.2', '1.1.2.8', '1.1.3']);
    expect(box(view, 'entry-pag-1-1-2-8').x).toBeGreaterThan(box(view, 'entry-pag-1-1-2').x);
    const inherited = view.nodes.find((n) => n.data.code === '1.1.1');
    expect(inherited?.dashed).toBe(true);
    expect(inherited?.name).toBe('Glossary entry 1.1.1, process, inherited from 1: Plan engagement, Accountable: Police and Crime Commissioner');
    const own = view.nodes.find((n) => n.data.code === '1.1.3');
    expect(own?.dashed).toBe(false);
    expect(own?.fill).not.toBe(inherited?.fill);
  });

  it('shows the whole glossary without a root, uncoloured without a profile', () => {
    const view = layoutGlossaryTree(model);
    expect(view.nodes).toHaveLength(model.glossary.entries.length);
    expect(new Set(view.nodes.map((n) => n.fill)).size).toBe(1);
  });

  it('throws NotFoundError for an unknown root or profile, InvalidIdError for text that cannot be a code or an id', () => {
    expect(() => layoutGlossaryTree(model, { root: '9.9' })).toThrow(new NotFoundError('glossary code', '9.9'));
    expect(() => layoutGlossaryTree(model, { profile: 'nope' })).toThrow(new NotFoundError('accountability profile', 'nope'));
    expect(() => layoutGlossaryTree(model, { root: '9.x' })).toThrow(InvalidIdError);
    expect(() => layoutGlossaryTree(model, { profile: 'No pe' })).toThrow(InvalidIdError);
  });
});

describe('geometry checks used by these tests', () => {
  it('catch a line through a stakeholder it does not join, and overlapping nodes', () => {
    const node = (id: string, x: number) => ({
      id: `stakeholder-${id}`,
      name: id,
      className: 'stakeholder',
      data: { stakeholder: id },
      box: { x, y: 0, width: 100, height: 40 },
      text: { label: { lines: [id], font: { size: 13 }, width: 10, height: 16 } },
      fill: '#ffffff',
    });
    const view: LaidOutView = {
      title: 't',
      description: 'd',
      view: 'v',
      width: 600,
      height: 100,
      nodes: [node('a', 0), node('b', 200), node('c', 400), node('d', 450)],
      decoration: [],
      connectors: [
        {
          points: [
            { x: 100, y: 20 },
            { x: 400, y: 20 },
          ],
          data: { from: 'a', to: 'c' },
        },
      ],
      warnings: [],
    };
    expect(linesThroughNodes(view)).toEqual(['a→c passes through stakeholder-b']);
    expect(viewProblems(view)).toEqual(['stakeholder-c overlaps stakeholder-d']);
  });
});
