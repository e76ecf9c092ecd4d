import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OpccError } from '../errors.js';
import { loadModelFromFiles } from '../load/load-model.js';
import { mainPath, scaffoldScenario } from './scaffold.js';

const modelDir = fileURLToPath(new URL('../../../guide/model', import.meta.url));
const files = readdirSync(modelDir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .map((path) => ({ path: path.slice(modelDir.length + 1), text: readFileSync(path, 'utf8') }));
const { model } = loadModelFromFiles(files);

describe('a scenario scaffolded from a map', () => {
  it('walks the main path of the map in flow order, one module per step, start and end left out', () => {
    const map = model.maps.find((m) => m.id === 'complaints-against-chief-constable');
    expect(map && mainPath(map).map((s) => s.id)).toEqual([
      'record',
      'assess',
      'must-refer',
      'refer-to-iopc',
      'iopc-decides',
      'consider-suspension',
      'inform-panel',
      'panel-scrutiny',
    ]);
    const scenario = scaffoldScenario(model, { id: 'drill', map: 'complaints-against-chief-constable' });
    expect(scenario.modules.map((m) => [m.id, m.focus?.steps])).toEqual(mainPath(map!).map((s) => [s.id, [s.id]]));
  });

  it('is valid, and validate reports only its placeholders, as warnings', () => {
    const scenario = scaffoldScenario(model, { id: 'drill', map: 'major-incident-gold-group', duration: 60 });
    const { diagnostics, ok } = loadModelFromFiles([...files, { path: 'scenarios/drill.json', text: JSON.stringify(scenario) }]);
    expect(ok).toBe(true);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(new Set(diagnostics.map((d) => `${d.code} ${d.severity} ${d.file}`))).toEqual(new Set(['scenario-placeholder warning scenarios/drill.json']));
  });

  it('refuses a map the model does not have', () => {
    expect(() => scaffoldScenario(model, { id: 'drill', map: 'no-such-map' })).toThrow(OpccError);
  });
});
