import type { Model, ProcessMap } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { LaneId, MapId, PartyId, StepId } from '../schema/ids.js';
import { textId } from './text-id.js';

/** A flow on a process map that passes work from a step in one party's lane to a step in another's. */
export interface HandOff {
  readonly map: MapId;
  readonly from: { readonly step: StepId; readonly lane: LaneId; readonly party: PartyId };
  readonly to: { readonly step: StepId; readonly lane: LaneId; readonly party: PartyId };
  readonly label?: string;
  readonly condition?: string;
}

/**
 * The hand-offs from one party to another on the process maps: flows from a step in a lane the
 * first party performs to a step in a lane the second performs, by map in the model's order and
 * then in the order the map lists its flows. Call it again with the parties swapped for the
 * other direction. Steps outside any lane, and lanes that name no party, hand nothing off. Ids
 * may be branded or plain text.
 * @example
 * ```ts
 * handOffs(guide, 'pcc', 'chief-constable').map((h) => `${h.map}: ${h.from.step} → ${h.to.step}`);
 * ```
 * @throws {@link NotFoundError} when the model has no party with either id.
 */
export function handOffs(model: Model, from: PartyId | string, to: PartyId | string): HandOff[] {
  const index = indexModel(model);
  const giver = index.getParty(textId<PartyId>(from)).id;
  const taker = index.getParty(textId<PartyId>(to)).id;
  return model.maps.flatMap((map) => {
    const placed = placedSteps(map);
    return map.flows.flatMap((flow) => {
      const a = placed.get(flow.from);
      const b = placed.get(flow.to);
      if (a?.party !== giver || b?.party !== taker || a.lane === b.lane) return [];
      return [
        {
          map: map.id,
          from: { step: flow.from, ...a },
          to: { step: flow.to, ...b },
          ...(flow.label === undefined ? {} : { label: flow.label }),
          ...(flow.condition === undefined ? {} : { condition: flow.condition }),
        },
      ];
    });
  });
}

/** Each step of a map that sits in a lane with a party, with that lane and party. */
function placedSteps(map: ProcessMap): Map<StepId, { lane: LaneId; party: PartyId }> {
  const parties = new Map(map.lanes.flatMap((lane) => (lane.party === undefined ? [] : [[lane.id, lane.party] as const])));
  const placed = new Map<StepId, { lane: LaneId; party: PartyId }>();
  for (const step of map.steps) {
    const party = step.lane === undefined ? undefined : parties.get(step.lane);
    if (step.lane !== undefined && party !== undefined) placed.set(step.id, { lane: step.lane, party });
  }
  return placed;
}
