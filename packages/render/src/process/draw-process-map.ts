import { edgeLabel } from '../svg/edge-label.js';
import { arrow, arrowMarker } from '../svg/arrow-markup.js';
import { focusStyle } from '../svg/focus-style.js';
import { DIMMED_FOCUS_RING_RULE, dimmingRule } from '../svg/dimming.js';
import { element, fragment, text, type Markup } from '../svg/markup.js';
import { PALETTE } from '../svg/palette.js';
import { shapeGroup } from '../svg/shape-group.js';
import { paint, styledByClasses, textPaint, thinOutline, thinOutlineFill, withStyling, type Styling } from '../svg/styling.js';
import { svgDocument } from '../svg/svg-document.js';
import { textBlock } from '../svg/text-block.js';
import { drawLegend } from '../legend/legend.js';
import { SHAPE_RENDERERS, rendererForKind } from '../shapes/shape-registry.js';
import { FOCUS_NAME_SUFFIX, flowInFocus } from './focus-rule.js';
import type { LaidOutProcessMap } from './layout-process-map.js';
import { TITLE_HEIGHT } from './layout-process-map.js';
import type { PlacedLane, PlacedStep, RoutedFlow } from './process-types.js';

/** Options of {@link drawProcessMap}. */
export interface DrawOptions {
  /** Prefixed to the ids of the drawing's title, description and marker. */
  readonly idPrefix?: string;
  /**
   * Steps to highlight (a scenario module's focus): their shapes get a thick outline, a marker and "focus step" in their
   * accessible name; every other shape and flow is dimmed. Left out, the map is drawn as usual.
   */
  readonly focus?: readonly string[];
  /** Prefixed to the shapes' ids (`step-<id>`), for a page that shows the same map more than once; none by default. */
  readonly shapeIdPrefix?: string;
  /**
   * `inline` (the default): presentation attributes, so the drawing looks the same with no stylesheet (exports, PNG).
   * `classes`: class names styled by the site's stylesheet, for pages that show many drawings.
   */
  readonly styling?: Styling;
}

// The map title's font.
const TITLE_FONT = { size: 18, bold: true } as const;

/**
 * Stage 3: the SVG of a laid-out process map. Shapes come in flow order, so tabbing follows the process.
 * @example
 * ```ts
 * const svg = drawProcessMap(await layoutProcessMap(mapLayoutInput(guide, 'engage-consult'), defaultLayoutEngine()));
 * ```
 */
export function drawProcessMap(map: LaidOutProcessMap, options: DrawOptions = {}): string {
  return withStyling(options.styling ?? 'inline', () => draw(map, options));
}

