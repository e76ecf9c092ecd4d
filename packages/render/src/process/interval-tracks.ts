import { compareText } from '@opcc/core';

/** A span of channels an edge runs along, inclusive at both ends. */
export interface Span {
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Gives each span a track so that spans on one track never share a channel (interval
 * graph colouring, first fit in order of start). Returns the track of each span and the count.
 */
export function assignTracks(spans: readonly Span[]): { track: Map<string, number>; count: number } {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to || compareText(a.key, b.key));
  const ends: number[] = [];
  const track = new Map<string, number>();
  for (const span of sorted) {
    let t = ends.findIndex((end) => end < span.from);
    if (t === -1) {
      t = ends.length;
      ends.push(span.to);
    } else ends[t] = span.to;
    track.set(span.key, t);
  }
  return { track, count: ends.length };
}
