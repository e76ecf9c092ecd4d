import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGlossaryCsv, loadModel, toDocuments, toGraph, toJson } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { runCaptured } from '../testing/run-captured.js';
import { EXPORT_MANIFEST } from './export-files.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const GUIDE = join(root, 'packages', 'guide', 'model');
const temp = tempDirs();
const { model: guide } = await loadModel(GUIDE);

const run = (...args: string[]) => runCaptured(root, ...args);

describe('opcc export --format bpmn and opcc import bpmn', () => {
  it('exports a map as BPMN and imports it back as the same map, into a new file only', async () => {
    const dir = temp('bpmn');
    const bpmn = join(dir, 'engage-consult.bpmn');
    const yaml = join(dir, 'engage-consult.yaml');
    expect((await run('export', 'packages/guide/model', '--map', 'engage-consult', '--out', bpmn)).code).toBe(0);
    expect(readFileSync(bpmn, 'utf8')).toMatch(/^<\?xml[^>]*>\n<bpmn:definitions /);
    const imported = await run('import', 'bpmn', bpmn, '--out', yaml);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^wrote ${yaml}: process map "engage-consult" with \\d+ lanes`)) });
    const original = toDocuments(guide).find((d) => d.kind === 'process-map' && d.id === 'engage-consult');
    expect(parse(readFileSync(yaml, 'utf8'))).toEqual(original);

    // Not even its own file is replaced: once imported, the map is the user's to edit.
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}# edited by hand\n`);
    const again = await run('import', 'bpmn', bpmn, '--out', yaml);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('writes only a new file');
    expect(readFileSync(yaml, 'utf8')).toMatch(/# edited by hand\n$/);
    expect(existsSync(join(dir, EXPORT_MANIFEST))).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, EXPORT_MANIFEST), 'utf8')).files)).toEqual(['engage-consult.bpmn']);
  }, 60_000);

  it('reports what it cannot read at its line and writes nothing', async () => {
    const dir = temp('bpmn-bad');
    const bad = join(dir, 'bad.bpmn');
    writeFileSync(bad, '<?xml version="1.0"?>\n<notBpmn/>\n');
    const result = await run('import', 'bpmn', bad, '--out', join(dir, 'bad.yaml'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/bad\.bpmn:\d+:\d+\s+error\s+bpmn-unreadable/);
    expect(existsSync(join(dir, 'bad.yaml'))).toBe(false);
  });

  it('writes every map into one file when --out names a .bpmn file and no map is chosen', async () => {
    const out = join(temp('bpmn-all'), 'model.bpmn');
    expect((await run('export', 'packages/guide/model', '--out', out)).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    for (const map of guide.maps) expect(xml).toContain(`<bpmn:process id="Process_${map.id}"`);
  }, 60_000);
});

describe('opcc export of the model as data', () => {
  it('writes the documents as canonical JSON, which loads as the same model', async () => {
    const dir = temp('json');
    const out = join(dir, 'model', 'model.json');
    expect((await run('export', 'packages/guide/model', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toJson(guide));
    // The manifest is hidden, so the folder is a model of one file.
    const reloaded = await loadModel(join(dir, 'model'));
    expect(reloaded.ok).toBe(true);
    expect(toJson(reloaded.model)).toBe(toJson(guide));
  }, 60_000);

  it("writes the graph in graphology's serialised form, and a map's layout as layout-json", async () => {
    const dir = temp('graph');
    const graph = join(dir, 'graph.json');
    expect((await run('export', 'packages/guide/model', '--format', 'graph-json', '--out', graph)).code).toBe(0);
    const serialised = JSON.parse(readFileSync(graph, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(serialised.nodes.length).toBe(toGraph(guide).order);
    expect(serialised.edges.length).toBe(toGraph(guide).size);
    const layout = join(dir, 'map.json');
    expect((await run('export', 'examples/minimal', '--map', 'engage-consult', '--out', layout)).code).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(layout, 'utf8')) as { shapes: object }).shapes)).toEqual(['start', 'analyse', 'done']);
    expect((await run('export', 'packages/guide/model', '--format', 'json', '--map', 'engage-consult')).code).toBe(2);
  }, 60_000);
});

