import { ModelBuilder } from '@opcc/core';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine } from './layout/elk-layout-engine.js';
import { renderMap } from './process/render-map.js';
import { buildOrThrow } from './testing/sample-model.js';
import { renderGlossaryTree } from './views/glossary/render-glossary-tree.js';
import { renderOutcomeFramework } from './views/outcome/render-outcome-framework.js';
import { renderPowerInterest } from './views/power-interest/render-power-interest.js';
import { renderRelationshipMap } from './views/relationship/render-relationship-map.js';
import { renderValueChain } from './views/value-chain/render-value-chain.js';

// Text a model could carry that would be markup, script or a link if it reached the SVG raw.
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)",
  ']]><svg onload=alert(4)>',
  'javascript:alert(5)',
  '&amp; &lt;b&gt; &#60;i&#62;',
  '<![CDATA[x]]><!-- c -->',
  '<a href="javascript:alert(6)" xlink:href="data:text/html,x">link</a>',
];
const evil = (i: number) => `${HOSTILE[i % HOSTILE.length] ?? ''} #${i}`;

function hostileModel() {
  let n = 0;
  const t = () => evil(n++);
  return buildOrThrow(
    new ModelBuilder()
      .manifest({ title: t() })
      .glossary({
        title: t(),
        levels: [t(), t()],
        entries: [
          { code: '1', title: t() },
          { code: '1.1', title: t() },
        ],
      })
      .parties({ parties: [{ id: 'pcc', title: t(), type: 'commissioner' }] })
      .profile({ id: 'p', title: t(), assignments: [{ code: '1', accountable: 'pcc' }] })
      .valueChain({
        title: t(),
        stages: [{ id: 'a', title: t(), map: 'm' }],
        bands: [{ id: 'b', title: t() }],
        areas: [{ id: 'c', title: t() }],
        chain: [
          { id: 'd', title: t() },
          { id: 'e', title: t() },
        ],
        supporting: [{ id: 'f', title: t() }],
      })
      .processMap({
        id: 'm',
        title: t(),
        lanes: [{ id: 'l', title: t(), party: 'pcc' }],
        steps: [
          { id: 'start', kind: 'start', title: t() },
          { id: 'act', kind: 'activity', title: t(), code: '1.1', lane: 'l' },
          { id: 'dec', kind: 'decision', title: t(), lane: 'l' },
          { id: 'out', kind: 'output', title: t(), lane: 'l' },
          { id: 'sub', kind: 'sub-process', title: t(), map: 'm2', lane: 'l' },
          { id: 'ref', kind: 'reference', title: t(), lane: 'l' },
          { id: 'end', kind: 'end', title: t() },
        ],
        flows: [
          { from: 'start', to: 'act', label: t() },
          { from: 'act', to: 'dec' },
          { from: 'dec', to: 'out', condition: t() },
          { from: 'dec', to: 'sub', condition: t() },
          { from: 'out', to: 'ref' },
          { from: 'sub', to: 'end' },
          { from: 'out', to: 'end' },
        ],
      })
      .processMap({ id: 'm2', title: t(), parent: 'm', steps: [{ id: 's', kind: 'start', title: t() }] })
      .stakeholders({
        stakeholders: [
          { id: 'x', title: t(), type: 'role', influence: 4, interest: 4 },
          { id: 'y', title: t(), type: 'board', influence: 1, interest: 5 },
          { id: 'z', title: t(), type: 'group' },
        ],
      })
      .relationKinds({ kinds: [{ id: 'evil', title: t() }] })
      .relationshipMap({
        id: 'r',
        title: t(),
        relations: [
          { from: 'x', to: 'y', kind: 'evil' },
          { from: 'y', to: 'z', kind: 'funds', label: t() },
        ],
      })
      .relationshipMap({ id: 'h', title: t(), layout: 'hierarchy', relations: [{ from: 'x', to: 'y', kind: 'evil', label: t() }] })
      .outcomeFramework({
        id: 'o',
        title: t(),
        vision: { id: 'v', title: t() },
        outcomes: [{ id: 'oc', title: t() }],
        objectives: [{ id: 'ob', title: t(), outcomes: ['oc'] }],
        areaPriorities: [{ id: 'ap', title: t(), area: t(), objectives: ['ob'] }],
      }),
  );
}

