import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CachedLayoutEngine } from '../layout/cached-layout-engine.js';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { renderMap } from '../process/render-map.js';
import { sampleModel } from '../testing/sample-model.js';
import { EDGE_LABEL_FONT } from '../shapes/shape-text.js';
import { PALETTE } from './palette.js';
import { styledByClasses, withStyling } from './styling.js';

const model = sampleModel();
const engine = new CachedLayoutEngine(new ElkLayoutEngine());
const PRESENTATION = /\s(stroke|stroke-width|font-size|font-weight|font-family|text-anchor)="/;
// The site's stylesheet, which must style every class that classes styling writes.
const SITE_CSS = readFileSync(new URL('../../../site/src/assets/site.css', import.meta.url), 'utf8');
const STYLE_CLASSES = ['o', 'o4', 'o1', 'w075', 'w1', 'w125', 'drill-marker', 'lh', 'f11', 'f12', 'f18', 'b', 's', 'fo', 'fd', 'arrow-head', 'background'];

// The drawing with its attributes left out: what both stylings must share. Classes styling also leaves out what only a
// drawing on its own needs: a focus ring per shape (the page's stylesheet marks the focused outline), an arrow head per
// flow (one marker serves them all), and data attributes that the site's script does not read.
const skeleton = (svg: string) =>
  svg
    .replace(/<rect class="focus-ring"[^>]*\/>/g, '')
    .replace(/<path class="arrow-head"[^>]*\/>/g, '')
    .replace(/<marker [^>]*>.*?<\/marker>/g, '')
    .replace(/<rect [^>]*class="plate"[^>]*\/>|<rect [^>]*rx="3" fill="#ffffff"\/>/g, '')
    .replace(
      /\s(class|fill|stroke|stroke-width|font-size|font-weight|font-family|text-anchor|marker-end|data-kind|data-code|data-from|data-to|data-lane)="[^"]*"/g,
      '',
    )
    .replace(/<style>[^<]*<\/style>/g, '');

describe('styling', () => {
  it('draws the same elements and text with classes as with attributes, leaving out every presentation attribute', async () => {
    // given
    const focus = ['plan', 'analysis'];
    // when
    const inline = await renderMap(model, 'engage-consult', { engine, focus });
    const classes = await renderMap(model, 'engage-consult', { engine, focus, styling: 'classes' });
    // then
    expect(inline.svg).toMatch(PRESENTATION);
    expect(inline.svg).toContain('<style>');
    expect(classes.svg).not.toMatch(PRESENTATION);
    expect(classes.svg).not.toContain('<style>');
    expect(classes.svg).toContain('class="opcc-process-map opcc-styled"');
    expect(skeleton(classes.svg)).toBe(skeleton(inline.svg));
    expect(classes.svg.length).toBeLessThan(inline.svg.length * 0.8);
  });

  it('draws every arrow head of a page’s drawing with one marker, and a paler one for the dimmed flows of a focus map', async () => {
    // when
    const plain = (await renderMap(model, 'engage-consult', { engine, styling: 'classes' })).svg;
    const focused = (await renderMap(model, 'engage-consult', { engine, focus: ['plan', 'analysis'], styling: 'classes' })).svg;
    const inline = (await renderMap(model, 'engage-consult', { engine })).svg;
    // then
    const flows = [...inline.matchAll(/<g class="flow[ "]/g)].length;
    expect(flows).toBeGreaterThan(5);
    expect([...inline.matchAll(/class="arrow-head"/g)]).toHaveLength(flows);
    expect([...plain.matchAll(/<marker /g)]).toHaveLength(1);
    expect(plain).toContain('<g class="flows" aria-hidden="true" marker-end="url(#map-engage-consult-ah)">');
    expect(plain).not.toContain('class="arrow-head" d=');
    expect(plain).not.toContain('focus-ring');
    expect([...focused.matchAll(/<marker /g)]).toHaveLength(2);
    const dimmed = [...focused.matchAll(/<g class="flow dimmed"([^>]*)>/g)].map((m) => m[1]);
    expect(dimmed.length).toBeGreaterThan(0);
    for (const attributes of dimmed) expect(attributes).toBe(' marker-end="url(#map-engage-consult-ahd)"');
  });

  it('uses only classes that the site stylesheet styles for drawings with classes styling', async () => {
    // when
    const { svg } = await renderMap(model, 'engage-consult', { engine, focus: ['plan'], styling: 'classes' });
    // then
    for (const name of STYLE_CLASSES) expect(SITE_CSS, name).toContain(`.opcc-styled .${name} `);
    const used = new Set([...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')));
    for (const name of ['o', 'f11', 'b', 'fo', 'fd', 'arrow-head']) expect(used, name).toContain(name);
    // A flow's line (a path with no class) and its label's halo instead of a plate, styled by the rules for flows.
    expect(SITE_CSS).toContain('.opcc-styled .flow > path:not([class]) ');
    expect(SITE_CSS).toContain('.opcc-styled .flow text');
    expect(svg).toMatch(/<g class="flow[^"]*"[^>]*><path d="[^"]+"\/> <text /);
    expect(svg).not.toContain('class="plate"');
    // A label in the usual label font has no class: the rule for flows' unclassed text gives its size.
    expect(svg).toMatch(/<g class="flow[^"]*"[^>]*><path d="[^"]+"\/> <text x="[\d.]+" y="[\d.]+">/);
    expect(svg).not.toMatch(/<g class="flow[^"]*"[^>]*>(<title>[^<]*<\/title>)?<path [^>]*\/> <text [^>]*class=/);
    expect(SITE_CSS).toContain(`.opcc-styled .flow text:not([class]), .opcc-styled .connectors text:not([class]) { font-size: ${EDGE_LABEL_FONT.size}px; }`);
    // Lane bands: the first tint comes from the stylesheet, every other one stays on its band.
    const bands = [...svg.matchAll(/<g class="lane"><rect ([^>]*)\/>/g)].map((m) => m[1] ?? '');
    expect(bands.length).toBeGreaterThan(1);
    expect(bands[0]).not.toContain('fill=');
    for (const band of bands.slice(1)) expect(band).toMatch(/ fill="#[0-9a-f]{6}"/);
    expect(SITE_CSS).toContain(`.opcc-styled .o1:not([fill]) { fill: ${PALETTE.lanes[0]}; }`);
  });

  it('restores the previous styling after a draw, even one that throws', () => {
    expect(() =>
      withStyling('classes', () => {
        throw new Error('draw failed');
      }),
    ).toThrow('draw failed');
    expect(styledByClasses()).toBe(false);
  });
});
