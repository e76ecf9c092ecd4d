import { compareText } from '@opcc/core';
import type { ChannelUse, FlowEnd } from './channels.js';
import type { FlowPlan } from './flow-plans.js';
import { assignTracks } from './interval-tracks.js';
import { CHANNEL_PAD, TRACK_GAP } from './layout-spacing.js';
import { at, get, groupBy } from './lookup.js';
import type { Ports } from './ports.js';
import type { LaneBand } from './vertical-placement.js';

/** The tracks of one lane's corridor: each corridor flow's track, and how many tracks there are. */
export interface CorridorTracks {
  readonly track: ReadonlyMap<string, number>;
  readonly count: number;
}

/**
 * Gives each corridor flow a track in its source lane's corridor, so that flows sharing a
 * track never run along the same stretch of it. Lanes with no corridor flows are absent.
 */
export function corridorTracks(plans: readonly FlowPlan[]): Map<number, CorridorTracks> {
  const byLane = groupBy(
    plans.filter((p) => p.corridor),
    (p) => p.from.lane,
  );
  return new Map(
    [...byLane].map(([lane, inLane]) => [
      lane,
      assignTracks(inLane.map((p) => ({ key: p.flow.id, from: Math.min(p.exitChannel, p.entryChannel), to: Math.max(p.exitChannel, p.entryChannel) }))),
    ]),
  );
}

/** The y of each corridor flow's run along its lane's corridor, by flow id. */
export function corridorYs(plans: readonly FlowPlan[], bands: readonly LaneBand[], corridors: ReadonlyMap<number, CorridorTracks>): Map<string, number> {
  const ys = new Map<string, number>();
  for (const plan of plans.filter((p) => p.corridor)) {
    const lane = plan.from.lane;
    const track = get(get(corridors, lane, 'corridor of lane').track, plan.flow.id, 'corridor track of flow');
    ys.set(plan.flow.id, at(bands, lane, 'lane').corridorTop + track * TRACK_GAP);
  }
  return ys;
}

/** What track placement needs: the runs in each channel, where the channels are, and the heights each run joins. */
export interface TrackInput {
  readonly channelUses: ReadonlyMap<number, readonly ChannelUse[]>;
  /** Where the tracks of each channel begin. */
  readonly channelX: ReadonlyMap<number, number>;
  readonly ports: Ports;
  readonly corridorY: ReadonlyMap<string, number>;
}

/** The x of each vertical run: for each end, by flow id (only corridor flows have an entry run). */
export type TrackPositions = { readonly [E in FlowEnd]: ReadonlyMap<string, number> };

/**
 * Tracks within channels, ordered to avoid crossings: a vertical run joins a line from the
 * left at one height (a) and a line to the right at another (b). Runs going up come first,
 * those reaching highest leftmost; runs going down come last, those reaching lowest leftmost,
 * so each line to the right passes only tracks that have already ended.
 */
export function channelTracks(input: TrackInput): TrackPositions {
  const positions = { exit: new Map<string, number>(), entry: new Map<string, number>() };
  const { exitY, entryY } = input.ports;
  for (const [c, uses] of input.channelUses) {
    const keyed = uses.map((use) => {
      const id = use.plan.flow.id;
      const corridor = use.plan.corridor ? get(input.corridorY, id, 'corridor of flow') : undefined;
      // An entry run exists only for a corridor flow: it leaves the corridor for the target.
      const a = use.end === 'exit' ? get(exitY, id, 'exit port of flow') : get(input.corridorY, id, 'corridor of flow');
      const b = use.end === 'exit' ? (corridor ?? get(entryY, id, 'entry port of flow')) : get(entryY, id, 'entry port of flow');
      const direction = b < a ? 0 : b === a ? 1 : 2;
      return { use, direction, key: direction === 2 ? -(a + b) : a + b };
    });
    keyed.sort((p, q) => p.direction - q.direction || p.key - q.key || compareText(p.use.plan.flow.id, q.use.plan.flow.id));
    const left = get(input.channelX, c, 'channel');
    keyed.forEach(({ use }, k) => positions[use.end].set(use.plan.flow.id, left + CHANNEL_PAD + k * TRACK_GAP));
  }
  return positions;
}