function draw(map: LaidOutProcessMap, options: DrawOptions): string {
  const idPrefix = options.idPrefix ?? `map-${map.input.mapId}-`;
  const focus = options.focus === undefined ? undefined : new Set(options.focus);
  const kinds = new Set(map.steps.map((s) => s.step.kind));
  const kindNames = [...Object.values(SHAPE_RENDERERS)].filter((r) => kinds.has(r.kind)).map((r) => r.name.toLowerCase());
  const laneNames = map.lanes.flatMap((l) => (l.lane.title === undefined ? [] : [l.lane.title]));
  const description =
    `Process map with ${map.steps.length} shapes (${kindNames.join(', ')})` +
    (laneNames.length > 0 ? ` in ${laneNames.length} lanes: ${laneNames.join(', ')}.` : '.') +
    ' Shapes are listed in the order of the process.';
  // A page's drawing names its arrow head once, as a marker that the flows' lines inherit; the dimmed flows of a focus map
  // name a paler one of their own.
  const markers: FlowMarkers | undefined = styledByClasses() ? { bright: `${idPrefix}ah`, dimmed: `${idPrefix}ahd` } : undefined;
  const legend = legendShown(map);
  return svgDocument({
    width: map.width,
    height: legend ? map.height : map.legend.y,
    title: map.input.title,
    description,
    idPrefix,
    view: 'opcc-process-map',
    body: [
      focusStyle(),
      focus !== undefined && focusStepStyle(),
      element('text', { x: 16, y: TITLE_HEIGHT - 14, ...textPaint(TITLE_FONT, 'start', PALETTE.text, 'map-title') }, [text(map.input.title)]),
      element('g', { class: 'lanes' }, map.lanes.map(drawLane)),
      // Outside the group whose lines inherit the marker, so that the marker's own path does not.
      markers !== undefined && arrowMarker(markers.bright),
      markers !== undefined && focus !== undefined && arrowMarker(markers.dimmed, 'arrow-head dimmed'),
      element(
        'g',
        { class: 'flows', 'aria-hidden': 'true', 'marker-end': markers === undefined ? undefined : `url(#${markers.bright})` },
        map.flows.map((flow) => drawFlow(flow, focus, markers)),
      ),
      element(
        'g',
        { class: 'shapes' },
        map.steps.map((step) => drawStep(step, focus, options.shapeIdPrefix ?? '')),
      ),
      // After everything in the lanes, so that a page that pins the headers while the map pans draws them on top.
      element('g', { class: 'lane-headers' }, map.lanes.map(drawLaneHeader)),
      legend && drawLegend(map.legendLayout, map.legend),
    ],
  });
}

// A page's drawing leaves out a legend that says nothing the drawing does not: the key of a map's only lane, which its
// header names beside the band. A drawing on its own keeps its legend, and its size.
function legendShown(map: LaidOutProcessMap): boolean {
  const { lanes, accountability } = map.input.legend;
  return !styledByClasses() || lanes.length !== 1 || accountability.length > 0 || map.lanes.some((l) => l.header === undefined);
}

/**
 * The height of the drawing of a laid-out map with the given styling: a page's drawing of a map with one lane and no
 * other key ends above where the legend would be.
 */
export function drawnHeight(map: LaidOutProcessMap, styling: Styling = 'inline'): number {
  return withStyling(styling, () => legendShown(map)) ? map.height : map.legend.y;
}

// A lane's id, for scripts and tests that look at a drawing on its own; the site's script finds lanes by their class.
function laneId(lane: PlacedLane): string | undefined {
  return styledByClasses() ? undefined : lane.lane.id;
}

/** A lane's band. */
export function drawLane(lane: PlacedLane): Markup {
  return element('g', { class: 'lane', 'data-lane': laneId(lane) }, [
    element('rect', { ...lane.box, fill: thinOutlineFill(lane.lane.fill), ...thinOutline() }),
  ]);
}

/** A lane's header cell with its title, when the map has lane titles. */
export function drawLaneHeader(lane: PlacedLane): Markup | false {
  const header = lane.header;
  if (header === undefined) return false;
  return element('g', { class: 'lane-header', 'data-lane': laneId(lane) }, [
    element('rect', { ...header, ...paint('lh', { fill: PALETTE.laneHeader, stroke: PALETTE.stroke, 'stroke-width': 1 }) }),
    lane.lane.label !== undefined && textBlock(lane.lane.label, { x: header.x + header.width / 2, y: header.y + (header.height - lane.lane.label.height) / 2 }),
  ]);
}

/** The ids of the arrow-head markers of a drawing: the usual one, and the paler one of a focus map's dimmed flows. */
export interface FlowMarkers {
  readonly bright: string;
  readonly dimmed: string;
}

/**
 * A flow's arrow, label and title; dimmed when a focus is given and the flow does not join two of its steps. With
 * `markers` (classes styling) the line ends in the marker its group names, and the flow's ends are left out of the markup.
 */
