import type { Box } from '../geometry/box.js';
import { drawLegend, layoutLegend } from '../legend/legend.js';
import { drawFlow, drawLane, drawLaneHeader, drawProcessMap, stepName } from '../process/draw-process-map.js';
import { TITLE_HEIGHT, type LaidOutProcessMap } from '../process/layout-process-map.js';
import type { PlacedLane, PlacedStep, RenderedMap, RoutedFlow, StepInput } from '../process/process-types.js';
import { rendererForKind } from '../shapes/shape-registry.js';
import { focusStyle } from '../svg/focus-style.js';
import { element, text, type Markup } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { shapeGroup } from '../svg/shape-group.js';
import { svgDocument } from '../svg/svg-document.js';
import { CHANGE_COLOURS, CHANGE_LABELS, changeMark, laneMark, leftPlace } from './change-marks.js';
import type { LaneChange } from './lane-changes.js';
import type { StepChangeKind, StepChange } from './step-changes.js';
import type { UnionMap, UnionNode } from './union-map.js';

/** The three views of an option for change, in the order a page shows them. */
export const CHANGE_VIEWS = ['as-is', 'changes', 'to-be'] as const;
/** One of {@link CHANGE_VIEWS}. */
export type ChangeView = (typeof CHANGE_VIEWS)[number];

type Version = 'before' | 'after';

/** What differs between the two versions of a map: its steps and its lanes. */
export interface MapChanges {
  /** The steps that differ, as `stepChanges` gives them. */
  readonly steps: readonly StepChange[];
  /** The lanes that differ, as `laneChanges` gives them. */
  readonly lanes: readonly LaneChange[];
}

/**
 * The three views of one laid-out union of two versions of a map. Each view's ids start with `idPrefix` and its name,
 * so that all three (and the views of other maps) can share a page. Each view has a legend of its own lanes.
 */
export function drawChangeViews(laidOut: LaidOutProcessMap, union: UnionMap, changes: MapChanges, idPrefix: string): Record<ChangeView, RenderedMap> {
  const version = (v: Version, view: ChangeView, title: string): RenderedMap => {
    const map = versionMap(laidOut, union, v, `${title}: ${laidOut.input.title}`);
    const prefix = `${idPrefix}${view}-`;
    return rendered(drawProcessMap(map, { idPrefix: prefix, shapeIdPrefix: prefix }), laidOut, map.steps);
  };
  return {
    'as-is': version('before', 'as-is', 'As-is'),
    changes: changesView(laidOut, union, changes, `${idPrefix}changes-`),
    'to-be': version('after', 'to-be', 'To-be'),
  };
}

function rendered(svg: string, laidOut: LaidOutProcessMap, steps: readonly PlacedStep[]): RenderedMap {
  const shapes: Record<string, Box> = {};
  for (const s of steps) shapes[s.step.id] = s.box;
  return { svg, width: laidOut.width, height: laidOut.height, shapes, warnings: laidOut.warnings };
}

// The union's layout with only one version's shapes, flows and lane titles, each at its place on the shared layout.
function versionMap(laidOut: LaidOutProcessMap, union: UnionMap, version: Version, title: string): LaidOutProcessMap {
  // The version's own lanes in the legend, in the union's colours, as every view draws them; the legend box keeps its place.
  const entries = laidOut.lanes.flatMap((placed, i) => {
    const title = union.lanes[i]?.[version]?.title;
    return title === undefined ? [] : [{ label: title, fill: placed.lane.fill }];
  });
  return {
    ...laidOut,
    input: { ...laidOut.input, title },
    legendLayout: layoutLegend([{ title: 'Lanes', entries }], laidOut.legendLayout.width),
    lanes: versionLanes(laidOut, union, version),
    steps: laidOut.steps.flatMap((placed, i) => {
      const step = union.nodes[i]?.[version];
      return step === undefined ? [] : [placedAs(placed, step)];
    }),
    flows: laidOut.flows.flatMap((routed) => {
      const flow = versionFlow(routed, union, version);
      return flow === undefined ? [] : [flow];
    }),
  };
}

