import { compareText } from '@opcc/core';
import type { Box } from '../geometry/box.js';

/**
 * Reads the layers of a left-to-right layered layout back from node positions: nodes whose
 * horizontal extents overlap share a layer (layers are separated by the layer spacing). Returns
 * each node's layer index and its rank within the layer, top to bottom.
 */
export function layersFromPositions(ids: readonly string[], boxes: Readonly<Record<string, Box>>): Map<string, { layer: number; rank: number }> {
  const placed = ids.filter((id) => boxes[id] !== undefined);
  const byX = [...placed].sort((a, b) => (boxes[a]?.x ?? 0) - (boxes[b]?.x ?? 0) || compareText(a, b));
  const layers: string[][] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const id of byX) {
    const box = boxes[id] as Box;
    if (box.x >= right || layers.length === 0) layers.push([]);
    layers[layers.length - 1]?.push(id);
    right = Math.max(box.x >= right ? box.x + box.width : right, box.x + box.width);
  }
  const result = new Map<string, { layer: number; rank: number }>();
  layers.forEach((layer, l) => {
    layer.sort((a, b) => (boxes[a]?.y ?? 0) - (boxes[b]?.y ?? 0) || compareText(a, b));
    layer.forEach((id, rank) => result.set(id, { layer: l, rank }));
  });
  return result;
}
