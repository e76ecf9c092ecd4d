import { describe, expect, it } from 'vitest';
import { boxesOverlap, centreOf, type Box } from './box.js';
import { makeRoomForLabels } from './make-room-for-labels.js';
import { centresAlongLine, lineObstacles, placeLabels } from './place-labels.js';
import { segmentLengthInBox } from './segment-in-box.js';

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });

describe('segmentLengthInBox', () => {
  it('measures the part of a segment inside a box, and nothing for a miss', () => {
    expect(segmentLengthInBox({ x: 0, y: 20 }, { x: 200, y: 20 }, box(50, 0))).toBeCloseTo(100);
    expect(segmentLengthInBox({ x: 0, y: 0 }, { x: 30, y: 40 }, box(0, 0, 100, 100))).toBeCloseTo(50);
    expect(segmentLengthInBox({ x: 0, y: 60 }, { x: 200, y: 60 }, box(50, 0))).toBe(0);
    // A diagonal that only passes the corner region of its bounding box misses a box there.
    expect(segmentLengthInBox({ x: 0, y: 0 }, { x: 200, y: 200 }, box(150, 0, 40, 40))).toBe(0);
  });
});

describe('makeRoomForLabels', () => {
  it('pushes the ends of a short edge apart along their line until its label fits, and leaves long edges be', () => {
    const boxes = [box(0, 0), box(120, 0), box(0, 200), box(600, 200)];
    const label = { width: 90, height: 14 };
    const out = makeRoomForLabels(
      boxes,
      [
        { from: 0, to: 1, label },
        { from: 2, to: 3, label },
      ],
      8,
    );
    const gap = (out[1] as Box).x - ((out[0] as Box).x + 100);
    expect(gap).toBeGreaterThanOrEqual(90 + 16 - 0.01);
    expect((out[0] as Box).y).toBe(0);
    expect(centreOf(out[0] as Box).x + centreOf(out[1] as Box).x).toBeCloseTo(centreOf(boxes[0] as Box).x + centreOf(boxes[1] as Box).x);
    expect(out.slice(2)).toEqual(boxes.slice(2));
  });

  it('makes room for both labels of a pair joined both ways', () => {
    const label = { width: 60, height: 14 };
    const out = makeRoomForLabels(
      [box(0, 0), box(120, 0)],
      [
        { from: 0, to: 1, label },
        { from: 1, to: 0, label },
      ],
      8,
    );
    expect((out[1] as Box).x - 100 - (out[0] as Box).x).toBeGreaterThanOrEqual(2 * 60 + 3 * 8 - 0.01);
  });
});

describe('placeLabels', () => {
  it('puts a label beside its line when a stakeholder sits on every place along it', () => {
    const from = { x: 0, y: 100 };
    const to = { x: 400, y: 100 };
    const size = { width: 80, height: 16 };
    // A stakeholder just below the line, closer than half the label's height.
    const blocker = box(40, 103, 320, 40);
    const [placed] = placeLabels([{ centres: centresAlongLine(from, to, 0.5, size), ...size }], [blocker], lineObstacles(0, [from, to]));
    expect(placed).toBeDefined();
    expect(boxesOverlap(placed as Box, blocker)).toBe(false);
  });

  it('stays on its own line when the only cost there is crossing another line', () => {
    const from = { x: 0, y: 100 };
    const to = { x: 400, y: 100 };
    const size = { width: 80, height: 16 };
    // Short lines of other labels cross this one all along its middle stretch, clear of the places beside it.
    const crossing = lineObstacles(1, [
      { x: 120, y: 93 },
      { x: 120, y: 107 },
    ]).concat(
      lineObstacles(1, [
        { x: 280, y: 93 },
        { x: 280, y: 107 },
      ]),
      lineObstacles(1, [
        { x: 200, y: 93 },
        { x: 200, y: 107 },
      ]),
    );
    const [placed] = placeLabels([{ centres: centresAlongLine(from, to, 0.5, size), ...size }], [], [...lineObstacles(0, [from, to]), ...crossing]);
    expect(segmentLengthInBox(from, to, placed as Box)).toBeGreaterThan(0);
  });

  it('moves an early label off the only free place of a later one', () => {
    // Label 0 could sit at either of two places; label 1 only at the first. Greedy placement
    // gives label 0 the first; the sweep moves it so that neither covers the other.
    const size = { width: 40, height: 10 };
    const placed = placeLabels(
      [
        {
          centres: [
            { x: 50, y: 50 },
            { x: 200, y: 50 },
          ],
          ...size,
        },
        { centres: [{ x: 50, y: 50 }], ...size },
      ],
      [],
    );
    expect(boxesOverlap(placed[0] as Box, placed[1] as Box)).toBe(false);
  });
});