describe('opcc export --format csv', () => {
  it('writes the glossary, which the CSV import reads back, the RACI matrix of one or every profile, and business areas', async () => {
    const dir = temp('csv');
    const glossary = join(dir, 'glossary.csv');
    expect((await run('export', 'packages/guide/model', '--out', glossary)).code).toBe(0);
    const read = importGlossaryCsv(readFileSync(glossary, 'utf8'));
    expect(read.diagnostics).toEqual([]);
    expect(read.glossary?.entries?.map((e) => [e.code, e.title])).toEqual(guide.glossary.entries.map((e) => [e.code, e.title]));
    const raci = join(dir, 'northshire.csv');
    expect((await run('export', 'packages/guide/model', '--format', 'csv', '--table', 'raci', '--profile', 'northshire', '--out', raci)).code).toBe(0);
    expect(readFileSync(raci, 'utf8').split('\r\n')[0]).toMatch(/^code,title,.*Police and Crime Commissioner/);
    const every = join(dir, 'raci');
    expect((await run('export', 'packages/guide/model', '--format', 'csv', '--table', 'raci', '--out', every)).code).toBe(0);
    expect(readdirSync(every).sort()).toEqual([EXPORT_MANIFEST, ...guide.profiles.map((p) => `raci-${p.id}.csv`)].sort());
    const areas = join(dir, 'areas.csv');
    expect((await run('export', 'packages/guide/model', '--format', 'csv', '--table', 'business-areas', '--out', areas)).code).toBe(0);
    expect(readFileSync(areas, 'utf8').trimEnd().split('\r\n').length).toBe(guide.collaborations.flatMap((c) => c.businessAreas).length + 1);
  }, 60_000);

  it('neutralises cells that a spreadsheet would run as formulas, unless --no-neutralise', async () => {
    const dir = temp('csv-hostile');
    const model = join(dir, 'model');
    cpSync(join(root, 'examples', 'minimal'), model, { recursive: true });
    writeFileSync(join(model, 'glossary.yaml'), readFileSync(join(model, 'glossary.yaml'), 'utf8').replace('title: Governance', 'title: "=HYPERLINK(1)"'));
    expect((await run('export', model, '--out', join(dir, 'safe.csv'))).code).toBe(0);
    expect(readFileSync(join(dir, 'safe.csv'), 'utf8')).toContain("\r\n1,'=HYPERLINK(1),");
    expect((await run('export', model, '--no-neutralise', '--out', join(dir, 'raw.csv'))).code).toBe(0);
    expect(readFileSync(join(dir, 'raw.csv'), 'utf8')).toContain('\r\n1,=HYPERLINK(1),');
  }, 60_000);
});

describe('opcc export --view', () => {
  it('draws every relationship map, the value chain, the outcome frameworks and the glossary tree as SVG, and one as PNG', async () => {
    const dir = temp('views');
    const cases = [
      ['relationship-map', guide.relationshipMaps.map((m) => m.id)],
      ['value-chain', ['value-chain']],
      ['outcome-framework', guide.outcomeFrameworks.map((f) => f.id)],
      ['glossary-tree', ['glossary-tree']],
    ] as const;
    for (const [view, ids] of cases) {
      const out = join(dir, view);
      expect((await run('export', 'packages/guide/model', '--view', view, '--out', out)).code, view).toBe(0);
      expect(readdirSync(out).sort(), view).toEqual([EXPORT_MANIFEST, ...ids.map((id) => `${id}.svg`)].sort());
      for (const id of ids) expect(readFileSync(join(out, `${id}.svg`), 'utf8'), `${view} ${id}`).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    const png = join(dir, 'chain.png');
    expect((await run('export', 'packages/guide/model', '--view', 'value-chain', '--map', 'value-chain', '--out', png)).code).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const one = guide.relationshipMaps[0]?.id ?? '';
    expect((await run('export', 'packages/guide/model', '--view', 'relationship-map', '--map', one, '--out', join(dir, 'one.svg'))).code).toBe(0);
    expect((await run('export', 'packages/guide/model', '--view', 'relationship-map', '--map', 'nope')).stderr).toContain('no relationship map "nope"');
    expect((await run('export', 'packages/guide/model', '--view', 'value-chain', '--format', 'bpmn')).code).toBe(2);
  }, 120_000);
});
