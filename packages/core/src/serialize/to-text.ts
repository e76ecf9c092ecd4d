import { yamlModule } from '../load/yaml-module.js';
import type { Model } from '../model/model.js';
import { toDocuments } from './to-documents.js';

/**
 * The model as canonical YAML: one document per `---`, byte-identical for equal models.
 * @example
 * ```ts
 * writeFileSync('model.yaml', toYaml(guide)); // loadModel reads it back to an equal model
 * ```
 */
export function toYaml(model: Model): string {
  return toDocuments(model)
    .map((document) => yamlModule().stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }))
    .join('---\n');
}

/**
 * The model as canonical JSON: a list of documents, which the loader reads as one file.
 * @example
 * ```ts
 * writeFileSync('model.json', toJson(guide)); // loadModel reads it back to an equal model
 * ```
 */
export function toJson(model: Model): string {
  return `${JSON.stringify(toDocuments(model), null, 2)}\n`;
}
