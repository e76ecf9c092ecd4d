import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CachedLayoutEngine } from '../layout/cached-layout-engine.js';
import { ElkLayoutEngine } from '../layout/elk-layout-engine.js';
import { renderMap } from '../process/render-map.js';
import { sampleModel } from '../testing/sample-model.js';
import { styledByClasses, withStyling } from './styling.js';

const model = sampleModel();
const engine = new CachedLayoutEngine(new ElkLayoutEngine());
const PRESENTATION = /\s(stroke|stroke-width|font-size|font-weight|font-family|text-anchor)="/;
// The site's stylesheet, which must style every class that classes styling writes.
const SITE_CSS = readFileSync(new URL('../../../site/src/assets/site.css', import.meta.url), 'utf8');
const STYLE_CLASSES = [
  'o',
  'o4',
  'o1',
  'w075',
  'w1',
  'w125',
  'drill-marker',
  'lh',
  'plate',
  'f11',
  'f12',
  'f18',
  'b',
  's',
  'fo',
  'fd',
  'arrow-line',
  'arrow-head',
  'background',
  'focus-ring',
];

// The drawing with its attributes left out: what both stylings must share.
const skeleton = (svg: string) =>
  svg.replace(/\s(class|fill|stroke|stroke-width|font-size|font-weight|font-family|text-anchor)="[^"]*"/g, '').replace(/<style>[^<]*<\/style>/g, '');

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

  it('uses only classes that the site stylesheet styles for drawings with classes styling', async () => {
    // when
    const { svg } = await renderMap(model, 'engage-consult', { engine, focus: ['plan'], styling: 'classes' });
    // then
    for (const name of STYLE_CLASSES) expect(SITE_CSS, name).toContain(`.opcc-styled .${name} `);
    const used = new Set([...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')));
    for (const name of ['o', 'f11', 'b', 'fo', 'fd', 'arrow-line', 'plate']) expect(used, name).toContain(name);
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