// A lane the version does not have keeps its band, so that nothing moves, but its header is left blank. Each lane keeps
// the union's colour, which a version's own numbering of its lanes would change when a lane is added or removed.
function versionLanes(laidOut: LaidOutProcessMap, union: UnionMap, version: Version): PlacedLane[] {
  return laidOut.lanes.map((placed, i) => {
    const lane = union.lanes[i]?.[version];
    return { ...placed, lane: lane === undefined ? { ...placed.lane, title: undefined, label: undefined } : { ...lane, fill: placed.lane.fill } };
  });
}

// A version's flow along the union flow's route, naming the steps it joins rather than the places on the layout.
function versionFlow(routed: RoutedFlow, union: UnionMap, version: Version): RoutedFlow | undefined {
  const flow = union.flows.get(routed.flow.id)?.[version];
  return flow === undefined ? undefined : { ...routed, flow: { ...routed.flow, from: flow.from, to: flow.to } };
}

// One version of a step at the union's place for it: the box is shared, the text and kind are the version's own.
function placedAs(placed: PlacedStep, step: StepInput): PlacedStep {
  const version = { ...step, lane: placed.step.lane };
  return { step: version, box: placed.box, geometry: rendererForKind(step.kind).geometry(placed.box, step.shape) };
}

function changesView(laidOut: LaidOutProcessMap, union: UnionMap, changes: MapChanges, idPrefix: string): RenderedMap {
  const byStep = new Map(changes.steps.map((c) => [c.step as string, c]));
  const byLane = new Map(changes.lanes.map((c) => [c.lane, c]));
  const shown: Array<{ placed: PlacedStep; change: StepChange | undefined }> = [];
  const left: Box[] = [];
  laidOut.steps.forEach((placed, i) => {
    const node = union.nodes[i] as UnionNode;
    const step = node.after ?? (node.node === node.step ? node.before : undefined);
    if (step !== undefined) shown.push({ placed: placedAs(placed, step), change: byStep.get(node.step) });
    else left.push(placed.box);
  });
  const flows = laidOut.flows.flatMap((routed) => {
    const flow = union.flows.get(routed.flow.id);
    const drawn = versionFlow(routed, union, flow?.after === undefined ? 'before' : 'after');
    if (drawn === undefined) return [];
    const status = flow?.before === undefined ? 'added' : flow.after === undefined ? 'removed' : 'kept';
    return [element('g', { class: `flow-change flow-${status}` }, [drawFlow(drawn, undefined)])];
  });
  const title = `Changes: ${laidOut.input.title}`;
  const svg = svgDocument({
    width: laidOut.width,
    height: laidOut.height,
    title,
    description: describeChanges(changes),
    idPrefix,
    view: 'opcc-process-map opcc-map-changes',
    body: [
      focusStyle(),
      changesStyle(),
      element('text', { class: 'map-title', x: 16, y: TITLE_HEIGHT - 14, 'font-size': 18, 'font-weight': 'bold', fill: PALETTE.text }, [text(title)]),
      element('g', { class: 'lanes' }, laidOut.lanes.map(drawLane)),
      element('g', { class: 'flows', 'aria-hidden': 'true' }, flows),
      element('g', { class: 'left-places', 'aria-hidden': 'true' }, left.map(leftPlace)),
      element(
        'g',
        { class: 'shapes' },
        shown.map(({ placed, change }) => markedStep(placed, change, idPrefix)),
      ),
      element(
        'g',
        { class: 'lane-headers' },
        laidOut.lanes.map((placed) => markedLaneHeader(placed, placed.lane.id === undefined ? undefined : byLane.get(placed.lane.id))),
      ),
      drawLegend(laidOut.legendLayout, laidOut.legend),
    ],
  });
  return rendered(
    svg,
    laidOut,
    shown.map((s) => s.placed),
  );
}

/**
 * What a shape's accessible name says of its change, e.g. `moved (from lane "Force" to lane "Alliance")`.
 * @example
 * ```ts
 * changeName({ step, change: 'moved', title, details: ['from lane "Force" to lane "Alliance"'] }); // 'moved (from lane "Force" to lane "Alliance")'
 * ```
 */
export function changeName(change: StepChange): string {
  return `${CHANGE_LABELS[change.change].toLowerCase()}${change.details.length === 0 ? '' : ` (${change.details.join('; ')})`}`;
}

