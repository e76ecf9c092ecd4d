import { fileURLToPath } from 'node:url';
import { loadModelSync } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { sampleModel } from '../../testing/sample-model.js';
import { layoutValueChain } from './layout-value-chain.js';
import { renderValueChain } from './render-value-chain.js';

const GUIDE = fileURLToPath(new URL('../../../../guide/model', import.meta.url));
const guide = loadModelSync(GUIDE).model;

describe('the value chain as the 2012 graphic draws it', () => {
  it('draws the PAG as an overlay beside the rows it lies over, from the bands to the responsibility areas', async () => {
    const view = layoutValueChain(guide);
    const svg = (await renderValueChain(guide)).svg;
    const rect = /<rect class="value-chain-overlay" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    expect(rect).not.toBeNull();
    const [x, y, , height] = (rect ?? []).slice(1).map(Number) as [number, number, number, number];
    const boxes = (group: string) => view.nodes.filter((n) => n.className.split(' ').includes(`segment-${group}`)).map((n) => n.box);
    const right = Math.max(...view.nodes.map((n) => n.box.x + n.box.width));
    expect(x).toBeGreaterThan(right);
    expect(y).toBe(Math.min(...boxes('bands').map((b) => b.y)));
    expect(y + height).toBe(Math.max(...boxes('areas').map((b) => b.y + b.height)));
    expect(svg).toMatch(/>PAG</);
    expect(view.description).toContain('PAG lies over the stages and areas as an overlay');
  });

  it('names the responsibility areas by their heading in the source', async () => {
    expect((await renderValueChain(guide)).svg).toContain('S4J OPCC');
    expect((await renderValueChain(sampleModel())).svg).not.toContain('value-chain-overlay');
  });
});
