import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import type { LayoutEngine } from '../layout/layout-engine.js';
import { sampleModel } from '../testing/sample-model.js';
import { layoutProcessMap } from './layout-process-map.js';
import { at, get, groupBy, MissingLayoutEntryError } from './lookup.js';
import { mapLayoutInput } from './map-layout-input.js';

describe('layout look-ups', () => {
  it('return what is there and throw a typed error naming the table and key for what is not', () => {
    const axis = new Map([['plan', 40]]);
    expect(get(axis, 'plan', 'axis of step')).toBe(40);
    expect(() => get(axis, 'missing', 'axis of step')).toThrow(new MissingLayoutEntryError('axis of step', 'missing'));
    expect(() => get(axis, 'missing', 'axis of step')).toThrow('process-map layout: no axis of step "missing"');
    expect(at([0, 0], 1, 'layer')).toBe(0);
    expect(() => at([0, 0], 2, 'layer')).toThrow(MissingLayoutEntryError);
  });

  it('group items by key, keeping their order', () => {
    expect([...groupBy([1, 2, 3, 4, 5], (n) => n % 2)]).toEqual([
      [1, [1, 3, 5]],
      [0, [2, 4]],
    ]);
  });

  it('make a layout fail loudly when the engine leaves a step out, rather than draw it at the left edge', async () => {
    const elk = new ElkLayoutEngine();
    const forgetful: LayoutEngine = {
      async layout(graph) {
        const result = await elk.layout(graph);
        const { analysis: _left, ...nodes } = result.nodes;
        return { ...result, nodes };
      },
    };
    await expect(layoutProcessMap(mapLayoutInput(sampleModel(), 'engage-consult'), forgetful)).rejects.toThrow(
      new MissingLayoutEntryError('layer of step', 'analysis'),
    );
  });
});
