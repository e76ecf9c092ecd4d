import type { FlowPlan } from './flow-plans.js';
import { CHANNEL_PAD, LABEL_GAP, TRACK_GAP } from './layout-spacing.js';
import { at, groupBy } from './lookup.js';
import type { StepInput } from './process-types.js';

const END_CHANNEL_WIDTH = 36;
const INNER_CHANNEL_WIDTH = 56;

/** Which end of a flow turns in a channel: the run after its source, or (for a corridor flow) the run before its target. */
export type FlowEnd = 'exit' | 'entry';

/** One vertical run of a flow in a channel. */
export interface ChannelUse {
  readonly plan: FlowPlan;
  readonly end: FlowEnd;
}

/** What horizontal placement needs. */
export interface HorizontalInput {
  readonly steps: readonly StepInput[];
  readonly layerOf: (step: StepInput) => number;
  readonly layerCount: number;
  readonly plans: readonly FlowPlan[];
  /** Where the first channel starts, right of any lane headers. */
  readonly left: number;
  /** Width added to a channel, by channel, where labels found no clear place at the usual width. */
  readonly extraRoom?: ReadonlyMap<number, number>;
}

/** Where the layers and the channels between them sit, left to right. */
export interface HorizontalPlacement {
  /** The left edge of each layer. */
  readonly layerX: readonly number[];
  /** The width of each layer: its widest step. */
  readonly layerWidth: readonly number[];
  /** The left edge of each channel; channel c lies right of layer c, and channel -1 left of layer 0. */
  readonly channelX: ReadonlyMap<number, number>;
  /** Where the tracks of each channel begin: its left edge, or further right where a decision's answers are written first. */
  readonly trackX: ReadonlyMap<number, number>;
  /** The vertical runs in each channel; a channel no flow turns in is absent. */
  readonly channelUses: ReadonlyMap<number, readonly ChannelUse[]>;
  /** The right edge of the last channel. */
  readonly right: number;
}

/**
 * A channel left of every layer and one after the last, each wide enough for a track per
 * vertical run in it and for the widest label of a flow entering the next layer from it.
 */
export function placeHorizontally(input: HorizontalInput): HorizontalPlacement {
  const { layerCount } = input;
  const layerWidth = Array.from({ length: layerCount }, () => 0);
  for (const s of input.steps) layerWidth[input.layerOf(s)] = Math.max(at(layerWidth, input.layerOf(s), 'layer'), s.shape.width);
  const uses = input.plans.flatMap((plan): Array<ChannelUse & { channel: number }> => [
    { plan, end: 'exit', channel: plan.exitChannel },
    ...(plan.corridor ? [{ plan, end: 'entry' as const, channel: plan.entryChannel }] : []),
  ]);
  const channelUses = groupBy(uses, (use) => use.channel);
  // A decision's answers are written beside it, before its flows turn; other labels beside the shape they enter, after the turns.
  const labelRooms = new Map<number, number>();
  const answerRooms = new Map<number, number>();
  for (const plan of input.plans) {
    const label = plan.flow.label;
    if (label === undefined) continue;
    const [rooms, channel] = plan.labelAtSource ? [answerRooms, plan.exitChannel] : [labelRooms, plan.entryChannel];
    rooms.set(channel, Math.max(rooms.get(channel) ?? 0, label.width + 2 * LABEL_GAP));
  }
  const channelWidth = (c: number) => {
    const runs = channelUses.get(c)?.length ?? 0;
    return (
      Math.max(
        c === -1 || c === layerCount - 1 ? END_CHANNEL_WIDTH : INNER_CHANNEL_WIDTH,
        2 * CHANNEL_PAD + Math.max(0, runs - 1) * TRACK_GAP + (labelRooms.get(c) ?? 0) + (answerRooms.get(c) ?? 0),
      ) + (input.extraRoom?.get(c) ?? 0)
    );
  };
  const channelX = new Map<number, number>();
  const trackX = new Map<number, number>();
  const layerX: number[] = [];
  let x = input.left;
  for (let c = -1; c < layerCount; c++) {
    channelX.set(c, x);
    trackX.set(c, x + (answerRooms.get(c) ?? 0));
    x += channelWidth(c);
    if (c + 1 < layerCount) {
      layerX.push(x);
      x += at(layerWidth, c + 1, 'layer');
    }
  }
  return { layerX, layerWidth, channelX, trackX, channelUses, right: x };
}
