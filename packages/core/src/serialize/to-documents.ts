import type { Model } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';

/**
 * The model as documents in canonical form: one document per map, profile, relationship map,
 * outcome framework and collaboration, one for each shared list; empty lists and unset fields
 * left out. Loading these documents gives back an equal model.
 * @example
 * ```ts
 * const documents = toDocuments(guide);
 * documents.filter((d) => d.kind === 'process-map').length; // one per map
 * ```
 */
export function toDocuments(model: Model): DocumentInput[] {
  const documents: DocumentInput[] = [];
  const push = (document: Record<string, unknown>) => documents.push(prune(document) as DocumentInput);
  push({ kind: 'model', title: model.title, description: model.description, version: model.version });
  const g = model.glossary;
  if (g.entries.length > 0 || g.edition !== undefined || g.levels.length > 0) {
    push({ kind: 'glossary', title: g.title, edition: g.edition, illustrative: g.illustrative || undefined, levels: g.levels, entries: g.entries });
  }
  if (model.parties.length > 0) push({ kind: 'parties', parties: model.parties });
  for (const profile of model.profiles) push({ kind: 'accountability-profile', ...profile });
  if (model.valueChain !== undefined) push({ kind: 'value-chain', ...model.valueChain });
  for (const map of model.maps) push({ kind: 'process-map', ...map });
  if (model.stakeholders.length > 0) push({ kind: 'stakeholders', stakeholders: model.stakeholders });
  for (const map of model.relationshipMaps) push({ kind: 'relationship-map', ...map });
  if (model.relationKinds.length > 0) push({ kind: 'relation-kinds', kinds: model.relationKinds });
  for (const framework of model.outcomeFrameworks) push({ kind: 'outcome-framework', ...framework });
  if (model.references.length > 0) push({ kind: 'references', references: model.references });
  for (const collaboration of model.collaborations) push({ kind: 'collaboration', ...collaboration });
  return documents;
}

/** Drops unset fields and empty lists, deeply, so canonical files stay short. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined || (Array.isArray(inner) && inner.length === 0)) continue;
    out[key] = prune(inner);
  }
  return out;
}
