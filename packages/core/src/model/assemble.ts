import { kindDefinitions } from '../kinds/registry.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { Model } from './model.js';

/**
 * Puts validated documents together into one model. Collections are put in a canonical order
 * so that the model does not depend on how it was split into files. Where documents clash
 * (two value chains, two glossary entries with one code) the first wins; the checks report it.
 * Each kind of document assembles its own part, in the order the kinds are listed.
 */
export function assembleModel(documents: ReadonlyArray<ParsedDocument>): Model {
  const parts = kindDefinitions().map((definition) => definition.assemble(documents.filter((d) => d.kind === definition.kind).map((d) => body(d.data))));
  // Every kind is registered, and the parts of the kinds together fill every field of a model.
  return Object.assign({}, ...parts) as Model;
}

function body<T extends { kind: string; $schema?: string | undefined }>(data: T): Omit<T, 'kind' | '$schema'> {
  const { kind: _kind, $schema: _schema, ...rest } = data;
  return rest;
}
