import { OpccError, scaffoldScenario, scenarioId } from '@opcc/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { loadOrReport, pathKind } from './load-or-report.js';

/** Options of `opcc scenario new`. */
export interface ScenarioNewOptions {
  /** The process map whose main path the modules walk. */
  readonly map: string;
  /** The model folder; the current folder when left out. */
  readonly model?: string;
  /** The file to write; `scenarios/<id>.yaml` in the model folder when left out. */
  readonly out?: string;
  /** The planned length in minutes. */
  readonly duration?: number;
}

/**
 * Writes a starting scenario into a model: one module per step of a map's main path, with
 * `TODO` placeholders that `opcc validate` reports as warnings until they are written. It
 * never replaces a file.
 */
export async function scenarioNewCommand(id: string, options: ScenarioNewOptions, io: CliIo): Promise<number> {
  const loaded = await loadOrReport(options.model ?? '.', io);
  if ('exit' in loaded) return loaded.exit;
  // The id names the file, so it is checked before it becomes part of a path.
  try {
    scenarioId(id);
  } catch (error) {
    if (!(error instanceof OpccError)) throw error;
    io.stderr(`opcc: ${safeText(error.message)}\n`);
    return EXIT.usage;
  }
  if (loaded.model.scenarios.some((s) => s.id === id)) {
    io.stderr(`opcc: nothing was written: the model already has a scenario "${safeText(id)}"; choose another id\n`);
    return EXIT.usage;
  }
  const out = resolve(io.cwd, options.out ?? resolve(loaded.folder, 'scenarios', `${id}.yaml`));
  if (pathKind(out) !== 'missing') {
    io.stderr(`opcc: nothing was written: ${safeText(out)} exists; choose another --out\n`);
    return EXIT.usage;
  }
  let scenario;
  try {
    scenario = scaffoldScenario(loaded.model, { id, map: options.map, ...(options.duration === undefined ? {} : { duration: options.duration }) });
  } catch (error) {
    if (!(error instanceof OpccError)) throw error;
    io.stderr(`opcc: ${safeText(error.message)}\n`);
    return EXIT.usage;
  }
  const header =
    `# A starting scenario written by opcc scenario new from the map "${options.map}".\n` +
    '# Replace every TODO; opcc validate warns of each one until it is written.\n';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${header}${stringify(scenario, { lineWidth: 0 })}`, { flag: 'wx' });
  io.stdout(`wrote ${safeText(out)}\n`);
  return EXIT.ok;
}