// The change comes straight after the title, as its badge does after the label, so that the name holds the shape's
// visible words in the order they are drawn (WCAG 2.5.3), as stepName does for an unchanged shape.
function markedName(placed: PlacedStep, change: StepChange): string {
  const s = placed.step;
  const drill = s.drill === undefined ? [] : ['opens its own process map'];
  return [`${rendererForKind(s.kind).name}${s.code === undefined ? '' : ` ${s.code}`}: ${s.title}`, changeName(change), ...drill].join(', ');
}

/**
 * What a lane header's accessible name says of its lane's change, after the lane's title, e.g.
 * `party changed (party was "Chief Constable", now "Alliance unit")`: the badge's words first, as they are drawn.
 * @example
 * ```ts
 * laneChangeName({ lane: 'alliance', change: 'added', title: 'Alliance', badge: 'lane added', details: ['party "Alliance unit"'] }); // 'lane added (party "Alliance unit")'
 * ```
 */
export function laneChangeName(change: LaneChange): string {
  return `${change.badge}${change.details.length === 0 ? '' : ` (${change.details.join('; ')})`}`;
}

// A changed lane's header is a named group with its change in data-change, so that assistive technology and scripts
// hear of it as they do of a changed shape; an unchanged lane's header is drawn as on any map.
function markedLaneHeader(placed: PlacedLane, change: LaneChange | undefined): Markup | false {
  const header = drawLaneHeader(placed);
  if (change === undefined || header === false || placed.header === undefined) return header;
  return element(
    'g',
    {
      class: `lane-change change-${change.change}`,
      'data-lane': change.lane,
      'data-change': change.change,
      role: 'group',
      'aria-label': `${placed.lane.title ?? change.title}, ${laneChangeName(change)}`,
    },
    [header, laneMark(change.change, change.badge, placed.header)],
  );
}

function markedStep(placed: PlacedStep, change: StepChange | undefined, idPrefix: string): Markup {
  const s = placed.step;
  const label = placed.geometry.label;
  return shapeGroup({
    id: `${idPrefix}step-${s.id}`,
    name: change === undefined ? stepName(placed) : markedName(placed, change),
    className: `step step-${s.kind}${change === undefined ? '' : ` change-${change.change}`}`,
    data: { step: s.id, kind: s.kind, code: s.code, drill: s.drill, change: change?.change },
    box: placed.box,
    body: [
      rendererForKind(s.kind).draw(placed.box, s.shape, s.fill),
      ...(change === undefined ? [] : [changeMark(change.change, placed.box, label.y + label.height / 2)]),
    ],
  });
}

/**
 * The changes of a map counted by kind, e.g. `Shapes: 2 added, 1 moved. Lanes: 1 added.`, or that there are none.
 * @example
 * ```ts
 * countChanges(changes); // 'Shapes: 1 added. Lanes: 1 added.'
 * ```
 */
export function countChanges(changes: MapChanges): string {
  const count = (things: readonly { change: StepChangeKind }[]) =>
    (['added', 'removed', 'moved', 'changed'] as const satisfies readonly StepChangeKind[])
      .map((kind) => [kind, things.filter((c) => c.change === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
  const [steps, lanes] = [count(changes.steps), count(changes.lanes)];
  if (steps === '' && lanes === '') return 'No shape or lane changes on this map.';
  return [steps === '' ? '' : `Shapes: ${steps}.`, lanes === '' ? '' : `Lanes: ${lanes}.`].filter((t) => t !== '').join(' ');
}

function describeChanges(changes: MapChanges): string {
  return (
    countChanges(changes) +
    ' Added shapes have a plus badge and a double dashed outline; removed shapes are struck through and have a minus badge;' +
    ' moved and changed shapes have a badge saying so; each shape says its change after its title in its name.' +
    ' The header of an added, removed, moved or changed lane has a badge saying so, and its name says the change. Shapes are listed in the order of the process.'
  );
}

// Flows added are drawn thicker, flows removed dashed: a difference of line, not of colour alone.
function changesStyle(): Markup {
  return element('style', {}, [
    text(
      `.flow-added .arrow-line{stroke:${CHANGE_COLOURS.added};stroke-width:3}.flow-added .arrow-head{fill:${CHANGE_COLOURS.added}}` +
        `.flow-removed .arrow-line{stroke:${CHANGE_COLOURS.removed};stroke-dasharray:6 4}.flow-removed .arrow-head{fill:${CHANGE_COLOURS.removed}}`,
    ),
  ]);
}
