import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModelSync } from '@opcc/core';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from '../layout/default-engine.js';
import { renderMap } from '../process/render-map.js';
import { contrastRatio } from './colour-contrast.js';
import { dimmingRule } from './dimming.js';
import { PALETTE } from './palette.js';

const { model } = loadModelSync(fileURLToPath(new URL('../../../guide/model', import.meta.url)));
const engine = createLayoutEngine();
const SITE_CSS = readFileSync(new URL('../../../site/src/assets/site.css', import.meta.url), 'utf8');
// What can lie behind a shape or flow: the drawing's background, a lane's band or its header.
const BACKDROPS = [PALETTE.background, PALETTE.laneHeader, ...PALETTE.lanes];

/** `top` laid over `under` at `alpha`, as #rrggbb. */
function blend(top: string, under: string, alpha: number): string {
  const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [t, u] = [channels(top), channels(under)];
  return `#${t
    .map((c, i) =>
      Math.round(c * alpha + (u[i] ?? 0) * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** How the drawing's own style block dims: the opacity of a whole dimmed group, of its fills, and its text's colour and opacity. */
function dimming(svg: string): { group: number; fills: number; text?: string; textOpacity: number } {
  const style = [...svg.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join('');
  const number = (pattern: RegExp) => Number(pattern.exec(style)?.[1] ?? 1);
  const text = /text\{fill:(#[0-9a-f]{6})/.exec(style)?.[1];
  return {
    group: number(/\.flow\.dimmed\{opacity:([\d.]+)/),
    fills: number(/\.flow\.dimmed \*\{fill-opacity:([\d.]+)/),
    ...(text === undefined ? {} : { text }),
    textOpacity: number(/text\{[^}]*fill-opacity:([\d.]+)/),
  };
}

type Node = Record<string, unknown>;
interface Dimmed {
  texts: string[];
  fills: string[];
}

/** Every dimmed shape and flow: the colours of its text and of its filled parts. */
function dimmedGroups(svg: string): Dimmed[] {
  const found: Dimmed[] = [];
  const parse = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  const walk = (nodes: Node[], into: Dimmed | undefined) => {
    for (const node of nodes) {
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      const tag = Object.keys(node).find((k) => k !== ':@') ?? '';
      let group = into;
      if (tag === 'g' && (attrs['class'] ?? '').split(' ').includes('dimmed')) found.push((group = { texts: [], fills: [] }));
      if (group !== undefined && (tag === 'text' || tag === 'tspan')) group.texts.push(attrs['fill'] ?? PALETTE.text);
      // An arrow's head is no label's ground.
      else if (group !== undefined && attrs['class'] !== 'arrow-head' && /^#[0-9a-f]{6}$/i.test(attrs['fill'] ?? '')) group.fills.push(attrs['fill'] ?? '');
      const children = node[tag];
      if (Array.isArray(children)) walk(children as Node[], group);
    }
  };
  walk(parse.parse(svg) as Node[], undefined);
  return found;
}

describe('dimming outside a focus', () => {
  it('keeps every label of every dimmed shape and flow of every reference map at 4.5:1 or more, blended as drawn', async () => {
    const failures = new Set<string>();
    let labels = 0;
    for (const map of model.maps) {
      const focus = map.steps.slice(0, 1).map((s) => s.id);
      const { svg } = await renderMap(model, map.id, { engine, focus });
      const dim = dimming(svg);
      for (const group of dimmedGroups(svg)) {
        labels += group.texts.length;
        for (const backdrop of BACKDROPS) {
          // A label lies on one of its group's fills, or straight on the backdrop. Within the group a label is laid over
          // its ground at the text's opacity; then the group as a whole over the backdrop at the group's.
          const grounds = [backdrop, ...group.fills.map((fill) => blend(fill, backdrop, dim.fills))];
          // Besides the colours this map's labels have, the muted grey any label may take (codes, change marks).
          for (const colour of new Set([...group.texts, PALETTE.text, PALETTE.mutedText])) {
            for (const ground of grounds) {
              const label = blend(dim.text ?? colour, ground, dim.textOpacity);
              const [seen, under] = [blend(label, backdrop, dim.group), blend(ground, backdrop, dim.group)];
              const ratio = contrastRatio(seen, under);
              if (ratio < 4.5) failures.add(`${map.id}: ${colour} drawn as ${seen} on ${under}: ${ratio.toFixed(2)}:1`);
            }
          }
        }
      }
    }
    expect(labels).toBeGreaterThan(0);
    expect([...failures]).toEqual([]);
  });

  it('dims in the site stylesheet exactly as in a drawing that carries its own style', () => {
    expect(SITE_CSS.replace(/\n/g, '')).toContain(dimmingRule('.opcc-styled '));
  });
});
