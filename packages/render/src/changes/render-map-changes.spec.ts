import { ModelBuilder, type Model } from '@opcc/core';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CachedLayoutEngine } from '../layout/cached-layout-engine.js';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { buildOrThrow } from '../testing/sample-model.js';
import { mergeOrder } from './merge-order.js';
import { countChanges, laneChangeName } from './draw-change-views.js';
import { renderMapChanges } from './render-map-changes.js';
import { stepChanges } from './step-changes.js';

const engine = new CachedLayoutEngine(new ElkLayoutEngine());

type Step = { id: string; kind: 'start' | 'end' | 'activity' | 'decision'; title: string; lane?: string; code?: string; guidance?: string };
type Flow = { from: string; to: string };
type Lane = { id: string; title: string; party?: string };

const FORCE: Lane = { id: 'force', title: 'Force', party: 'cc' };
const ALLIANCE: Lane = { id: 'alliance', title: 'Alliance', party: 'unit' };

function model(steps: Step[], flows: Flow[], title = 'Armed policing', lanes: Lane[] = [FORCE, ALLIANCE]): Model {
  return buildOrThrow(
    new ModelBuilder()
      .manifest({ title: 'Change views' })
      .glossary({
        entries: [
          { code: '1', title: 'Operations' },
          { code: '1.1', title: 'Armed policing' },
          { code: '1.2', title: 'Dogs' },
        ],
      })
      .parties({
        parties: [
          { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
          { id: 'unit', title: 'Alliance unit', type: 'collaboration-unit' },
        ],
      })
      .processMap({
        id: 'armed',
        title,
        lanes,
        steps,
        flows,
      }),
  );
}

// One of each: an added, a removed, a moved, a changed and an unchanged step, around start and end events; and an added lane.
const before = model(
  [
    { id: 'start', kind: 'start', title: 'Call for armed support' },
    { id: 'keep', kind: 'activity', title: 'Assess the threat', lane: 'force', code: '1.1' },
    { id: 'drop', kind: 'activity', title: 'Brief the local team', lane: 'force' },
    { id: 'move', kind: 'activity', title: 'Deploy armed officers', lane: 'force', code: '1.1' },
    { id: 'retitle', kind: 'activity', title: 'Review the deployment', lane: 'force' },
    { id: 'end', kind: 'end', title: 'Stood down' },
  ],
  [
    { from: 'start', to: 'keep' },
    { from: 'keep', to: 'drop' },
    { from: 'drop', to: 'move' },
    { from: 'move', to: 'retitle' },
    { from: 'retitle', to: 'end' },
  ],
  'Armed policing',
  [FORCE],
);
const after = model(
  [
    { id: 'start', kind: 'start', title: 'Call for armed support' },
    { id: 'keep', kind: 'activity', title: 'Assess the threat', lane: 'force', code: '1.1' },
    { id: 'agree', kind: 'activity', title: 'Agree the section 22A agreement', lane: 'alliance' },
    { id: 'move', kind: 'activity', title: 'Deploy armed officers', lane: 'alliance', code: '1.1' },
    { id: 'retitle', kind: 'activity', title: 'Review the deployment with the alliance', lane: 'force' },
    { id: 'end', kind: 'end', title: 'Stood down' },
  ],
  [
    { from: 'start', to: 'keep' },
    { from: 'keep', to: 'agree' },
    { from: 'agree', to: 'move' },
    { from: 'move', to: 'retitle' },
    { from: 'retitle', to: 'end' },
  ],
);

type Node = Record<string, unknown>;
type Attributes = Record<string, string>;
/** Every element of an SVG with its attributes and its own descendants' text. */
function elements(svg: string): Array<{ name: string; attrs: Attributes; children: Node[] }> {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(svg) as Node[];
  const found: Array<{ name: string; attrs: Attributes; children: Node[] }> = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@' || !Array.isArray(value)) continue;
        found.push({ name: key, attrs: (node[':@'] ?? {}) as Attributes, children: value as Node[] });
        walk(value as Node[]);
      }
    }
  };
  walk(doc);
  return found;
}
const shapeGroups = (svg: string) => elements(svg).filter((e) => e.name === 'g' && e.attrs['data-step'] !== undefined);
const marks = (svg: string) =>
  Object.fromEntries(shapeGroups(svg).flatMap((g) => (g.attrs['data-change'] === undefined ? [] : [[g.attrs['data-step'], g.attrs['data-change']]])));