export function drawFlow(flow: RoutedFlow, focus: ReadonlySet<string> | undefined, markers?: FlowMarkers): Markup {
  const { label, title } = flow.flow;
  const dimmed = focus !== undefined && !flowInFocus(flow.flow, focus);
  const drawnLabel = flow.label !== undefined && label !== undefined ? label : undefined;
  // The full condition stays with the arrow, in its title (a tooltip, and text the page's script can read), when the
  // arrow shows only its answer; a title that says no more than the drawn label is left out. Model text stays out of
  // attributes, where it could not be shown as text.
  const shownTitle = title !== undefined && title !== drawnLabel?.lines.join(' ') ? title : undefined;
  return element(
    'g',
    {
      class: dimmed ? 'flow dimmed' : 'flow',
      'data-from': markers === undefined ? flow.flow.from : undefined,
      'data-to': markers === undefined ? flow.flow.to : undefined,
      'marker-end': markers !== undefined && dimmed ? `url(#${markers.dimmed})` : undefined,
    },
    [
      shownTitle !== undefined && element('title', {}, [text(shownTitle)]),
      ...arrow(flow.points, false, markers !== undefined),
      flow.label !== undefined && drawnLabel !== undefined && edgeLabel(drawnLabel, flow.label),
    ],
  );
}

/** The accessible name of a step: kind, glossary code, title, drill-down and accountability. */
export function stepName(placed: PlacedStep): string {
  const s = placed.step;
  const kind = rendererForKind(s.kind).name;
  // The name holds the shape's visible words in the order they are drawn (the code above the
  // title), so that speech-input users can name a shape by what they see (WCAG 2.5.3).
  return [`${kind}${s.code === undefined ? '' : ` ${s.code}`}: ${s.title}`, s.drill === undefined ? undefined : 'opens its own process map', s.accountable]
    .filter((part) => part !== undefined)
    .join(', ');
}

function drawStep(placed: PlacedStep, focus: ReadonlySet<string> | undefined, idPrefix: string): Markup {
  const s = placed.step;
  const renderer = rendererForKind(s.kind);
  const focused = focus?.has(s.id);
  const shape = renderer.draw(placed.box, s.shape, s.fill);
  return shapeGroup({
    id: `${idPrefix}step-${s.id}`,
    // Colour is never the only signal: the name says it too, and the outline and marker differ in shape and weight.
    name: focused === true ? `${stepName(placed)}${FOCUS_NAME_SUFFIX}` : stepName(placed),
    className: `step step-${s.kind}${focused === undefined ? '' : focused ? ' focus-step' : ' dimmed'}`,
    // A page's drawing (classes styling) keeps only what its script reads: the kind is in the class, the code in the name.
    data: styledByClasses() ? { step: s.id, drill: s.drill } : { step: s.id, kind: s.kind, code: s.code, drill: s.drill },
    box: placed.box,
    body: focused === true ? [shape, focusMark(placed.box)] : [shape],
  });
}

/** The thick outline and the corner marker (a filled diamond) of a focus step. */
function focusMark(box: PlacedStep['box']): Markup {
  const r = 9;
  const cx = box.x;
  const cy = box.y;
  return element('g', { class: 'focus-mark', 'aria-hidden': 'true' }, [
    element('rect', {
      x: box.x - 3,
      y: box.y - 3,
      width: box.width + 6,
      height: box.height + 6,
      rx: 5,
      ...paint('fo', { fill: 'none', stroke: PALETTE.focus, 'stroke-width': 4 }),
    }),
    element('path', {
      d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`,
      ...paint('fd', { fill: PALETTE.focus, stroke: PALETTE.background, 'stroke-width': 2 }),
    }),
  ]);
}

// Dimmed, not hidden: the rest of the map keeps its context, its labels still readable (see dimming.ts).
function focusStepStyle(): Markup | false {
  // With classes styling the rule is in the page's stylesheet (site.css).
  if (styledByClasses()) return false;
  return element('style', {}, [text(dimmingRule() + DIMMED_FOCUS_RING_RULE)]);
}
