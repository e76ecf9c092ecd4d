import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModelSync } from '../load/load-model.js';
import type { Model } from '../model/model.js';

let loaded: Model | undefined;

/*
 * The reference model of @opcc/guide, read from its folder in the work tree: core's tests cannot
 * import @opcc/guide, which depends on core. Loaded once per test file.
 */
export function referenceModel(): Model {
  if (loaded !== undefined) return loaded;
  const result = loadModelSync(fileURLToPath(new URL('../../../guide/model', import.meta.url)));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  loaded = result.model;
  return loaded;
}
