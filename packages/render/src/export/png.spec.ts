import { describe, expect, it } from 'vitest';
import { renderMap } from '../process/render-map.js';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { sampleModel } from '../testing/sample-model.js';
import { rasterise, svgToPng } from './png.js';

describe('svgToPng', () => {
  it('rasterises a map to the same PNG every time, at the requested scale', async () => {
    const { svg, width, height } = await renderMap(sampleModel(), 'engage-consult', { engine: new ElkLayoutEngine() });
    const a = svgToPng(svg, { scale: 2 });
    const b = svgToPng(svg, { scale: 2 });
    expect(a.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(a.equals(b)).toBe(true);
    // IHDR width and height, big-endian, at bytes 16 and 20.
    expect(Math.abs(a.readUInt32BE(16) - width * 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(a.readUInt32BE(20) - height * 2)).toBeLessThanOrEqual(2);
  });

  it('says which font file is missing', () => {
    expect(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { fontFiles: ['/nowhere/font.ttf'] })).toThrow(
      /\/nowhere\/font.ttf/,
    );
  });

  it('draws text with the fonts it bundles and no system font', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>' +
      '<text x="10" y="28" font-family="&quot;Liberation Sans&quot;, Arial, sans-serif" font-size="20">Commission</text></svg>';
    const inked = (fontFiles?: string[]) => {
      const image = rasterise(svg, fontFiles === undefined ? {} : { fontFiles });
      let dark = 0;
      for (let i = 0; i < image.pixels.length; i += 4) if ((image.pixels[i] ?? 255) < 128) dark++;
      return dark;
    };
    // With no font at all nothing is drawn, so the ink comes from the bundled files.
    expect(inked([])).toBe(0);
    expect(inked()).toBeGreaterThan(100);
  });
});
