import { kindDefinitions } from '../kinds/registry.js';
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
  return kindDefinitions().flatMap((definition) =>
    definition.fromModel(model).map((body) => prune({ kind: definition.kind, ...(body as object) }) as DocumentInput),
  );
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
