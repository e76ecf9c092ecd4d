import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../build/model-builder.js';
import { loadModelFromFiles } from '../load/load-model.js';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { toJson, toYaml } from './to-text.js';

const tricky = fc.constantFrom(
  'null',
  'true',
  '1.10',
  '0.5',
  '- item',
  '# not a comment',
  'a: b',
  '---',
  '"quoted"',
  "it's",
  '|',
  '>',
  '@x',
  '`x`',
  '*alias',
  '&anchor',
  '{a}',
  '[a]',
  '%',
  '!tag',
  '~',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  tricky,
  fc.string({ unit: 'grapheme', maxLength: 10 }).map((s) => `line one\n  line two ${s}\n`),
);
const title = text.filter((s) => s.trim().length > 0);
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4}){0,2}$/);

/** A valid model: a glossary tree, parties, a profile, maps with flows, stakeholders, references. */
const modelArbitrary = fc
  .record({
    glossary: fc.uniqueArray(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), { maxLength: 12, selector: (p) => p.join('.') }),
    entryTitles: fc.array(title, { minLength: 40, maxLength: 40 }),
    descriptions: fc.array(fc.option(text, { nil: undefined }), { minLength: 40, maxLength: 40 }),
    mapIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    stepTitles: fc.array(title, { minLength: 6, maxLength: 6 }),
    guidance: fc.array(fc.option(text, { nil: undefined }), { minLength: 6, maxLength: 6 }),
    flowLabel: fc.option(text, { nil: undefined }),
    stakeholderIds: fc.uniqueArray(id, { minLength: 2, maxLength: 5 }),
    influence: fc.integer({ min: 1, max: 5 }),
    href: fc.constantFrom('https://www.police.uk/', 'mailto:office@example.org', 'files/matrix.xlsx', '../guide.pdf#page=2', undefined),
    savings: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
  })
  .map((r) => {
    // Close the code set under parents so the glossary is a valid tree.
    const codes = new Set<string>();
    for (const parts of r.glossary) for (let i = 1; i <= parts.length; i++) codes.add(parts.slice(0, i).join('.'));
    const codeList = [...codes];
    const builder = new ModelBuilder()
      .manifest({ title: r.entryTitles[0]!, description: r.descriptions[0] })
      .glossary({ edition: 'e1', entries: codeList.map((code, i) => ({ code, title: r.entryTitles[i % 40]!, description: r.descriptions[i % 40] })) })
      .parties({ parties: [{ id: 'pcc', title: 'PCC', type: 'commissioner' }] })
      .references({
        references: [{ id: 'ref', title: r.stepTitles[0]!, kind: 'guidance', ...(r.href === undefined ? { note: 'no public page' } : { href: r.href }) }],
      })
      .stakeholders({
        stakeholders: r.stakeholderIds.map((sid, i) => ({ id: sid, title: r.entryTitles[i]!, type: 'organisation' as const, influence: r.influence })),
      })
      .relationshipMap({
        id: 'rm',
        title: 'Map',
        relations: [{ from: r.stakeholderIds[0]!, to: r.stakeholderIds[1]!, kind: 'scrutinises', label: r.flowLabel }],
      });
    if (codeList.length > 0)
      builder.profile({
        id: 'p',
        title: 'P',
        // Every top-level entry assigned, so the profile has no gap to warn of.
        assignments: codeList.filter((code) => !code.includes('.')).map((code) => ({ code, accountable: 'pcc' })),
      });
    for (const mapId of r.mapIds) {
      builder.processMap({
        id: mapId,
        title: r.stepTitles[1]!,
        guidance: r.guidance[0],
        lanes: [{ id: 'opcc', title: 'OPCC', party: 'pcc' }],
        steps: [
          { id: 'start', kind: 'start', title: r.stepTitles[2]!, lane: 'opcc', guidance: r.guidance[1] },
          codeList.length > 0
            ? {
                id: 'act',
                kind: 'activity',
                title: r.stepTitles[3]!,
                code: codeList[codeList.length - 1]!,
                lane: 'opcc',
                references: ['ref'],
                guidance: r.guidance[2],
              }
            : { id: 'act', kind: 'decision', title: r.stepTitles[3]!, guidance: r.guidance[2] },
          { id: 'end', kind: 'end', title: r.stepTitles[4]! },
        ],
        flows: [
          { from: 'start', to: 'act' },
          { from: 'act', to: 'end', label: r.flowLabel, condition: r.flowLabel },
        ],
      });
    }
    builder.collaboration({
      id: 'alliance',
      title: r.stepTitles[5]!,
      type: 'regional',
      partners: ['pcc'],
      businessAreas: [{ id: 'area', title: 'Area', phase: 'live', ...(r.savings === undefined ? {} : { savings: { planned: r.savings } }) }],
    });
    return builder;
  });

describe('serialise and load', () => {
  it('gives back an equal model from YAML and from JSON, and the same bytes again', () => {
    fc.assert(
      fc.property(modelArbitrary, (builder) => {
        const built = builder.build();
        expect(built.diagnostics).toEqual([]);
        const yaml = toYaml(built.model);
        const fromYaml = loadModelFromFiles([{ path: 'model.yaml', text: yaml }]);
        expect(fromYaml.diagnostics).toEqual([]);
        expect(fromYaml.model).toEqual(built.model);
        expect(toYaml(fromYaml.model)).toBe(yaml);
        const fromJson = loadModelFromFiles([{ path: 'model.json', text: toJson(built.model) }]);
        expect(fromJson.diagnostics).toEqual([]);
        expect(fromJson.model).toEqual(built.model);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips the query fixture', () => {
    const { model } = fixtureBuilder().build();
    expect(loadModelFromFiles([{ path: 'm.yaml', text: toYaml(model) }]).model).toEqual(model);
  });
});