interface Walked {
  elements: string[];
  attributes: Array<[string, string]>;
  texts: string[];
}

/** Parses with a real XML parser (xmldom), which fails loudly on malformed markup, and collects what it finds. */
function walk(svg: string): Walked {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const out: Walked = { elements: [], attributes: [], texts: [] };
  const visit = (node: XmlNode) => {
    if (node.nodeType === 1) {
      const el = node as XmlElement;
      out.elements.push(el.tagName);
      for (let i = 0; i < el.attributes.length; i++) {
        const attr = el.attributes.item(i);
        if (attr !== null) out.attributes.push([attr.name, attr.value]);
      }
    } else if (node.nodeType === 3 || node.nodeType === 4) out.texts.push(node.nodeValue ?? '');
    else if (node.nodeType !== 9) out.elements.push(`#${node.nodeName}`);
    for (let c = node.firstChild; c !== null; c = c.nextSibling) visit(c);
  };
  visit(doc);
  return out;
}

describe('hostile model text', () => {
  const model = hostileModel();
  const written = Array.from({ length: 60 }, (_, i) => evil(i));
  const engine = new ElkLayoutEngine();
  const renders: Array<[string, () => Promise<{ svg: string }>]> = [
    ['process map', () => renderMap(model, 'm', { engine, profile: 'p' })],
    ['value chain', () => renderValueChain(model)],
    ['relationship network', () => renderRelationshipMap(model, 'r', { engine })],
    ['relationship hierarchy', () => renderRelationshipMap(model, 'h', { engine })],
    ['power-interest grid', () => renderPowerInterest(model, 'r')],
    ['outcome framework', () => renderOutcomeFramework(model, 'o', { engine })],
    ['glossary tree', () => renderGlossaryTree(model, { profile: 'p' })],
  ];
  for (const [name, render] of renders) {
    it(`comes out inert in the ${name}`, async () => {
      const { svg } = await render();
      const { elements, attributes, texts } = walk(svg);
      const allowed = new Set(['svg', 'title', 'desc', 'defs', 'marker', 'path', 'rect', 'circle', 'text', 'tspan', 'g', 'style']);
      expect(elements.filter((e) => !allowed.has(e))).toEqual([]);
      expect(attributes.filter(([n]) => /^on/i.test(n))).toEqual([]);
      expect(attributes.filter(([n]) => /href/i.test(n))).toEqual([]);
      // Model text reaches only accessible names, titles, descriptions and text content.
      expect(attributes.filter(([n, v]) => !['aria-label'].includes(n) && /alert|javascript:|<|>/i.test(v))).toEqual([]);
      // Every accessible name carries its model title exactly as written.
      const names = attributes.filter(([n]) => n === 'aria-label' && !/^Legend$/.test(n)).map(([, v]) => v);
      const shapeNames = names.filter((v) => v !== 'Legend');
      expect(shapeNames.length).toBeGreaterThan(0);
      for (const name of shapeNames)
        expect(
          written.some((w) => name.includes(w)),
          name,
        ).toBe(true);
      // And the text on the page, joined across wrapped lines, spells the titles exactly.
      const page = texts.join('').replace(/\s+/g, '');
      expect(written.filter((w) => page.includes(w.replace(/\s+/g, ''))).length).toBeGreaterThan(0);
    });
  }

  it('keeps the exact text of a hostile title in the accessible name and the document title', async () => {
    const { svg } = await renderMap(model, 'm', { engine });
    const { attributes, texts } = walk(svg);
    const names = attributes.filter(([n]) => n === 'aria-label').map(([, v]) => v);
    const act = model.maps.find((m) => m.id === 'm')?.steps.find((s) => s.id === 'act')?.title ?? '';
    expect(names).toContain(`Activity 1.1: ${act}`);
    expect(texts).toContain(model.maps.find((m) => m.id === 'm')?.title);
  });
});
