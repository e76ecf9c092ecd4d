import { fileURLToPath } from 'node:url';
import { loadModelSync } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { renderMap, renderGlossaryTree, renderOutcomeFramework, renderPowerInterest, renderRelationshipMap, renderValueChain } from './index.js';

// WCAG 2.5.3 (label in name): someone using speech input says what they see ("click Chief
// Constable"), so every shape's accessible name must hold its visible words, in order and
// unbroken. The words are compared as axe-core compares them: letters and digits only, with
// parentheticals dropped.

const GUIDE = fileURLToPath(new URL('../../guide/model', import.meta.url));
const { model } = loadModelSync(GUIDE);

function words(text: string): string[] {
  let s = text.normalize('NFKD').toLowerCase();
  for (let before = ''; before !== s;) [before, s] = [s, s.replace(/\([^()]*\)/g, '')];
  return s
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function contains(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((w, j) => haystack[i + j] === w)) return true;
  return needle.length === 0;
}

/** Shapes whose visible text is not inside their accessible name, as "name ← visible text". */
function mismatches(svg: string): string[] {
  const found: string[] = [];
  for (const shape of svg.matchAll(/<g [^>]*role="button" aria-label="([^"]*)"[^>]*>(.*?)<\/g>/g)) {
    const name = unescape(shape[1] ?? '');
    const visible = [...(shape[2] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => unescape(t[1] ?? '')).join(' ');
    if (!contains(words(name), words(visible))) found.push(`${name} ← ${visible}`);
  }
  return found;
}

async function everyDrawing(): Promise<Array<{ what: string; svg: string }>> {
  const profile = model.profiles[0]?.id;
  const drawings = [{ what: 'value chain', svg: (await renderValueChain(model)).svg }];
  for (const map of model.maps) {
    drawings.push({ what: map.id, svg: (await renderMap(model, map.id)).svg });
    if (profile !== undefined) drawings.push({ what: `${map.id} (${profile})`, svg: (await renderMap(model, map.id, { profile })).svg });
  }
  for (const r of model.relationshipMaps) {
    drawings.push({ what: r.id, svg: (await renderRelationshipMap(model, r.id)).svg });
    drawings.push({ what: `${r.id} grid`, svg: (await renderPowerInterest(model, r.id)).svg });
  }
  for (const f of model.outcomeFrameworks) drawings.push({ what: f.id, svg: (await renderOutcomeFramework(model, f.id)).svg });
  for (const p of model.profiles) drawings.push({ what: `glossary (${p.id})`, svg: (await renderGlossaryTree(model, { profile: p.id })).svg });
  return drawings;
}

describe('accessible names of shapes', () => {
  it('finds the visible words of a shape in its name, and notices when they are missing', () => {
    expect(mismatches('<g id="a" role="button" aria-label="Activity 1.1: Analyse (draft)"><text>1.1</text> <text>Analyse</text></g>')).toEqual([]);
    expect(mismatches('<g id="a" role="button" aria-label="Activity: Analyse, glossary 1.1"><text>1.1</text> <text>Analyse</text></g>')).toHaveLength(1);
    expect(mismatches('<g id="a" role="button" aria-label="Plan and or annual"><text>Plan and or</text><text>annual</text></g>')).toEqual([]);
  });

  it('hold every visible word of every shape of the reference model, in order', async () => {
    const drawings = await everyDrawing();
    expect(drawings.length).toBeGreaterThan(30);
    const shapes = drawings.reduce((n, d) => n + (d.svg.match(/role="button"/g)?.length ?? 0), 0);
    expect(shapes).toBeGreaterThan(300);
    expect(drawings.flatMap((d) => mismatches(d.svg).map((m) => `${d.what}: ${m}`))).toEqual([]);
  }, 60_000);
});
