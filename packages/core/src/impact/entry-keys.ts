import type { Model } from '../model/model.js';

/**
 * What a glossary code names in a model, as a key that survives renumbering: the stable id of
 * its entry, or the code itself when the glossary has no such entry. Comparing codes by these
 * keys, a renumbered code is the same entry, and a renumber is reported under Glossary only.
 */
export function entryKeys(model: Model): (code: string) => string {
  const ids = new Map(model.glossary.entries.map((e) => [e.code as string, e.id as string]));
  return (code) => {
    const id = ids.get(code);
    return id === undefined ? `code ${code}` : `entry ${id}`;
  };
}
