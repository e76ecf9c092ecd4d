import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guide } from '@opcc/guide';
import { toBpmn } from '@opcc/render';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-tree.js';
import { launchChromium } from './chromium.js';

// Another tool's reading of our BPMN: bpmn-js, the viewer most BPMN tools are built on, imports
// every exported map in Chromium from a local page, with no warnings and every shape drawn.

const temp = tempDirs();
const VIEWER = createRequire(import.meta.url).resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

interface Imported {
  readonly warnings: readonly string[];
  /** Shapes other than labels and the root: pools, lanes and flow nodes. */
  readonly shapes: number;
  readonly connections: number;
}

declare const BpmnJS: new (options: { container: string }) => {
  importXML(xml: string): Promise<{ warnings: Array<{ message: string }> }>;
  get(name: 'elementRegistry'): { filter(test: (e: { type: string; parent?: unknown; waypoints?: unknown }) => boolean): unknown[] };
  destroy(): void;
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = temp('bpmn-js');
  copyFileSync(VIEWER, join(dir, 'bpmn-viewer.js'));
  writeFileSync(
    join(dir, 'viewer.html'),
    '<!doctype html><meta charset="utf-8"><div id="canvas" style="width:1200px;height:800px"></div><script src="bpmn-viewer.js"></script>',
  );
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(pathToFileURL(join(dir, 'viewer.html')).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function importInViewer(xml: string): Promise<Imported> {
  return page.evaluate(async (text) => {
    const viewer = new BpmnJS({ container: '#canvas' });
    try {
      const { warnings } = await viewer.importXML(text);
      const registry = viewer.get('elementRegistry');
      return {
        warnings: warnings.map((w) => w.message),
        shapes: registry.filter((e) => e.type !== 'label' && e.parent !== undefined && e.waypoints === undefined).length,
        connections: registry.filter((e) => e.waypoints !== undefined).length,
      };
    } finally {
      viewer.destroy();
    }
  }, xml);
}

describe('bpmn-js', () => {
  it('imports every exported reference map with no warnings, drawing its pool, lanes, steps and flows', async () => {
    expect(guide.maps.length).toBeGreaterThan(10);
    for (const map of guide.maps) {
      const imported = await importInViewer(await toBpmn(guide, [map.id]));
      if (process.env['OPCC_BPMN_REPORT'])
        console.log(`${map.id}: ${imported.shapes} shapes, ${imported.connections} flows, ${imported.warnings.length} warnings`);
      expect(imported, map.id).toEqual({ warnings: [], shapes: map.steps.length + map.lanes.length + 1, connections: map.flows.length });
    }
  }, 120_000);

  it('imports the whole model in one file with no warnings', async () => {
    const imported = await importInViewer(
      await toBpmn(
        guide,
        guide.maps.map((m) => m.id),
      ),
    );
    const shapes = guide.maps.reduce((sum, m) => sum + m.steps.length + m.lanes.length + 1, 0);
    expect(imported).toEqual({ warnings: [], shapes, connections: guide.maps.reduce((sum, m) => sum + m.flows.length, 0) });
  }, 120_000);

  it('reports the warnings of a file whose drawing points at nothing, so a clean import means something', async () => {
    const xml = (await toBpmn(guide, [guide.maps[0]?.id ?? ''])).replace(/bpmnElement="Step_[^"]*"/, 'bpmnElement="Step_nowhere"');
    expect((await importInViewer(xml)).warnings.length).toBeGreaterThan(0);
  });
});