const laneGroups = (svg: string) => elements(svg).filter((e) => e.name === 'g' && e.attrs['data-lane'] !== undefined && e.attrs['data-change'] !== undefined);
const laneMarks = (svg: string) => Object.fromEntries(laneGroups(svg).map((g) => [g.attrs['data-lane'], g.attrs['data-change']]));
const fillsOf = (svg: string) =>
  Object.fromEntries(
    elements(svg)
      .filter((e) => e.attrs['class'] === 'lane')
      .map((e) => [e.attrs['data-lane'], JSON.stringify(e.children).match(/"fill":"([^"]+)"/)?.[1]]),
  );
const legendText = (svg: string) => JSON.stringify(elements(svg).find((e) => e.attrs['class'] === 'legend')?.children ?? []);

// Every test of the one pair of versions reads the same drawing.
const drawn = renderMapChanges(before, after, 'armed', { engine });

describe('as-is, changes and to-be views of a map', () => {
  it('marks exactly the added, removed, moved and changed shapes, and nothing else', async () => {
    const { views, changes } = await drawn;
    expect(marks(views.changes.svg)).toEqual({ agree: 'added', drop: 'removed', move: 'moved', retitle: 'changed' });
    expect(Object.fromEntries(changes.map((c) => [c.step, c.change]))).toEqual(marks(views.changes.svg));
    // The unchanged shapes are drawn, unmarked.
    expect(shapeGroups(views.changes.svg).map((g) => g.attrs['data-step'])).toEqual(expect.arrayContaining(['start', 'keep', 'end']));
    expect(marks(views['as-is'].svg)).toEqual({});
    expect(marks(views['to-be'].svg)).toEqual({});
  });

  it('says every mark in the accessible name, not by colour alone', async () => {
    const { views } = await drawn;
    const names = Object.fromEntries(shapeGroups(views.changes.svg).map((g) => [g.attrs['data-step'], g.attrs['aria-label']]));
    expect(names['agree']).toBe('Activity: Agree the section 22A agreement, added');
    expect(names['drop']).toBe('Activity: Brief the local team, removed');
    expect(names['move']).toBe('Activity 1.1: Deploy armed officers, moved (from lane "Force" to lane "Alliance")');
    expect(names['retitle']).toBe('Activity: Review the deployment with the alliance, changed (title was "Review the deployment")');
    expect(names['keep']).toBe('Activity 1.1: Assess the threat');
    // Badges and outlines differ in shape and words: a plus, a minus with a line through, and the words "moved" and "changed".
    const groups = new Map(shapeGroups(views.changes.svg).map((g) => [g.attrs['data-step'], JSON.stringify(g.children)]));
    expect(groups.get('agree')).toContain('"#text":"+"');
    expect(groups.get('drop')).toContain('"#text":"\u2212"');
    expect(groups.get('drop')).toContain('"line"');
    expect(groups.get('move')).toContain('"#text":"moved"');
    expect(groups.get('retitle')).toContain('"#text":"changed"');
    expect(groups.get('keep')).not.toContain('change-mark');
    // The badge's word stands apart from the label's last word, so the text read out matches the name.
    expect(views.changes.svg).toMatch(/<\/text><g class="change-mark change-mark-changed" aria-hidden="true">.*?<g class="change-badge"> <rect/);
  });

  it('draws as-is with the before shapes only and to-be with the after shapes only, shared shapes at the same coordinates', async () => {
    const { views } = await drawn;
    const asIs = views['as-is'].shapes;
    const toBe = views['to-be'].shapes;
    expect(Object.keys(asIs).sort()).toEqual(['drop', 'end', 'keep', 'move', 'retitle', 'start']);
    expect(Object.keys(toBe).sort()).toEqual(['agree', 'end', 'keep', 'move', 'retitle', 'start']);
    for (const id of ['start', 'keep', 'retitle', 'end']) expect(toBe[id]).toEqual(asIs[id]);
    // The moved shape changes lane, so it changes place; everything in the changes view stands where its own version does.
    expect(toBe['move']?.y).not.toBe(asIs['move']?.y);
    expect(views.changes.shapes['move']).toEqual(toBe['move']);
    expect(views.changes.shapes['drop']).toEqual(asIs['drop']);
    expect(views.changes.shapes['agree']).toEqual(toBe['agree']);
    expect(views['as-is'].width).toBe(views['to-be'].width);
    expect(views['as-is'].height).toBe(views.changes.height);
  });

  it('keeps the band of a lane one version lacks, with a blank header in that version', async () => {
    const { views } = await drawn;
    // No step is in the Alliance lane before the change, so the as-is map has no such lane.
    const header = (view: 'as-is' | 'changes' | 'to-be') =>
      JSON.stringify(elements(views[view].svg).find((e) => e.attrs['class'] === 'lane-header' && e.attrs['data-lane'] === 'alliance')?.children);
    expect(header('as-is')).not.toContain('Alliance');
    expect(header('as-is')).toContain('"rect"');
    expect(header('to-be')).toContain('Alliance');
    expect(header('changes')).toContain('Alliance');
  });

  it('marks an added lane on its header, in words and in its name, and counts it apart from the shapes', async () => {
    const { views, lanes } = await drawn;
    expect(lanes).toEqual([{ lane: 'alliance', change: 'added', title: 'Alliance', badge: 'lane added', details: ['party "Alliance unit"'] }]);
    expect(laneMarks(views.changes.svg)).toEqual({ alliance: 'added' });
    const [group] = laneGroups(views.changes.svg);
    expect(group?.attrs['aria-label']).toBe('Alliance, lane added (party "Alliance unit")');
    expect(group?.attrs['role']).toBe('group');
    // The header itself is inside, as on any map, and the badge says the change in words.
    expect(JSON.stringify(group?.children)).toContain('"class":"lane-header"');
    expect(JSON.stringify(group?.children)).toContain('"#text":"lane added"');
    expect(laneMarks(views['as-is'].svg)).toEqual({});
    expect(laneMarks(views['to-be'].svg)).toEqual({});
    expect(countChanges({ steps: (await drawn).changes, lanes })).toBe('Shapes: 1 added, 1 removed, 1 moved, 1 changed. Lanes: 1 added.');
    expect(views.changes.svg).toContain('Lanes: 1 added.');
  });

  it('marks a lane put in another place among the lanes (move-lane) as moved, on its header, in words and in its name', async () => {
    const OPCC: Lane = { id: 'opcc', title: 'OPCC' };
    const steps: Step[] = [
      { id: 'start', kind: 'start', title: 'Start', lane: 'opcc' },
      { id: 'plan', kind: 'activity', title: 'Plan', lane: 'force' },
      { id: 'deploy', kind: 'activity', title: 'Deploy', lane: 'alliance' },
      { id: 'end', kind: 'end', title: 'End', lane: 'alliance' },
    ];
    const flows = [
      { from: 'start', to: 'plan' },
      { from: 'plan', to: 'deploy' },
      { from: 'deploy', to: 'end' },
    ];
    const moved = await renderMapChanges(
      model(steps, flows, 'Armed policing', [OPCC, FORCE, ALLIANCE]),
      model(steps, flows, 'Armed policing', [ALLIANCE, OPCC, FORCE]),
      'armed',
      { engine },
    );
    expect(moved.lanes).toEqual([{ lane: 'alliance', change: 'moved', title: 'Alliance', badge: 'lane moved', details: ['now above "OPCC"'] }]);
    expect(moved.changes).toEqual([]);
    expect(laneMarks(moved.views.changes.svg)).toEqual({ alliance: 'moved' });
    const [group] = laneGroups(moved.views.changes.svg);
    expect(group?.attrs['aria-label']).toBe('Alliance, lane moved (now above "OPCC")');
    expect(JSON.stringify(group?.children)).toContain('"#text":"lane moved"');
    expect(laneMarks(moved.views['as-is'].svg)).toEqual({});
    expect(countChanges({ steps: moved.changes, lanes: moved.lanes })).toBe('Lanes: 1 moved.');
    // Moved to the bottom, and a lane both moved and given another party, whose name says both.
    const down = await renderMapChanges(
      model(steps, flows, 'Armed policing', [OPCC, FORCE, ALLIANCE]),
      model(steps, flows, 'Armed policing', [FORCE, ALLIANCE, { ...OPCC, party: 'cc' }]),
      'armed',
      { engine },
    );
    expect(down.lanes).toEqual([
      { lane: 'opcc', change: 'changed', title: 'OPCC', badge: 'party changed', details: ['party was no party, now "Chief Constable"', 'now at the bottom'] },
    ]);
  });

  it('gives each view a legend of its own lanes', async () => {
    const { views } = await drawn;
    expect(legendText(views['as-is'].svg)).toContain('"Force"');
    expect(legendText(views['as-is'].svg)).not.toContain('"Alliance"');
    expect(legendText(views['to-be'].svg)).toContain('"Alliance"');
    expect(legendText(views.changes.svg)).toContain('"Alliance"');
    expect(elements(views['to-be'].svg).filter((e) => e.attrs['class'] === 'legend')).toHaveLength(1);
    // A lane keeps its colour in every view, though the as-is map numbers its lanes without the added one.
    const fills = (view: 'as-is' | 'changes' | 'to-be') => fillsOf(views[view].svg);
    expect(fills('as-is')).toEqual(fills('changes'));
    expect(fills('to-be')).toEqual(fills('changes'));
    // Above the force's lane, the added lane takes the first colour in the after model's own numbering.
    const above = model([...(after.maps[0]?.steps ?? [])] as Step[], [...(after.maps[0]?.flows ?? [])], 'Armed policing', [ALLIANCE, FORCE]);
    const { views: ordered } = await renderMapChanges(before, above, 'armed', { engine });
    expect(fillsOf(ordered['as-is'].svg)).toEqual(fillsOf(ordered.changes.svg));
    expect(fillsOf(ordered['to-be'].svg)).toEqual(fillsOf(ordered.changes.svg));
  });

  it('marks a lane whose party changed, and the lanes of a map removed whole', async () => {
    const steps: Step[] = [
      { id: 'start', kind: 'start', title: 'Call', lane: 'force' },
      { id: 'end', kind: 'end', title: 'Done', lane: 'force' },
    ];
    const flows = [{ from: 'start', to: 'end' }];
    const handed = model(steps, flows, 'Armed policing', [{ ...FORCE, party: 'unit' }]);
    const { views, lanes } = await renderMapChanges(model(steps, flows, 'Armed policing', [FORCE]), handed, 'armed', { engine });
    expect(laneMarks(views.changes.svg)).toEqual({ force: 'changed' });
    expect(lanes.map(laneChangeName)).toEqual(['party changed (party was "Chief Constable", now "Alliance unit")']);
    expect(laneGroups(views.changes.svg)[0]?.attrs['aria-label']).toBe('Force, party changed (party was "Chief Constable", now "Alliance unit")');
    expect(views.changes.svg).toContain('>party changed</text>');
    const removed = await renderMapChanges(before, buildOrThrow(new ModelBuilder().manifest({ title: 'Empty' })), 'armed', { engine });
    expect(laneMarks(removed.views.changes.svg)).toEqual({ force: 'removed' });
    expect(JSON.stringify(laneGroups(removed.views.changes.svg)[0]?.children)).toContain('"line"');
  });

  it('shows the place a moved shape left in the changes view, and the removed flows as dashed lines', async () => {
    const { views } = await drawn;
    const all = elements(views.changes.svg);
    expect(all.filter((e) => e.attrs['class'] === 'left-place')).toHaveLength(1);
    const flows = (status: string) =>
      all
        .filter((e) => e.attrs['class'] === `flow-change flow-${status}`)
        .map((e) =>
          JSON.stringify(e.children)
            .match(/"data-from":"([^"]+)","data-to":"([^"]+)"/)
            ?.slice(1)
            .join('>'),
        );
    expect(flows('added').sort()).toEqual(['agree>move', 'keep>agree', 'move>retitle']);
    expect(flows('removed').sort()).toEqual(['drop>move', 'keep>drop', 'move>retitle']);
  });

  it('gives every id a prefix of its view, so three views of a map can share a page', async () => {
    const { views } = await renderMapChanges(before, after, 'armed', { engine, idPrefix: 'option-x-' });
    const ids = Object.values(views).flatMap((v) => elements(v.svg).flatMap((e) => (e.attrs['id'] === undefined ? [] : [e.attrs['id']])));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('option-x-changes-step-agree');
    expect(ids).toContain('option-x-as-is-title');
  });

  it('draws a map that only one model has as all added or all removed', async () => {
    const empty = buildOrThrow(new ModelBuilder().manifest({ title: 'Empty' }));
    const added = await renderMapChanges(empty, after, 'armed', { engine });
    expect(Object.values(marks(added.views.changes.svg))).toEqual(Array(6).fill('added'));
    expect(added.views['as-is'].shapes).toEqual({});
    const removed = await renderMapChanges(before, empty, 'armed', { engine });
    expect(Object.values(marks(removed.views.changes.svg))).toEqual(Array(6).fill('removed'));
    await expect(renderMapChanges(empty, empty, 'armed', { engine })).rejects.toThrow(/armed/);
  });

  it('escapes hostile text in titles', async () => {
    const hostile = model(
      [
        { id: 'start', kind: 'start', title: '<script>alert(1)</script>' },
        { id: 'end', kind: 'end', title: '" onload="alert(2)' },
      ],
      [{ from: 'start', to: 'end' }],
      '<img src=x onerror=alert(3)>',
    );
    const { views } = await renderMapChanges(before, hostile, 'armed', { engine });
    for (const view of Object.values(views)) {
      expect(view.svg).not.toMatch(/<script|<img/);
      expect(elements(view.svg).every((e) => !Object.keys(e.attrs).some((k) => k.startsWith('on')))).toBe(true);
    }
  });
});

describe('stepChanges', () => {
  it('counts a change of any other field as a change, and names the field', () => {
    const steps: Step[] = [{ id: 'a', kind: 'activity', title: 'Assess', lane: 'force' }];
    const guided = model([{ ...steps[0], guidance: 'Read the *policy* first.' } as Step], []);
    expect(stepChanges(model(steps, []).maps[0], guided.maps[0])).toEqual([{ step: 'a', change: 'changed', title: 'Assess', details: ['guidance changed'] }]);
    expect(stepChanges(guided.maps[0], guided.maps[0])).toEqual([]);
  });

  it('says a kind and a code changed in words', () => {
    const was = model([{ id: 'a', kind: 'activity', title: 'Assess', code: '1.1' }], []);
    const now = model([{ id: 'a', kind: 'decision', title: 'Assess?' }], []);
    expect(stepChanges(was.maps[0], now.maps[0])[0]?.details).toEqual(['was an activity', 'code was 1.1', 'title was "Assess"']);
  });
});

describe('mergeOrder', () => {
  it('keeps both orders, placing new keys after the key they follow', () => {
    expect(mergeOrder(['start', 'old', 'end'], ['start', 'new', 'end'])).toEqual(['start', 'new', 'old', 'end']);
    expect(mergeOrder(['a', 'b'], ['x', 'a', 'y'])).toEqual(['x', 'a', 'y', 'b']);
    expect(mergeOrder([], ['a'])).toEqual(['a']);
  });
});
