import { describe, expect, it } from 'vitest';
import { PT_PER_PX, printSlices, sliceWidth, SMALLEST_PRINT_PT, type SliceInput } from './print-slices.js';

// A4 landscape with 12 mm margins, in CSS px, less a line for the caption.
const page = { width: 1032, height: 640 };
const lanes = [
  { start: 40, end: 240 },
  { start: 240, end: 440 },
  { start: 440, end: 640 },
];
const shapesEvery = (gap: number, width: number, to: number) => Array.from({ length: Math.floor(to / gap) }, (_, i) => ({ start: 160 + i * gap, end: 160 + i * gap + width }));

describe('printSlices', () => {
  it('prints a small drawing whole on one page', () => {
    const result = printSlices({ width: 900, height: 400, smallestLabel: 11, headerWidth: 144, lanes: [], shapesX: [], shapesY: [] }, page);
    expect(result.slices).toEqual([{ x: 0, y: 0, width: 900, height: 400, header: false }]);
    expect(result.scale).toBeCloseTo(1032 / 900);
  });

  it('does not repeat lane headers that would take more than half a page, and still comes to an end', () => {
    // Labels so small that a page holds only ~130 drawing units at a readable scale: less than the headers.
    const drawing: SliceInput = { width: 1200, height: 300, smallestLabel: 1, headerWidth: 144, lanes: [], shapesX: [], shapesY: [] };
    const { scale, slices } = printSlices(drawing, page);
    expect(slices.every((s) => !s.header)).toBe(true);
    expect(slices.reduce((sum, s) => sum + (s.y === 0 ? s.width : 0), 0)).toBeCloseTo(drawing.width);
    for (const s of slices) expect(sliceWidth(s, drawing.headerWidth) * scale).toBeLessThanOrEqual(page.width + 0.01);
  });

  it('cuts a wide map into columns at a readable scale, between shapes, with the lane headers repeated', () => {
    const drawing: SliceInput = { width: 3800, height: 600, smallestLabel: 11, headerWidth: 144, lanes: lanes.slice(0, 2), shapesX: shapesEvery(220, 160, 3500), shapesY: [] };
    const { scale, slices } = printSlices(drawing, page);
    expect(scale * drawing.smallestLabel * PT_PER_PX).toBeGreaterThanOrEqual(SMALLEST_PRINT_PT);
    expect(slices.length).toBeGreaterThan(3);
    expect(slices[0]?.header).toBe(false);
    expect(slices.slice(1).every((s) => s.header)).toBe(true);
    for (const s of slices) {
      expect(sliceWidth(s, drawing.headerWidth) * scale).toBeLessThanOrEqual(page.width + 0.01);
      expect(s.height * scale).toBeLessThanOrEqual(page.height + 0.01);
      // No shape is cut in two.
      expect(drawing.shapesX.some((shape) => shape.start < s.x && s.x < shape.end)).toBe(false);
    }
    // Together the columns cover the drawing, edge to edge.
    expect(slices.map((s) => [s.x, s.x + s.width])).toEqual(slices.map((s, i) => [i === 0 ? 0 : (slices[i - 1]?.x ?? 0) + (slices[i - 1]?.width ?? 0), s.x + s.width]));
    expect((slices.at(-1)?.x ?? 0) + (slices.at(-1)?.width ?? 0)).toBe(3800);
  });

  it('cuts a map too tall for the page into rows of whole lanes', () => {
    const drawing: SliceInput = { width: 1000, height: 700, smallestLabel: 11, headerWidth: 144, lanes, shapesX: [], shapesY: [{ start: 500, end: 560 }] };
    const { scale, slices } = printSlices(drawing, page);
    expect(slices.map((s) => [s.y, s.y + s.height])).toEqual([
      [0, 640],
      [640, 700],
    ]);
    expect(scale * 11 * PT_PER_PX).toBeGreaterThanOrEqual(SMALLEST_PRINT_PT);
  });
});
