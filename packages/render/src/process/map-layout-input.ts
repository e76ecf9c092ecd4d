import { flowOrder, indexModel, mapId as toMapId, profileId, type Model, type Step } from '@opcc/core';
import { AccountabilityColours } from '../accountability/accountability-colours.js';
import { shapeRendererFor } from '../shapes/shape-registry.js';
import { EDGE_LABEL_FONT, LABEL_FONT } from '../shapes/shape-text.js';
import { PALETTE } from '../svg/palette.js';
import { wrapText } from '../text/wrap-text.js';
import { assignLanes } from './assign-lanes.js';
import { flowLabelText, flowTitleText } from './flow-label.js';
import type { LaneInput, MapLayoutInput, StepInput } from './process-types.js';

/** Width of the header cell that names a lane. */
export const LANE_HEADER_WIDTH = 128;
const EDGE_LABEL_WIDTH = 120;

/** Options shared by every process-map stage. */
export interface ProcessMapOptions {
  /** Colour activities by who is accountable for their glossary entry under this profile. */
  readonly profile?: string;
}

/**
 * Stage 1: a process map of the model, measured and ready for layout. Throws NotFoundError for an unknown map or profile,
 * InvalidIdError for text that cannot be an id.
 * @example
 * ```ts
 * const input = mapLayoutInput(guide, 'engage-consult', { profile: 'northshire' }); // steps measured, in flow order
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown map or profile, `InvalidIdError` for text that cannot be an id.
 */
export function mapLayoutInput(model: Model, mapId: string, options: ProcessMapOptions = {}): MapLayoutInput {
  const index = indexModel(model);
  const map = index.getMap(toMapId(mapId));
  const profile = options.profile === undefined ? undefined : index.getProfile(profileId(options.profile));
  const colours = profile === undefined ? undefined : new AccountabilityColours(model, profile.id);
  const laneOf = assignLanes(map.lanes, map.steps, map.flows);
  // A lane no step falls in is left out (the checker warns of it); colours stay those of the lane's place in the map.
  const occupied = new Set(laneOf.values());
  const kept = map.lanes.flatMap((lane, i) => (occupied.has(i) ? [{ lane, i }] : []));
  const keptIndex = new Map(kept.map(({ i }, k) => [i, k]));
  const lanes: LaneInput[] =
    map.lanes.length === 0
      ? [{ id: undefined, title: undefined, label: undefined, fill: PALETTE.lanes[0] }]
      : kept.map(({ lane, i }) => ({
          id: lane.id,
          title: lane.title,
          label: wrapText(lane.title, LANE_HEADER_WIDTH - 16, { ...LABEL_FONT, bold: true }, 5),
          fill: PALETTE.lanes[i % PALETTE.lanes.length] as string,
        }));
  const steps = flowOrder(map).map((step) => stepInput(step, keptIndex.get(laneOf.get(step.id) ?? 0) ?? 0, colours));
  const used = new Set(steps.filter((s) => s.accountable !== undefined).map((s) => s.fill));
  return {
    mapId: map.id,
    title: map.title,
    lanes,
    steps,
    flows: map.flows.map((flow, i) => {
      const text = flowLabelText(flow);
      const title = flowTitleText(flow);
      return {
        id: `flow-${i}`,
        from: flow.from,
        to: flow.to,
        // Long labels wrap onto as many lines as they need: a cut label loses its meaning.
        ...(text === undefined ? {} : { label: wrapText(text, EDGE_LABEL_WIDTH, EDGE_LABEL_FONT) }),
        ...(title === undefined ? {} : { title }),
      };
    }),
    legend: {
      lanes: lanes.flatMap((l) => (l.title === undefined ? [] : [{ label: l.title, fill: l.fill }])),
      accountability: colours?.key(used) ?? [],
      ...(profile === undefined ? {} : { profile: profile.title }),
    },
  };
}

function stepInput(step: Step, lane: number, colours: AccountabilityColours | undefined): StepInput {
  const code = step.kind === 'activity' ? step.code : undefined;
  const accountability = code === undefined || colours === undefined ? undefined : colours.fillFor(code);
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    ...(code === undefined ? {} : { code }),
    ...(step.kind === 'sub-process' ? { drill: step.map } : {}),
    lane,
    shape: shapeRendererFor(step).measure(step as never),
    fill: accountability?.fill ?? PALETTE.shapeFill,
    ...(accountability === undefined ? {} : { accountable: accountability.description }),
  };
}
